import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createTestDatabase, clearRedisPrefix, startRole, waitFor, type RoleProcess } from '../support/stack.js';
import { startSentinelGroup, type SentinelGroup } from '../support/sentinel-group.js';
import { TestSocket } from '../support/ws-client.js';
import { randomBytes } from 'node:crypto';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { redisKeys } from '@quickcode/protocol';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const aPlusB = 'a, b = map(int, input().split())\nprint(a + b)\n';
// Python's a-plus-b is the quickest submission to judge: the test is about the switch, not the sandbox.
const SUBMISSIONS = 12;
const KILL_AFTER = 4;
const GAP_MS = 250;

interface Attempt {
  status: number;
  retryAfter: string | null;
  code?: string;
  at: number;
}

let group: SentinelGroup;
let database: Awaited<ReturnType<typeof createTestDatabase>>;
let roles: RoleProcess[] = [];
let web: string;
let prefix: string;
const cleanups: (() => Promise<unknown>)[] = [];

beforeAll(async () => {
  group = await startSentinelGroup();
  cleanups.push(() => group.stop());
  database = await createTestDatabase();
  cleanups.push(() => database.drop());
  prefix = `qctest-${randomBytes(5).toString('hex')}`;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qc-sentinel-stack-'));
  // The workers' boxes and run files in a directory of this test's own (searchable by the sandbox user).
  fs.chmodSync(dataDir, 0o755);
  cleanups.push(async () => fs.rmSync(dataDir, { recursive: true, force: true }));
  const env = {
    PORT: '0',
    HOST: '127.0.0.1',
    // Nothing listens here: the Sentinels must win over REDIS_URL.
    REDIS_URL: 'redis://127.0.0.1:1',
    REDIS_SENTINELS: group.sentinels,
    REDIS_SENTINEL_NAME: group.name,
    QUICKCODE_REDIS_PREFIX: prefix,
    DATABASE_URL: database.url,
    QUICKCODE_DATA_DIR: dataDir,
    QUICKCODE_SANDBOX_DIR: path.join(dataDir, 'sandbox'),
    QUICKCODE_WORKERS: '0',
    QUICKCODE_METRICS_PORT: '0',
    QUICKCODE_SANDBOX_CONCURRENCY: '2',
    // The stream is Python only: the workers self-test and serve Python alone, and start sooner.
    QUICKCODE_LANGUAGES: 'python',
    // One client address sends the whole stream: the per-address limits are not what is tested.
    QUICKCODE_MAX_IN_FLIGHT_PER_ADDRESS: '1000',
    QUICKCODE_MAX_IN_FLIGHT_PER_USER: '1000',
    QUICKCODE_GUESTS_PER_ADDRESS_PER_HOUR: '1000',
    QUICKCODE_RECOVERY_INTERVAL_MS: '1000',
    QUICKCODE_RECOVERY_GRACE_MS: '4000',
  };
  cleanups.push(async () => {
    await Promise.all(roles.map((r) => r.stop()));
  });
  const started = await Promise.allSettled((['master', 'web', 'worker', 'worker'] as const).map((role) => startRole(role, env)));
  // Whatever started is stopped by the cleanup above, even when another role failed.
  roles = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const failed = started.find((s) => s.status === 'rejected');
  if (failed) throw failed.reason;
  web = roles[1]?.url as string;
  await waitFor(async () => ((await (await fetch(`${web}/api/health`)).json()) as { workers: number }).workers >= 2, 120_000);
  // The prefix lives on whichever node is primary at the end; clear it there.
  cleanups.push(async () => clearRedisPrefix(prefix, `redis://127.0.0.1:${await group.currentPrimaryPort()}`));
}, 900_000);

afterAll(async () => {
  // QC_FAILOVER_LOGS=<dir>: every role's whole output goes there, whether the test passed or not.
  if (process.env.QC_FAILOVER_LOGS) rolesReport();
  for (const c of cleanups.reverse()) await c().catch(() => {});
});

/** Where each lost submission stands: its row and its job in every queue, on the current primary. */
async function lostReport(ids: string[]): Promise<string> {
  const keys = redisKeys(prefix);
  const connection = new Redis(`redis://127.0.0.1:${await group.currentPrimaryPort()}`, { maxRetriesPerRequest: 1 });
  const queues = [keys.judgeQueue, keys.executeQueue('python'), keys.resultsQueue].map((name) => new Queue(name, { connection, prefix: keys.bullPrefix }));
  const db = new pg.Client({ connectionString: database.url });
  await db.connect();
  try {
    const lines: string[] = [];
    for (const id of ids) {
      const { rows } = await db.query<{ status: string; verdict: string | null; created_at: Date }>('select status, verdict, created_at from submissions where id = $1', [id]);
      const states = await Promise.all(queues.map(async (q) => `${q.name}=${await q.getJobState(id)}`));
      lines.push(`${id}: row ${JSON.stringify(rows[0] ?? null)}; ${states.join(' ')}`);
    }
    return lines.join('\n');
  } finally {
    await db.end();
    await Promise.all(queues.map((q) => q.close()));
    connection.disconnect();
  }
}

/** What each role printed, for a failure message. */
function rolesReport(): string {
  const dir = process.env.QC_FAILOVER_LOGS;
  if (dir) {
    fs.mkdirSync(dir, { recursive: true });
    roles.forEach((r, i) => fs.writeFileSync(path.join(dir, `role-${i}.log`), r.output()));
  }
  return roles.map((r, i) => `--- role ${i} (exit ${r.child.exitCode ?? r.child.signalCode ?? 'running'}) ---\n${r.output().slice(-2500)}`).join('\n');
}

async function post(): Promise<Attempt & { id?: string }> {
  const res = await fetch(`${web}/api/submissions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ problem: 'a-plus-b', language: 'python', code: aPlusB, mode: 'submit' }),
  });
  const body = (await res.json()) as { id?: string; error?: { code: string } };
  return { status: res.status, retryAfter: res.headers.get('retry-after'), code: body.error?.code, id: body.id, at: Date.now() };
}

/** One client: submits, and when refused waits as told by Retry-After and submits again. */
async function submitUntilAccepted(attempts: Attempt[]): Promise<string> {
  for (let i = 0; i < 10; i++) {
    const answer = await post();
    attempts.push(answer);
    if (answer.status === 202 && answer.id) return answer.id;
    await new Promise((r) => setTimeout(r, Number(answer.retryAfter ?? 1) * 1000));
  }
  throw new Error(`a submission was refused ten times: ${JSON.stringify(attempts.slice(-12))}\n${rolesReport()}`);
}

describe('Redis Sentinel failover under a stream of submissions', () => {
  it('gives every submission exactly one verdict when the primary is SIGKILLed mid-stream', async () => {
    const watcher = await TestSocket.open(web);
    const attempts: Attempt[] = [];
    const clients: Promise<string>[] = [];
    let killedAt = 0;
    for (let i = 0; i < SUBMISSIONS; i++) {
      if (i === KILL_AFTER) {
        group.killPrimary();
        killedAt = Date.now();
      }
      const client = submitUntilAccepted(attempts).then((id) => {
        // The watcher follows each accepted submission live, as a browser tab would.
        watcher.send({ type: 'subscribe', id });
        return id;
      });
      clients.push(client);
      await new Promise((r) => setTimeout(r, GAP_MS));
    }
    const ids = await Promise.all(clients);

    // Sentinel promoted the replica.
    await waitFor(async () => (await group.currentPrimaryPort()) === group.replicaPort, 30_000);
    // Every answer was an acceptance or a clear, retryable refusal; never a 500 or a hang.
    for (const a of attempts) {
      if (a.status === 202) continue;
      expect(a.status).toBe(503);
      expect(a.code).toBe('unavailable');
      expect(Number(a.retryAfter)).toBeGreaterThanOrEqual(1);
    }
    expect(attempts.filter((a) => a.status === 202 && a.at > killedAt).length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(SUBMISSIONS);

    // Each accepted submission reaches its watcher with exactly one result...
    const resulted = () => new Set(watcher.messages.flatMap((m) => (m.type === 'result' ? [m.id] : [])));
    await waitFor(async () => ids.every((id) => resulted().has(id)), 120_000, 500).catch(async () => {
      const missing = ids.filter((id) => !resulted().has(id));
      throw new Error(`${missing.length} of ${ids.length} submissions got no result:\n${await lostReport(missing)}\n${rolesReport()}`);
    });
    for (const m of watcher.messages) if (m.type === 'result') expect(m.verdict).toBe('AC');
    await new Promise((r) => setTimeout(r, 2000));
    for (const id of ids) expect(watcher.messages.filter((m) => m.type === 'result' && m.id === id)).toHaveLength(1);
    watcher.close();

    // ...and is stored once, finished; a refused one left nothing behind.
    const db = new pg.Client({ connectionString: database.url });
    await db.connect();
    try {
      const { rows } = await db.query<{ id: string; status: string; verdict: string | null }>('select id, status, verdict from submissions');
      expect(rows.map((r) => r.id).sort()).toEqual([...ids].sort());
      for (const row of rows) expect([row.status, row.verdict]).toEqual(['finished', 'AC']);
    } finally {
      await db.end();
    }
    const refused = attempts.filter((a) => a.status === 503).length;
    console.log(`sentinel failover: ${SUBMISSIONS} accepted, ${refused} refusals with 503 during the switch, all judged once`);
  }, 400_000);
});
