import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getSubmission } from '@quickcode/db';
import { masterFixture, type MasterFixture } from '../../../tests/support/master-fixture.js';
import { createFinisher } from './finisher.js';
import { createRecoverySweep, type RecoverySweep } from './recovery-sweep.js';

let f: MasterFixture;
let recovery: RecoverySweep;
beforeAll(async () => {
  f = await masterFixture();
  const finisher = createFinisher({ db: f.database.db, redis: f.redis, keys: f.keys, logger: f.logger });
  recovery = createRecoverySweep({ db: f.database.db, judgeQueue: f.judgeQueue, resultsQueue: f.resultsQueue, executeQueues: f.executeQueues, finisher, logger: f.logger, graceMs: 0 });
});
afterAll(() => f?.close());

describe('recovery sweep', () => {
  it('dispatches again a submission whose jobs were all lost, and only once', async () => {
    const lost = await f.submit();
    await new Promise((r) => setTimeout(r, 20));
    const report = await recovery.sweep();
    expect(report.redispatched).toContain(lost);
    expect(await f.judgeQueue.getJobState(lost)).toBe('waiting');
    expect((await recovery.sweep()).redispatched).not.toContain(lost);
  });

  it('leaves alone a submission with an execution or result still pending', async () => {
    const executing = await f.submit();
    // Delayed (a retry's backoff): pending, and out of the next test's way.
    await f.executeQueues.of('python').add('execute', { submissionId: executing }, { jobId: executing, delay: 600_000 });
    const resulting = await f.submit();
    await f.resultsQueue.add('result', { submissionId: resulting }, { jobId: resulting });
    await new Promise((r) => setTimeout(r, 20));
    const report = await recovery.sweep();
    expect(report.redispatched).not.toContain(executing);
    expect(report.redispatched).not.toContain(resulting);
    expect(report.failed).toEqual([]);
  });

  it('gives an internal error to a submission whose execution failed for good', async () => {
    const doomed = await f.submit();
    const job = await f.executeQueues.of('python').add('execute', { submissionId: doomed }, { jobId: doomed });
    // Fail it as a worker would: take it (with a lock token), then move it to failed.
    const { Worker } = await import('bullmq');
    const worker = new Worker(f.executeQueues.of('python').name, null, { connection: f.redis, prefix: f.keys.bullPrefix });
    const taken = await worker.getNextJob('test-token');
    expect(taken?.id).toBe(job.id);
    await taken?.moveToFailed(new Error('stalled twice'), 'test-token');
    await worker.close();
    expect(await f.executeQueues.of('python').getJobState(doomed)).toBe('failed');
    await new Promise((r) => setTimeout(r, 20));
    expect((await recovery.sweep()).failed).toEqual([doomed]);
    expect(await getSubmission(f.database.db, doomed)).toMatchObject({ status: 'finished', verdict: 'IE' });
    expect((await recovery.sweep()).failed).toEqual([]);
  });

  it('dispatches again a submission that executed but whose result was lost (a failover dropped it)', async () => {
    const executed = await f.submit();
    await f.executeQueues.of('python').add('execute', { submissionId: executed }, { jobId: executed });
    // Complete it as a worker would, with no result job behind it.
    const { Worker } = await import('bullmq');
    const worker = new Worker(f.executeQueues.of('python').name, null, { connection: f.redis, prefix: f.keys.bullPrefix });
    const taken = await worker.getNextJob('test-token');
    expect(taken?.id).toBe(executed);
    await taken?.moveToCompleted('done', 'test-token', false);
    await worker.close();
    expect(await f.executeQueues.of('python').getJobState(executed)).toBe('completed');
    await new Promise((r) => setTimeout(r, 20));
    expect((await recovery.sweep()).redispatched).toContain(executed);
    expect(await f.executeQueues.of('python').getJobState(executed)).toBe('unknown');
    expect(await f.judgeQueue.getJobState(executed)).toBe('waiting');
    expect((await recovery.sweep()).redispatched).not.toContain(executed);
  });
});
