import { finishSubmission, getProblem, getSubmission } from '@quickcode/db';
import type { ExecuteResult, ResultEvent } from '@quickcode/protocol';
import { createDispatcher } from '../apps/master/src/dispatcher.js';
import { createFinisher } from '../apps/master/src/finisher.js';
import { publishResult } from '../apps/master/src/publish-result.js';
import { masterFixture } from '../tests/support/master-fixture.js';

/**
 * The master's own cost per submission, stage by stage, on real PostgreSQL and Redis:
 * `npx tsx bench/master-cost.ts [rounds]`. Prints the median of each stage in ms.
 */
const rounds = Number(process.argv[2] ?? 100);
const f = await masterFixture();
const dispatcher = createDispatcher({ db: f.database.db, redis: f.redis, keys: f.keys, executeQueues: f.executeQueues, logger: f.logger });
const finisher = createFinisher({ db: f.database.db, redis: f.redis, keys: f.keys, logger: f.logger });
const stages = new Map<string, number[]>();
async function time<T>(stage: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const out = await work();
  stages.set(stage, [...(stages.get(stage) ?? []), performance.now() - started]);
  return out;
}
const result: ExecuteResult = {
  compiled: true,
  total: 15,
  tests: Array.from({ length: 15 }, (_, index) => ({ index, verdict: 'AC', timeMs: 3, memoryKb: 9000, actual: '3', expected: '3', stdout: '', stderr: '' })),
};
const event = (id: string): ResultEvent => ({ type: 'result', id, verdict: 'AC', passed: 15, total: 15, timeMs: 45, memoryKb: 9000 });
try {
  for (let i = 0; i < rounds; i++) {
    const id = await f.submit();
    await time('dispatch: getSubmission', () => getSubmission(f.database.db, id));
    await time('dispatch: getProblem', () => getProblem(f.database.db, 'a-plus-b'));
    await time('dispatch: whole (2 reads + test set TTL + queue add)', () => dispatcher.dispatch(id));
    await time('finish: whole (read + store + publish)', () => finisher.finish({ submissionId: id, result }));
    const other = await f.submit();
    await time('finish: finishSubmission (transaction, 15 test rows)', () =>
      finishSubmission(f.database.db, other, { verdict: 'AC', passed: 15, total: 15, timeMs: 45, memoryKb: 9000, result: event(other), tests: result.tests }),
    );
    await time('publish: 3 sequential commands (before)', async () => {
      await f.redis.publish(f.keys.events(other), JSON.stringify(event(other)));
      await f.redis.set(f.keys.published(other), '1', 'EX', 60);
      await f.redis.del(f.keys.status(other));
    });
    await time('publish: one MULTI (now)', () => publishResult(f.redis, f.keys, event(other)));
  }
  for (const [stage, samples] of stages) {
    const sorted = [...samples].sort((a, b) => a - b);
    console.log(`${stage.padEnd(58)} p50 ${sorted[Math.floor(sorted.length / 2)]?.toFixed(2)} ms  p90 ${sorted[Math.floor(sorted.length * 0.9)]?.toFixed(2)} ms`);
  }
} finally {
  await f.close();
}
