import type { FunctionSignature, Param } from '@quickcode/protocol';
import type { LanguageDefinition } from '../definition.js';
import { argNames, usage } from '../shared/starter.js';
import { lowerFirst, parseType, pascalCase } from '../value-types.js';

const SCALARS: Record<string, string> = { int: 'int', long: 'long long', double: 'double', bool: 'bool', string: 'char*', char: 'char' };

/** LeetCode's C type of a value (arrays are pointers with separate sizes). */
export function cType(type: string): string {
  const r = parseType(type);
  if (r.base === 'void') return 'void';
  if (r.base === 'ListNode' || r.base === 'TreeNode') return `struct ${r.base}*`;
  return (SCALARS[r.base] as string) + '*'.repeat(r.depth);
}

/** LeetCode's C parameters: an array brings its size, a 2-D array its row sizes too. */
function params(ps: Param[]): string[] {
  return ps.flatMap((p) => {
    const depth = parseType(p.type).depth;
    const first = `${cType(p.type)} ${p.name}`;
    if (depth === 0) return [first];
    if (depth === 1) return [first, `int ${p.name}Size`];
    return [first, `int ${p.name}Size`, `int* ${p.name}ColSize`];
  });
}
function returnParams(type: string): string[] {
  const depth = type === 'void' ? 0 : parseType(type).depth;
  if (depth === 1) return ['int* returnSize'];
  if (depth === 2) return ['int* returnSize', 'int** returnColumnSizes'];
  return [];
}
function returnNote(type: string): string {
  const depth = type === 'void' ? 0 : parseType(type).depth;
  if (depth === 1) return '/**\n * Note: The returned array must be malloced, assume caller calls free().\n */\n';
  if (depth === 2) {
    return '/**\n * Return an array of arrays of size *returnSize.\n * The sizes of the arrays are returned as *returnColumnSizes array.\n * Note: Both returned array and *columnSizes array must be malloced, assume caller calls free().\n */\n';
  }
  return '';
}

export const c: LanguageDefinition = {
  id: 'c',
  name: 'C17',
  extension: 'c',
  monaco: 'c',
  installHint: 'apt-get install gcc',
  type: cType,
  starter: {
    listHeader: '/**\n * Definition for singly-linked list.\n * struct ListNode {\n *     int val;\n *     struct ListNode *next;\n * };\n */\n',
    treeHeader: '/**\n * Definition for a binary tree node.\n * struct TreeNode {\n *     int val;\n *     struct TreeNode *left;\n *     struct TreeNode *right;\n * };\n */\n',
    fn: (s) => `${returnNote(s.returns)}${cType(s.returns)} ${s.name}(${[...params(s.params), ...returnParams(s.returns)].join(', ')}) {\n    \n}`,
    design: (d) => {
      const prefix = lowerFirst(d.className);
      const obj = `${d.className}* obj`;
      const parts = [
        `${d.className}* ${prefix}Create(${params(d.constructorParams).join(', ')}) {\n    \n}`,
        ...d.methods.map((m) => `${cType(m.returns)} ${prefix}${pascalCase(m.name)}(${[obj, ...params(m.params), ...returnParams(m.returns)].join(', ')}) {\n    \n}`),
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
    stdio: '#include <stdio.h>\n\nint main(void) {\n    // Read the input with scanf and print the answer with printf.\n    return 0;\n}\n',
  },
};
