import type { Param } from '@quickcode/protocol';
import type { LanguageDefinition } from '../definition.js';
import { argNames, usage, wrap } from '../shared/starter.js';
import { parseType } from '../value-types.js';

const SCALARS: Record<string, string> = { int: 'int', long: 'long long', double: 'double', bool: 'bool', string: 'string', char: 'char' };

/**
 * LeetCode's C++ type for a signature type. Starter code writes `vector<int>` (after its
 * `using namespace std`); the driver, which follows the user's code, passes `std::`.
 */
export function cppType(type: string, std = ''): string {
  const r = parseType(type);
  if (r.base === 'void') return 'void';
  if (r.base === 'ListNode' || r.base === 'TreeNode') return `${r.base}*`;
  const scalar = r.base === 'string' ? `${std}string` : (SCALARS[r.base] as string);
  return wrap(scalar, r.depth, `${std}vector<`, '>');
}

const param = (p: Param) => `${cppType(p.type)}${parseType(p.type).depth > 0 ? '&' : ''} ${p.name}`;

export const cpp: LanguageDefinition = {
  id: 'cpp',
  name: 'C++17',
  extension: 'cpp',
  monaco: 'cpp',
  installHint: 'apt-get install g++',
  type: (t) => cppType(t),
  starter: {
    listHeader:
      '/**\n * Definition for singly-linked list.\n * struct ListNode {\n *     int val;\n *     ListNode *next;\n *     ListNode() : val(0), next(nullptr) {}\n *     ListNode(int x) : val(x), next(nullptr) {}\n *     ListNode(int x, ListNode *next) : val(x), next(next) {}\n * };\n */\n',
    treeHeader:
      '/**\n * Definition for a binary tree node.\n * struct TreeNode {\n *     int val;\n *     TreeNode *left;\n *     TreeNode *right;\n *     TreeNode() : val(0), left(nullptr), right(nullptr) {}\n *     TreeNode(int x) : val(x), left(nullptr), right(nullptr) {}\n *     TreeNode(int x, TreeNode *left, TreeNode *right) : val(x), left(left), right(right) {}\n * };\n */\n',
    fn: (s) => `class Solution {\npublic:\n    ${cppType(s.returns)} ${s.name}(${s.params.map(param).join(', ')}) {\n        \n    }\n};`,
    design: (d) => {
      const members = [
        `    ${d.className}(${d.constructorParams.map(param).join(', ')}) {\n        \n    }`,
        ...d.methods.map((m) => `    ${cppType(m.returns)} ${m.name}(${m.params.map(param).join(', ')}) {\n        \n    }`),
      ];
      const uses = usage(
        d,
        (m) => `obj->${m.name}(${argNames(m.params)});`,
        (m, n) => `${cppType(m.returns)} param_${n} = `,
        `${d.className}* obj = new ${d.className}(${argNames(d.constructorParams)});`,
      );
      return `class ${d.className} {\npublic:\n${members.join('\n    \n')}\n};\n\n/**\n * Your ${d.className} object will be instantiated and called as such:\n${uses}\n */`;
    },
    stdio:
      '#include <bits/stdc++.h>\nusing namespace std;\n\nint main() {\n    ios::sync_with_stdio(false);\n    cin.tie(nullptr);\n    // Read the input with cin and print the answer with cout.\n    return 0;\n}\n',
  },
};
