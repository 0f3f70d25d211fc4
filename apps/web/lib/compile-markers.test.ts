import { describe, expect, it } from 'vitest';
import { parseCompileOutput, shiftMarkers } from './compile-markers';

describe('parseCompileOutput', () => {
  it('reads gcc/clang and go positions', () => {
    const m = parseCompileOutput("solution.cpp:4:12: error: expected ';' before '}' token\n    4 | return x\nmain.go:7:2: undefined: foo");
    expect(m).toEqual([
      { line: 4, column: 12, severity: 'error', message: "expected ';' before '}' token" },
      { line: 7, column: 2, severity: 'error', message: 'undefined: foo' },
    ]);
  });
  it('reads javac and tsc', () => {
    expect(parseCompileOutput('Solution.java:3: error: cannot find symbol')[0]).toMatchObject({ line: 3, message: 'cannot find symbol' });
    expect(parseCompileOutput("solution.ts(2,5): error TS2322: Type 'string' is not assignable")[0]).toMatchObject({ line: 2, column: 5 });
  });
  it("reads LeetCode's Line/Char form (TypeScript and JavaScript compile steps)", () => {
    expect(parseCompileOutput("Line 2: Char 9: error TS2322: Type 'string' is not assignable to type 'number'.")[0]).toEqual({
      line: 2,
      column: 9,
      severity: 'error',
      message: "Type 'string' is not assignable to type 'number'.",
    });
    expect(parseCompileOutput("Line 3: SyntaxError: Unexpected token ';'\nsolution.js:3")[0]).toMatchObject({ line: 3, message: "SyntaxError: Unexpected token ';'" });
  });
  it('reads rustc and python', () => {
    expect(parseCompileOutput('error[E0425]: cannot find value `x`\n --> src/main.rs:5:9\n')[0]).toMatchObject({ line: 5, column: 9, message: 'cannot find value `x`' });
    expect(parseCompileOutput('  File "solution.py", line 3\n    def f(:\n SyntaxError: invalid syntax')).toEqual([]);
    expect(parseCompileOutput('  File "solution.py", line 3\n    def f(:\nSyntaxError: invalid syntax')[0]).toMatchObject({ line: 3, message: 'SyntaxError: invalid syntax' });
  });
  it('skips lines without a position', () => {
    expect(parseCompileOutput('1 error generated.')).toEqual([]);
  });
});

describe('shiftMarkers', () => {
  const marker = { line: 4, column: 9, message: "expected ';'", severity: 'error' as const };
  const at = (line: number, column: number, text: string, endLine = line, endColumn = column) => ({ startLine: line, startColumn: column, endLine, endColumn, text });

  it('moves a marker down when lines are inserted above it', () => {
    expect(shiftMarkers([marker], [at(1, 1, '\n')])).toEqual([{ ...marker, line: 5 }]);
    expect(shiftMarkers([marker], [at(2, 3, 'a\nb\nc')])).toEqual([{ ...marker, line: 6 }]);
    expect(shiftMarkers([marker], [at(4, 1, '\n')])).toEqual([{ ...marker, line: 5 }]);
  });
  it('moves it up when lines above are deleted', () => {
    expect(shiftMarkers([marker], [at(1, 1, '', 3, 1)])).toEqual([{ ...marker, line: 2 }]);
  });
  it('keeps it when editing below, drops it when its line is edited', () => {
    expect(shiftMarkers([marker], [at(6, 1, 'x')])).toEqual([marker]);
    expect(shiftMarkers([marker], [at(4, 20, ';')])).toEqual([]);
    expect(shiftMarkers([marker], [at(2, 1, '', 5, 1)])).toEqual([]);
  });
});
