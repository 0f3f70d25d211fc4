import { describe, expect, it } from 'vitest';
import { failedResult, failureReason, retryBudgetMs, STALLED_TWICE } from './retry-policy.js';

describe('retry policy', () => {
  it('gives a retried job a budget that grows with its tests and their limit', () => {
    const problem = { limits: { timeMs: 1000, memoryMb: 256, outputKb: 1024 } } as never;
    expect(retryBudgetMs({ problem }, 15)).toBe(30_000 + 15 * 5000);
    expect(retryBudgetMs({ problem }, 0)).toBe(30_000);
  });

  it('turns a job that failed for good into an internal error saying why', () => {
    expect(failureReason(new Error('job stalled more than allowable limit'))).toBe(STALLED_TWICE);
    expect(failureReason(new Error('Redis went away'))).toMatch(/could not be executed: Redis went away/);
    expect(failedResult({ tests: [], testSet: { hash: 'h', count: 15 } }, STALLED_TWICE)).toEqual({ compiled: true, internalError: STALLED_TWICE, tests: [], total: 15 });
  });
});
