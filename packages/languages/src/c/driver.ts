import type { ExecuteProblem, Param } from '@quickcode/protocol';
import { fillRuntime, linesPerTest, nodeUse, readRuntime, signatureOf, typeOf, userBlock, type DriverSource } from '../shared/driver.js';
import { lowerFirst, pascalCase } from '../value-types.js';
import { cType } from './definition.js';

const runtime = readRuntime(new URL('./runtime/c.c', import.meta.url));
const guard = readRuntime(new URL('../shared/runtime/native-guard.c', import.meta.url));

/** The runtime's name of each scalar (`qc_to_<name>`, `qc_arr_<name>`, `qc_ser_<name>`). */
const NAMES: Record<string, string> = { int: 'int', long: 'll', double: 'dbl', bool: 'bool', string: 'str', char: 'char' };

/** Declares the C argument(s) for one parameter and returns what the call passes (`a0, a0Size`). */
function convertOne(type: string, name: string, source: string, indent: string): { decl: string; pass: string } {
  const t = typeOf(type);
  if (t.base === 'ListNode') return { decl: `${indent}struct ListNode* ${name} = qc_list(${source});\n`, pass: name };
  if (t.base === 'TreeNode') return { decl: `${indent}struct TreeNode* ${name} = qc_tree(${source});\n`, pass: name };
  const ctype = cType(t.base);
  const short = NAMES[t.base] as string;
  if (t.depth === 0) return { decl: `${indent}${ctype} ${name} = qc_to_${short}(${source});\n`, pass: name };
  if (t.depth === 1) {
    return { decl: `${indent}int ${name}Size = 0;\n${indent}${ctype}* ${name} = qc_arr_${short}(${source}, &${name}Size);\n`, pass: `${name}, ${name}Size` };
  }
  return {
    decl: `${indent}int ${name}Size = 0;\n${indent}int* ${name}ColSize = NULL;\n${indent}${ctype}** ${name} = qc_arr2_${short}(${source}, &${name}Size, &${name}ColSize);\n`,
    pass: `${name}, ${name}Size, ${name}ColSize`,
  };
}

function convert(params: Param[], source: (k: number) => string, prefix: string, indent: string): { decls: string; passes: string[] } {
  const parts = params.map((p, k) => convertOne(p.type, `${prefix}${k}`, source(k), indent));
  return { decls: parts.map((p) => p.decl).join(''), passes: parts.map((p) => p.pass) };
}

/** Calls `fn(args)` with LeetCode's returnSize / returnColumnSizes out-parameters and writes the result. */
function callAndWrite(returns: string, fn: string, passes: string[], indent: string): string {
  const t = typeOf(returns);
  const timed = (expr: string) => `${indent}qc_t0 = qc_now();\n${indent}${expr};\n${indent}qc_elapsed += qc_now() - qc_t0;\n`;
  if (t.base === 'void') return timed(`${fn}(${passes.join(', ')})`) + `${indent}qc_puts(o, "null");\n`;
  if (t.base === 'ListNode') return `${indent}struct ListNode* r;\n${timed(`r = ${fn}(${passes.join(', ')})`)}${indent}qc_ser_list(o, r);\n`;
  if (t.base === 'TreeNode') return `${indent}struct TreeNode* r;\n${timed(`r = ${fn}(${passes.join(', ')})`)}${indent}qc_ser_tree(o, r);\n`;
  const ctype = cType(t.base);
  const short = NAMES[t.base] as string;
  if (t.depth === 0) return `${indent}${ctype} r;\n${timed(`r = ${fn}(${passes.join(', ')})`)}${indent}qc_ser_${short}(o, r);\n`;
  if (t.depth === 1) {
    return `${indent}int rSize = 0;\n${indent}${ctype}* r;\n${timed(`r = ${fn}(${[...passes, '&rSize'].join(', ')})`)}${indent}qc_ser_arr_${short}(o, r, rSize);\n`;
  }
  return (
    `${indent}int rSize = 0;\n${indent}int* rCols = NULL;\n${indent}${ctype}** r;\n` +
    timed(`r = ${fn}(${[...passes, '&rSize', '&rCols'].join(', ')})`) +
    `${indent}qc_ser_arr2_${short}(o, r, rSize, rCols);\n`
  );
}

function generate(problem: ExecuteProblem): string {
  const sig = signatureOf(problem);
  if (sig.kind === 'function') {
    const fn = sig.fn;
    const { decls, passes } = convert(fn.params, (k) => `&vals[${k}]`, 'a', '  ');
    return `${decls}  {\n${callAndWrite(fn.returns, fn.name, passes, '    ')}  }\n`;
  }
  const d = sig.design;
  const prefix = lowerFirst(d.className);
  const ctor = convert(d.constructorParams, (k) => `&vals[1].a[0].a[${k}]`, 'c', '  ');
  let out = `${ctor.decls}  qc_t0 = qc_now();\n  ${d.className}* obj = ${prefix}Create(${ctor.passes.join(', ')});\n  qc_elapsed += qc_now() - qc_t0;\n`;
  out += '  qc_puts(o, "[null");\n  for (int i = 1; i < vals[0].len; i++) {\n    const char* op = vals[0].a[i].s;\n    qc_j* a = &vals[1].a[i];\n    (void)a;\n    qc_puts(o, ",");\n';
  d.methods.forEach((m, idx) => {
    const args = convert(m.params, (k) => `&a->a[${k}]`, 'p', '      ');
    out += `    ${idx ? '} else ' : ''}if (strcmp(op, ${JSON.stringify(m.name)}) == 0) {\n${args.decls}`;
    out += callAndWrite(m.returns, `${prefix}${pascalCase(m.name)}`, ['obj', ...args.passes], '      ');
  });
  if (d.methods.length) out += '    }\n';
  out += `  }\n  qc_puts(o, "]");\n  ${prefix}Free(obj);\n`;
  return out;
}

/** LeetCode's C includes these for the user, uthash (Debian's uthash-dev) among them. */
const HEADERS = ['stdio.h', 'stdlib.h', 'string.h', 'stdbool.h', 'stdint.h', 'limits.h', 'math.h', 'ctype.h', 'assert.h', 'uthash.h'];
const LIST_NODE = 'struct ListNode {\n    int val;\n    struct ListNode *next;\n};\n';
const TREE_NODE = 'struct TreeNode {\n    int val;\n    struct TreeNode *left;\n    struct TreeNode *right;\n};\n';

export function cDriver(problem: ExecuteProblem, code: string): DriverSource {
  const use = nodeUse(problem);
  const prelude = `#define _GNU_SOURCE\n${HEADERS.map((h) => `#include <${h}>\n`).join('')}${use.list ? LIST_NODE : ''}${use.tree ? TREE_NODE : ''}#line 1 "solution.c"\n`;
  const driver = fillRuntime(runtime, use, generate(problem), { QC_PER_TEST: String(linesPerTest(signatureOf(problem))) });
  return { source: `${prelude}${userBlock(code)}#line 1 "guard.c"\n${guard}#line 1 "driver.c"\n${driver}`, fileName: 'main.c', lineOffset: 0 };
}
