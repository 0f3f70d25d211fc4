import type { Param } from '@quickcode/protocol';
import type { LanguageDefinition } from '../definition.js';
import { argNames, usage } from '../shared/starter.js';
import { parseType, pascalCase } from '../value-types.js';

const SCALARS: Record<string, string> = { int: 'int', long: 'int64', double: 'float64', bool: 'bool', string: 'string', char: 'byte' };

/** LeetCode's Go type for a signature type (void: no result type). */
export function goType(type: string): string {
  const r = parseType(type);
  if (r.base === 'void') return '';
  if (r.base === 'ListNode' || r.base === 'TreeNode') return `*${r.base}`;
  return '[]'.repeat(r.depth) + (SCALARS[r.base] as string);
}

const params = (ps: Param[]) => ps.map((p) => `${p.name} ${goType(p.type)}`).join(', ');

export const go: LanguageDefinition = {
  id: 'go',
  name: 'Go',
  extension: 'go',
  monaco: 'go',
  installHint: 'apt-get install golang-go',
  type: goType,
  starter: {
    listHeader: '/**\n * Definition for singly-linked list.\n * type ListNode struct {\n *     Val int\n *     Next *ListNode\n * }\n */\n',
    treeHeader: '/**\n * Definition for a binary tree node.\n * type TreeNode struct {\n *     Val int\n *     Left *TreeNode\n *     Right *TreeNode\n * }\n */\n',
    fn: (s) => `func ${s.name}(${params(s.params)}) ${goType(s.returns)} {\n    \n}`,
    design: (d) => {
      const recv = `func (this *${d.className})`;
      const parts = [
        `type ${d.className} struct {\n    \n}`,
        `func Constructor(${params(d.constructorParams)}) ${d.className} {\n    \n}`,
        ...d.methods.map((m) => `${recv} ${pascalCase(m.name)}(${params(m.params)}) ${goType(m.returns)} {\n    \n}`),
      ];
      const uses = usage(
        d,
        (m) => `obj.${pascalCase(m.name)}(${argNames(m.params)});`,
        (_, n) => `param_${n} := `,
        `obj := Constructor(${argNames(d.constructorParams)});`,
      );
      return `${parts.join('\n\n\n')}\n\n\n/**\n * Your ${d.className} object will be instantiated and called as such:\n${uses}\n */`;
    },
    stdio:
      'package main\n\nimport (\n\t"bufio"\n\t"fmt"\n\t"os"\n)\n\nfunc main() {\n\tin := bufio.NewReader(os.Stdin)\n\tout := bufio.NewWriter(os.Stdout)\n\tdefer out.Flush()\n\n\t// Read the input with fmt.Fscan(in, ...) and print the answer with fmt.Fprintln(out, ...).\n\tvar n int\n\tfmt.Fscan(in, &n)\n\tfmt.Fprintln(out, n)\n}\n',
  },
};
