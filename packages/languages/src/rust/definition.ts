import type { Param } from '@quickcode/protocol';
import type { LanguageDefinition } from '../definition.js';
import { usage, wrap } from '../shared/starter.js';
import { parseType, snakeCase } from '../value-types.js';

const SCALARS: Record<string, string> = { int: 'i32', long: 'i64', double: 'f64', bool: 'bool', string: 'String', char: 'char' };

/**
 * LeetCode's Rust type for a signature type (void: no result type). Starter code names `Rc`
 * and `RefCell` as its own `use` lines bring them; the driver, which follows the user's code
 * (where a name of theirs could hide them), writes their full paths.
 */
export function rustType(type: string, fullPaths = false): string {
  const r = parseType(type);
  if (r.base === 'void') return '';
  if (r.base === 'ListNode') return 'Option<Box<ListNode>>';
  if (r.base === 'TreeNode') return fullPaths ? 'Option<std::rc::Rc<std::cell::RefCell<TreeNode>>>' : 'Option<Rc<RefCell<TreeNode>>>';
  return wrap(SCALARS[r.base] as string, r.depth, 'Vec<', '>');
}

const params = (ps: Param[]) => ps.map((p) => `${snakeCase(p.name)}: ${rustType(p.type)}`).join(', ');
const returns = (type: string) => (type === 'void' ? '' : ` -> ${rustType(type)}`);

export const rust: LanguageDefinition = {
  id: 'rust',
  name: 'Rust',
  extension: 'rs',
  monaco: 'rust',
  installHint: 'apt-get install rustc-web',
  type: (t) => rustType(t),
  starter: {
    listHeader:
      '// Definition for singly-linked list.\n// #[derive(PartialEq, Eq, Clone, Debug)]\n// pub struct ListNode {\n//   pub val: i32,\n//   pub next: Option<Box<ListNode>>\n// }\n//\n// impl ListNode {\n//   #[inline]\n//   fn new(val: i32) -> Self {\n//     ListNode {\n//       next: None,\n//       val\n//     }\n//   }\n// }\n',
    treeHeader:
      '// Definition for a binary tree node.\n// #[derive(Debug, PartialEq, Eq)]\n// pub struct TreeNode {\n//   pub val: i32,\n//   pub left: Option<Rc<RefCell<TreeNode>>>,\n//   pub right: Option<Rc<RefCell<TreeNode>>>,\n// }\n//\n// impl TreeNode {\n//   #[inline]\n//   pub fn new(val: i32) -> Self {\n//     TreeNode {\n//       val,\n//       left: None,\n//       right: None\n//     }\n//   }\n// }\nuse std::rc::Rc;\nuse std::cell::RefCell;\n',
    fn: (s) => `impl Solution {\n    pub fn ${snakeCase(s.name)}(${params(s.params)})${returns(s.returns)} {\n        \n    }\n}`,
    design: (d) => {
      const members = [
        `    fn new(${params(d.constructorParams)}) -> Self {\n        \n    }`,
        ...d.methods.map((m) => `    fn ${snakeCase(m.name)}(${['&self', ...(m.params.length ? [params(m.params)] : [])].join(', ')})${returns(m.returns)} {\n        \n    }`),
      ];
      const uses = usage(
        d,
        (m) => `obj.${snakeCase(m.name)}(${m.params.map((p) => snakeCase(p.name)).join(',')});`,
        (m, n) => `let ret_${n}: ${rustType(m.returns)} = `,
        `let obj = ${d.className}::new(${d.constructorParams.map((p) => snakeCase(p.name)).join(',')});`,
      );
      return `struct ${d.className} {\n\n}\n\n\n/** \n * \`&self\` means the method takes an immutable reference.\n * If you need a mutable reference, change it to \`&mut self\` instead.\n */\nimpl ${d.className} {\n\n${members.join('\n    \n')}\n}\n\n/**\n * Your ${d.className} object will be instantiated and called as such:\n${uses}\n */`;
    },
    stdio:
      'use std::io::{self, Read, Write};\n\nfn main() {\n    let mut input = String::new();\n    io::stdin().read_to_string(&mut input).unwrap();\n    let mut tokens = input.split_ascii_whitespace();\n    let mut out = io::BufWriter::new(io::stdout().lock());\n    // Read values with tokens.next() and write the answer with writeln!(out, ...).\n    let _ = (&mut tokens, &mut out);\n}\n',
  },
};
