import type { Param } from '@quickcode/protocol';
import type { LanguageDefinition } from '../definition.js';
import { argNames, usage } from '../shared/starter.js';
import { parseType } from '../value-types.js';

const SCALARS: Record<string, string> = { int: 'number', long: 'number', double: 'number', bool: 'boolean', string: 'string', char: 'string' };

/** LeetCode's TypeScript type for a signature type. */
export function typescriptType(type: string): string {
  const r = parseType(type);
  if (r.base === 'void') return 'void';
  if (r.base === 'ListNode' || r.base === 'TreeNode') return `${r.base} | null`;
  return (SCALARS[r.base] as string) + '[]'.repeat(r.depth);
}

const params = (ps: Param[]) => ps.map((p) => `${p.name}: ${typescriptType(p.type)}`).join(', ');

export const typescript: LanguageDefinition = {
  id: 'typescript',
  name: 'TypeScript',
  extension: 'ts',
  monaco: 'typescript',
  installHint: 'npm ci (the typescript package)',
  type: typescriptType,
  starter: {
    listHeader:
      '/**\n * Definition for singly-linked list.\n * class ListNode {\n *     val: number\n *     next: ListNode | null\n *     constructor(val?: number, next?: ListNode | null) {\n *         this.val = (val===undefined ? 0 : val)\n *         this.next = (next===undefined ? null : next)\n *     }\n * }\n */\n\n',
    treeHeader:
      '/**\n * Definition for a binary tree node.\n * class TreeNode {\n *     val: number\n *     left: TreeNode | null\n *     right: TreeNode | null\n *     constructor(val?: number, left?: TreeNode | null, right?: TreeNode | null) {\n *         this.val = (val===undefined ? 0 : val)\n *         this.left = (left===undefined ? null : left)\n *         this.right = (right===undefined ? null : right)\n *     }\n * }\n */\n\n',
    fn: (s) => `function ${s.name}(${params(s.params)}): ${typescriptType(s.returns)} {\n    \n};`,
    design: (d) => {
      const members = [
        `    constructor(${params(d.constructorParams)}) {\n        \n    }`,
        ...d.methods.map((m) => `    ${m.name}(${params(m.params)}): ${typescriptType(m.returns)} {\n        \n    }`),
      ];
      const uses = usage(
        d,
        (m) => `obj.${m.name}(${argNames(m.params)})`,
        (_, n) => `var param_${n} = `,
        `var obj = new ${d.className}(${argNames(d.constructorParams)})`,
      );
      return `class ${d.className} {\n${members.join('\n\n')}\n}\n\n/**\n * Your ${d.className} object will be instantiated and called as such:\n${uses}\n */`;
    },
    stdio: "const data: string[] = require('fs').readFileSync(0, 'utf8').split(/\\s+/).filter(Boolean);\n// Read the input from data and print the answer with console.log.\n",
  },
};
