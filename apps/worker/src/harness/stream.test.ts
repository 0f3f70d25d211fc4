import { describe, expect, it } from 'vitest';
import type { ExecuteProblem } from '@quickcode/protocol';
import { encodeTests, parseAnswerStream, splitStdout } from './stream.js';
import { buildDriver } from './index.js';

const twoSum: ExecuteProblem = {
  slug: 'two-sum',
  kind: 'function',
  function: {
    name: 'twoSum',
    params: [
      { name: 'nums', type: 'int[]' },
      { name: 'target', type: 'int' },
    ],
    returns: 'int[]',
  },
  checker: 'any-order',
  limits: { timeMs: 1000, memoryMb: 256, outputKb: 1024 },
};

describe('encodeTests', () => {
  it('writes each test as compact JSON lines', () => {
    const stdin = encodeTests(twoSum, [
      { index: 0, input: '[2, 7, 11, 15]\n9\n', expected: null },
      { index: 1, input: '[3,3]\r\n6', expected: '[0,1]' },
    ]);
    expect(stdin).toBe('[2,7,11,15]\n9\n[3,3]\n6\n');
  });
  it('names a test that does not fit the signature', () => {
    expect(() => encodeTests(twoSum, [{ index: 4, input: '[1]\nx', expected: null }])).toThrow(/^test 5: line 2 is not valid JSON/);
  });
});

describe('parseAnswerStream', () => {
  it('assembles lines across chunks, bytes split anywhere', () => {
    const s = parseAnswerStream();
    const bytes = Buffer.from('0 12 ["é"]\n1 3 [0,1]\n2 ', 'utf8');
    const got = [...s.push(bytes.subarray(0, 8)), ...s.push(bytes.subarray(8, 15)), ...s.push(bytes.subarray(15))];
    expect(got).toEqual([
      { test: 0, elapsedMicros: 12, output: '["é"]' },
      { test: 1, elapsedMicros: 3, output: '[0,1]' },
    ]);
    expect(s.pendingBytes).toBe(2);
    expect(s.push('5 null\n')).toEqual([{ test: 2, elapsedMicros: 5, output: 'null' }]);
    expect(s.error).toBeNull();
  });
  it('stops at a line out of sequence or malformed', () => {
    const s = parseAnswerStream();
    expect(s.push('0 1 1\n2 1 1\n3 1 1\n')).toHaveLength(1);
    expect(s.error).toMatch(/test 2 arrived when test 1/);
    const t = parseAnswerStream();
    expect(t.push('hello\n')).toEqual([]);
    expect(t.error).toMatch(/malformed/);
  });
});

describe('splitStdout', () => {
  it('gives each test its output, then what followed the last marker', () => {
    expect(splitStdout('a\nN\nN\nb\nc', 'N')).toEqual(['a\n', '', 'b\nc']);
    expect(splitStdout('no newline N\ncrash', 'N')).toEqual(['no newline ', 'crash']);
    expect(splitStdout('x\nN', 'N')).toEqual(['x\n', '']);
    expect(splitStdout('', 'N')).toEqual(['']);
  });
});

describe('buildDriver', () => {
  it('keeps the user code on its own lines', () => {
    const code = 'class Solution:\n    def twoSum(self, nums, target):\n        return [0, 1]\n';
    const py = buildDriver('python', twoSum, code);
    expect(py.fileName).toBe('main.py');
    // Compiled from a string as solution.py: its own line numbers, whatever the prelude.
    expect(py.source).toContain(`_qc_start(${JSON.stringify(code)}, _QC_SPEC)`);
    const java = buildDriver('java', twoSum, 'public class Solution { }');
    expect(java.source.split('\n')[0]).toMatch(/^import java\.util\.\*; .*class Solution \{ \}$/);
    expect(java.source).not.toMatch(/^public class Solution/m);
    expect(buildDriver('cpp', twoSum, 'x').source).toContain('#line 1 "solution.cpp"\nx\n');
    expect(buildDriver('rust', twoSum, 'x').source).toContain('pub struct Solution;');
    expect(buildDriver('rust', twoSum, 'struct Solution;').source).not.toContain('pub struct Solution;');
  });
  it('adds only the node types the signature uses', () => {
    const list: ExecuteProblem = { ...twoSum, function: { name: 'reverseList', params: [{ name: 'head', type: 'ListNode' }], returns: 'ListNode' } };
    expect(buildDriver('java', list, '').source).toContain('class ListNode {');
    expect(buildDriver('java', list, '').source).not.toContain('class TreeNode {');
    expect(buildDriver('java', twoSum, '').source).not.toContain('class ListNode {');
  });
  it('moves Go imports to the top and adds the ones LeetCode implies', () => {
    const code = 'package main\n\nimport (\n\t"sort"\n\tm "math"\n)\n\nfunc twoSum(nums []int, target int) []int {\n\tsort.Ints(nums)\n\t_ = m.Abs(1)\n\treturn []int{strings.Count("", ""), 1}\n}\n';
    const go = buildDriver('go', twoSum, code).source;
    const first = go.split('\n')[0] ?? '';
    expect(first).toContain('"sort"; m "math"; "strings"');
    expect(first).not.toContain('; "math"');
    expect(go).toContain('var _ = strings.Split');
    expect(go.split('\n')[7]).toBe('func twoSum(nums []int, target int) []int {');
  });
  it('refuses stdio problems', () => {
    expect(() => buildDriver('python', { ...twoSum, kind: 'stdio' }, '')).toThrow(/no driver/);
  });
});
