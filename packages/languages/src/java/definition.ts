import type { Param } from '@quickcode/protocol';
import type { LanguageDefinition } from '../definition.js';
import { argNames, usage } from '../shared/starter.js';
import { parseType } from '../value-types.js';

const SCALARS: Record<string, string> = { int: 'int', long: 'long', double: 'double', bool: 'boolean', string: 'String', char: 'char' };
const BOXED: Record<string, string> = { int: 'Integer', long: 'Long', double: 'Double', bool: 'Boolean', string: 'String', char: 'Character' };

/** LeetCode's Java type for a signature type: `list<list<int>>` is `List<List<Integer>>`. */
export function javaType(type: string): string {
  const r = parseType(type);
  if (r.base === 'void') return 'void';
  if (r.base === 'ListNode' || r.base === 'TreeNode') return r.base;
  const arrays = r.depth - r.lists;
  const inner = arrays === 0 && r.lists > 0 ? (BOXED[r.base] as string) : (SCALARS[r.base] as string) + '[]'.repeat(arrays);
  return 'List<'.repeat(r.lists) + inner + '>'.repeat(r.lists);
}

const params = (ps: Param[]) => ps.map((p) => `${javaType(p.type)} ${p.name}`).join(', ');

export const java: LanguageDefinition = {
  id: 'java',
  name: 'Java 17',
  extension: 'java',
  monaco: 'java',
  installHint: 'apt-get install openjdk-17-jdk-headless',
  type: javaType,
  starter: {
    listHeader:
      '/**\n * Definition for singly-linked list.\n * public class ListNode {\n *     int val;\n *     ListNode next;\n *     ListNode() {}\n *     ListNode(int val) { this.val = val; }\n *     ListNode(int val, ListNode next) { this.val = val; this.next = next; }\n * }\n */\n',
    treeHeader:
      '/**\n * Definition for a binary tree node.\n * public class TreeNode {\n *     int val;\n *     TreeNode left;\n *     TreeNode right;\n *     TreeNode() {}\n *     TreeNode(int val) { this.val = val; }\n *     TreeNode(int val, TreeNode left, TreeNode right) {\n *         this.val = val;\n *         this.left = left;\n *         this.right = right;\n *     }\n * }\n */\n',
    fn: (s) => `class Solution {\n    public ${javaType(s.returns)} ${s.name}(${params(s.params)}) {\n        \n    }\n}`,
    design: (d) => {
      const members = [
        `    public ${d.className}(${params(d.constructorParams)}) {\n        \n    }`,
        ...d.methods.map((m) => `    public ${javaType(m.returns)} ${m.name}(${params(m.params)}) {\n        \n    }`),
      ];
      const uses = usage(
        d,
        (m) => `obj.${m.name}(${argNames(m.params)});`,
        (m, n) => `${javaType(m.returns)} param_${n} = `,
        `${d.className} obj = new ${d.className}(${argNames(d.constructorParams)});`,
      );
      return `class ${d.className} {\n\n${members.join('\n    \n')}\n}\n\n/**\n * Your ${d.className} object will be instantiated and called as such:\n${uses}\n */`;
    },
    stdio:
      'import java.util.*;\nimport java.io.*;\n\npublic class Main {\n    public static void main(String[] args) throws IOException {\n        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));\n        // Read the input from in and print the answer with System.out.\n    }\n}\n',
  },
};
