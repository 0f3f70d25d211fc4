import type { ExecuteJob, ExecuteResult } from '@quickcode/protocol';

/**
 * How a job that took a worker down is treated. A worker whose loop stops (killed, frozen)
 * loses its job lock after LOCK_MS; BullMQ then gives the job to another worker. That happens
 * once (maxStalledCount 1), so a killed worker's honest job still gets its verdict; the retry
 * runs under an overall budget; a second stall ends the job as an internal error, never a third run.
 */
export const LOCK_MS = 10_000;
export const MAX_STALLS = 1;

/** Time allowed for compiling plus, per test, several times its limit: generous for honest code. */
const BUDGET_BASE_MS = 30_000;
const BUDGET_PER_TEST_LIMITS = 5;

/** The overall budget of a job's second attempt (its first stalled a worker). */
export function retryBudgetMs(job: Pick<ExecuteJob, 'problem'>, tests: number): number {
  return BUDGET_BASE_MS + tests * job.problem.limits.timeMs * BUDGET_PER_TEST_LIMITS;
}

export const STALLED_TWICE = 'This submission stopped the worker judging it twice, so it was not run a third time. If your code is correct, please submit again.';
export const OVER_BUDGET = 'This submission stopped its first worker and then ran past its overall time budget on the second, so it was stopped.';

/** The result delivered for a job that will not run (again): an internal error with a sentence. */
export function failedResult(job: Pick<ExecuteJob, 'tests' | 'testSet'>, reason: string): ExecuteResult {
  return { compiled: true, internalError: reason, tests: [], total: job.testSet?.count ?? job.tests.length };
}

/** The sentence for a job BullMQ failed for good. */
export function failureReason(err: Error): string {
  if (/stalled more than allowable limit/.test(err.message)) return STALLED_TWICE;
  return `The submission could not be executed: ${err.message}`;
}
