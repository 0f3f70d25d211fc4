import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getSubmission, getSubmissionTests } from '@quickcode/db';
import type { ExecuteResult, ResultEvent } from '@quickcode/protocol';
import { masterFixture, type MasterFixture } from '../../../tests/support/master-fixture.js';
import { TEST_REDIS_URL } from '../../../tests/support/stack.js';
import { createFinisher, type Finisher } from './finisher.js';

let f: MasterFixture;
let finisher: Finisher;
let subscriber: Redis;
const heard: ResultEvent[] = [];
const verdicts: string[] = [];

beforeAll(async () => {
  f = await masterFixture();
  finisher = createFinisher({ db: f.database.db, redis: f.redis, keys: f.keys, logger: f.logger, onVerdict: (e) => verdicts.push(e.id) });
  subscriber = new Redis(TEST_REDIS_URL);
  await subscriber.psubscribe(f.keys.events('*'));
  subscriber.on('pmessage', (_p, _c, message) => heard.push(JSON.parse(message) as ResultEvent));
});
afterAll(async () => {
  subscriber?.disconnect();
  await f?.close();
});

const passed = (n: number): ExecuteResult => ({
  compiled: true,
  total: n,
  tests: Array.from({ length: n }, (_, index) => ({ index, verdict: 'AC', timeMs: 3, memoryKb: 100, actual: '3', expected: '3', stdout: '', stderr: '' })),
});
const eventsOf = async (id: string) => {
  await new Promise((r) => setTimeout(r, 200));
  return heard.filter((e) => e.id === id);
};

describe('finisher', () => {
  it('stores one verdict and publishes it once, however often the result arrives', async () => {
    const id = await f.submit();
    await f.redis.set(f.keys.status(id), 'running');
    expect(await finisher.finish({ submissionId: id, result: passed(15) })).toBe('stored');
    expect(await finisher.finish({ submissionId: id, result: { compiled: false, compileOutput: 'late', tests: [], total: 15 } })).toBe('duplicate');
    const row = await getSubmission(f.database.db, id);
    expect(row).toMatchObject({ status: 'finished', verdict: 'AC', passed: 15, total: 15, timeMs: 45 });
    expect(await getSubmissionTests(f.database.db, id)).toHaveLength(15);
    expect((await eventsOf(id)).map((e) => e.verdict)).toEqual(['AC']);
    expect(await f.redis.exists(f.keys.published(id))).toBe(1);
    expect(await f.redis.exists(f.keys.status(id))).toBe(0);
    expect(verdicts.filter((v) => v === id)).toHaveLength(1);
  });

  it('publishes a verdict stored by a master that died before publishing', async () => {
    const id = await f.submit();
    expect(await finisher.finish({ submissionId: id, result: passed(15) })).toBe('stored');
    await f.redis.del(f.keys.published(id));
    expect(await finisher.finish({ submissionId: id, result: passed(15) })).toBe('republished');
    expect((await eventsOf(id)).map((e) => e.verdict)).toEqual(['AC', 'AC']);
  });

  it('fails a submission once with an internal error saying why', async () => {
    const id = await f.submit();
    expect(await finisher.fail({ id }, 'the platform broke')).toBe(true);
    expect(await finisher.fail({ id }, 'again')).toBe(false);
    expect(await getSubmission(f.database.db, id)).toMatchObject({ verdict: 'IE', status: 'finished' });
    expect((await eventsOf(id)).map((e) => e.stderr)).toEqual(['the platform broke']);
    expect(await finisher.finish({ submissionId: 'no-such-submission', result: passed(1) })).toBe('unknown');
  });
});
