import { describe, expect, it, vi } from 'vitest';
import type { Redis } from 'ioredis';
import { redisKeys, type ExecuteJob } from '@quickcode/protocol';
import { TestSetCache } from './test-sets.js';

const keys = redisKeys('unit');
const tests = [{ index: 0, input: '1 2\n', expected: '3\n' }];
const job = (hash: string, count = 1): ExecuteJob => ({
  submissionId: 's',
  language: 'python',
  code: '',
  mode: 'submit',
  problem: { slug: 'a', kind: 'stdio', checker: 'exact', limits: { timeMs: 1000, memoryMb: 64, outputKb: 64 } },
  tests: [],
  testSet: { hash, count },
});

describe('TestSetCache', () => {
  it('fetches a test set once and then serves it from memory', async () => {
    const get = vi.fn(async () => JSON.stringify(tests));
    const cache = new TestSetCache({ get } as unknown as Redis, keys);
    expect(await cache.testsOf(job('h1'))).toEqual(tests);
    expect(await cache.testsOf(job('h1'))).toEqual(tests);
    expect(get).toHaveBeenCalledTimes(1);
    expect(get).toHaveBeenCalledWith('unit:testset:h1');
  });

  it('drops the least recently used set beyond its capacity', async () => {
    const get = vi.fn(async () => JSON.stringify(tests));
    const cache = new TestSetCache({ get } as unknown as Redis, keys, 2);
    await cache.testsOf(job('a'));
    await cache.testsOf(job('b'));
    await cache.testsOf(job('a'));
    await cache.testsOf(job('c'));
    expect(cache.size).toBe(2);
    await cache.testsOf(job('a'));
    expect(get).toHaveBeenCalledTimes(3);
    await cache.testsOf(job('b'));
    expect(get).toHaveBeenCalledTimes(4);
  });

  it('refuses a set that is missing or does not match its count', async () => {
    await expect(new TestSetCache({ get: async () => null } as unknown as Redis, keys).testsOf(job('gone'))).rejects.toThrow(/not in Redis/);
    await expect(new TestSetCache({ get: async () => JSON.stringify(tests) } as unknown as Redis, keys).testsOf(job('x', 5))).rejects.toThrow(/expected 5/);
  });

  it('passes inline tests through untouched', async () => {
    const get = vi.fn();
    const inline = { ...job('h'), testSet: undefined, tests };
    expect(await new TestSetCache({ get } as unknown as Redis, keys).testsOf(inline)).toBe(tests);
    expect(get).not.toHaveBeenCalled();
  });
});
