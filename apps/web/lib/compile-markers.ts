export interface CompileMarker {
  line: number;
  column?: number;
  message: string;
  severity: 'error' | 'warning';
}

// gcc/clang/go/rustc-short: "file.ext:12:5: error: ...", javac: "Main.java:12: error: ...",
// tsc: "file.ts(12,5): error TS2322: ...", python: 'File "...", line 12' followed later by the error line.
const COLON_FORM = /^[^\s:]+\.(?:c|cc|cpp|h|hpp|go|rs|java|ts|js|py):(\d+)(?::(\d+))?:\s*(?:(fatal error|error|warning)(?:\[\w+\])?:\s*)?(.*)$/;
const PAREN_FORM = /^[^\s(]+\.(?:ts|js)\((\d+),(\d+)\):\s*(error|warning)\s*(?:TS\d+:\s*)?(.*)$/;
// LeetCode's own form, which our TypeScript and JavaScript compile steps print: "Line 2: Char 9: error TS2322: ...".
const LINE_FORM = /^Line (\d+)(?:: Char (\d+))?:\s*(?:(error|warning)\s*(?:TS\d+:\s*)?)?(.*)$/;
const RUST_ARROW = /^\s*-->\s*[^\s:]+:(\d+):(\d+)/;
const RUST_HEAD = /^(error|warning)(?:\[\w+\])?:\s*(.*)$/;
const PY_FILE = /^\s*File ".*", line (\d+)/;
const PY_ERROR = /^(\w*(?:Error|Exception)\w*):?\s*(.*)$/;

/** Line markers for the editor from a compiler's output; lines not naming a position are skipped. */
export function parseCompileOutput(output: string): CompileMarker[] {
  const markers: CompileMarker[] = [];
  const lines = output.replace(/\r\n/g, '\n').split('\n');
  let rustHead: { severity: 'error' | 'warning'; message: string } | undefined;
  let pyLine: number | undefined;
  for (const text of lines) {
    let m = COLON_FORM.exec(text);
    if (m) {
      markers.push({
        line: Number(m[1]),
        column: m[2] ? Number(m[2]) : undefined,
        severity: m[3] === 'warning' ? 'warning' : 'error',
        message: (m[4] || text).trim(),
      });
      continue;
    }
    m = PAREN_FORM.exec(text);
    if (m) {
      markers.push({ line: Number(m[1]), column: Number(m[2]), severity: m[3] === 'warning' ? 'warning' : 'error', message: (m[4] ?? '').trim() });
      continue;
    }
    m = LINE_FORM.exec(text);
    if (m) {
      markers.push({ line: Number(m[1]), column: m[2] ? Number(m[2]) : undefined, severity: m[3] === 'warning' ? 'warning' : 'error', message: (m[4] ?? '').trim() });
      continue;
    }
    m = RUST_HEAD.exec(text);
    if (m) {
      rustHead = { severity: m[1] === 'warning' ? 'warning' : 'error', message: (m[2] ?? '').trim() };
      continue;
    }
    m = RUST_ARROW.exec(text);
    if (m && rustHead) {
      markers.push({ line: Number(m[1]), column: Number(m[2]), ...rustHead });
      rustHead = undefined;
      continue;
    }
    m = PY_FILE.exec(text);
    if (m) {
      pyLine = Number(m[1]);
      continue;
    }
    m = PY_ERROR.exec(text);
    if (m && pyLine !== undefined) {
      markers.push({ line: pyLine, severity: 'error', message: `${m[1]}${m[2] ? `: ${m[2]}` : ''}` });
      pyLine = undefined;
    }
  }
  return markers;
}

/** One edit as Monaco reports it: the replaced range (1-based lines, before the edit) and the new text. */
export interface TextEdit {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
  text: string;
}

/**
 * Markers after edits: a marker below an edit moves by the lines it added or removed; a marker
 * on an edited line is dropped, since the message may no longer hold. Edits apply bottom-up,
 * as Monaco's ranges all refer to the text before the change.
 */
export function shiftMarkers(markers: CompileMarker[], edits: TextEdit[]): CompileMarker[] {
  let out = markers;
  for (const edit of [...edits].sort((a, b) => b.startLine - a.startLine || b.startColumn - a.startColumn)) {
    const added = (edit.text.match(/\n/g) ?? []).length - (edit.endLine - edit.startLine);
    // Inserting whole lines right before a line (at its first column) leaves that line's text alone.
    const pushesDown = edit.startLine === edit.endLine && edit.startColumn === edit.endColumn && edit.startColumn === 1 && edit.text.endsWith('\n');
    out = out.flatMap((m) => {
      if (m.line < edit.startLine) return [m];
      if (m.line > edit.endLine || (pushesDown && m.line === edit.startLine)) return [{ ...m, line: m.line + added }];
      return [];
    });
  }
  return out;
}
