import type { FunctionSignature, LanguageId, Param, ProblemConfig } from '@quickcode/protocol';
import { lowerFirst, parseType, pascalCase, snakeCase, usesType, type TypeRef } from './value-types.js';

/**
 * The code shown in the editor before the user types, as LeetCode shows it: the class or
 * function with LeetCode's names and types, the commented ListNode/TreeNode definitions
 * when the signature uses them, and for design problems the usage comment. stdio problems
 * get a small program that reads standard input.
 */
export function starterCode(config: ProblemConfig): Record<LanguageId, string> {
  if (config.kind === 'stdio') return { ...STDIO };
  const out = {} as Record<LanguageId, string>;
  for (const lang of Object.keys(LANGS) as LanguageId[]) {
    const l = LANGS[lang];
    const header = (usesType(config, 'ListNode') ? l.listHeader : '') + (usesType(config, 'TreeNode') ? l.treeHeader : '');
    const body = config.kind === 'design' && config.design ? l.design(config.design) : l.fn(config.function as FunctionSignature);
    out[lang] = header + body;
  }
  return out;
}

interface Design {
  className: string;
  constructorParams: Param[];
  methods: FunctionSignature[];
}

interface StarterLanguage {
  listHeader: string;
  treeHeader: string;
  fn(sig: FunctionSignature): string;
  design(d: Design): string;
}

const t = (type: string): TypeRef => parseType(type);
const wrap = (inner: string, depth: number, open: string, close: string) => open.repeat(depth) + inner + close.repeat(depth);

// ---------------------------------------------------------------- Python
const PY: Record<string, string> = { int: 'int', long: 'int', double: 'float', bool: 'bool', string: 'str', char: 'str' };
function pyType(type: string): string {
  const r = t(type);
  if (r.base === 'void') return 'None';
  if (r.base === 'ListNode' || r.base === 'TreeNode') return `Optional[${r.base}]`;
  return wrap(PY[r.base] as string, r.depth, 'List[', ']');
}
const pyParams = (ps: Param[]) => ['self', ...ps.map((p) => `${p.name}: ${pyType(p.type)}`)].join(', ');

// ---------------------------------------------------------------- JavaScript / TypeScript
function jsType(type: string): string {
  const r = t(type);
  if (r.base === 'void') return 'void';
  if (r.base === 'ListNode' || r.base === 'TreeNode') return r.base;
  const base = { int: 'number', long: 'number', double: 'number', bool: 'boolean', string: 'string', char: 'character' }[r.base];
  return base + '[]'.repeat(r.depth);
}
function tsType(type: string): string {
  const r = t(type);
  if (r.base === 'void') return 'void';
  if (r.base === 'ListNode' || r.base === 'TreeNode') return `${r.base} | null`;
  const base = { int: 'number', long: 'number', double: 'number', bool: 'boolean', string: 'string', char: 'string' }[r.base];
  return base + '[]'.repeat(r.depth);
}
const jsDoc = (ps: Param[], returns: string | null, indent = '') =>
  `${indent}/**\n${ps.map((p) => `${indent} * @param {${jsType(p.type)}} ${p.name}\n`).join('')}${returns === null ? '' : `${indent} * @return {${jsType(returns)}}\n`}${indent} */\n`;

// ---------------------------------------------------------------- C++
const CPP: Record<string, string> = { int: 'int', long: 'long long', double: 'double', bool: 'bool', string: 'string', char: 'char' };
function cppType(type: string): string {
  const r = t(type);
  if (r.base === 'void') return 'void';
  if (r.base === 'ListNode' || r.base === 'TreeNode') return `${r.base}*`;
  return wrap(CPP[r.base] as string, r.depth, 'vector<', '>');
}
const cppParam = (p: Param) => `${cppType(p.type)}${t(p.type).depth > 0 ? '&' : ''} ${p.name}`;

// ---------------------------------------------------------------- Java
const JAVA: Record<string, string> = { int: 'int', long: 'long', double: 'double', bool: 'boolean', string: 'String', char: 'char' };
function javaType(type: string): string {
  const r = t(type);
  if (r.base === 'void') return 'void';
  if (r.base === 'ListNode' || r.base === 'TreeNode') return r.base;
  return (JAVA[r.base] as string) + '[]'.repeat(r.depth);
}

// ---------------------------------------------------------------- Go
const GO: Record<string, string> = { int: 'int', long: 'int64', double: 'float64', bool: 'bool', string: 'string', char: 'byte' };
function goType(type: string): string {
  const r = t(type);
  if (r.base === 'void') return '';
  if (r.base === 'ListNode' || r.base === 'TreeNode') return `*${r.base}`;
  return '[]'.repeat(r.depth) + (GO[r.base] as string);
}
const goParams = (ps: Param[]) => ps.map((p) => `${p.name} ${goType(p.type)}`).join(', ');

// ---------------------------------------------------------------- Rust
const RUST: Record<string, string> = { int: 'i32', long: 'i64', double: 'f64', bool: 'bool', string: 'String', char: 'char' };
function rustType(type: string): string {
  const r = t(type);
  if (r.base === 'void') return '';
  if (r.base === 'ListNode') return 'Option<Box<ListNode>>';
  if (r.base === 'TreeNode') return 'Option<Rc<RefCell<TreeNode>>>';
  return wrap(RUST[r.base] as string, r.depth, 'Vec<', '>');
}
const rustParams = (ps: Param[]) => ps.map((p) => `${snakeCase(p.name)}: ${rustType(p.type)}`).join(', ');
const rustRet = (type: string) => (type === 'void' ? '' : ` -> ${rustType(type)}`);

// ---------------------------------------------------------------- C
const C: Record<string, string> = { int: 'int', long: 'long long', double: 'double', bool: 'bool', string: 'char*', char: 'char' };
function cType(type: string): string {
  const r = t(type);
  if (r.base === 'void') return 'void';
  if (r.base === 'ListNode' || r.base === 'TreeNode') return `struct ${r.base}*`;
  return (C[r.base] as string) + '*'.repeat(r.depth);
}
/** LeetCode's C parameters: an array brings its size, a 2-D array its row sizes too. */
function cParams(ps: Param[]): string[] {
  return ps.flatMap((p) => {
    const depth = t(p.type).depth;
    const first = `${cType(p.type)} ${p.name}`;
    if (depth === 0) return [first];
    if (depth === 1) return [first, `int ${p.name}Size`];
    return [first, `int ${p.name}Size`, `int* ${p.name}ColSize`];
  });
}
function cReturnParams(type: string): string[] {
  const depth = type === 'void' ? 0 : t(type).depth;
  if (depth === 1) return ['int* returnSize'];
  if (depth === 2) return ['int* returnSize', 'int** returnColumnSizes'];
  return [];
}
function cReturnNote(type: string): string {
  const depth = type === 'void' ? 0 : t(type).depth;
  if (depth === 1) return '/**\n * Note: The returned array must be malloced, assume caller calls free().\n */\n';
  if (depth === 2) {
    return '/**\n * Return an array of arrays of size *returnSize.\n * The sizes of the arrays are returned as *returnColumnSizes array.\n * Note: Both returned array and *columnSizes array must be malloced, assume caller calls free().\n */\n';
  }
  return '';
}

/** `param_3 = obj.top()` lines of LeetCode's usage comment (numbered by method position). */
function usage(d: Design, call: (m: FunctionSignature) => string, assign: (m: FunctionSignature, n: number) => string, ctor: string, sep = ''): string {
  const lines = [ctor, ...d.methods.map((m, i) => (m.returns === 'void' ? call(m) : `${assign(m, i + 1)}${call(m)}`))];
  return lines.map((l) => ` * ${l}`).join(sep ? `\n${sep}\n` : '\n');
}
const argNames = (ps: Param[]) => ps.map((p) => p.name).join(',');

const LANGS: Record<LanguageId, StarterLanguage> = {
  python: {
    listHeader: '# Definition for singly-linked list.\n# class ListNode:\n#     def __init__(self, val=0, next=None):\n#         self.val = val\n#         self.next = next\n',
    treeHeader:
      '# Definition for a binary tree node.\n# class TreeNode:\n#     def __init__(self, val=0, left=None, right=None):\n#         self.val = val\n#         self.left = left\n#         self.right = right\n',
    fn: (s) => `class Solution:\n    def ${s.name}(${pyParams(s.params)}) -> ${pyType(s.returns)}:\n        `,
    design: (d) => {
      const methods = [`    def __init__(${pyParams(d.constructorParams)}):\n        `, ...d.methods.map((m) => `    def ${m.name}(${pyParams(m.params)}) -> ${pyType(m.returns)}:\n        `)];
      const uses = [`# obj = ${d.className}(${argNames(d.constructorParams)})`, ...d.methods.map((m, i) => `# ${m.returns === 'void' ? '' : `param_${i + 1} = `}obj.${m.name}(${argNames(m.params)})`)];
      return `class ${d.className}:\n\n${methods.join('\n\n')}\n\n\n# Your ${d.className} object will be instantiated and called as such:\n${uses.join('\n')}`;
    },
  },
  javascript: {
    listHeader: '/**\n * Definition for singly-linked list.\n * function ListNode(val, next) {\n *     this.val = (val===undefined ? 0 : val)\n *     this.next = (next===undefined ? null : next)\n * }\n */\n',
    treeHeader:
      '/**\n * Definition for a binary tree node.\n * function TreeNode(val, left, right) {\n *     this.val = (val===undefined ? 0 : val)\n *     this.left = (left===undefined ? null : left)\n *     this.right = (right===undefined ? null : right)\n * }\n */\n',
    fn: (s) => `${jsDoc(s.params, s.returns)}var ${s.name} = function(${argNames(s.params).replace(/,/g, ', ')}) {\n    \n};`,
    design: (d) => {
      const ctorDoc = d.constructorParams.length ? jsDoc(d.constructorParams, null) : '';
      const ctor = `${ctorDoc}var ${d.className} = function(${argNames(d.constructorParams).replace(/,/g, ', ')}) {\n    \n};`;
      const methods = d.methods.map((m) => `${jsDoc(m.params, m.returns)}${d.className}.prototype.${m.name} = function(${argNames(m.params).replace(/,/g, ', ')}) {\n    \n};`);
      const uses = usage(d, (m) => `obj.${m.name}(${argNames(m.params)})`, (_, n) => `var param_${n} = `, `var obj = new ${d.className}(${argNames(d.constructorParams)})`);
      return `\n${[ctor, ...methods].join('\n\n')}\n\n/** \n * Your ${d.className} object will be instantiated and called as such:\n${uses}\n */`;
    },
  },
  typescript: {
    listHeader:
      '/**\n * Definition for singly-linked list.\n * class ListNode {\n *     val: number\n *     next: ListNode | null\n *     constructor(val?: number, next?: ListNode | null) {\n *         this.val = (val===undefined ? 0 : val)\n *         this.next = (next===undefined ? null : next)\n *     }\n * }\n */\n\n',
    treeHeader:
      '/**\n * Definition for a binary tree node.\n * class TreeNode {\n *     val: number\n *     left: TreeNode | null\n *     right: TreeNode | null\n *     constructor(val?: number, left?: TreeNode | null, right?: TreeNode | null) {\n *         this.val = (val===undefined ? 0 : val)\n *         this.left = (left===undefined ? null : left)\n *         this.right = (right===undefined ? null : right)\n *     }\n * }\n */\n\n',
    fn: (s) => `function ${s.name}(${s.params.map((p) => `${p.name}: ${tsType(p.type)}`).join(', ')}): ${tsType(s.returns)} {\n    \n};`,
    design: (d) => {
      const sig = (ps: Param[]) => ps.map((p) => `${p.name}: ${tsType(p.type)}`).join(', ');
      const members = [`    constructor(${sig(d.constructorParams)}) {\n        \n    }`, ...d.methods.map((m) => `    ${m.name}(${sig(m.params)}): ${tsType(m.returns)} {\n        \n    }`)];
      const uses = usage(d, (m) => `obj.${m.name}(${argNames(m.params)})`, (_, n) => `var param_${n} = `, `var obj = new ${d.className}(${argNames(d.constructorParams)})`);
      return `class ${d.className} {\n${members.join('\n\n')}\n}\n\n/**\n * Your ${d.className} object will be instantiated and called as such:\n${uses}\n */`;
    },
  },
  cpp: {
    listHeader:
      '/**\n * Definition for singly-linked list.\n * struct ListNode {\n *     int val;\n *     ListNode *next;\n *     ListNode() : val(0), next(nullptr) {}\n *     ListNode(int x) : val(x), next(nullptr) {}\n *     ListNode(int x, ListNode *next) : val(x), next(next) {}\n * };\n */\n',
    treeHeader:
      '/**\n * Definition for a binary tree node.\n * struct TreeNode {\n *     int val;\n *     TreeNode *left;\n *     TreeNode *right;\n *     TreeNode() : val(0), left(nullptr), right(nullptr) {}\n *     TreeNode(int x) : val(x), left(nullptr), right(nullptr) {}\n *     TreeNode(int x, TreeNode *left, TreeNode *right) : val(x), left(left), right(right) {}\n * };\n */\n',
    fn: (s) => `class Solution {\npublic:\n    ${cppType(s.returns)} ${s.name}(${s.params.map(cppParam).join(', ')}) {\n        \n    }\n};`,
    design: (d) => {
      const members = [`    ${d.className}(${d.constructorParams.map(cppParam).join(', ')}) {\n        \n    }`, ...d.methods.map((m) => `    ${cppType(m.returns)} ${m.name}(${m.params.map(cppParam).join(', ')}) {\n        \n    }`)];
      const uses = usage(d, (m) => `obj->${m.name}(${argNames(m.params)});`, (m, n) => `${cppType(m.returns)} param_${n} = `, `${d.className}* obj = new ${d.className}(${argNames(d.constructorParams)});`);
      return `class ${d.className} {\npublic:\n${members.join('\n    \n')}\n};\n\n/**\n * Your ${d.className} object will be instantiated and called as such:\n${uses}\n */`;
    },
  },
  java: {
    listHeader:
      '/**\n * Definition for singly-linked list.\n * public class ListNode {\n *     int val;\n *     ListNode next;\n *     ListNode() {}\n *     ListNode(int val) { this.val = val; }\n *     ListNode(int val, ListNode next) { this.val = val; this.next = next; }\n * }\n */\n',
    treeHeader:
      '/**\n * Definition for a binary tree node.\n * public class TreeNode {\n *     int val;\n *     TreeNode left;\n *     TreeNode right;\n *     TreeNode() {}\n *     TreeNode(int val) { this.val = val; }\n *     TreeNode(int val, TreeNode left, TreeNode right) {\n *         this.val = val;\n *         this.left = left;\n *         this.right = right;\n *     }\n * }\n */\n',
    fn: (s) => `class Solution {\n    public ${javaType(s.returns)} ${s.name}(${s.params.map((p) => `${javaType(p.type)} ${p.name}`).join(', ')}) {\n        \n    }\n}`,
    design: (d) => {
      const sig = (ps: Param[]) => ps.map((p) => `${javaType(p.type)} ${p.name}`).join(', ');
      const members = [`    public ${d.className}(${sig(d.constructorParams)}) {\n        \n    }`, ...d.methods.map((m) => `    public ${javaType(m.returns)} ${m.name}(${sig(m.params)}) {\n        \n    }`)];
      const uses = usage(d, (m) => `obj.${m.name}(${argNames(m.params)});`, (m, n) => `${javaType(m.returns)} param_${n} = `, `${d.className} obj = new ${d.className}(${argNames(d.constructorParams)});`);
      return `class ${d.className} {\n\n${members.join('\n    \n')}\n}\n\n/**\n * Your ${d.className} object will be instantiated and called as such:\n${uses}\n */`;
    },
  },
  go: {
    listHeader: '/**\n * Definition for singly-linked list.\n * type ListNode struct {\n *     Val int\n *     Next *ListNode\n * }\n */\n',
    treeHeader: '/**\n * Definition for a binary tree node.\n * type TreeNode struct {\n *     Val int\n *     Left *TreeNode\n *     Right *TreeNode\n * }\n */\n',
    fn: (s) => `func ${s.name}(${goParams(s.params)}) ${goType(s.returns)} {\n    \n}`,
    design: (d) => {
      const recv = `func (this *${d.className})`;
      const parts = [
        `type ${d.className} struct {\n    \n}`,
        `func Constructor(${goParams(d.constructorParams)}) ${d.className} {\n    \n}`,
        ...d.methods.map((m) => `${recv} ${pascalCase(m.name)}(${goParams(m.params)}) ${goType(m.returns)} {\n    \n}`),
      ];
      const uses = usage(d, (m) => `obj.${pascalCase(m.name)}(${argNames(m.params)});`, (_, n) => `param_${n} := `, `obj := Constructor(${argNames(d.constructorParams)});`);
      return `${parts.join('\n\n\n')}\n\n\n/**\n * Your ${d.className} object will be instantiated and called as such:\n${uses}\n */`;
    },
  },
  rust: {
    listHeader:
      '// Definition for singly-linked list.\n// #[derive(PartialEq, Eq, Clone, Debug)]\n// pub struct ListNode {\n//   pub val: i32,\n//   pub next: Option<Box<ListNode>>\n// }\n//\n// impl ListNode {\n//   #[inline]\n//   fn new(val: i32) -> Self {\n//     ListNode {\n//       next: None,\n//       val\n//     }\n//   }\n// }\n',
    treeHeader:
      '// Definition for a binary tree node.\n// #[derive(Debug, PartialEq, Eq)]\n// pub struct TreeNode {\n//   pub val: i32,\n//   pub left: Option<Rc<RefCell<TreeNode>>>,\n//   pub right: Option<Rc<RefCell<TreeNode>>>,\n// }\n//\n// impl TreeNode {\n//   #[inline]\n//   pub fn new(val: i32) -> Self {\n//     TreeNode {\n//       val,\n//       left: None,\n//       right: None\n//     }\n//   }\n// }\nuse std::rc::Rc;\nuse std::cell::RefCell;\n',
    fn: (s) => `impl Solution {\n    pub fn ${snakeCase(s.name)}(${rustParams(s.params)})${rustRet(s.returns)} {\n        \n    }\n}`,
    design: (d) => {
      const members = [
        `    fn new(${rustParams(d.constructorParams)}) -> Self {\n        \n    }`,
        ...d.methods.map((m) => `    fn ${snakeCase(m.name)}(${['&self', ...(m.params.length ? [rustParams(m.params)] : [])].join(', ')})${rustRet(m.returns)} {\n        \n    }`),
      ];
      const uses = usage(
        d,
        (m) => `obj.${snakeCase(m.name)}(${m.params.map((p) => snakeCase(p.name)).join(',')});`,
        (m, n) => `let ret_${n}: ${rustType(m.returns)} = `,
        `let obj = ${d.className}::new(${d.constructorParams.map((p) => snakeCase(p.name)).join(',')});`,
      );
      return `struct ${d.className} {\n\n}\n\n\n/** \n * \`&self\` means the method takes an immutable reference.\n * If you need a mutable reference, change it to \`&mut self\` instead.\n */\nimpl ${d.className} {\n\n${members.join('\n    \n')}\n}\n\n/**\n * Your ${d.className} object will be instantiated and called as such:\n${uses}\n */`;
    },
  },
  c: {
    listHeader: '/**\n * Definition for singly-linked list.\n * struct ListNode {\n *     int val;\n *     struct ListNode *next;\n * };\n */\n',
    treeHeader: '/**\n * Definition for a binary tree node.\n * struct TreeNode {\n *     int val;\n *     struct TreeNode *left;\n *     struct TreeNode *right;\n * };\n */\n',
    fn: (s) => `${cReturnNote(s.returns)}${cType(s.returns)} ${s.name}(${[...cParams(s.params), ...cReturnParams(s.returns)].join(', ')}) {\n    \n}`,
    design: (d) => {
      const prefix = lowerFirst(d.className);
      const obj = `${d.className}* obj`;
      const parts = [
        `${d.className}* ${prefix}Create(${cParams(d.constructorParams).join(', ')}) {\n    \n}`,
        ...d.methods.map((m) => `${cType(m.returns)} ${prefix}${pascalCase(m.name)}(${[obj, ...cParams(m.params), ...cReturnParams(m.returns)].join(', ')}) {\n    \n}`),
        `void ${prefix}Free(${obj}) {\n    \n}`,
      ];
      const call = (m: FunctionSignature) => `${prefix}${pascalCase(m.name)}(${['obj', ...m.params.map((p) => p.name)].join(', ')});`;
      const uses = usage(
        { ...d, methods: [...d.methods, { name: 'free', params: [], returns: 'void' }] },
        (m) => (m.name === 'free' ? `${prefix}Free(obj);` : call(m)),
        (m, n) => `${cType(m.returns)} param_${n} = `,
        `${d.className}* obj = ${prefix}Create(${argNames(d.constructorParams).replace(/,/g, ', ')});`,
        ' ',
      );
      return `typedef struct {\n    \n} ${d.className};\n\n\n${parts.join('\n\n')}\n\n/**\n * Your ${d.className} struct will be instantiated and called as such:\n${uses}\n*/`;
    },
  },
};

const STDIO: Record<LanguageId, string> = {
  python: 'import sys\n\n\ndef main():\n    data = sys.stdin.read().split()\n    # Read the input from data and print the answer.\n\n\nmain()\n',
  javascript: "const data = require('fs').readFileSync(0, 'utf8').split(/\\s+/).filter(Boolean);\n// Read the input from data and print the answer with console.log.\n",
  typescript: "const data: string[] = require('fs').readFileSync(0, 'utf8').split(/\\s+/).filter(Boolean);\n// Read the input from data and print the answer with console.log.\n",
  cpp: '#include <bits/stdc++.h>\nusing namespace std;\n\nint main() {\n    ios::sync_with_stdio(false);\n    cin.tie(nullptr);\n    // Read the input with cin and print the answer with cout.\n    return 0;\n}\n',
  java: 'import java.util.*;\nimport java.io.*;\n\npublic class Main {\n    public static void main(String[] args) throws IOException {\n        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));\n        // Read the input from in and print the answer with System.out.\n    }\n}\n',
  go: 'package main\n\nimport (\n\t"bufio"\n\t"fmt"\n\t"os"\n)\n\nfunc main() {\n\tin := bufio.NewReader(os.Stdin)\n\tout := bufio.NewWriter(os.Stdout)\n\tdefer out.Flush()\n\n\t// Read the input with fmt.Fscan(in, ...) and print the answer with fmt.Fprintln(out, ...).\n\tvar n int\n\tfmt.Fscan(in, &n)\n\tfmt.Fprintln(out, n)\n}\n',
  rust: 'use std::io::{self, Read, Write};\n\nfn main() {\n    let mut input = String::new();\n    io::stdin().read_to_string(&mut input).unwrap();\n    let mut tokens = input.split_ascii_whitespace();\n    let mut out = io::BufWriter::new(io::stdout().lock());\n    // Read values with tokens.next() and write the answer with writeln!(out, ...).\n    let _ = (&mut tokens, &mut out);\n}\n',
  c: '#include <stdio.h>\n\nint main(void) {\n    // Read the input with scanf and print the answer with printf.\n    return 0;\n}\n',
};
