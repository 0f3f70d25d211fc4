import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { check, loadCustomCheckers, registerCustomChecker } from './index.js';

const ctx = { input: '', slug: 'test' };
const fn = (spec: Parameters<typeof check>[0], actual: string, expected: string) => check(spec, 'function', actual, expected, ctx);
const io = (spec: Parameters<typeof check>[0], actual: string, expected: string) => check(spec, 'stdio', actual, expected, ctx);

describe('exact', () => {
  it('compares function answers as values', () => {
    expect(fn('exact', '[1,2,3]', '[1, 2, 3]\n').ok).toBe(true);
    expect(fn('exact', '2.00000', '2').ok).toBe(true);
    expect(fn('exact', 'true', 'true').ok).toBe(true);
    expect(fn('exact', '"a b"', '"a b"').ok).toBe(true);
    expect(fn('exact', '[null,null,-3]', '[null,null,-3]').ok).toBe(true);
  });
  it('tells where the answers differ', () => {
    const r = fn('exact', '[[1,6],[8,11]]', '[[1,6],[8,10]]');
    expect(r.ok).toBe(false);
    expect(r.message).toBe('[1][1]: expected 10, got 11');
    expect(fn('exact', '[1,2]', '[1,2,3]').message).toBe('the answer: expected 3 elements, got 2');
    expect(fn('exact', 'false', 'true').message).toBe('the answer: expected true, got false');
  });
  it('keeps 64-bit integers exact', () => {
    expect(fn('exact', '9007199254740993', '9007199254740992').ok).toBe(false);
    expect(fn('exact', '9223372036854775807', '9223372036854775807').ok).toBe(true);
  });
  it('rejects an answer that is not a value', () => {
    expect(fn('exact', '[1,2', '[1,2]').ok).toBe(false);
    expect(fn('exact', '', '3').ok).toBe(false);
  });
  it('compares stdio output by lines, ignoring trailing spaces and blank lines', () => {
    expect(io('exact', '3  \n\n\n', '3\n').ok).toBe(true);
    expect(io('exact', '3\r\n4\r\n', '3\n4').ok).toBe(true);
    expect(io('exact', '3 4\n', '3\n4\n').message).toBe('line 1: expected "3", got "3 4"');
    expect(io('exact', '', '3\n').message).toBe('line 1: expected "3", got the end of the output');
    expect(io('exact', ' 3\n', '3\n').ok).toBe(false);
  });
});

describe('tokens', () => {
  it('ignores how tokens are separated', () => {
    expect(io('tokens', '1\n2   3', '1 2 3\n').ok).toBe(true);
    expect(io('tokens', '1 2', '1 2 3').message).toBe('token 3: expected "3", got the end of the output');
    expect(io('tokens', '1 2 4', '1 2 3').ok).toBe(false);
  });
});

describe('any-order', () => {
  it('accepts the top-level array in any order', () => {
    expect(fn('any-order', '[1,0]', '[0,1]').ok).toBe(true);
    expect(fn('any-order', '[[8,10],[1,6]]', '[[1,6],[8,10]]').ok).toBe(true);
  });
  it('keeps inner order and multiplicity', () => {
    expect(fn('any-order', '[[6,1],[8,10]]', '[[1,6],[8,10]]').ok).toBe(false);
    expect(fn('any-order', '[1,1]', '[0,1]').message).toBe('1 is not part of the expected answer');
    expect(fn('any-order', '[0,1,1]', '[0,1]').message).toBe('expected 2 elements, got 3');
    expect(fn('any-order', '[0,0]', '[0,1]').ok).toBe(false);
  });
  it('orders stdio lines freely', () => {
    expect(io('any-order', 'b\na\n', 'a\nb').ok).toBe(true);
    expect(io('any-order', 'b a\n', 'a b').ok).toBe(false);
  });
});

describe('unordered', () => {
  it('ignores order at every level', () => {
    expect(fn('unordered', '[["tea","eat"],["bat"]]', '[["bat"],["eat","tea"]]').ok).toBe(true);
    expect(fn('unordered', '[["tea","eat"],["bat"]]', '[["bat"],["eat","tan"]]').ok).toBe(false);
    expect(fn('unordered', '[[1,1,2]]', '[[1,2,2]]').ok).toBe(false);
  });
  it('lets stdio lines and their tokens come in any order', () => {
    expect(io('unordered', '2 1\n4 3\n', '3 4\n1 2\n').ok).toBe(true);
  });
});

describe('float', () => {
  const spec = { type: 'float' as const, tolerance: 1e-5 };
  it('accepts an absolute or relative error within the tolerance', () => {
    expect(fn(spec, '2.00000', '2.000004').ok).toBe(true);
    expect(fn(spec, '[1.5,100000.5]', '[1.500001,100000.9]').ok).toBe(true);
    expect(fn(spec, '2.1', '2.0').ok).toBe(false);
    expect(io(spec, '0.3333333 abc', '0.33333 abc').ok).toBe(true);
    expect(io(spec, '0.3333333 abd', '0.33333 abc').ok).toBe(false);
  });
});

describe('custom', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qc-checker-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('runs a registered checker with the input', () => {
    registerCustomChecker('sum-pair', (input, _expected, actual) => {
      const target = Number(input.split('\n')[1]);
      const pair = JSON.parse(actual) as number[];
      return pair.length === 2 && (pair[0] as number) + (pair[1] as number) === target ? true : { ok: false, message: 'the pair does not add up' };
    });
    expect(check('custom', 'function', '[2,7]', '', { input: '[2,7,11]\n9', slug: 'sum-pair' }).ok).toBe(true);
    expect(check('custom', 'function', '[2,11]', '', { input: '[2,7,11]\n9', slug: 'sum-pair' }).message).toBe('the pair does not add up');
  });

  it('loads problems/<slug>/checker.ts files', async () => {
    fs.mkdirSync(path.join(dir, 'loud'));
    fs.writeFileSync(path.join(dir, 'loud', 'checker.ts'), 'export function check(_i: string, e: string, a: string): boolean { return a.toUpperCase() === e.toUpperCase(); }\n');
    expect(await loadCustomCheckers(dir)).toEqual(['loud']);
    expect(check('custom', 'stdio', 'HELLO', 'hello', { input: '', slug: 'loud' }).ok).toBe(true);
  });

  it('reports a checker that cannot run as an error, not a wrong answer', () => {
    registerCustomChecker('broken', () => {
      throw new Error('oops');
    });
    const r = check('custom', 'function', '1', '1', { input: '', slug: 'broken' });
    expect(r.ok).toBe(false);
    expect(r.error).toMatch(/oops/);
    expect(check('custom', 'function', '1', '1', { input: '', slug: 'no-such-problem-here' }).error).toMatch(/no checker.ts/);
  });
});
