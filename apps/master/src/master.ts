import { createHash } from 'node:crypto';
import { Queue, Worker, type Job } from 'bullmq';
import type { Logger } from 'pino';
import type { Config } from '@quickcode/config';
import {
  executeJobSchema,
  judgeJobSchema,
  problemConfigSchema,
  redisKeys,
  resultsJobSchema,
  type ExecuteJob,
  type ExecuteTest,
  type ProblemConfig,
  type LanguageId,
  type ResultEvent,
} from '@quickcode/protocol';
import {
  finishSubmission,
  getProblem,
  getSubmission,
  getTests,
  listUnfinishedSubmissions,
  submissionRank,
  type Database,
  type ProblemRow,
  type SubmissionRow,
} from '@quickcode/db';
import { createMetrics, serveMetrics } from '@quickcode/metrics';
import { createRedis } from '@quickcode/redis';
import { aggregate } from './aggregate.js';
import { selectTests } from './select-tests.js';

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
  /** One recovery pass; exposed for tests. */
  sweep(): Promise<void>;
}

const KEEP_FINISHED = { age: 3600 };
const TEST_SET_TTL_S = 86_400;
/** BullMQ's largest priority (lower runs first; jobs without one would jump every queue). */
const MAX_PRIORITY = 2_097_152;

/**
 * The master: dispatches stored submissions to the language's execution queue, turns
 * workers' results into verdicts, stores them once and publishes them. Any number may run.
 */
export async function startMaster({ config, database, logger, sweepIntervalMs = 10_000, sweepGraceMs = 60_000 }: MasterOptions): Promise<Master> {
  const keys = redisKeys(config.QUICKCODE_REDIS_PREFIX);
  // Both wait through a Redis outage or failover: a verdict is published late rather than lost.
  const connection = createRedis(config, { name: 'quickcode-master-queues', maxRetriesPerRequest: null });
  const publisher = createRedis(config, { name: 'quickcode-master', maxRetriesPerRequest: null });
  const { db } = database;
  const executeQueues = new Map<string, Queue>();
  const executeQueue = (language: string) => {
    let queue = executeQueues.get(language);
    if (!queue) {
      queue = new Queue(keys.executeQueue(language), { connection, prefix: keys.bullPrefix });
      executeQueues.set(language, queue);
    }
    return queue;
  };
  const judgeQueue = new Queue(keys.judgeQueue, { connection, prefix: keys.bullPrefix });
  const resultsQueue = new Queue(keys.resultsQueue, { connection, prefix: keys.bullPrefix });
  const metrics = createMetrics('master', {
    // Read from Redis when Prometheus scrapes, not kept up to date.
    async queueDepths() {
      const depths: Record<string, number> = {};
      for (const queue of [judgeQueue, resultsQueue, ...executeQueues.values()]) {
        const counts = await queue.getJobCounts('waiting', 'prioritized', 'delayed');
        depths[queue.name] = (counts.waiting ?? 0) + (counts.prioritized ?? 0) + (counts.delayed ?? 0);
      }
      return depths;
    },
  });

  const publish = async (event: ResultEvent) => {
    await publisher.publish(keys.events(event.id), JSON.stringify(event));
    await publisher.set(keys.published(event.id), '1', 'EX', 86_400);
    await publisher.del(keys.status(event.id));
  };

  async function loadContext(submissionId: string): Promise<{ submission: SubmissionRow; problem: ProblemRow } | null> {
    const submission = await getSubmission(db, submissionId);
    if (!submission) return null;
    const problem = await getProblem(db, submission.problemSlug);
    if (!problem) return null;
    return { submission, problem };
  }

  /** Store and publish a verdict the worker never produced (the platform failed). */
  async function failSubmission(submission: SubmissionRow, message: string) {
    const event: ResultEvent = { type: 'result', id: submission.id, verdict: 'IE', passed: 0, total: 0, timeMs: 0, memoryKb: 0, stderr: message };
    if (await finishSubmission(db, submission.id, { verdict: 'IE', passed: 0, total: 0, timeMs: 0, memoryKb: 0, result: event, tests: [] })) {
      await publish(event);
    }
  }

  /** Put a test set in Redis under its content hash, for workers to fetch and cache. */
  async function storeTestSet(tests: ExecuteTest[]) {
    const json = JSON.stringify(tests);
    const hash = createHash('sha256').update(json).digest('hex');
    await publisher.set(keys.testSet(hash), json, 'EX', TEST_SET_TTL_S);
    return { hash, count: tests.length };
  }

  /**
   * The test set of one version of a problem (by its content hash) for `run` or `submit`:
   * read from the database and hashed once per master, then only its TTL is refreshed;
   * if Redis lost it (restarted empty) it is stored again.
   */
  const testSets = new Map<string, { hash: string; count: number }>();
  async function testSetFor(problem: ProblemRow, submission: SubmissionRow) {
    const cacheKey = `${problem.slug}:${problem.contentHash}:${submission.mode}`;
    const known = testSets.get(cacheKey);
    if (known && (await publisher.expire(keys.testSet(known.hash), TEST_SET_TTL_S)) === 1) return known;
    const testSet = await storeTestSet(selectTests(submission, await getTests(db, problem.slug)));
    testSets.set(cacheKey, testSet);
    return testSet;
  }

  /** Problem configs are parsed once per problem version. */
  const configs = new Map<string, ProblemConfig>();
  const configOf = (problem: ProblemRow) => {
    let config = configs.get(problem.contentHash);
    if (!config) {
      config = problemConfigSchema.parse(problem.config);
      configs.set(problem.contentHash, config);
    }
    return config;
  };

  async function dispatch(job: Job) {
    const { submissionId } = judgeJobSchema.parse(job.data);
    const context = await loadContext(submissionId);
    if (!context) {
      logger.warn({ submissionId }, 'judge job for an unknown submission or problem; dropped');
      return;
    }
    const { submission, problem } = context;
    if (submission.status === 'finished') return;
    const config = configOf(problem);
    // The user's own tests travel with the job; a problem's stored tests go by test set.
    const customTests = submission.mode === 'run' ? selectTests(submission, []) : [];
    const custom = customTests.length > 0;
    const testSet = custom ? undefined : await testSetFor(problem, submission);
    const solutions = problem.solutions;
    const referenceLanguage = (solutions[submission.language] ? submission.language : Object.keys(solutions)[0]) as LanguageId | undefined;
    const executeJob: ExecuteJob = executeJobSchema.parse({
      submissionId,
      language: submission.language,
      code: submission.code,
      mode: submission.mode,
      problem: { slug: problem.slug, kind: config.kind, function: config.function, design: config.design, checker: config.checker, limits: config.limits },
      tests: customTests,
      testSet,
      reference: referenceLanguage && custom ? { language: referenceLanguage, code: solutions[referenceLanguage] } : undefined,
    });
    // Fair share: a user's (or a guest address's) k-th unfinished submission waits behind
    // everyone's earlier ones of rank < k, so one user's burst does not hold the queue.
    const priority = Math.min(await submissionRank(db, submission), MAX_PRIORITY);
    // jobId = submission id: a retried dispatch (master died) never runs the code twice.
    await executeQueue(submission.language).add('execute', executeJob, {
      jobId: submissionId,
      priority,
      attempts: 3,
      backoff: { type: 'fixed', delay: 500 },
      removeOnComplete: KEEP_FINISHED,
      removeOnFail: { age: 86_400 },
    });
    logger.debug({ submissionId, tests: testSet?.count ?? customTests.length }, 'dispatched');
  }

  async function finish(job: Job) {
    const { submissionId, result } = resultsJobSchema.parse(job.data);
    const submission = await getSubmission(db, submissionId);
    if (!submission) return;
    const { event, tests } = aggregate({ submissionId, mode: submission.mode as 'run' | 'submit', result });
    const stored = await finishSubmission(db, submissionId, {
      verdict: event.verdict,
      passed: event.passed,
      total: event.total,
      timeMs: event.timeMs,
      memoryKb: event.memoryKb,
      result: event,
      tests,
    });
    if (stored) {
      metrics.verdicts.inc({ verdict: event.verdict, language: submission.language });
      metrics.submitToVerdict.observe((Date.now() - submission.createdAt.getTime()) / 1000);
      await publish(event);
      logger.info({ submissionId, verdict: event.verdict, passed: event.passed, total: event.total }, 'verdict');
    } else if (!(await publisher.exists(keys.published(submissionId)))) {
      // Stored by a master that died before publishing: deliver what was stored.
      const again = await getSubmission(db, submissionId);
      if (again?.result) await publish(again.result as ResultEvent);
    }
  }

  /**
   * Recovery: a submission still unfinished after the grace period whose jobs are gone
   * (Redis restarted empty) is dispatched again; one whose execution failed for good gets IE.
   */
  async function sweep() {
    const stale = await listUnfinishedSubmissions(db, new Date(Date.now() - sweepGraceMs));
    for (const submission of stale) {
      const executeState = await executeQueue(submission.language).getJobState(submission.id);
      if (executeState === 'failed') {
        await failSubmission(submission, 'The submission could not be executed: its worker stopped repeatedly. Please submit again.');
        continue;
      }
      const judgeState = await judgeQueue.getJobState(submission.id);
      const resultsPending = (await resultsQueue.getJobState(submission.id)) !== 'unknown';
      if (executeState === 'unknown' && judgeState !== 'waiting' && judgeState !== 'active' && judgeState !== 'delayed' && !resultsPending) {
        if (judgeState !== 'unknown') await judgeQueue.remove(submission.id).catch(() => {});
        await judgeQueue.add('judge', { submissionId: submission.id }, { jobId: submission.id, attempts: 5, backoff: { type: 'exponential', delay: 1000 }, removeOnComplete: KEEP_FINISHED });
        logger.warn({ submissionId: submission.id }, 'recovered a submission whose jobs were lost; dispatched again');
      }
    }
  }

  const judgeWorker = new Worker(keys.judgeQueue, dispatch, { connection, prefix: keys.bullPrefix, concurrency: 20 });
  const resultsWorker = new Worker(keys.resultsQueue, finish, { connection, prefix: keys.bullPrefix, concurrency: 20 });
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
    sweep()
      .catch((err: Error) => logger.warn({ err: err.message }, 'recovery sweep failed'))
      .finally(() => (sweeping = false));
  }, sweepIntervalMs);
  timer.unref();

  return {
    sweep,
    async close() {
      clearInterval(timer);
      await metricsServer?.close();
      await Promise.all([judgeWorker.close(), resultsWorker.close()]);
      await Promise.all([judgeQueue.close(), resultsQueue.close(), ...[...executeQueues.values()].map((q) => q.close())]);
      await Promise.all([connection.quit().catch(() => {}), publisher.quit().catch(() => {})]);
    },
  };
}
