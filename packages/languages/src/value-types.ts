import type { DesignSignature, FunctionSignature, ProblemKind } from '@quickcode/protocol';

export type ScalarType = 'int' | 'long' | 'double' | 'bool' | 'string' | 'char';
export type BaseType = ScalarType | 'ListNode' | 'TreeNode' | 'void';

/** A signature type taken apart: `int[][]` is { base: 'int', depth: 2 }. */
export interface TypeRef {
  base: BaseType;
  depth: number;
}

const BASES = new Set<string>(['int', 'long', 'double', 'bool', 'string', 'char', 'ListNode', 'TreeNode', 'void']);

export function parseType(type: string): TypeRef {
  let depth = 0;
  let base = type.trim();
  while (base.endsWith('[]')) {
    base = base.slice(0, -2);
    depth++;
  }
  if (!BASES.has(base) || (depth > 0 && (base === 'void' || base === 'ListNode' || base === 'TreeNode'))) {
    throw new Error(`unknown type "${type}"`);
  }
  return { base: base as BaseType, depth };
}

/** The part of a problem a test's shape depends on (ProblemConfig and ExecuteProblem both fit). */
export interface ProblemShape {
  kind: ProblemKind;
  function?: FunctionSignature;
  design?: DesignSignature;
}

/** LeetCode's Rust names: twoSum -> two_sum, getMin -> get_min, LRUCache stays as is for types. */
export function snakeCase(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toLowerCase();
}

/** LeetCode's Go method names: getMin -> GetMin. */
export function pascalCase(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** LeetCode's C prefix for a design class: MinStack -> minStack, LRUCache -> lRUCache. */
export function lowerFirst(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

export function usesType(shape: ProblemShape, base: 'ListNode' | 'TreeNode'): boolean {
  const types: string[] = [];
  if (shape.function) types.push(shape.function.returns, ...shape.function.params.map((p) => p.type));
  if (shape.design) {
    types.push(...shape.design.constructorParams.map((p) => p.type));
    for (const m of shape.design.methods) types.push(m.returns, ...m.params.map((p) => p.type));
  }
  return types.some((t) => t === base);
}
