import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '@quickcode/config';
import { executeJobSchema } from '@quickcode/protocol';
import { masterFixture, type MasterFixture } from '../../../tests/support/master-fixture.js';
import { TEST_REDIS_URL, waitFor } from '../../../tests/support/stack.js';
import { startMaster, type Master } from './master.js';

let f: MasterFixture;
let master: Master;
beforeAll(async () => {
  f = await masterFixture();
  const config = loadConfig({ REDIS_URL: TEST_REDIS_URL, QUICKCODE_REDIS_PREFIX: f.prefix, QUICKCODE_METRICS_PORT: '0' });
  // A sweep interval far beyond the test: only the explicit sweep() calls run.
  master = await startMaster({ config, database: f.database, logger: f.logger, sweepIntervalMs: 3_600_000, sweepGraceMs: 0 });
});
afterAll(async () => {
  await master?.close();
  await f?.close();
});

describe('master', () => {
  it('sweep() finds a submission whose judge job was lost, and its dispatcher sends it to execution', async () => {
    const id = await f.submit();
    await new Promise((r) => setTimeout(r, 20));
    expect((await master.sweep()).redispatched).toEqual([id]);
    let job: unknown;
    await waitFor(async () => Boolean((job = (await f.executeQueues.of('python').getJob(id))?.data)), 30_000);
    expect(executeJobSchema.parse(job).submissionId).toBe(id);
    expect((await master.sweep()).redispatched).toEqual([]);
  });

  it('stores and publishes the result a worker hands in', async () => {
    const id = await f.submit();
    await f.resultsQueue.add('result', { submissionId: id, workerId: 'test', result: { compiled: false, compileOutput: 'SyntaxError', tests: [], total: 15 } }, { jobId: id });
    await waitFor(async () => (await f.redis.exists(f.keys.published(id))) === 1, 30_000);
  });
});
