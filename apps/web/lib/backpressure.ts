import { Queue } from 'bullmq';
import { languageIds } from '@quickcode/protocol';
import { services } from './services';

/** How long a measured queue depth is reused: a burst of submits costs one count, not one each. */
const DEPTH_TTL_MS = 500;

let cached: { depth: number; at: number } | null = null;
let executeQueues: Queue[] | null = null;

/** Jobs waiting for a master or a worker, across the judge queue and every language's queue. */
export async function queueDepth(): Promise<number> {
  if (cached && Date.now() - cached.at < DEPTH_TTL_MS) return cached.depth;
  const { judgeQueue, keys } = services();
  executeQueues ??= languageIds.map((id) => {
    const queue = new Queue(keys.executeQueue(id), { connection: judgeQueue.opts.connection, prefix: keys.bullPrefix });
    // The shared connection's errors are logged by createRedis; without a listener BullMQ prints
    // each error's stack again, once per queue.
    queue.on('error', () => {});
    return queue;
  });
  // Execution jobs carry a priority (fair share), so they wait as `prioritized`, not `waiting`.
  const counts = await Promise.all([judgeQueue, ...executeQueues].map((q) => q.getJobCountByTypes('waiting', 'prioritized')));
  const depth = counts.reduce((a, b) => a + b, 0);
  cached = { depth, at: Date.now() };
  return depth;
}

/**
 * Seconds a client should wait before trying again, growing with the backlog beyond the
 * limit (a worker finishes a short submission in well under a second per core).
 */
export function retryAfterSeconds(depth: number, limit: number): number {
  return Math.min(60, Math.max(1, Math.ceil((depth - limit) / 50) + 1));
}

/** Close the queue handles opened for counting (the web server's close). */
export async function closeBackpressure(): Promise<void> {
  const queues = executeQueues ?? [];
  executeQueues = null;
  cached = null;
  await Promise.all(queues.map((q) => q.close().catch(() => {})));
}
