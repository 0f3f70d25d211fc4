import type { Param } from '@quickcode/protocol';
import type { LanguageDefinition } from '../definition.js';
import { argNames, wrap } from '../shared/starter.js';
import { parseType } from '../value-types.js';

const SCALARS: Record<string, string> = { int: 'int', long: 'int', double: 'float', bool: 'bool', string: 'str', char: 'str' };

/** LeetCode's Python type hint for a signature type. */
export function pythonType(type: string): string {
  const r = parseType(type);
  if (r.base === 'void') return 'None';
  if (r.base === 'ListNode' || r.base === 'TreeNode') return `Optional[${r.base}]`;
  return wrap(SCALARS[r.base] as string, r.depth, 'List[', ']');
}

const params = (ps: Param[]) => ['self', ...ps.map((p) => `${p.name}: ${pythonType(p.type)}`)].join(', ');

export const python: LanguageDefinition = {
  id: 'python',
  name: 'Python 3',
  extension: 'py',
  monaco: 'python',
  installHint: 'apt-get install python3',
  type: pythonType,
  starter: {
    listHeader: '# Definition for singly-linked list.\n# class ListNode:\n#     def __init__(self, val=0, next=None):\n#         self.val = val\n#         self.next = next\n',
    treeHeader:
      '# Definition for a binary tree node.\n# class TreeNode:\n#     def __init__(self, val=0, left=None, right=None):\n#         self.val = val\n#         self.left = left\n#         self.right = right\n',
    fn: (s) => `class Solution:\n    def ${s.name}(${params(s.params)}) -> ${pythonType(s.returns)}:\n        `,
    design: (d) => {
      const methods = [`    def __init__(${params(d.constructorParams)}):\n        `, ...d.methods.map((m) => `    def ${m.name}(${params(m.params)}) -> ${pythonType(m.returns)}:\n        `)];
      const uses = [`# obj = ${d.className}(${argNames(d.constructorParams)})`, ...d.methods.map((m, i) => `# ${m.returns === 'void' ? '' : `param_${i + 1} = `}obj.${m.name}(${argNames(m.params)})`)];
      return `class ${d.className}:\n\n${methods.join('\n\n')}\n\n\n# Your ${d.className} object will be instantiated and called as such:\n${uses.join('\n')}`;
    },
    stdio: 'import sys\n\n\ndef main():\n    data = sys.stdin.read().split()\n    # Read the input from data and print the answer.\n\n\nmain()\n',
  },
};
