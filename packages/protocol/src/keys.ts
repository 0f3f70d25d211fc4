/**
 * Every Redis key, channel and queue name QuickCode uses, built in one place.
 * Tests pass their own prefix so they never share state.
 */
export function redisKeys(prefix: string) {
  return {
    prefix,
    /** BullMQ's own key prefix. */
    bullPrefix: `${prefix}:bull`,
    judgeQueue: 'judge',
    executeQueue: 'execute',
    /** Pub/Sub channel carrying one submission's events. */
    events: (submissionId: string) => `${prefix}:events:${submissionId}`,
    /** Latest live status of a submission (queued/compiling/running), with a TTL. */
    status: (submissionId: string) => `${prefix}:status:${submissionId}`,
    /** Hash of live workers: field = worker id, value = WorkerInfo JSON. */
    workers: `${prefix}:workers`,
  };
}
export type RedisKeys = ReturnType<typeof redisKeys>;

/** How long a worker's heartbeat stays valid. */
export const WORKER_TTL_MS = 15_000;
export const WORKER_HEARTBEAT_MS = 5_000;
