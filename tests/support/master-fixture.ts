import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { pino, type Logger } from 'pino';
import { createSubmission, openDatabase, syncProblems, type Database } from '@quickcode/db';
import { redisKeys, repoRoot, type RedisKeys } from '@quickcode/protocol';
import { ExecuteQueues } from '../../apps/master/src/execute-queues.js';
import { clearRedisPrefix, createTestDatabase, TEST_REDIS_URL } from './stack.js';

export interface MasterFixture {
  prefix: string;
  database: Database;
  keys: RedisKeys;
  /** Plain commands (the parts' `redis`). */
  redis: Redis;
  executeQueues: ExecuteQueues;
  judgeQueue: Queue;
  resultsQueue: Queue;
  logger: Logger;
  /** Stores a python a-plus-b submission, as the web does, and returns its id. */
  submit(options?: { mode?: 'run' | 'submit'; customTests?: string[] }): Promise<string>;
  close(): Promise<void>;
}

/** The master's parts against real PostgreSQL (a database of its own, holding a-plus-b) and Redis (a prefix of its own). */
export async function masterFixture(): Promise<MasterFixture> {
  const created = await createTestDatabase();
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'qc-master-'));
  fs.cpSync(path.join(repoRoot(), 'problems', 'a-plus-b'), path.join(scratch, 'problems', 'a-plus-b'), { recursive: true });
  const database = await openDatabase({ url: created.url, dataDir: scratch });
  await syncProblems(database.db, path.join(scratch, 'problems'));
  const prefix = `qctest-${randomUUID().slice(0, 10)}`;
  const keys = redisKeys(prefix);
  const redis = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: null });
  const connection = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: null });
  const executeQueues = new ExecuteQueues(connection, keys);
  const judgeQueue = new Queue(keys.judgeQueue, { connection, prefix: keys.bullPrefix });
  const resultsQueue = new Queue(keys.resultsQueue, { connection, prefix: keys.bullPrefix });
  const logger: Logger = pino({ level: 'silent' });
  return {
    prefix,
    database,
    keys,
    redis,
    executeQueues,
    judgeQueue,
    resultsQueue,
    logger,
    async submit({ mode = 'submit', customTests } = {}) {
      const id = randomUUID();
      await createSubmission(database.db, { id, userId: null, problemSlug: 'a-plus-b', language: 'python', code: 'print(sum(map(int, input().split())))\n', mode, customTests: customTests ?? null });
      return id;
    },
    async close() {
      await Promise.all([executeQueues.close(), judgeQueue.close(), resultsQueue.close()]);
      await Promise.all([redis.quit(), connection.quit()]);
      await clearRedisPrefix(prefix);
      await database.close();
      await created.drop();
      fs.rmSync(scratch, { recursive: true, force: true });
    },
  };
}
