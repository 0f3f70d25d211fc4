import type { Queue } from 'bullmq';
import type { Logger } from 'pino';
import { listUnfinishedSubmissions, type Db } from '@quickcode/db';
import type { ExecuteQueues } from './execute-queues.js';
import type { Finisher } from './finisher.js';
import { KEEP_FINISHED } from './dispatcher.js';

export interface RecoveryDeps {
  db: Db;
  judgeQueue: Queue;
  resultsQueue: Queue;
  executeQueues: ExecuteQueues;
  finisher: Pick<Finisher, 'fail'>;
  logger: Logger;
  /** A submission younger than this is never touched (ms). */
  graceMs: number;
}

export interface SweepReport {
  /** Submissions whose jobs were all gone, dispatched again. */
  redispatched: string[];
  /** Submissions whose execution failed for good, given IE. */
  failed: string[];
}

const PENDING = new Set(['waiting', 'active', 'delayed', 'prioritized', 'waiting-children']);

/**
 * Recovery: a submission still unfinished after the grace period whose jobs are all gone
 * (Redis restarted empty), or whose result was lost after it executed, is dispatched again;
 * one whose execution failed for good gets IE.
 * Anything with a job still pending in a queue is left to that job.
 */
export function createRecoverySweep({ db, judgeQueue, resultsQueue, executeQueues, finisher, logger, graceMs }: RecoveryDeps) {
  async function sweep(): Promise<SweepReport> {
    const report: SweepReport = { redispatched: [], failed: [] };
    for (const submission of await listUnfinishedSubmissions(db, new Date(Date.now() - graceMs))) {
      const executeState = await executeQueues.of(submission.language).getJobState(submission.id);
      if (executeState === 'failed') {
        if (await finisher.fail(submission, 'The submission could not be executed: its worker stopped repeatedly. Please submit again.')) report.failed.push(submission.id);
        continue;
      }
      const resultsState = await resultsQueue.getJobState(submission.id);
      // Executed, yet no result reached the masters: a Sentinel failover can lose the last writes
      // before the switch (replication is asynchronous), the result among them. Run it again.
      const resultLost = executeState === 'completed' && resultsState === 'unknown';
      if (executeState !== 'unknown' && !resultLost) continue;
      const judgeState = await judgeQueue.getJobState(submission.id);
      if (PENDING.has(judgeState) || resultsState !== 'unknown') continue;
      if (resultLost)
        await executeQueues
          .of(submission.language)
          .remove(submission.id)
          .catch(() => {});
      if (judgeState !== 'unknown') await judgeQueue.remove(submission.id).catch(() => {});
      await judgeQueue.add('judge', { submissionId: submission.id }, { jobId: submission.id, attempts: 5, backoff: { type: 'exponential', delay: 1000 }, removeOnComplete: KEEP_FINISHED });
      logger.warn({ submissionId: submission.id }, 'recovered a submission whose jobs were lost; dispatched again');
      report.redispatched.push(submission.id);
    }
    return report;
  }
  return { sweep };
}
export type RecoverySweep = ReturnType<typeof createRecoverySweep>;
