import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startPrivateRedis, type PrivateRedis } from '../../scripts/lib/redis.js';
import { createTestDatabase, clearRedisPrefix, startRole, startStack, waitFor, TEST_REDIS_URL, type RoleProcess, type Stack } from '../support/stack.js';
import { TestSocket } from '../support/ws-client.js';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Correct, but slow enough (about half a second per test) to be interrupted mid-run. */
const slowAPlusB = 'import time\na, b = map(int, input().split())\ntime.sleep(0.4)\nprint(a + b)\n';
const aPlusB = 'a, b = map(int, input().split())\nprint(a + b)\n';
/** Every test here submits Python only: its workers self-test and serve Python alone (QUICKCODE_LANGUAGES), which starts them faster. */
const pythonOnly = { QUICKCODE_LANGUAGES: 'python' };

async function submit(url: string, code = aPlusB) {
  const res = await fetch(`${url}/api/submissions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ problem: 'a-plus-b', language: 'python', code, mode: 'submit' }),
  });
  return { status: res.status, body: (await res.json()) as { id?: string; error?: { code: string; message: string } }, headers: res.headers };
}

async function verdictOf(url: string, id: string, timeoutMs = 90_000): Promise<string> {
  let verdict: string | undefined;
  await waitFor(
    async () => {
      const res = await fetch(`${url}/api/submissions/${id}`);
      if (!res.ok) return false;
      verdict = ((await res.json()) as { verdict?: string }).verdict;
      return verdict !== undefined;
    },
    timeoutMs,
    250,
  );
  return verdict as string;
}

/** Kills a role with SIGKILL and proves it died of it (a missing process fails the test). */
async function killHard(role: RoleProcess | undefined): Promise<void> {
  expect(role, 'the process to kill').toBeDefined();
  const child = (role as RoleProcess).child;
  const exited = new Promise((r) => child.once('exit', r));
  expect(child.kill('SIGKILL')).toBe(true);
  await exited;
  expect(child.signalCode).toBe('SIGKILL');
}

let cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanup.reverse()) await c().catch(() => {});
  cleanup = [];
});

async function separateStack(workers: number, env: Record<string, string> = {}): Promise<Stack> {
  const stack = await startStack({ workers, separateRoles: true, env: { ...pythonOnly, QUICKCODE_RECOVERY_INTERVAL_MS: '1000', QUICKCODE_RECOVERY_GRACE_MS: '3000', ...env } });
  cleanup.push(() => stack.stop());
  return stack;
}

describe('surviving faults', () => {
  it('retries the job of a worker killed mid-run on another worker; one verdict, delivered once', async () => {
    const stack = await separateStack(1);
    const ws = await TestSocket.open(stack.url);
    ws.send({ type: 'submit', problem: 'a-plus-b', language: 'python', code: slowAPlusB, mode: 'submit' });
    const { id } = await ws.next('submitted');
    await ws.next('test', (m) => m.id === id);
    await killHard(stack.processes.find((p) => /QuickCode worker is ready/.test(p.output()) && !p.url));
    const second = await startRole('worker', { ...stack.env, QUICKCODE_WORKERS: '0' });
    stack.processes.push(second);
    const result = await ws.next('result', (m) => m.id === id, 120_000);
    expect(result.verdict).toBe('AC');
    await new Promise((r) => setTimeout(r, 2000));
    expect(ws.messages.filter((m) => m.type === 'result' && m.id === id)).toHaveLength(1);
    expect(await verdictOf(stack.url, id)).toBe('AC');
    ws.close();
  });

  it('carries on when a master is killed: another master judges everything', async () => {
    const stack = await separateStack(1);
    const second = await startRole('master', { ...stack.env, QUICKCODE_WORKERS: '0' });
    stack.processes.push(second);
    const firstMaster = stack.processes.find((p) => /QuickCode master is running/.test(p.output()) && p !== second);
    await killHard(firstMaster);
    const ids = [];
    for (let i = 0; i < 4; i++) ids.push((await submit(stack.url)).body.id as string);
    for (const id of ids) expect(await verdictOf(stack.url, id)).toBe('AC');
  });

  it('lets a client of a killed web node resume on another node with subscribe', async () => {
    const stack = await separateStack(1);
    const other = await startRole('web', { ...stack.env, QUICKCODE_WORKERS: '0' });
    stack.processes.push(other);
    const ws = await TestSocket.open(stack.url);
    ws.send({ type: 'submit', problem: 'a-plus-b', language: 'python', code: slowAPlusB, mode: 'submit' });
    const { id } = await ws.next('submitted');
    await killHard(stack.processes.find((p) => p.url === stack.url));
    const resumed = await TestSocket.open(other.url as string);
    resumed.send({ type: 'subscribe', id });
    const result = await resumed.next('result', (m) => m.id === id, 120_000);
    expect(result.verdict).toBe('AC');
    resumed.close();
  });

  it('finds submissions in PostgreSQL after Redis restarts empty and judges them', async () => {
    const redis: PrivateRedis = await startPrivateRedis();
    cleanup.push(() => redis.stop());
    const stack = await separateStack(1, { REDIS_URL: redis.url });
    const ids = [(await submit(stack.url, slowAPlusB)).body.id as string, (await submit(stack.url, slowAPlusB)).body.id as string];
    // An empty Redis, as after a restart without persistence.
    const { Redis } = await import('ioredis');
    const admin = new Redis(redis.url);
    await admin.flushall();
    admin.disconnect();
    for (const id of ids) expect(await verdictOf(stack.url, id, 120_000)).toBe('AC');
  });

  it('names Redis in /api/health and refuses submissions with 503 while Redis is down', async () => {
    const redis: PrivateRedis = await startPrivateRedis();
    cleanup.push(() => redis.stop());
    const stack = await startStack({ workers: 1, env: { ...pythonOnly, REDIS_URL: redis.url } });
    cleanup.push(() => stack.stop());
    await redis.stop();
    const health = await fetch(`${stack.url}/api/health`);
    expect(health.status).toBe(503);
    const body = (await health.json()) as { redis: string; db: string };
    expect(body.redis).toMatch(/^down/);
    expect(body.db).toBe('ok');
    const refused = await submit(stack.url);
    expect(refused.status).toBe(503);
    expect(refused.body.error?.code).toBe('unavailable');
  });

  it('answers 503 while PostgreSQL is unreachable and stores results once it returns', async () => {
    const database = await createTestDatabase();
    cleanup.push(() => database.drop());
    const target = new URL(database.url);
    const sockets = new Set<net.Socket>();
    let open = true;
    const proxy = net.createServer((client) => {
      if (!open) return client.destroy();
      const upstream = net.connect(Number(target.port || 5432), target.hostname);
      for (const s of [client, upstream]) {
        sockets.add(s);
        s.on('error', () => {});
        s.on('close', () => sockets.delete(s));
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', () => r()));
    cleanup.push(() => new Promise((r) => proxy.close(() => r())));
    const proxied = new URL(database.url);
    proxied.port = String((proxy.address() as net.AddressInfo).port);
    const prefix = `qctest-${randomBytes(5).toString('hex')}`;
    cleanup.push(() => clearRedisPrefix(prefix));
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qc-faults-'));
    const env = {
      PORT: '0',
      REDIS_URL: TEST_REDIS_URL,
      QUICKCODE_REDIS_PREFIX: prefix,
      DATABASE_URL: proxied.toString(),
      QUICKCODE_DATA_DIR: dataDir,
      QUICKCODE_WORKERS: '0',
      QUICKCODE_METRICS_PORT: '0',
      ...pythonOnly,
    };
    const roles: RoleProcess[] = [await startRole('master', env), await startRole('web', env), await startRole('worker', env)];
    cleanup.push(async () => {
      await Promise.all(roles.map((r) => r.stop()));
    });
    const url = roles[1]?.url as string;
    await waitFor(async () => ((await (await fetch(`${url}/api/health`)).json()) as { workers: number }).workers >= 1, 60_000);
    const inFlight = (await submit(url, slowAPlusB)).body.id as string;
    await new Promise((r) => setTimeout(r, 500));
    open = false;
    for (const s of sockets) s.destroy();
    const refused = await submit(url);
    expect(refused.status).toBe(503);
    expect(refused.body.error?.code).toBe('unavailable');
    const reading = await fetch(`${url}/api/submissions/${inFlight}`);
    expect(reading.status).toBe(503);
    expect(((await reading.json()) as { error: { code: string } }).error.code).toBe('unavailable');
    const health = await fetch(`${url}/api/health`);
    expect(health.status).toBe(503);
    expect(((await health.json()) as { db: string }).db).not.toBe('ok');
    await new Promise((r) => setTimeout(r, 8000));
    open = true;
    expect(await verdictOf(url, inFlight, 120_000)).toBe('AC');
    const after = await submit(url);
    expect(after.status).toBe(202);
    expect(await verdictOf(url, after.body.id as string)).toBe('AC');
  });

  it('refuses with 429 and Retry-After past the queue depth and past the per-user limit', async () => {
    const stack = await startStack({ workers: 1, env: { ...pythonOnly, QUICKCODE_MAX_QUEUE_DEPTH: '2', QUICKCODE_MAX_IN_FLIGHT_PER_USER: '2', QUICKCODE_SANDBOX_CONCURRENCY: '1' } });
    cleanup.push(() => stack.stop());
    // Each cookie-less POST is a new guest: only the queue depth can refuse these.
    const answers = [];
    for (let i = 0; i < 8; i++) {
      answers.push(await submit(stack.url, slowAPlusB));
      await new Promise((r) => setTimeout(r, 600));
    }
    const refused = answers.filter((a) => a.status === 429);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused[0]?.body.error?.code).toBe('too_many_requests');
    expect(Number(refused[0]?.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    for (const a of answers.filter((x) => x.status === 202)) expect(await verdictOf(stack.url, a.body.id as string, 180_000)).toBe('AC');

    // One user (one session cookie) with two unfinished submissions gets 429 for a third.
    const first = await fetch(`${stack.url}/api/submissions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ problem: 'a-plus-b', language: 'python', code: slowAPlusB, mode: 'submit' }),
    });
    const cookie = (first.headers.get('set-cookie') ?? '').split(';')[0] as string;
    expect(cookie).toContain('=');
    const again = async () =>
      (
        await fetch(`${stack.url}/api/submissions`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie, origin: stack.url },
          body: JSON.stringify({ problem: 'a-plus-b', language: 'python', code: slowAPlusB, mode: 'submit' }),
        })
      ).status;
    expect(await again()).toBe(202);
    expect(await again()).toBe(429);
  });

  it('drains a worker on SIGTERM: the run in progress still gets its verdict', async () => {
    const stack = await separateStack(1);
    const ws = await TestSocket.open(stack.url);
    ws.send({ type: 'submit', problem: 'a-plus-b', language: 'python', code: slowAPlusB, mode: 'submit' });
    const { id } = await ws.next('submitted');
    await ws.next('test', (m) => m.id === id);
    const worker = stack.processes.find((p) => /QuickCode worker is ready/.test(p.output()) && !p.url);
    const stopped = worker?.stop(60_000);
    const result = await ws.next('result', (m) => m.id === id, 120_000);
    expect(result.verdict).toBe('AC');
    await stopped;
    expect(worker?.child.signalCode).toBeNull();
    expect(worker?.child.exitCode).toBe(0);
    ws.close();
  });
});
