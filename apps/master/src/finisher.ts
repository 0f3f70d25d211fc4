import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { RedisKeys, ResultEvent, ResultsJob } from '@quickcode/protocol';
import { finishSubmission, getSubmission, type Db, type FinishedSubmission, type SubmissionRow } from '@quickcode/db';
import { aggregate } from './aggregate.js';
import { publishResult } from './publish-result.js';

export interface FinisherDeps {
  db: Db;
  redis: Redis;
  keys: RedisKeys;
  logger: Logger;
  /** Told of every verdict stored (for metrics). */
  onVerdict?(event: ResultEvent, submission: SubmissionRow): void;
}

/** stored: this call stored and published it; republished: stored earlier, published now; duplicate: nothing to do. */
export type FinishOutcome = 'stored' | 'republished' | 'duplicate' | 'unknown';

const row = (event: ResultEvent, tests: FinishedSubmission['tests']): FinishedSubmission => ({
  verdict: event.verdict,
  passed: event.passed,
  total: event.total,
  timeMs: event.timeMs,
  memoryKb: event.memoryKb,
  result: event,
  tests,
});

/**
 * Turns a worker's result into the submission's one verdict: stored once (the first store
 * wins, whatever retries happen), then published. A result stored by a master that died
 * before publishing is published by whichever master sees it again.
 */
export function createFinisher({ db, redis, keys, logger, onVerdict }: FinisherDeps) {
  async function finish({ submissionId, result }: Pick<ResultsJob, 'submissionId' | 'result'>): Promise<FinishOutcome> {
    const submission = await getSubmission(db, submissionId);
    if (!submission) return 'unknown';
    const { event, tests } = aggregate({ submissionId, mode: submission.mode as 'run' | 'submit', result });
    if (await finishSubmission(db, submissionId, row(event, tests))) {
      onVerdict?.(event, submission);
      await publishResult(redis, keys, event);
      logger.info({ submissionId, verdict: event.verdict, passed: event.passed, total: event.total }, 'verdict');
      return 'stored';
    }
    if (await redis.exists(keys.published(submissionId))) return 'duplicate';
    const stored = await getSubmission(db, submissionId);
    if (!stored?.result) return 'duplicate';
    await publishResult(redis, keys, stored.result as ResultEvent);
    return 'republished';
  }

  /** Stores and publishes a verdict no worker produced: the platform failed (IE), saying why. */
  async function fail(submission: Pick<SubmissionRow, 'id'>, message: string): Promise<boolean> {
    const event: ResultEvent = { type: 'result', id: submission.id, verdict: 'IE', passed: 0, total: 0, timeMs: 0, memoryKb: 0, stderr: message };
    if (!(await finishSubmission(db, submission.id, row(event, [])))) return false;
    await publishResult(redis, keys, event);
    return true;
  }

  return { finish, fail };
}
export type Finisher = ReturnType<typeof createFinisher>;
