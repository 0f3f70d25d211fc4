import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { executeJobSchema, problemConfigSchema, type ExecuteJob, type ExecuteTest, type LanguageId, type ProblemConfig, type RedisKeys } from '@quickcode/protocol';
import { getProblem, getSubmission, getTests, submissionRank, type Db, type ProblemRow, type SubmissionRow } from '@quickcode/db';
import type { ExecuteQueues } from './execute-queues.js';
import { selectTests } from './select-tests.js';

/** BullMQ's largest priority (lower runs first; jobs without one would jump every queue). */
const MAX_PRIORITY = 2_097_152;

export interface DispatcherDeps {
  db: Db;
  redis: Redis;
  keys: RedisKeys;
  executeQueues: ExecuteQueues;
  logger: Logger;
}

export type DispatchOutcome = 'dispatched' | 'finished' | 'unknown';

const TEST_SET_TTL_S = 86_400;
export const KEEP_FINISHED = { age: 3600 };

/**
 * Turns a stored submission into an execution job on its language's queue. The job id is the
 * submission id, so a dispatch repeated after a master died never runs the code twice.
 */
export function createDispatcher({ db, redis, keys, executeQueues, logger }: DispatcherDeps) {
  /**
   * The test set of one version of a problem (by content hash) for `run` or `submit`: read
   * from the database and hashed once per master; then only its TTL is refreshed, and if
   * Redis lost it (restarted empty) it is stored again.
   */
  const testSets = new Map<string, { hash: string; count: number }>();
  async function testSetFor(problem: ProblemRow, submission: SubmissionRow) {
    const cacheKey = `${problem.slug}:${problem.contentHash}:${submission.mode}`;
    const known = testSets.get(cacheKey);
    if (known && (await redis.expire(keys.testSet(known.hash), TEST_SET_TTL_S)) === 1) return known;
    const tests: ExecuteTest[] = selectTests(submission, await getTests(db, problem.slug));
    const json = JSON.stringify(tests);
    const testSet = { hash: createHash('sha256').update(json).digest('hex'), count: tests.length };
    await redis.set(keys.testSet(testSet.hash), json, 'EX', TEST_SET_TTL_S);
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

  async function executeJobOf(submission: SubmissionRow, problem: ProblemRow): Promise<ExecuteJob> {
    const config = configOf(problem);
    // The user's own tests travel with the job; a problem's stored tests go by test set.
    const customTests = submission.mode === 'run' ? selectTests(submission, []) : [];
    const custom = customTests.length > 0;
    const solutions = problem.solutions;
    const referenceLanguage = (solutions[submission.language] ? submission.language : Object.keys(solutions)[0]) as LanguageId | undefined;
    return executeJobSchema.parse({
      submissionId: submission.id,
      language: submission.language,
      code: submission.code,
      mode: submission.mode,
      problem: { slug: problem.slug, kind: config.kind, function: config.function, design: config.design, checker: config.checker, limits: config.limits },
      tests: customTests,
      testSet: custom ? undefined : await testSetFor(problem, submission),
      reference: referenceLanguage && custom ? { language: referenceLanguage, code: solutions[referenceLanguage] } : undefined,
    });
  }

  async function dispatch(submissionId: string): Promise<DispatchOutcome> {
    const submission = await getSubmission(db, submissionId);
    const problem = submission && (await getProblem(db, submission.problemSlug));
    if (!submission || !problem) {
      logger.warn({ submissionId }, 'judge job for an unknown submission or problem; dropped');
      return 'unknown';
    }
    if (submission.status === 'finished') return 'finished';
    const job = await executeJobOf(submission, problem);
    // Fair share: a user's (or a guest address's) k-th unfinished submission waits behind
    // everyone's earlier ones of rank < k, so one user's burst does not hold the queue.
    const priority = Math.min(await submissionRank(db, submission), MAX_PRIORITY);
    await executeQueues.of(submission.language).add('execute', job, {
      jobId: submissionId,
      priority,
      attempts: 3,
      backoff: { type: 'fixed', delay: 500 },
      removeOnComplete: KEEP_FINISHED,
      removeOnFail: { age: 86_400 },
    });
    logger.debug({ submissionId, tests: job.testSet?.count ?? job.tests.length }, 'dispatched');
    return 'dispatched';
  }

  return { dispatch };
}
export type Dispatcher = ReturnType<typeof createDispatcher>;
