import type { Param } from '@quickcode/protocol';
import type { LanguageDefinition } from '../definition.js';
import { argNames, usage } from '../shared/starter.js';
import { parseType } from '../value-types.js';

const SCALARS: Record<string, string> = { int: 'number', long: 'number', double: 'number', bool: 'boolean', string: 'string', char: 'character' };

/** LeetCode's JSDoc type for a signature type. */
export function javascriptType(type: string): string {
  const r = parseType(type);
  if (r.base === 'void') return 'void';
  if (r.base === 'ListNode' || r.base === 'TreeNode') return r.base;
  return (SCALARS[r.base] as string) + '[]'.repeat(r.depth);
}

const jsDoc = (ps: Param[], returns: string | null) =>
  `/**\n${ps.map((p) => ` * @param {${javascriptType(p.type)}} ${p.name}\n`).join('')}${returns === null ? '' : ` * @return {${javascriptType(returns)}}\n`} */\n`;
const args = (ps: Param[]) => argNames(ps).replace(/,/g, ', ');

export const javascript: LanguageDefinition = {
  id: 'javascript',
  name: 'JavaScript (Node.js)',
  extension: 'js',
  monaco: 'javascript',
  installHint: 'apt-get install nodejs',
  type: javascriptType,
  starter: {
    listHeader:
      '/**\n * Definition for singly-linked list.\n * function ListNode(val, next) {\n *     this.val = (val===undefined ? 0 : val)\n *     this.next = (next===undefined ? null : next)\n * }\n */\n',
    treeHeader:
      '/**\n * Definition for a binary tree node.\n * function TreeNode(val, left, right) {\n *     this.val = (val===undefined ? 0 : val)\n *     this.left = (left===undefined ? null : left)\n *     this.right = (right===undefined ? null : right)\n * }\n */\n',
    fn: (s) => `${jsDoc(s.params, s.returns)}var ${s.name} = function(${args(s.params)}) {\n    \n};`,
    design: (d) => {
      const ctorDoc = d.constructorParams.length ? jsDoc(d.constructorParams, null) : '';
      const ctor = `${ctorDoc}var ${d.className} = function(${args(d.constructorParams)}) {\n    \n};`;
      const methods = d.methods.map((m) => `${jsDoc(m.params, m.returns)}${d.className}.prototype.${m.name} = function(${args(m.params)}) {\n    \n};`);
      const uses = usage(
        d,
        (m) => `obj.${m.name}(${argNames(m.params)})`,
        (_, n) => `var param_${n} = `,
        `var obj = new ${d.className}(${argNames(d.constructorParams)})`,
      );
      return `\n${[ctor, ...methods].join('\n\n')}\n\n/** \n * Your ${d.className} object will be instantiated and called as such:\n${uses}\n */`;
    },
    stdio: "const data = require('fs').readFileSync(0, 'utf8').split(/\\s+/).filter(Boolean);\n// Read the input from data and print the answer with console.log.\n",
  },
};
