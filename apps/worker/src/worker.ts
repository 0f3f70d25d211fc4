import os from 'node:os';
import { randomUUID } from 'node:crypto';
import { Queue, Worker, type Job } from 'bullmq';
import type { Logger } from 'pino';
import type { Config } from '@quickcode/config';
import { executeJobSchema, redisKeys, WORKER_HEARTBEAT_MS, type LanguageInfo, type SubmissionEvent, type WorkerInfo, type ExecuteResult } from '@quickcode/protocol';
import { createSandbox } from './sandbox/index.js';
import type { Sandbox } from './sandbox/types.js';
import { selfTestLanguages } from './languages/index.js';
import { createMetrics, serveMetrics } from '@quickcode/metrics';
import { createRedis } from '@quickcode/redis';
import { executeJob } from './judge.js';
import { TestSetCache } from './test-sets.js';
import { JobGate } from './job-gate.js';
import { failedResult, failureReason, LOCK_MS, MAX_STALLS, OVER_BUDGET, retryBudgetMs } from './retry-policy.js';
import { closeCheckers, configureCheckers } from './checkers/index.js';

export interface WorkerOptions {
  config: Config;
  logger: Logger;
  /** Port of this worker's /metrics (default: the configured one, or the next free). */
  metricsPort?: number;
  /** Use an already created sandbox (tests). */
  sandbox?: Sandbox;
  /** The bound on jobs judged at once (default: QUICKCODE_SANDBOX_CONCURRENCY slots). */
  gate?: JobGate;
}

export interface RunningWorker {
  id: string;
  languages: LanguageInfo[];
  close(): Promise<void>;
}

/**
 * A worker: self-tests its languages, advertises those that passed, then takes
 * execution jobs for them, runs them in the sandbox and hands results to the masters.
 */
export async function startWorker({ config, logger, sandbox: given, metricsPort, gate = new JobGate(config.QUICKCODE_SANDBOX_CONCURRENCY) }: WorkerOptions): Promise<RunningWorker> {
  const keys = redisKeys(config.QUICKCODE_REDIS_PREFIX);
  const id = `${os.hostname()}-${process.pid}-${randomUUID().slice(0, 8)}`;
  const sandbox = given ?? (await createSandbox({ root: config.sandboxDir, concurrency: config.QUICKCODE_SANDBOX_CONCURRENCY, cgroup: config.QUICKCODE_CGROUP }));
  configureCheckers({
    problemsDir: config.problemsDir,
    threads: config.QUICKCODE_CHECKER_THREADS,
    timeoutMs: config.QUICKCODE_CHECKER_TIMEOUT_MS,
    memoryMb: config.QUICKCODE_CHECKER_MEMORY_MB,
  });
  const languages = await selfTestLanguages(sandbox, undefined, config.QUICKCODE_LANGUAGES);
  if (languages.length === 0) throw new Error('No language passed its self-test: check the sandbox (bubblewrap) and the compilers.');
  logger.info({ workerId: id, languages: languages.map((l) => `${l.id} ${l.version}`) }, 'languages ready');

  const connection = createRedis(config, { name: 'quickcode-worker-queues', maxRetriesPerRequest: null, logger });
  const publisher = createRedis(config, { name: 'quickcode-worker', maxRetriesPerRequest: null, logger });
  const resultsQueue = new Queue(keys.resultsQueue, { connection, prefix: keys.bullPrefix });
  // Its shared connection's errors are logged by createRedis; without a listener BullMQ prints each again.
  resultsQueue.on('error', () => {});

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
  // The languages-seen record outlives this worker: while it restarts, its languages are still queued.
  const heartbeat = () =>
    publisher
      .multi()
      .hset(keys.workers, id, JSON.stringify(info()))
      .hset(keys.languagesSeen, Object.fromEntries(languages.map((l) => [l.id, String(Date.now())])))
      .exec()
      .catch(() => {});
  await heartbeat();
  const heartbeatTimer = setInterval(heartbeat, WORKER_HEARTBEAT_MS);
  heartbeatTimer.unref();

  const testSets = new TestSetCache(publisher, keys);
  const publish = (event: SubmissionEvent) => {
    if (event.type === 'status') void publisher.set(keys.status(event.id), event.status, 'EX', 3600).catch(() => {});
    void publisher.publish(keys.events(event.id), JSON.stringify(event)).catch(() => {});
  };

  async function processJob(job: Job) {
    const parsed = executeJobSchema.parse(job.data);
    const execute = { ...parsed, tests: await testSets.testsOf(parsed), testSet: undefined };
    const submissionId = execute.submissionId;
    metrics.jobsInFlight.inc();
    try {
      metrics.stage.observe({ stage: 'queue_wait' }, Math.max(0, Date.now() - job.timestamp) / 1000);
      const started = performance.now();
      // A job whose first attempt stalled a worker gets an overall budget: past it, its verdict
      // is an internal error at once (the runs still end by their own limits before the slot frees).
      const budget = job.stalledCounter > 0 ? setTimeout(() => void deliver(submissionId, failedResult(execute, OVER_BUDGET)), retryBudgetMs(execute, execute.tests.length)) : undefined;
      try {
        const result = await executeJob(execute, measured, {
          status: (status) => publish({ type: 'status', id: submissionId, status }),
          test: (e) => publish({ type: 'test', id: submissionId, ...e }),
          stage: (stage, seconds) => metrics.stage.observe({ stage }, seconds),
        });
        logger.info({ submissionId, language: execute.language, tests: result.tests.length, ms: Math.round(performance.now() - started) }, 'executed');
        await deliver(submissionId, result);
      } finally {
        clearTimeout(budget);
      }
    } finally {
      metrics.jobsInFlight.dec();
    }
  }

  /** Hands a result to the masters; the first one per submission counts (jobId = submission id). */
  async function deliver(submissionId: string, result: ExecuteResult) {
    // Many attempts with growing delays: a database outage of several minutes loses no verdict.
    await resultsQueue.add(
      'result',
      { submissionId, workerId: id, result },
      { jobId: submissionId, attempts: 12, backoff: { type: 'exponential', delay: 500 }, removeOnComplete: { age: 3600 }, removeOnFail: { age: 86_400 } },
    );
  }

  /** A job BullMQ failed for good (it stalled twice, or kept failing) still gets a verdict: IE, saying why. */
  async function deliverFailure(job: Job, err: Error) {
    if ((await job.getState()) !== 'failed') return;
    const parsed = executeJobSchema.safeParse(job.data);
    if (!parsed.success) return;
    logger.warn({ submissionId: parsed.data.submissionId, err: err.message }, 'execute job failed for good; delivering an internal error');
    await deliver(parsed.data.submissionId, failedResult(parsed.data, failureReason(err)));
  }

  // Each language's consumer may hold as many jobs as the gate has slots; the gate decides which run.
  const workers = languages.map(
    (language) =>
      new Worker(keys.executeQueue(language.id), (job: Job) => gate.run(() => processJob(job)), {
        connection,
        prefix: keys.bullPrefix,
        concurrency: gate.capacity,
        lockDuration: LOCK_MS,
        stalledInterval: LOCK_MS / 2,
        maxStalledCount: MAX_STALLS,
      }),
  );
  for (const w of workers) {
    w.on('error', (err) => logger.error({ err: err.message }, 'execute worker error'));
    w.on('failed', (job, err) => {
      logger.error({ submissionId: job?.id, err: err.message }, 'execute job failed');
      if (job) void deliverFailure(job, err).catch((e: Error) => logger.error({ submissionId: job.id, err: e.message }, 'could not deliver the failure'));
    });
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
      await closeCheckers();
      await Promise.all([connection.quit().catch(() => {}), publisher.quit().catch(() => {})]);
    },
  };
}
