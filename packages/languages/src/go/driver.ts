import type { ExecuteProblem, Param } from '@quickcode/protocol';
import { fillRuntime, linesPerTest, nodeUse, readRuntime, signatureOf, typeOf, type DriverSource } from '../shared/driver.js';
import { pascalCase } from '../value-types.js';
import { goType } from './definition.js';

const runtime = readRuntime(new URL('./runtime/go.go', import.meta.url));
const builtins = readRuntime(new URL('./runtime/go-builtins.go', import.meta.url));

/**
 * Go 1.21's built-in min, max and clear, which current LeetCode Go uses, as package-level
 * generics for this Go 1.19: each only when the solution declares no package-level name of its own.
 */
export function goBuiltins(code: string): string {
  const declared = (name: string) =>
    new RegExp(`^(?:\\s*func\\s+${name}\\s*[[(]|(?:var|const|type)\\s+${name}\\b)`, 'm').test(code) || new RegExp(`^(?:var|const|type)\\s*\\([^)]*^\\s*${name}\\b`, 'm').test(code);
  return fillRuntime(builtins, { min: !declared('min'), max: !declared('max'), clear: !declared('clear') }, '');
}

/** The driver's own imports, aliased so they never clash with the user's. */
const DRIVER_IMPORTS = 'qcio "io"; qcjson "encoding/json"; qcos "os"; qcreflect "reflect"; qcstrconv "strconv"; qcstrings "strings"; qctime "time"';

/**
 * Packages LeetCode's Go lets a solution use without importing them, with one exported name
 * each: an added import is always "used" through `var _ = pkg.Name`, so Go never rejects it.
 */
const IMPLICIT: [name: string, path: string, member: string][] = [
  ['sort', 'sort', 'Ints'],
  ['strings', 'strings', 'Split'],
  ['strconv', 'strconv', 'Itoa'],
  ['math', 'math', 'Abs'],
  ['fmt', 'fmt', 'Sprint'],
  ['heap', 'container/heap', 'Init'],
  ['list', 'container/list', 'New'],
  ['bits', 'math/bits', 'OnesCount'],
  ['rand', 'math/rand', 'Intn'],
  ['big', 'math/big', 'NewInt'],
  ['unicode', 'unicode', 'IsDigit'],
  ['utf8', 'unicode/utf8', 'RuneLen'],
  ['bytes', 'bytes', 'Compare'],
  ['regexp', 'regexp', 'MustCompile'],
  ['errors', 'errors', 'New'],
  ['time', 'time', 'Now'],
];

/** The runtime's converter of each scalar. */
const CONVERTERS: Record<string, string> = { int: 'qcInt', long: 'qcInt64', double: 'qcFloat', bool: 'qcBool', string: 'qcString', char: 'qcByte' };

function converter(type: string, value: string): string {
  const t = typeOf(type);
  if (t.base === 'ListNode') return `qcList(${value})`;
  if (t.base === 'TreeNode') return `qcTree(${value})`;
  const conv = CONVERTERS[t.base] as string;
  if (t.depth === 0) return `${conv}(${value})`;
  if (t.depth === 1) return `qcSlice(${value}, ${conv})`;
  return `qcSlice(${value}, func(x interface{}) []${goType(t.base)} { return qcSlice(x, ${conv}) })`;
}

function writer(type: string, value: string): string {
  if (type === 'ListNode') return `qcSerList(&b, ${value})`;
  if (type === 'TreeNode') return `qcSerTree(&b, ${value})`;
  return `qcSer(&b, ${value})`;
}

function convert(params: Param[], source: (k: number) => string, prefix: string, indent: string): string {
  return params.map((p, k) => `${indent}${prefix}${k} := ${converter(p.type, source(k))}\n`).join('');
}

function generate(problem: ExecuteProblem): string {
  const sig = signatureOf(problem);
  if (sig.kind === 'function') {
    const fn = sig.fn;
    const call = `${fn.name}(${fn.params.map((_, k) => `a${k}`).join(', ')})`;
    let out = convert(fn.params, (k) => `vals[${k}]`, 'a', '\t');
    out += '\tt0 := qctime.Now()\n';
    out += fn.returns === 'void' ? `\t${call}\n\t*elapsed += qctime.Since(t0)\n\tb.WriteString("null")\n` : `\tr := ${call}\n\t*elapsed += qctime.Since(t0)\n\t${writer(fn.returns, 'r')}\n`;
    return out;
  }
  const d = sig.design;
  let out = '\tops := vals[0].([]interface{})\n\targs := vals[1].([]interface{})\n\tc := args[0].([]interface{})\n\t_ = c\n';
  out += convert(d.constructorParams, (k) => `c[${k}]`, 'c', '\t');
  out += `\tt0 := qctime.Now()\n\tobj := Constructor(${d.constructorParams.map((_, k) => `c${k}`).join(', ')})\n\t*elapsed += qctime.Since(t0)\n`;
  out += '\tb.WriteString("[null")\n\tfor i := 1; i < len(ops); i++ {\n\t\ta := args[i].([]interface{})\n\t\t_ = a\n\t\tb.WriteByte(\',\')\n\t\tswitch ops[i].(string) {\n';
  for (const m of d.methods) {
    const call = `obj.${pascalCase(m.name)}(${m.params.map((_, k) => `p${k}`).join(', ')})`;
    out += `\t\tcase ${JSON.stringify(m.name)}:\n${convert(m.params, (k) => `a[${k}]`, 'p', '\t\t\t')}\t\t\tt0 = qctime.Now()\n`;
    out +=
      m.returns === 'void'
        ? `\t\t\t${call}\n\t\t\t*elapsed += qctime.Since(t0)\n\t\t\tb.WriteString("null")\n`
        : `\t\t\tr := ${call}\n\t\t\t*elapsed += qctime.Since(t0)\n\t\t\t${writer(m.returns, 'r')}\n`;
  }
  out += "\t\t}\n\t}\n\tb.WriteByte(']')\n";
  return out;
}

/** Blanks comments and string literals (keeping line breaks) so names are found only in code. */
function codeOnly(code: string): string {
  return code.replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\/|"(?:[^"\\\n]|\\.)*"|`[^`]*`|'(?:[^'\\\n]|\\.)*'/g, (m) => m.replace(/[^\n]/g, ' '));
}

/**
 * Takes the package clause and imports off the top of the user's code, leaving blank lines in
 * their place so line numbers hold, and returns the import specs ("sort", m "math").
 */
export function splitGoHeader(code: string): { imports: string[]; body: string } {
  const lines = code.split('\n');
  const imports: string[] = [];
  let inComment = false;
  let inImport = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const bare = line.replace(/\/\/.*$/, '').trim();
    if (inComment) {
      if (line.includes('*/')) inComment = false;
      continue;
    }
    if (inImport) {
      const close = bare.indexOf(')');
      imports.push(
        ...(close >= 0 ? bare.slice(0, close) : bare)
          .split(';')
          .map((s) => s.trim())
          .filter(Boolean),
      );
      if (close >= 0) inImport = false;
      lines[i] = '';
      continue;
    }
    if (bare === '') continue;
    if (bare.startsWith('/*')) {
      if (!bare.includes('*/')) inComment = true;
      continue;
    }
    if (/^package\s+\w+\s*;?$/.test(bare)) {
      lines[i] = '';
      continue;
    }
    const m = /^import\s*(.*)$/.exec(bare);
    if (!m) break;
    const rest = (m[1] as string).trim();
    if (rest.startsWith('(')) {
      const inner = rest.slice(1);
      const close = inner.indexOf(')');
      imports.push(
        ...(close >= 0 ? inner.slice(0, close) : inner)
          .split(';')
          .map((s) => s.trim())
          .filter(Boolean),
      );
      if (close < 0) inImport = true;
    } else {
      imports.push(rest.replace(/;$/, ''));
    }
    lines[i] = '';
  }
  return { imports, body: lines.join('\n') };
}

function importName(spec: string): string {
  const m = /^(?:([\w.]+)\s+)?"([^"]+)"$/.exec(spec.trim());
  if (!m) return '';
  return m[1] ?? (m[2] as string).split('/').pop() ?? '';
}

export function goDriver(problem: ExecuteProblem, code: string): DriverSource {
  const { imports, body } = splitGoHeader(code.replace(/\r\n?/g, '\n'));
  const imported = new Set(imports.map(importName));
  const plain = codeOnly(body);
  const implicit = IMPLICIT.filter(([name]) => !imported.has(name) && new RegExp(`(?<![\\w.])${name}\\.[A-Z]`).test(plain) && !new RegExp(`^(?:func|var|const|type)\\s+${name}\\b`, 'm').test(plain));
  const specs = [DRIVER_IMPORTS, ...imports, ...implicit.map(([, path]) => JSON.stringify(path))].join('; ');
  const uses = implicit.map(([name, , member]) => `var _ = ${name}.${member}\n`).join('');
  const driver = fillRuntime(runtime, nodeUse(problem), generate(problem), { QC_PER_TEST: String(linesPerTest(signatureOf(problem))) });
  const source = `package main; import (${specs}); ${body}\n${uses}${driver}\n${goBuiltins(plain)}`;
  return { source, fileName: 'main.go', lineOffset: 0 };
}
