import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { Redis } from 'ioredis';
import { loadProblem } from '@quickcode/problems';
import { languageIds, repoRoot, type ExecuteProblem, type LanguageId } from '@quickcode/protocol';
import { TestSocket } from '../tests/support/ws-client.js';
import { TEST_REDIS_URL, type Stack } from '../tests/support/stack.js';
import { bareCompileAndRun } from './compiled.js';
import { median } from './stats.js';

/**
 * The figures behind docs/scaling.md, from one worker node (this machine's cores):
 * for each language, `count` submit-mode two-sum references at once through the whole stack
 * (verdicts/s), beside the same programs compiled and run bare on the same cores in the same
 * run; and what one submission costs the shared services: Redis commands (INFO commandstats)
 * and PostgreSQL writes (pg_stat_database of the stack's own database), each less what the
 * idle stack spends in the same time (heartbeats, queue polling, sweeps).
 */

type Counters = Map<string, number>;

async function redisCommands(redis: Redis): Promise<Counters> {
  const text = await redis.info('commandstats');
  const counts = new Map<string, number>();
  for (const line of text.split('\n')) {
    const match = /^cmdstat_([^:]+):calls=(\d+)/.exec(line.trim());
    if (match) counts.set(match[1] as string, Number(match[2]));
  }
  return counts;
}

const sum = (c: Counters) => [...c.values()].reduce((a, b) => a + b, 0);

function difference(after: Counters, before: Counters): Counters {
  const out = new Map<string, number>();
  for (const [name, calls] of after) {
    const d = calls - (before.get(name) ?? 0);
    if (d > 0) out.set(name, d);
  }
  return out;
}

interface PgCounters {
  commits: number;
  inserted: number;
  updated: number;
  deleted: number;
}

async function pgWrites(client: pg.Client, database: string): Promise<PgCounters> {
  await client.query('select pg_stat_clear_snapshot()');
  const { rows } = await client.query<{ xact_commit: string; tup_inserted: string; tup_updated: string; tup_deleted: string }>(
    'select xact_commit, tup_inserted, tup_updated, tup_deleted from pg_stat_database where datname = $1',
    [database],
  );
  const row = rows[0];
  if (!row) throw new Error(`no statistics for database ${database}`);
  return { commits: Number(row.xact_commit), inserted: Number(row.tup_inserted), updated: Number(row.tup_updated), deleted: Number(row.tup_deleted) };
}

const pgDelta = (a: PgCounters, b: PgCounters): PgCounters => ({ commits: a.commits - b.commits, inserted: a.inserted - b.inserted, updated: a.updated - b.updated, deleted: a.deleted - b.deleted });

/** An idle PostgreSQL backend reports its statistics only after 10 s (PGSTAT_IDLE_INTERVAL): wait past that. */
const SETTLE_SECONDS = 11;
const settle = () => new Promise((r) => setTimeout(r, SETTLE_SECONDS * 1000));

/** `count` submissions at once over a few sockets; resolves when every verdict is in. */
async function burst(stack: Stack, language: LanguageId, code: string, count: number): Promise<{ seconds: number; verdicts: string[] }> {
  const sockets = await Promise.all(Array.from({ length: Math.min(4, count) }, () => TestSocket.open(stack.url)));
  const started = performance.now();
  const verdicts = await Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const ws = sockets[i % sockets.length] as TestSocket;
      const requestId = `capacity-${language}-${i}`;
      // A comment makes each program distinct, so no compile result could be shared between them.
      ws.send({ type: 'submit', requestId, problem: 'two-sum', language, code: `${code}\n${language === 'python' ? '#' : '//'} ${i}\n`, mode: 'submit' });
      const { id } = await ws.next('submitted', (m) => m.requestId === requestId, 60_000);
      return (await ws.next('result', (m) => m.id === id, 900_000)).verdict;
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  for (const ws of sockets) ws.close();
  return { seconds, verdicts };
}

export async function measureCapacity(stack: Stack, count: number): Promise<void> {
  if (!stack.databaseUrl) throw new Error('the capacity bench needs the stack on PostgreSQL');
  const loaded = loadProblem(path.join(repoRoot(), 'problems', 'two-sum'));
  const { kind, function: fn, design, checker, limits } = loaded.config;
  const problem: ExecuteProblem = { slug: loaded.slug, kind, function: fn, design, checker, limits };
  const inputs = loaded.tests.map((t) => t.input);
  const cores = os.availableParallelism();
  const redis = new Redis(TEST_REDIS_URL);
  const database = new URL(stack.databaseUrl).pathname.slice(1);
  const client = new pg.Client({ connectionString: stack.databaseUrl });
  await client.connect();
  try {
    // What the idle stack spends per second, subtracted from every measurement below.
    const idleSeconds = 20;
    await settle();
    const idleRedis0 = await redisCommands(redis);
    const idlePg0 = await pgWrites(client, database);
    await new Promise((r) => setTimeout(r, idleSeconds * 1000));
    const idleRedis = sum(difference(await redisCommands(redis), idleRedis0)) / idleSeconds;
    const idlePg = pgDelta(await pgWrites(client, database), idlePg0);
    console.log(
      `\n## Capacity of one worker node (${cores} cores, sandbox concurrency ${stack.env.QUICKCODE_SANDBOX_CONCURRENCY}), two-sum (${inputs.length} tests), ${count} submissions at once per language`,
    );
    console.log(`idle stack: ${idleRedis.toFixed(1)} Redis commands/s, ${(idlePg.commits / idleSeconds).toFixed(2)} PostgreSQL commits/s (subtracted below)`);
    console.log('| language | platform verdicts/s | bare compile+run/s | ratio | Redis commands / submission | PG commits / submission | PG rows written / submission |');
    console.log('|---|---|---|---|---|---|---|');
    const allCommands = new Map<string, number>();
    let submissions = 0;
    for (const language of languageIds) {
      const code = loaded.solutions[language];
      if (!code) continue;
      // Bare: the same program compiled and run on the host, one per core at a time.
      const bareMs: number[] = [];
      for (let round = 0; round < cores; round++) bareMs.push(await bareCompileAndRun(language, problem, code, inputs));
      const barePerSecond = cores / (median(bareMs) / 1000);

      const redis0 = await redisCommands(redis);
      const pg0 = await pgWrites(client, database);
      const { seconds, verdicts } = await burst(stack, language, code, count);
      await settle();
      const commands = difference(await redisCommands(redis), redis0);
      const writes = pgDelta(await pgWrites(client, database), pg0);
      const elapsed = seconds + SETTLE_SECONDS;
      if (verdicts.some((v) => v !== 'AC')) throw new Error(`${language}: expected AC for every reference, got ${verdicts.join(' ')}`);
      const perSubmission = (sum(commands) - idleRedis * elapsed) / count;
      const commits = (writes.commits - (idlePg.commits / idleSeconds) * elapsed) / count;
      const rows = (writes.inserted + writes.updated + writes.deleted) / count;
      for (const [name, calls] of commands) allCommands.set(name, (allCommands.get(name) ?? 0) + calls);
      submissions += count;
      const platform = count / seconds;
      console.log(
        `| ${language} | ${platform.toFixed(2)} | ${barePerSecond.toFixed(2)} | ${(platform / barePerSecond).toFixed(2)} | ${perSubmission.toFixed(0)} | ${commits.toFixed(1)} | ${rows.toFixed(1)} |`,
      );
    }
    // Connections per role, by the names the roles give them (BullMQ's blocking connections carry the queue's name).
    const clients = new Map<string, number>();
    for (const line of String(await redis.client('LIST')).split('\n')) {
      const name = /(?:^| )name=(\S*)/.exec(line)?.[1];
      if (name === undefined) continue;
      const key = name === '' ? '(unnamed)' : name.replace(/[0-9a-f]{8,}/g, '*');
      clients.set(key, (clients.get(key) ?? 0) + 1);
    }
    console.log(`\nRedis connections open now (whole server, by client name): ${[...clients].map(([n, c]) => `${n} ${c}`).join(', ')}`);
    const top = [...allCommands].sort((a, b) => b[1] - a[1]).slice(0, 12);
    console.log(`\nRedis commands per submission by name (all languages, idle traffic included): ${top.map(([n, c]) => `${n} ${(c / submissions).toFixed(1)}`).join(', ')}`);
  } finally {
    redis.disconnect();
    await client.end();
  }
}
