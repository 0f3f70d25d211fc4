import type { DesignSignature, FunctionSignature, ProblemKind } from '@quickcode/protocol';

export type ScalarType = 'int' | 'long' | 'double' | 'bool' | 'string' | 'char';
export type BaseType = ScalarType | 'ListNode' | 'TreeNode' | 'void';

/**
 * A signature type taken apart: `int[][]` is { base: 'int', depth: 2, lists: 0 }. `list<T>` is
 * a sequence too (the same JSON value as `T[]`), for the parameters and results LeetCode's Java
 * declares as `List<...>`: `list<list<int>>` is { base: 'int', depth: 2, lists: 2 } and
 * `list<int[]>` is { base: 'int', depth: 2, lists: 1 }. The list levels are the outer ones;
 * only Java tells them apart from arrays.
 */
export interface TypeRef {
  base: BaseType;
  depth: number;
  lists: number;
}

const BASES = new Set<string>(['int', 'long', 'double', 'bool', 'string', 'char', 'ListNode', 'TreeNode', 'void']);

export function parseType(type: string): TypeRef {
  let base = type.trim();
  let lists = 0;
  while (base.startsWith('list<') && base.endsWith('>')) {
    base = base.slice('list<'.length, -1).trim();
    lists++;
  }
  let depth = lists;
  while (base.endsWith('[]')) {
    base = base.slice(0, -2);
    depth++;
  }
  if (!BASES.has(base) || (depth > 0 && (base === 'void' || base === 'ListNode' || base === 'TreeNode'))) {
    throw new Error(`unknown type "${type}"`);
  }
  return { base: base as BaseType, depth, lists };
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
