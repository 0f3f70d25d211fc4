import type { DesignSignature, FunctionSignature, Param } from '@quickcode/protocol';

/** `vector<vector<int>>`: a type nested `depth` times. */
export const wrap = (inner: string, depth: number, open: string, close: string) => open.repeat(depth) + inner + close.repeat(depth);

/** The parameter names as LeetCode's usage comments list them: `key,value`. */
export const argNames = (ps: Param[]) => ps.map((p) => p.name).join(',');

/** `param_3 = obj.top()` lines of LeetCode's usage comment (numbered by method position). */
export function usage(d: DesignSignature, call: (m: FunctionSignature) => string, assign: (m: FunctionSignature, n: number) => string, ctor: string, sep = ''): string {
  const lines = [ctor, ...d.methods.map((m, i) => (m.returns === 'void' ? call(m) : `${assign(m, i + 1)}${call(m)}`))];
  return lines.map((l) => ` * ${l}`).join(sep ? `\n${sep}\n` : '\n');
}
