/**
 * Every Redis key, channel and queue name QuickCode uses, built in one place.
 * Tests pass their own prefix so they never share state.
 */
export function redisKeys(prefix: string) {
  return {
    prefix,
    /** BullMQ's own key prefix. */
    bullPrefix: `${prefix}:bull`,
    /** Web -> master: submissions waiting to be dispatched. */
    judgeQueue: 'judge',
    /** Master -> workers, one queue per language so a worker takes only what it can run. */
    executeQueue: (language: string) => `execute-${language}`,
    /** Workers -> master: finished executions waiting to be turned into verdicts. */
    resultsQueue: 'results',
    /** Pub/Sub channel carrying one submission's events. */
    events: (submissionId: string) => `${prefix}:events:${submissionId}`,
    /** Latest live status of a submission (queued/compiling/running), with a TTL. */
    status: (submissionId: string) => `${prefix}:status:${submissionId}`,
    /** Hash of live workers: field = worker id, value = WorkerInfo JSON. */
    workers: `${prefix}:workers`,
    /** Hash of language id -> when a worker last offered it (ms): such a language is queued through a worker restart. */
    languagesSeen: `${prefix}:languages-seen`,
    /** A test set (JSON array of ExecuteTest) by content hash, shared by every job that runs it. */
    testSet: (hash: string) => `${prefix}:testset:${hash}`,
    /** Set once a submission's result event has been published (guards against double delivery). */
    published: (submissionId: string) => `${prefix}:published:${submissionId}`,
  };
}
export type RedisKeys = ReturnType<typeof redisKeys>;

/** How long a worker's heartbeat stays valid. */
export const WORKER_TTL_MS = 15_000;
export const WORKER_HEARTBEAT_MS = 5_000;
