import { describe, expect, it } from 'vitest';
import type { ProblemShape } from '@quickcode/languages';
import type { ProblemConfig } from '@quickcode/protocol';
import { normalizeTest, validateTest } from './validate-test.js';
import { parseJson, stringifyJson, JsonNumber } from './json-text.js';

const twoSum: ProblemShape = {
  kind: 'function',
  function: {
    name: 'twoSum',
    params: [
      { name: 'nums', type: 'int[]' },
      { name: 'target', type: 'int' },
    ],
    returns: 'int[]',
  },
};
const tree: ProblemShape = { kind: 'function', function: { name: 'maxDepth', params: [{ name: 'root', type: 'TreeNode' }], returns: 'int' } };
const minStack: Pick<ProblemConfig, 'kind' | 'design'> = {
  kind: 'design',
  design: {
    className: 'MinStack',
    constructorParams: [],
    methods: [
      { name: 'push', params: [{ name: 'val', type: 'int' }], returns: 'void' },
      { name: 'pop', params: [], returns: 'void' },
      { name: 'getMin', params: [], returns: 'int' },
    ],
  },
};

describe('parseJson', () => {
  it('keeps number literals as written', () => {
    const v = parseJson('[9223372036854775807, -0.10, 1e3]');
    expect(stringifyJson(v)).toBe('[9223372036854775807,-0.10,1e3]');
    expect((v as JsonNumber[])[0]?.isInteger).toBe(true);
    expect((v as JsonNumber[])[2]?.isInteger).toBe(false);
  });
  it('reads strings with escapes', () => {
    expect(parseJson('"a\\"b\\u00e9"')).toBe('a"bé');
    expect(stringifyJson(parseJson(' { "k" : [true,false,null] } '))).toBe('{"k":[true,false,null]}');
  });
  it('says where the text is broken', () => {
    expect(() => parseJson('[1,2')).toThrow(/at the end/);
    expect(() => parseJson('[1,,2]')).toThrow(/position 4/);
    expect(() => parseJson('01')).toThrow();
    expect(() => parseJson('[1] x')).toThrow(/after the value/);
  });
});

describe('validateTest', () => {
  it('accepts and normalizes a function test', () => {
    expect(normalizeTest(twoSum, '[2, 7, 11, 15]\r\n9\n\n')).toEqual({ ok: true, lines: ['[2,7,11,15]', '9'] });
  });
  it('names the line of a missing, extra or empty value', () => {
    expect(validateTest(twoSum, '[2,7]')).toEqual({ ok: false, line: 2, message: 'line 2 is missing: it should hold target (int); a test has one line per parameter' });
    expect(validateTest(twoSum, '[2,7]\n9\n3')).toMatchObject({ ok: false, line: 3 });
    expect(validateTest(twoSum, '\n9')).toMatchObject({ ok: false, line: 1, message: 'line 1 is empty: it should hold nums (int[])' });
  });
  it('names the offending element and type', () => {
    expect(validateTest(twoSum, '[2,"7"]\n9')).toEqual({ ok: false, line: 1, message: 'line 1: nums[1] must be an integer, not "7"' });
    expect(validateTest(twoSum, '[2,7]\n9.5')).toMatchObject({ ok: false, line: 2, message: 'line 2: target must be an integer, not 9.5' });
    expect(validateTest(twoSum, '[2,7]\n2147483648')).toMatchObject({ ok: false, line: 2 });
    expect(validateTest(twoSum, '[2,7\n9')).toMatchObject({ ok: false, line: 1, message: expect.stringContaining('not valid JSON') });
    expect(validateTest(twoSum, '2\n9')).toMatchObject({ ok: false, message: 'line 1: nums must be an array (int[]), not 2' });
  });
  it('checks trees in level order and trims trailing nulls', () => {
    expect(normalizeTest(tree, '[3,9,20,null,null,15,7,null,null]')).toEqual({ ok: true, lines: ['[3,9,20,null,null,15,7]'] });
    expect(normalizeTest(tree, '[null]')).toEqual({ ok: true, lines: ['[]'] });
    expect(validateTest(tree, '[1,null,null,2]')).toMatchObject({ ok: false, message: expect.stringContaining('root[3] has no parent') });
    expect(validateTest(tree, '[null,1]')).toMatchObject({ ok: false });
  });
  it('checks scalar types', () => {
    const all: ProblemShape = {
      kind: 'function',
      function: {
        name: 'f',
        params: ['long', 'double', 'bool', 'string', 'char', 'char[][]', 'ListNode'].map((type, i) => ({ name: `p${i}`, type })),
        returns: 'void',
      },
    };
    expect(normalizeTest(all, '-9223372036854775808\n2\ntrue\n"x y"\n"a"\n[["1","0"]]\n[1,2]')).toMatchObject({ ok: true });
    expect(validateTest(all, '9223372036854775808\n2\ntrue\n"x"\n"a"\n[]\n[]')).toMatchObject({ ok: false, line: 1 });
    expect(validateTest(all, '1\n"2"\ntrue\n"x"\n"a"\n[]\n[]')).toMatchObject({ ok: false, line: 2 });
    expect(validateTest(all, '1\n2\n1\n"x"\n"a"\n[]\n[]')).toMatchObject({ ok: false, line: 3 });
    expect(validateTest(all, '1\n2\nfalse\nx\n"a"\n[]\n[]')).toMatchObject({ ok: false, line: 4 });
    expect(validateTest(all, '1\n2\nfalse\n"x"\n"ab"\n[]\n[]')).toMatchObject({ ok: false, line: 5 });
    expect(validateTest(all, '1\n2\nfalse\n"x"\n"a"\n["10"]\n[]')).toMatchObject({ ok: false, line: 6 });
    expect(validateTest(all, '1\n2\nfalse\n"x"\n"a"\n[]\n[1,null]')).toMatchObject({ ok: false, line: 7 });
  });
  it('checks design tests: operations, then their arguments', () => {
    expect(normalizeTest(minStack, '["MinStack","push","getMin"]\n[[], [-2], []]')).toEqual({ ok: true, lines: ['["MinStack","push","getMin"]', '[[],[-2],[]]'] });
    expect(validateTest(minStack, '["Stack","push"]\n[[],[1]]')).toMatchObject({ ok: false, line: 1, message: expect.stringContaining('must start with "MinStack"') });
    expect(validateTest(minStack, '["MinStack","peek"]\n[[],[]]')).toMatchObject({ ok: false, line: 1, message: expect.stringContaining('"peek" is not a method') });
    expect(validateTest(minStack, '["MinStack","push"]\n[[]]')).toMatchObject({ ok: false, line: 2 });
    expect(validateTest(minStack, '["MinStack","push"]\n[[],[]]')).toMatchObject({ ok: false, line: 2, message: expect.stringContaining('push) takes 1 argument') });
    expect(validateTest(minStack, '["MinStack","push"]\n[[],["x"]]')).toMatchObject({ ok: false, line: 2, message: expect.stringContaining('val must be an integer') });
    expect(validateTest(minStack, '["MinStack"]')).toMatchObject({ ok: false, line: 2 });
  });
  it('accepts anything for stdio problems', () => {
    expect(validateTest({ kind: 'stdio' }, '1 2\n')).toEqual({ ok: true });
  });
});
