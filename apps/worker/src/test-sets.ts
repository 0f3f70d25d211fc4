import type { Redis } from 'ioredis';
import { executeTestSchema, type ExecuteJob, type ExecuteTest, type RedisKeys } from '@quickcode/protocol';
import { z } from 'zod';

const testSetSchema = z.array(executeTestSchema);

/**
 * Test sets a worker has already fetched, by content hash (least recently used dropped
 * first), so a problem's tests cross the network once per worker, not once per job.
 */
export class TestSetCache {
  private readonly sets = new Map<string, ExecuteTest[]>();

  constructor(
    private readonly redis: Redis,
    private readonly keys: RedisKeys,
    private readonly capacity = 64,
  ) {}

  /** The job's tests, fetched when it names a test set; throws when the set is gone (the job is retried). */
  async testsOf(job: ExecuteJob): Promise<ExecuteTest[]> {
    if (!job.testSet) return job.tests;
    const { hash, count } = job.testSet;
    let tests = this.sets.get(hash);
    if (tests) {
      this.sets.delete(hash);
    } else {
      const json = await this.redis.get(this.keys.testSet(hash));
      if (!json) throw new Error(`test set ${hash} is not in Redis; the master will dispatch the submission again`);
      tests = testSetSchema.parse(JSON.parse(json));
      if (tests.length !== count) throw new Error(`test set ${hash} has ${tests.length} tests, expected ${count}`);
    }
    this.sets.set(hash, tests);
    while (this.sets.size > this.capacity) this.sets.delete(this.sets.keys().next().value as string);
    return tests;
  }

  get size(): number {
    return this.sets.size;
  }
}
