import { parseType, type ProblemShape } from '@quickcode/languages';
import type { Param } from '@quickcode/protocol';
import { JsonNumber, JsonSyntaxError, parseJson, preview, stringifyJson, type JsonValue } from './json-text.js';

/**
 * A test as LeetCode writes one, checked against the problem's signature: function
 * problems have one JSON value per parameter per line; design problems two lines
 * (operations, arguments). Pure code, shared by the web (to reject a malformed custom
 * test naming its line) and the worker (to write the driver's stdin).
 */
export type TestCheck = { ok: true; lines: string[] } | { ok: false; line: number; message: string };

const INT_MIN = -(2n ** 31n);
const INT_MAX = 2n ** 31n - 1n;
const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;

const article = (type: string) => (/^[aeiou]/i.test(type) ? `an ${type}` : `a ${type}`);

/**
 * Checks `value` against a signature type; returns the value normalized (a tree's trailing
 * nulls trimmed) or a message naming the offending element.
 */
export function checkValue(value: JsonValue, type: string, name: string): { value: JsonValue } | { error: string } {
  const t = parseType(type);
  if (t.base === 'void') return { error: `${name}: void is not a value type` };
  const walk = (v: JsonValue, depth: number, where: string): JsonValue => {
    if (depth > 0) {
      if (!Array.isArray(v)) throw new Error(`${where} must be an array (${type}), not ${preview(v)}`);
      return v.map((x, i) => walk(x, depth - 1, `${where}[${i}]`));
    }
    switch (t.base) {
      case 'int':
      case 'long': {
        if (!(v instanceof JsonNumber) || !v.isInteger) throw new Error(`${where} must be an integer, not ${preview(v)}`);
        const n = BigInt(v.raw);
        const [lo, hi] = t.base === 'int' ? [INT_MIN, INT_MAX] : [LONG_MIN, LONG_MAX];
        if (n < lo || n > hi) throw new Error(`${where} = ${v.raw} does not fit ${article(t.base)} (${lo} to ${hi})`);
        return v.raw === '-0' ? new JsonNumber('0') : v;
      }
      case 'double':
        if (!(v instanceof JsonNumber)) throw new Error(`${where} must be a number, not ${preview(v)}`);
        if (!Number.isFinite(v.value)) throw new Error(`${where} = ${v.raw} is too large for a double`);
        return v;
      case 'bool':
        if (typeof v !== 'boolean') throw new Error(`${where} must be true or false, not ${preview(v)}`);
        return v;
      case 'string':
        if (typeof v !== 'string') throw new Error(`${where} must be a string in double quotes, not ${preview(v)}`);
        if (v.includes('\u0000')) throw new Error(`${where} must not contain the NUL character`);
        return v;
      case 'char':
        if (typeof v !== 'string' || v.length !== 1 || v.charCodeAt(0) > 127 || v === '\u0000') {
          throw new Error(`${where} must be one ASCII character in double quotes, like "a", not ${preview(v)}`);
        }
        return v;
      case 'ListNode':
        if (!Array.isArray(v)) throw new Error(`${where} must be a list written as an array, like [1,2,3], not ${preview(v)}`);
        return v.map((x, i) => intOrThrow(x, `${where}[${i}]`));
      case 'TreeNode':
        return checkTree(v, where);
      default:
        throw new Error(`${where}: unsupported type ${type}`);
    }
  };
  try {
    return { value: walk(value, t.depth, name) };
  } catch (err) {
    return { error: (err as Error).message };
  }
}

function intOrThrow(v: JsonValue, where: string): JsonValue {
  if (!(v instanceof JsonNumber) || !v.isInteger) throw new Error(`${where} must be an integer, not ${preview(v)}`);
  const n = BigInt(v.raw);
  if (n < INT_MIN || n > INT_MAX) throw new Error(`${where} = ${v.raw} does not fit an int`);
  return v;
}

/** LeetCode level order: each present node owns the next two free slots; trailing nulls are dropped. */
function checkTree(v: JsonValue, where: string): JsonValue {
  if (!Array.isArray(v)) throw new Error(`${where} must be a tree in level order, like [3,9,20,null,null,15,7], not ${preview(v)}`);
  const out = v.map((x, i) => (x === null ? null : intOrThrow(x, `${where}[${i}]`)));
  while (out.length > 0 && out[out.length - 1] === null) out.pop();
  let free = 1;
  for (let i = 0; i < out.length; i++) {
    if (free === 0) throw new Error(`${where}[${i}] has no parent: every node before it is placed (null children take no slots)`);
    free--;
    if (out[i] !== null) free += 2;
  }
  return out;
}

function parseLine(text: string, lineNo: number): { value: JsonValue } | { ok: false; line: number; message: string } {
  try {
    return { value: parseJson(text) };
  } catch (err) {
    const detail = err instanceof JsonSyntaxError ? err.message : String(err);
    return { ok: false, line: lineNo, message: `line ${lineNo} is not valid JSON: ${detail}` };
  }
}

/** The lines of a test: CRLF accepted, trailing blank lines ignored. */
function testLines(text: string): string[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  while (lines.length > 0 && (lines[lines.length - 1] ?? '').trim() === '') lines.pop();
  return lines;
}

function checkArgs(params: Param[], values: JsonValue[], what: string): { values: JsonValue[] } | { error: string } {
  if (values.length !== params.length) {
    const expected = params.length === 1 ? '1 argument' : `${params.length} arguments`;
    return { error: `${what} takes ${expected} (${params.map((p) => `${p.name}: ${p.type}`).join(', ') || 'none'}), got ${values.length}` };
  }
  const out: JsonValue[] = [];
  for (const [i, p] of params.entries()) {
    const r = checkValue(values[i] as JsonValue, p.type, p.name);
    if ('error' in r) return { error: `${what}: ${r.error}` };
    out.push(r.value);
  }
  return { values: out };
}

/** Validates a test and returns its lines in compact canonical JSON, one per line. */
export function normalizeTest(problem: ProblemShape, text: string): TestCheck {
  if (problem.kind === 'stdio') return { ok: true, lines: [text] };
  const lines = testLines(text);
  if (problem.kind === 'function') {
    const fn = problem.function;
    if (!fn) return { ok: false, line: 1, message: 'the problem has no function signature' };
    const out: string[] = [];
    for (const [i, p] of fn.params.entries()) {
      const lineNo = i + 1;
      const raw = lines[i];
      if (raw === undefined) {
        return { ok: false, line: lineNo, message: `line ${lineNo} is missing: it should hold ${p.name} (${p.type}); a test has one line per parameter` };
      }
      if (raw.trim() === '') return { ok: false, line: lineNo, message: `line ${lineNo} is empty: it should hold ${p.name} (${p.type})` };
      const parsed = parseLine(raw, lineNo);
      if (!('value' in parsed)) return parsed;
      const checked = checkValue(parsed.value, p.type, p.name);
      if ('error' in checked) return { ok: false, line: lineNo, message: `line ${lineNo}: ${checked.error}` };
      out.push(stringifyJson(checked.value));
    }
    if (lines.length > fn.params.length) {
      const lineNo = fn.params.length + 1;
      return { ok: false, line: lineNo, message: `line ${lineNo} is one too many: ${fn.name} takes ${fn.params.length} parameter(s), one per line` };
    }
    return { ok: true, lines: out };
  }
  const design = problem.design;
  if (!design) return { ok: false, line: 1, message: 'the problem has no design signature' };
  if (lines.length < 2) {
    return { ok: false, line: lines.length + 1, message: `line ${lines.length + 1} is missing: a test has two lines, the operations and their arguments` };
  }
  if (lines.length > 2) return { ok: false, line: 3, message: 'line 3 is one too many: a test has two lines, the operations and their arguments' };
  const opsParsed = parseLine(lines[0] as string, 1);
  if (!('value' in opsParsed)) return opsParsed;
  const ops = opsParsed.value;
  if (!Array.isArray(ops) || ops.length === 0 || ops.some((o) => typeof o !== 'string')) {
    return { ok: false, line: 1, message: `line 1 must be a non-empty array of operation names, like ["${design.className}", ...]` };
  }
  if (ops[0] !== design.className) return { ok: false, line: 1, message: `line 1 must start with "${design.className}" (the constructor), not ${preview(ops[0] as JsonValue)}` };
  const methods = new Map(design.methods.map((m) => [m.name, m]));
  for (const [i, op] of ops.entries()) {
    if (i === 0) continue;
    if (!methods.has(op as string)) {
      const names = design.methods.map((m) => m.name).join(', ');
      return { ok: false, line: 1, message: `line 1: operation ${i + 1} ${preview(op)} is not a method of ${design.className} (${names})` };
    }
  }
  const argsParsed = parseLine(lines[1] as string, 2);
  if (!('value' in argsParsed)) return argsParsed;
  const args = argsParsed.value;
  if (!Array.isArray(args) || args.length !== ops.length) {
    return { ok: false, line: 2, message: `line 2 must be an array of ${ops.length} argument lists, one per operation on line 1` };
  }
  const normalized: JsonValue[] = [];
  for (const [i, a] of args.entries()) {
    const op = ops[i] as string;
    if (!Array.isArray(a)) return { ok: false, line: 2, message: `line 2: the arguments of operation ${i + 1} (${op}) must be an array, like []` };
    const params = i === 0 ? design.constructorParams : (methods.get(op)?.params ?? []);
    const checked = checkArgs(params, a, `operation ${i + 1} (${op})`);
    if ('error' in checked) return { ok: false, line: 2, message: `line 2: ${checked.error}` };
    normalized.push(checked.values);
  }
  return { ok: true, lines: [stringifyJson(ops), stringifyJson(normalized)] };
}

/** Whether a test fits the problem; on failure, the 1-based line and a sentence saying what is wrong. */
export function validateTest(problem: ProblemShape, text: string): { ok: true } | { ok: false; line: number; message: string } {
  const r = normalizeTest(problem, text);
  return r.ok ? { ok: true } : r;
}
