import { Queue, type ConnectionOptions } from 'bullmq';
import type { RedisKeys } from '@quickcode/protocol';

/** One BullMQ queue per language's execution jobs, opened on first use and closed together. */
export class ExecuteQueues {
  private readonly queues = new Map<string, Queue>();

  constructor(
    private readonly connection: ConnectionOptions,
    private readonly keys: RedisKeys,
  ) {}

  of(language: string): Queue {
    let queue = this.queues.get(language);
    if (!queue) {
      queue = new Queue(this.keys.executeQueue(language), { connection: this.connection, prefix: this.keys.bullPrefix });
      // The shared connection's errors are logged by createRedis; without a listener BullMQ prints
      // each error's stack again, once per queue.
      queue.on('error', () => {});
      this.queues.set(language, queue);
    }
    return queue;
  }

  all(): Queue[] {
    return [...this.queues.values()];
  }

  async close(): Promise<void> {
    await Promise.all(this.all().map((q) => q.close()));
  }
}
