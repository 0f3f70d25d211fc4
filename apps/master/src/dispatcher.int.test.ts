import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { executeJobSchema, executeTestSchema } from '@quickcode/protocol';
import { finishSubmission } from '@quickcode/db';
import { masterFixture, type MasterFixture } from '../../../tests/support/master-fixture.js';
import { createDispatcher, type Dispatcher } from './dispatcher.js';

let f: MasterFixture;
let dispatcher: Dispatcher;
beforeAll(async () => {
  f = await masterFixture();
  dispatcher = createDispatcher({ db: f.database.db, redis: f.redis, keys: f.keys, executeQueues: f.executeQueues, logger: f.logger });
});
afterAll(() => f?.close());

describe('dispatcher', () => {
  it("puts a submission on its language's queue, once, with the problem's tests by test set", async () => {
    const id = await f.submit();
    expect(await dispatcher.dispatch(id)).toBe('dispatched');
    expect(await dispatcher.dispatch(id)).toBe('dispatched');
    const queue = f.executeQueues.of('python');
    // A job with a fair-share priority waits in BullMQ's prioritized list, one without in waiting.
    const counts = await queue.getJobCounts('waiting', 'prioritized');
    expect((counts.waiting ?? 0) + (counts.prioritized ?? 0)).toBe(1);
    const job = executeJobSchema.parse((await queue.getJob(id))?.data);
    expect(job).toMatchObject({ submissionId: id, language: 'python', mode: 'submit', tests: [], problem: { slug: 'a-plus-b', kind: 'stdio' } });
    const stored = executeTestSchema.array().parse(JSON.parse((await f.redis.get(f.keys.testSet(job.testSet?.hash ?? ''))) ?? 'null'));
    expect(stored).toHaveLength(job.testSet?.count ?? -1);
    expect(stored.length).toBeGreaterThanOrEqual(15);
  });

  it('stores the test set again when Redis lost it', async () => {
    const first = executeJobSchema.parse((await f.executeQueues.of('python').getJob(await dispatchNew()))?.data);
    await f.redis.del(f.keys.testSet(first.testSet?.hash ?? ''));
    const second = executeJobSchema.parse((await f.executeQueues.of('python').getJob(await dispatchNew()))?.data);
    expect(second.testSet).toEqual(first.testSet);
    expect(await f.redis.exists(f.keys.testSet(second.testSet?.hash ?? ''))).toBe(1);
  });

  it("carries a run's own tests in the job, answered by the reference solution", async () => {
    const id = await f.submit({ mode: 'run', customTests: ['1 2\n'] });
    expect(await dispatcher.dispatch(id)).toBe('dispatched');
    const job = executeJobSchema.parse((await f.executeQueues.of('python').getJob(id))?.data);
    expect(job.tests).toEqual([{ index: 0, input: '1 2\n', expected: null }]);
    expect(job.testSet).toBeUndefined();
    expect(job.reference?.language).toBe('python');
  });

  it('leaves finished and unknown submissions alone', async () => {
    const id = await f.submit();
    await finishSubmission(f.database.db, id, { verdict: 'AC', passed: 1, total: 1, timeMs: 1, memoryKb: 1, result: {}, tests: [] });
    expect(await dispatcher.dispatch(id)).toBe('finished');
    expect(await dispatcher.dispatch('no-such-submission')).toBe('unknown');
    expect(await f.executeQueues.of('python').getJob(id)).toBeUndefined();
  });
});

async function dispatchNew(): Promise<string> {
  const id = await f.submit();
  await dispatcher.dispatch(id);
  return id;
}
