import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { check, closeCheckers, configureCheckers } from './index.js';
import { boundedNumber } from './values.js';

const ctx = { input: '', slug: 'test' };
const fn = (spec: Parameters<typeof check>[0], actual: string, expected: string) => check(spec, 'function', actual, expected, ctx);
const io = (spec: Parameters<typeof check>[0], actual: string, expected: string) => check(spec, 'stdio', actual, expected, ctx);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qc-checker-'));
fs.writeFileSync(path.join(dir, 'package.json'), '{ "type": "module" }\n');
/** A wrong answer, as opposed to a checker that failed. */
function expectWrong(r: { ok: boolean; error?: string }) {
  expect(r.ok).toBe(false);
  expect(r.error).toBeUndefined();
}
function writeChecker(slug: string, body: string) {
  fs.mkdirSync(path.join(dir, slug), { recursive: true });
  fs.writeFileSync(path.join(dir, slug, 'checker.ts'), body);
}
// Starting a checker thread (loading TypeScript) is slow on a busy machine: pay it once here.
beforeAll(async () => {
  configureCheckers({ problemsDir: dir, threads: 2, timeoutMs: 5000 });
  await Promise.all([check('exact', 'stdio', '1', '1', ctx), check('exact', 'stdio', '1', '1', ctx)]);
}, 60_000);
afterAll(async () => {
  await closeCheckers();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('exact', () => {
  it('compares function answers as values', async () => {
    expect((await fn('exact', '[1,2,3]', '[1, 2, 3]\n')).ok).toBe(true);
    expect((await fn('exact', '2.00000', '2')).ok).toBe(true);
    expect((await fn('exact', 'true', 'true')).ok).toBe(true);
    expect((await fn('exact', '"a b"', '"a b"')).ok).toBe(true);
    expect((await fn('exact', '[null,null,-3]', '[null,null,-3]')).ok).toBe(true);
  });
  it('tells where the answers differ', async () => {
    const r = await fn('exact', '[[1,6],[8,11]]', '[[1,6],[8,10]]');
    expect(r.ok).toBe(false);
    expect(r.message).toBe('[1][1]: expected 10, got 11');
    expect((await fn('exact', '[1,2]', '[1,2,3]')).message).toBe('the answer: expected 3 elements, got 2');
    expect((await fn('exact', 'false', 'true')).message).toBe('the answer: expected true, got false');
  });
  it('keeps 64-bit integers exact', async () => {
    expect((await fn('exact', '9007199254740993', '9007199254740992')).ok).toBe(false);
    expect((await fn('exact', '9223372036854775807', '9223372036854775807')).ok).toBe(true);
  });
  it('rejects an answer that is not a value', async () => {
    expect((await fn('exact', '[1,2', '[1,2]')).ok).toBe(false);
    expect((await fn('exact', '', '3')).ok).toBe(false);
  });
  it('compares stdio output by lines, ignoring trailing spaces and blank lines', async () => {
    expect((await io('exact', '3  \n\n\n', '3\n')).ok).toBe(true);
    expect((await io('exact', '3\r\n4\r\n', '3\n4')).ok).toBe(true);
    expect((await io('exact', '3 4\n', '3\n4\n')).message).toBe('line 1: expected "3", got "3 4"');
    expect((await io('exact', '', '3\n')).message).toBe('line 1: expected "3", got the end of the output');
    expect((await io('exact', ' 3\n', '3\n')).ok).toBe(false);
  });
});

describe('tokens', () => {
  it('ignores how tokens are separated', async () => {
    expect((await io('tokens', '1\n2   3', '1 2 3\n')).ok).toBe(true);
    expect((await io('tokens', '1 2', '1 2 3')).message).toBe('token 3: expected "3", got the end of the output');
    expect((await io('tokens', '1 2 4', '1 2 3')).ok).toBe(false);
  });
});

describe('any-order', () => {
  it('accepts the top-level array in any order', async () => {
    expect((await fn('any-order', '[1,0]', '[0,1]')).ok).toBe(true);
    expect((await fn('any-order', '[[8,10],[1,6]]', '[[1,6],[8,10]]')).ok).toBe(true);
  });
  it('keeps inner order and multiplicity', async () => {
    expect((await fn('any-order', '[[6,1],[8,10]]', '[[1,6],[8,10]]')).ok).toBe(false);
    expect((await fn('any-order', '[1,1]', '[0,1]')).message).toBe('1 is not part of the expected answer');
    expect((await fn('any-order', '[0,1,1]', '[0,1]')).message).toBe('expected 2 elements, got 3');
    expect((await fn('any-order', '[0,0]', '[0,1]')).ok).toBe(false);
  });
  it('orders stdio lines freely', async () => {
    expect((await io('any-order', 'b\na\n', 'a\nb')).ok).toBe(true);
    expect((await io('any-order', 'b a\n', 'a b')).ok).toBe(false);
  });
});

describe('unordered', () => {
  it('ignores order at every level', async () => {
    expect((await fn('unordered', '[["tea","eat"],["bat"]]', '[["bat"],["eat","tea"]]')).ok).toBe(true);
    expect((await fn('unordered', '[["tea","eat"],["bat"]]', '[["bat"],["eat","tan"]]')).ok).toBe(false);
    expect((await fn('unordered', '[[1,1,2]]', '[[1,2,2]]')).ok).toBe(false);
  });
  it('lets stdio lines and their tokens come in any order', async () => {
    expect((await io('unordered', '2 1\n4 3\n', '3 4\n1 2\n')).ok).toBe(true);
  });
});

describe('float', () => {
  const spec = { type: 'float' as const, tolerance: 1e-5 };
  it('accepts an absolute or relative error within the tolerance', async () => {
    expect((await fn(spec, '2.00000', '2.000004')).ok).toBe(true);
    expect((await fn(spec, '[1.5,100000.5]', '[1.500001,100000.9]')).ok).toBe(true);
    expect((await fn(spec, '2.1', '2.0')).ok).toBe(false);
    expect((await io(spec, '0.3333333 abc', '0.33333 abc')).ok).toBe(true);
    expect((await io(spec, '0.3333333 abd', '0.33333 abc')).ok).toBe(false);
  });
});

describe('custom', { timeout: 30_000 }, () => {
  it('runs problems/<slug>/checker.ts with the input, on a checker thread', async () => {
    writeChecker(
      'sum-pair',
      `export function check(input: string, _e: string, actual: string) {
        const target = Number(input.split('\\n')[1]);
        const pair = JSON.parse(actual) as number[];
        return pair.length === 2 && pair[0]! + pair[1]! === target ? true : { ok: false, message: 'the pair does not add up' };
      }\n`,
    );
    expect((await check('custom', 'function', '[2,7]', '', { input: '[2,7,11]\n9', slug: 'sum-pair' })).ok).toBe(true);
    expect((await check('custom', 'function', '[2,11]', '', { input: '[2,7,11]\n9', slug: 'sum-pair' })).message).toBe('the pair does not add up');
    writeChecker('loud', 'export const check = async (_i: string, e: string, a: string) => a.toUpperCase() === e.toUpperCase();\n');
    expect((await check('custom', 'stdio', 'HELLO', 'hello', { input: '', slug: 'loud' })).ok).toBe(true);
  });

  it('reports a checker that cannot run as an error, not a wrong answer', async () => {
    writeChecker('broken', "export function check(): boolean { throw new Error('oops'); }\n");
    const r = await check('custom', 'function', '1', '1', { input: '', slug: 'broken' });
    expect(r.ok).toBe(false);
    expect(r.error).toMatch(/oops/);
    expect((await check('custom', 'function', '1', '1', { input: '', slug: 'no-such-problem-here' })).error).toMatch(/no checker.ts/);
  });
});

describe('hostile answers', { timeout: 60_000 }, () => {
  const float = { type: 'float' as const, tolerance: 1e-5 };

  it('never lets an infinite or NaN number equal a finite expected value', async () => {
    expect((await fn(float, '1e999', '2.5')).ok).toBe(false);
    expect((await fn(float, '-1e999', '-2.5')).ok).toBe(false);
    expect((await fn(float, '[1e999]', '[2.5]')).ok).toBe(false);
    expect((await io(float, '1e999', '2.50000')).ok).toBe(false);
    expect((await io(float, 'NaN', '2.5')).ok).toBe(false);
    expect((await io(float, '2.5', 'NaN')).ok).toBe(false);
    expect((await fn('exact', '1e999', '1e999')).ok).toBe(false);
    expect((await fn('exact', '1e400', '1e999')).ok).toBe(false);
    expect((await fn('any-order', '[1e999]', '[2.5]')).ok).toBe(false);
    expect((await fn('any-order', '[1e999, 1e998]', '[1e999, 1e998]')).ok).toBe(false);
  });

  it('compares integers of any length exactly, without big-number arithmetic', async () => {
    const giant = '9'.repeat(16_500_000);
    expectWrong(await fn('exact', giant, '42'));
    expectWrong(await fn('any-order', `[${giant}]`, '[42]'));
    expectWrong(await fn(float, giant, '42'));
    expectWrong(await io(float, giant, '42'));
    expect((await fn('exact', '-0', '0')).ok).toBe(true);
    expect((await fn('exact', `1${'0'.repeat(400)}`, `1${'0'.repeat(400)}`)).ok).toBe(true);
    expect((await fn('exact', `1${'0'.repeat(400)}`, `1${'0'.repeat(399)}1`)).ok).toBe(false);
  });

  it('refuses an answer longer than the output limit before reading it', async () => {
    const r = await check('exact', 'function', '1'.repeat(2000), '1', { ...ctx, outputLimitBytes: 1024 });
    expect(r.ok).toBe(false);
    expect(r.message).toMatch(/longer than the output limit of 1024 bytes/);
    // Bytes count, not characters: 600 two-byte characters are 1200 bytes.
    expect((await check('exact', 'stdio', 'é'.repeat(600), 'x', { ...ctx, outputLimitBytes: 1024 })).message).toMatch(/output limit/);
    expect((await check('exact', 'stdio', '3', '3', { ...ctx, outputLimitBytes: 1024 })).ok).toBe(true);
  });

  it('bounds nesting: a deeply nested answer is a wrong answer, not a crash', async () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    expectWrong(await fn('exact', deep, '[]'));
    expectWrong(await fn('unordered', deep, '[[]]'));
  });

  it('reads long literals as doubles from their leading digits', () => {
    expect(boundedNumber(`2.${'0'.repeat(100)}1`)).toBe(2);
    expect(boundedNumber(`-${'1'.repeat(30)}${'0'.repeat(70)}`)).toBeCloseTo(-1.111111111111111e99, -85);
    expect(boundedNumber(`0.${'0'.repeat(80)}25`)).toBe(2.5e-81);
    expect(boundedNumber(`1${'0'.repeat(100)}e${'9'.repeat(20)}`)).toBe(Infinity);
    expect(boundedNumber(`1${'0'.repeat(100)}e-${'9'.repeat(20)}`)).toBe(0);
    expect(boundedNumber(`${'0'.repeat(100)}`)).toBe(0);
    expect(boundedNumber('9'.repeat(16_500_000))).toBe(Infinity);
    expect(boundedNumber(`${'x'.repeat(100)}`)).toBeNaN();
  });
});

describe('checker threads', { timeout: 60_000 }, () => {
  it('ends a checker that runs too long as an internal error, and keeps checking', async () => {
    configureCheckers({ problemsDir: dir, threads: 1, timeoutMs: 1000 });
    writeChecker('spin', 'export function check(): boolean { for (;;) {} }\n');
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 20);
    const r = await check('custom', 'function', '1', '1', { input: '', slug: 'spin' });
    clearInterval(ticker);
    expect(r.ok).toBe(false);
    expect(r.error).toMatch(/did not finish within 1000 ms/);
    // The worker's own loop kept turning while the checker spun.
    expect(ticks).toBeGreaterThan(5);
    expect((await fn('exact', '[1,2]', '[1,2]')).ok).toBe(true);
  });

  it('ends a checker that runs out of memory as an internal error', async () => {
    configureCheckers({ problemsDir: dir, threads: 1, timeoutMs: 30_000, memoryMb: 32 });
    writeChecker('hog', 'export function check(): boolean { const a: string[] = []; for (;;) a.push("x".repeat(1024) + a.length); }\n');
    const r = await check('custom', 'function', '1', '1', { input: '', slug: 'hog' });
    expect(r.ok).toBe(false);
    expect(r.error).toBeTruthy();
    expect((await fn('exact', '3', '3')).ok).toBe(true);
  });

  it('runs checks side by side and answers each its own', async () => {
    configureCheckers({ problemsDir: dir, threads: 2, timeoutMs: 5000, memoryMb: 256 });
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => fn('exact', String(i), String(i % 2 === 0 ? i : -i))));
    expect(results.map((r) => r.ok)).toEqual(Array.from({ length: 20 }, (_, i) => i % 2 === 0));
  });
});
