import { Queue, Worker, type Job } from 'bullmq';
import type { Logger } from 'pino';
import type { Config } from '@quickcode/config';
import { judgeJobSchema, redisKeys, resultsJobSchema } from '@quickcode/protocol';
import type { Database } from '@quickcode/db';
import { createMetrics, serveMetrics } from '@quickcode/metrics';
import { createRedis } from '@quickcode/redis';
import { createDispatcher } from './dispatcher.js';
import { ExecuteQueues } from './execute-queues.js';
import { createFinisher } from './finisher.js';
import { createRecoverySweep, type SweepReport } from './recovery-sweep.js';

export interface MasterOptions {
  config: Config;
  database: Database;
  logger: Logger;
  /** How often unfinished submissions are checked against the queue (ms). */
  sweepIntervalMs?: number;
  /** A submission younger than this is never touched by the sweep (ms). */
  sweepGraceMs?: number;
}

export interface Master {
  close(): Promise<void>;
  /** One recovery pass now (it also runs every sweepIntervalMs). */
  sweep(): Promise<SweepReport>;
}

/**
 * The master: the dispatcher turns stored submissions into execution jobs, the finisher turns
 * workers' results into stored, published verdicts, the recovery sweep finds what was lost.
 * This wires them to their queues. Any number of masters may run.
 */
export async function startMaster({ config, database, logger, sweepIntervalMs = 10_000, sweepGraceMs = 60_000 }: MasterOptions): Promise<Master> {
  const keys = redisKeys(config.QUICKCODE_REDIS_PREFIX);
  // Both wait through a Redis outage or failover (and follow the Sentinels' primary): a verdict is published late rather than lost.
  const connection = createRedis(config, { name: 'quickcode-master-queues', maxRetriesPerRequest: null, logger });
  const redis = createRedis(config, { name: 'quickcode-master', maxRetriesPerRequest: null, logger });
  const { db } = database;
  const executeQueues = new ExecuteQueues(connection, keys);
  const judgeQueue = new Queue(keys.judgeQueue, { connection, prefix: keys.bullPrefix });
  const resultsQueue = new Queue(keys.resultsQueue, { connection, prefix: keys.bullPrefix });
  // Their shared connection's errors are logged by createRedis; without a listener BullMQ prints each again.
  for (const queue of [judgeQueue, resultsQueue]) queue.on('error', () => {});
  const metrics = createMetrics('master', {
    // Read from Redis when Prometheus scrapes, not kept up to date.
    async queueDepths() {
      const depths: Record<string, number> = {};
      for (const queue of [judgeQueue, resultsQueue, ...executeQueues.all()]) {
        const counts = await queue.getJobCounts('waiting', 'prioritized', 'delayed');
        depths[queue.name] = (counts.waiting ?? 0) + (counts.prioritized ?? 0) + (counts.delayed ?? 0);
      }
      return depths;
    },
  });

  const dispatcher = createDispatcher({ db, redis, keys, executeQueues, logger });
  const finisher = createFinisher({
    db,
    redis,
    keys,
    logger,
    onVerdict(event, submission) {
      metrics.verdicts.inc({ verdict: event.verdict, language: submission.language });
      metrics.submitToVerdict.observe((Date.now() - submission.createdAt.getTime()) / 1000);
    },
  });
  const recovery = createRecoverySweep({ db, judgeQueue, resultsQueue, executeQueues, finisher, logger, graceMs: sweepGraceMs });

  const judgeWorker = new Worker(keys.judgeQueue, (job: Job) => dispatcher.dispatch(judgeJobSchema.parse(job.data).submissionId), { connection, prefix: keys.bullPrefix, concurrency: 20 });
  const resultsWorker = new Worker(keys.resultsQueue, (job: Job) => finisher.finish(resultsJobSchema.parse(job.data)), { connection, prefix: keys.bullPrefix, concurrency: 20 });
  for (const w of [judgeWorker, resultsWorker]) {
    w.on('failed', (job, err) => logger.error({ submissionId: job?.id, err: err.message }, `${w.name} job failed`));
    w.on('error', (err) => logger.error({ err: err.message }, `${w.name} worker error`));
  }
  const metricsServer = config.QUICKCODE_METRICS_PORT > 0 ? await serveMetrics(metrics, config.HOST, config.QUICKCODE_METRICS_PORT) : null;
  if (metricsServer) logger.info(`master metrics at http://${config.HOST}:${metricsServer.port}/metrics`);

  let sweeping = false;
  const timer = setInterval(() => {
    if (sweeping) return;
    sweeping = true;
    recovery
      .sweep()
      .catch((err: Error) => logger.warn({ err: err.message }, 'recovery sweep failed'))
      .finally(() => (sweeping = false));
  }, sweepIntervalMs);
  timer.unref();

  return {
    sweep: () => recovery.sweep(),
    async close() {
      clearInterval(timer);
      await metricsServer?.close();
      await Promise.all([judgeWorker.close(), resultsWorker.close()]);
      await Promise.all([judgeQueue.close(), resultsQueue.close(), executeQueues.close()]);
      await Promise.all([connection.quit().catch(() => {}), redis.quit().catch(() => {})]);
    },
  };
}
