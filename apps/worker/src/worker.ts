import os from 'node:os';
import { randomUUID } from 'node:crypto';
import { Queue, Worker, type Job } from 'bullmq';
import type { Logger } from 'pino';
import {
  executeJobSchema,
  redisKeys,
  WORKER_HEARTBEAT_MS,
  type Config,
  type LanguageInfo,
  type SubmissionEvent,
  type WorkerInfo,
} from '@quickcode/protocol';
import { createSandbox } from './sandbox/index.js';
import type { Sandbox } from './sandbox/types.js';
import { selfTestLanguages } from './languages/index.js';
import { createMetrics, serveMetrics } from '@quickcode/metrics';
import { createRedis } from '@quickcode/redis';
import { executeJob } from './judge.js';
import { TestSetCache } from './test-sets.js';
import { loadCustomCheckers } from './checkers/index.js';

export interface WorkerOptions {
  config: Config;
  logger: Logger;
  /** Port of this worker's /metrics (default: the configured one, or the next free). */
  metricsPort?: number;
  /** Use an already created sandbox (tests). */
  sandbox?: Sandbox;
}

export interface RunningWorker {
  id: string;
  languages: LanguageInfo[];
  close(): Promise<void>;
}

/** BullMQ takes a job back from a worker that stops renewing its lock within this time. */
const LOCK_MS = 10_000;

/**
 * A worker: self-tests its languages, advertises those that passed, then takes
 * execution jobs for them, runs them in the sandbox and hands results to the masters.
 */
export async function startWorker({ config, logger, sandbox: given, metricsPort }: WorkerOptions): Promise<RunningWorker> {
  const keys = redisKeys(config.QUICKCODE_REDIS_PREFIX);
  const id = `${os.hostname()}-${process.pid}-${randomUUID().slice(0, 8)}`;
  const sandbox = given ?? (await createSandbox());
  await loadCustomCheckers(config.problemsDir);
  const languages = await selfTestLanguages(sandbox);
  if (languages.length === 0) throw new Error('No language passed its self-test: check the sandbox (bubblewrap) and the compilers.');
  logger.info({ workerId: id, languages: languages.map((l) => `${l.id} ${l.version}`) }, 'languages ready');

  const connection = createRedis(config, { name: 'quickcode-worker-queues', maxRetriesPerRequest: null });
  const publisher = createRedis(config, { name: 'quickcode-worker', maxRetriesPerRequest: null });
  const resultsQueue = new Queue(keys.resultsQueue, { connection, prefix: keys.bullPrefix });

  const metrics = createMetrics('worker');
  const port = metricsPort ?? (config.QUICKCODE_METRICS_PORT > 0 ? config.QUICKCODE_METRICS_PORT + 1 : 0);
  const metricsServer = port > 0 ? await serveMetrics(metrics, config.HOST, port) : null;
  if (metricsServer) logger.info(`worker metrics at http://${config.HOST}:${metricsServer.port}/metrics`);

  // Every run's time outside the program (launch, cgroup setup, cleanup) is exported.
  const measured: Sandbox = {
    cgroupVersion: sandbox.cgroupVersion,
    createBox: () => sandbox.createBox(),
    close: () => sandbox.close?.() ?? Promise.resolve(),
    async run(options) {
      const started = performance.now();
      const result = await sandbox.run(options);
      metrics.sandboxOverhead.observe(Math.max(0, performance.now() - started - result.wallMs) / 1000);
      return result;
    },
  };

  const info = (): WorkerInfo => ({ id, host: os.hostname(), languages, seenAt: Date.now() });
  const heartbeat = () => publisher.hset(keys.workers, id, JSON.stringify(info())).catch(() => {});
  await heartbeat();
  const heartbeatTimer = setInterval(heartbeat, WORKER_HEARTBEAT_MS);
  heartbeatTimer.unref();

  const testSets = new TestSetCache(publisher, keys);
  const publish = (event: SubmissionEvent) => {
    if (event.type === 'status') void publisher.set(keys.status(event.id), event.status, 'EX', 3600).catch(() => {});
    void publisher.publish(keys.events(event.id), JSON.stringify(event)).catch(() => {});
  };

  // Runs of all languages share the machine's cores: a slot is taken per running job.
  let free = config.QUICKCODE_SANDBOX_CONCURRENCY;
  const waiting: (() => void)[] = [];
  const acquire = () => (free > 0 ? (free--, Promise.resolve()) : new Promise<void>((resolve) => waiting.push(resolve)));
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else free++;
  };

  async function processJob(job: Job) {
    const parsed = executeJobSchema.parse(job.data);
    const execute = { ...parsed, tests: await testSets.testsOf(parsed), testSet: undefined };
    const submissionId = execute.submissionId;
    await acquire();
    metrics.jobsInFlight.inc();
    try {
      metrics.stage.observe({ stage: 'queue_wait' }, Math.max(0, Date.now() - job.timestamp) / 1000);
      const started = performance.now();
      const result = await executeJob(execute, measured, {
        status: (status) => publish({ type: 'status', id: submissionId, status }),
        test: (e) => publish({ type: 'test', id: submissionId, ...e }),
        stage: (stage, seconds) => metrics.stage.observe({ stage }, seconds),
      });
      logger.info({ submissionId, language: execute.language, tests: result.tests.length, ms: Math.round(performance.now() - started) }, 'executed');
      // Many attempts with growing delays: a database outage of several minutes loses no verdict.
      await resultsQueue.add('result', { submissionId, workerId: id, result }, { jobId: submissionId, attempts: 12, backoff: { type: 'exponential', delay: 500 }, removeOnComplete: { age: 3600 }, removeOnFail: { age: 86_400 } });
    } finally {
      metrics.jobsInFlight.dec();
      release();
    }
  }

  const workers = languages.map(
    (language) =>
      new Worker(keys.executeQueue(language.id), processJob, {
        connection,
        prefix: keys.bullPrefix,
        concurrency: config.QUICKCODE_SANDBOX_CONCURRENCY,
        lockDuration: LOCK_MS,
        stalledInterval: LOCK_MS / 2,
        maxStalledCount: 2,
      }),
  );
  for (const w of workers) {
    w.on('error', (err) => logger.error({ err: err.message }, 'execute worker error'));
    w.on('failed', (job, err) => logger.error({ submissionId: job?.id, err: err.message }, 'execute job failed'));
  }

  return {
    id,
    languages,
    async close() {
      clearInterval(heartbeatTimer);
      await metricsServer?.close();
      // Finish what is running (graceful drain), take nothing new.
      await Promise.all(workers.map((w) => w.close()));
      await publisher.hdel(keys.workers, id).catch(() => {});
      await resultsQueue.close();
      if (!given) await sandbox.close?.();
      await Promise.all([connection.quit().catch(() => {}), publisher.quit().catch(() => {})]);
    },
  };
}
