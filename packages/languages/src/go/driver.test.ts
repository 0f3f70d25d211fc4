import { describe, expect, it } from 'vitest';
import { goBuiltins, splitGoHeader } from './driver.js';

describe('the Go driver', () => {
  it("takes the package clause and imports off the user's code, keeping its line count", () => {
    const code = 'package main\n\nimport (\n\t"sort"\n\tm "math"\n)\nimport "strings"\n\nfunc f() {}\n';
    const { imports, body } = splitGoHeader(code);
    expect(imports).toEqual(['"sort"', 'm "math"', '"strings"']);
    expect(body.split('\n')).toHaveLength(code.split('\n').length);
    expect(body.split('\n')[8]).toBe('func f() {}');
  });

  it("adds Go 1.21's min, max and clear only where the solution declares none of its own", () => {
    expect(goBuiltins('func f() {}')).toMatch(/func min\[T[\s\S]*func max\[T[\s\S]*func clear\(/);
    const own = goBuiltins('func min(a, b int) int { return a }\nvar clear = 1\n');
    expect(own).not.toContain('func min[');
    expect(own).not.toContain('func clear(');
    expect(own).toContain('func max[');
  });
});
