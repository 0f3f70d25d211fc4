import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpFrom, postJsonFrom } from '../support/http-from.js';
import { clearRedisPrefix, createTestDatabase, startRole, startStack, waitFor, TEST_REDIS_URL, type RoleProcess, type Stack } from '../support/stack.js';
import { TestSocket } from '../support/ws-client.js';

/** The front door under abuse (issue 12): every client below is a distinct loopback address. */

const aPlusB = 'a, b = map(int, input().split())\nprint(a + b)\n';
/** Correct but slow (two samples, 0.8 s each): it stays in flight while a burst is counted. */
const slowAPlusB = 'import time\ntime.sleep(0.8)\na, b = map(int, input().split())\nprint(a + b)\n';
const run = (code: string, extra: Record<string, unknown> = {}) => ({ problem: 'a-plus-b', language: 'python', code, mode: 'run', ...extra });

const GUESTS_PER_HOUR = 5;

interface Setup {
  url: string;
  sql: pg.Pool;
  healthAtReady: { status: string; workers: number };
  all: RoleProcess;
  stop(): Promise<void>;
}

/** `npm start` (one process: web, master, a worker) with the limits under test; health read the moment "ready" is printed. */
async function startFrontDoor(): Promise<Setup> {
  const prefix = `qctest-${randomBytes(5).toString('hex')}`;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qc-frontdoor-'));
  const database = await createTestDatabase();
  const env = {
    PORT: '0',
    HOST: '127.0.0.1',
    REDIS_URL: TEST_REDIS_URL,
    DATABASE_URL: database.url,
    QUICKCODE_REDIS_PREFIX: prefix,
    QUICKCODE_DATA_DIR: dataDir,
    QUICKCODE_WORKERS: '1',
    QUICKCODE_SANDBOX_CONCURRENCY: '2',
    QUICKCODE_METRICS_PORT: '0',
    QUICKCODE_MAX_IN_FLIGHT_PER_USER: '10',
    QUICKCODE_MAX_IN_FLIGHT_PER_ADDRESS: '10',
    QUICKCODE_GUESTS_PER_ADDRESS_PER_HOUR: String(GUESTS_PER_HOUR),
    QUICKCODE_MAX_CONNECTIONS: '2000',
    QUICKCODE_MAX_CONNECTIONS_PER_ADDRESS: '1500',
    QUICKCODE_TRUST_PROXY: 'true',
  };
  const all = await startRole('all', env);
  const url = all.url as string;
  const healthAtReady = (await (await fetch(`${url}/api/health`)).json()) as Setup['healthAtReady'];
  const sql = new pg.Pool({ connectionString: database.url, max: 2 });
  return {
    url,
    sql,
    healthAtReady,
    all,
    async stop() {
      await all.stop();
      await sql.end();
      await clearRedisPrefix(prefix);
      await database.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function scalar(sql: pg.Pool, text: string, values: unknown[] = []): Promise<number> {
  const { rows } = await sql.query<{ n: number }>(text, values);
  return Number(rows[0]?.n ?? 0);
}

/** Open a WebSocket from `from`: 'open' with the socket, or the HTTP status the upgrade was refused with. */
function connect(url: string, from: string): Promise<{ ws: WebSocket } | { status: number }> {
  return new Promise((resolve) => {
    const ws = new WebSocket(`${url.replace(/^http/, 'ws')}/ws`, { localAddress: from });
    ws.once('open', () => resolve({ ws }));
    ws.once('unexpected-response', (_req, res) => {
      resolve({ status: res.statusCode ?? 0 });
      ws.terminate();
    });
    ws.once('error', () => resolve({ status: 0 }));
  });
}

async function connectMany(url: string, from: string, count: number) {
  const results: Awaited<ReturnType<typeof connect>>[] = [];
  for (let i = 0; i < count; i += 100) results.push(...(await Promise.all(Array.from({ length: Math.min(100, count - i) }, () => connect(url, from)))));
  return {
    open: results.flatMap((r) => ('ws' in r ? [r.ws] : [])),
    refused: results.flatMap((r) => ('status' in r ? [r.status] : [])),
  };
}

async function verdictOf(url: string, id: string, timeoutMs = 120_000): Promise<string> {
  let verdict: string | undefined;
  await waitFor(
    async () => {
      verdict = ((await (await fetch(`${url}/api/submissions/${id}`)).json()) as { verdict?: string }).verdict;
      return verdict !== undefined;
    },
    timeoutMs,
    250,
  );
  return verdict as string;
}

/** Send `count` submits at once on one socket; the answers, by request id. */
async function burst(ws: TestSocket, count: number, tag: string, code = slowAPlusB) {
  for (let i = 0; i < count; i++) ws.send({ type: 'submit', requestId: `${tag}-${i}`, ...run(code) });
  return Promise.all(Array.from({ length: count }, (_, i) => Promise.race([ws.next('submitted', (m) => m.requestId === `${tag}-${i}`), ws.next('error', (m) => m.requestId === `${tag}-${i}`)])));
}

/**
 * The in-flight limit holds when no more were accepted than the limit plus those that had
 * already finished (a fast first job may finish, freeing its slot, while a burst is still
 * being answered). Without an atomic limit a burst gets nearly everything in.
 */
async function expectWithinLimit(sql: pg.Pool, accepted: string[], limit: number) {
  const finished = await scalar(sql, "select count(*) as n from submissions where id = any($1) and status = 'finished'", [accepted]);
  expect(accepted.length).toBeGreaterThanOrEqual(limit);
  expect(accepted.length).toBeLessThanOrEqual(limit + finished);
}

describe('the front door under abuse', () => {
  let s: Setup;
  beforeAll(async () => {
    s = await startFrontDoor();
  });
  afterAll(async () => {
    await s?.stop();
  });

  it('prints "ready" only once a worker passed its self-test', () => {
    expect(s.healthAtReady.workers).toBeGreaterThanOrEqual(1);
    expect(s.healthAtReady.status).toBe('ok');
  });

  it('hands page loads a cookie but makes no guest until one submits', async () => {
    const before = await scalar(s.sql, 'select count(*) as n from users');
    const pages = [];
    for (let i = 0; i < 200; i += 10) pages.push(...(await Promise.all(Array.from({ length: 10 }, () => httpFrom('127.0.1.1', s.url, { headers: { accept: 'text/html' } })))));
    expect(pages.map((p) => p.status)).toEqual(pages.map(() => 200));
    const cookies = new Set(pages.map((p) => p.cookie()));
    expect(cookies.size).toBe(200);
    expect(await scalar(s.sql, 'select count(*) as n from users')).toBe(before);
    // The cookie's guest is made by its first submission, and is then the same on the next page.
    const cookie = pages[0]?.cookie() as string;
    const posted = await postJsonFrom('127.0.1.1', `${s.url}/api/submissions`, run(aPlusB), { cookie });
    expect(posted.status).toBe(202);
    expect(posted.cookie()).toBeUndefined();
    expect(await scalar(s.sql, 'select count(*) as n from users')).toBe(before + 1);
    const again = await httpFrom('127.0.1.1', s.url, { headers: { accept: 'text/html', cookie } });
    expect(again.cookie()).toBeUndefined();
  });

  it('limits the guests one address can make, and still serves a signed-in user there', async () => {
    const before = await scalar(s.sql, 'select count(*) as n from users');
    const answers = await Promise.all(Array.from({ length: GUESTS_PER_HOUR + 3 }, () => postJsonFrom('127.0.1.2', `${s.url}/api/submissions`, run(aPlusB))));
    expect(answers.filter((a) => a.status === 202)).toHaveLength(GUESTS_PER_HOUR);
    const refused = answers.filter((a) => a.status === 429);
    expect(refused).toHaveLength(3);
    expect(refused[0]?.json<{ error: { message: string } }>().error.message).toMatch(/guest/i);
    expect(await scalar(s.sql, 'select count(*) as n from users')).toBe(before + GUESTS_PER_HOUR);
    const signup = await postJsonFrom('127.0.1.2', `${s.url}/api/auth/signup`, { username: `fd_${Date.now().toString(36)}`, password: 'long enough password' });
    expect(signup.status).toBe(201);
    const mine = await postJsonFrom('127.0.1.2', `${s.url}/api/submissions`, run(aPlusB), { cookie: signup.cookie() as string });
    expect(mine.status).toBe(202);
  });

  it('refuses a nesting bomb before parsing it, over HTTP and WebSocket, while others are served', async () => {
    const bomb = '['.repeat(1_000_000) + ']'.repeat(1_000_000);
    const bystander = (async () => {
      const answers = [];
      for (let i = 0; i < 5; i++) answers.push((await httpFrom('127.0.1.4', `${s.url}/api/problems`)).status);
      return answers;
    })();
    const bombs = await Promise.all(Array.from({ length: 20 }, () => postJsonFrom('127.0.1.3', `${s.url}/api/submissions`, bomb)));
    for (const b of bombs) {
      expect(b.status).toBe(400);
      expect(b.json()).toMatchObject({ error: { code: 'invalid_json', message: expect.stringMatching(/deeper/) as unknown } });
    }
    expect(await bystander).toEqual([200, 200, 200, 200, 200]);
    const tooLarge = await postJsonFrom('127.0.1.3', `${s.url}/api/submissions`, JSON.stringify({ code: 'x'.repeat(3 * 1024 * 1024) }));
    expect(tooLarge.status).toBe(413);

    const ws = await TestSocket.open(s.url, {}, { localAddress: '127.0.1.3' });
    ws.send('['.repeat(100_000) + ']'.repeat(100_000));
    expect((await ws.next('error')).code).toBe('invalid_json');
    ws.send({ type: 'ping' });
    await ws.next('pong');
    ws.close();
  });

  it('lets guessing from one address lock out only that address', async () => {
    const username = `victim_${Date.now().toString(36)}`;
    const password = 'the right password';
    expect((await postJsonFrom('127.0.1.5', `${s.url}/api/auth/signup`, { username, password })).status).toBe(201);
    const guesses = [];
    for (let i = 0; i < 12; i++) guesses.push((await postJsonFrom('127.0.1.6', `${s.url}/api/auth/signin`, { username, password: `a wrong guess ${i}` })).status);
    expect(guesses).toEqual([...Array<number>(10).fill(401), 429, 429]);
    expect((await postJsonFrom('127.0.1.6', `${s.url}/api/auth/signin`, { username, password })).status).toBe(429);
    // The owner, elsewhere, signs in.
    const owner = await postJsonFrom('127.0.1.7', `${s.url}/api/auth/signin`, { username, password });
    expect(owner.status).toBe(200);
    // One address spraying many accounts is limited too.
    const sprayed = [];
    for (let i = 0; i < 32; i++) sprayed.push((await postJsonFrom('127.0.1.8', `${s.url}/api/auth/signin`, { username: `nobody${i}`, password: 'whatever it is' })).status);
    expect(sprayed).toEqual([...Array<number>(30).fill(401), 429, 429]);
  });

  it('marks cookies Secure when a trusted proxy says the page came over HTTPS', async () => {
    const plain = await httpFrom('127.0.1.9', s.url, { headers: { accept: 'text/html' } });
    expect(plain.headers['set-cookie']?.[0]).not.toMatch(/Secure/);
    const viaTls = await httpFrom('127.0.1.9', s.url, { headers: { accept: 'text/html', 'x-forwarded-proto': 'https' } });
    expect(viaTls.headers['set-cookie']?.[0]).toMatch(/; Secure/);
  });

  it('makes one submission per request id, over HTTP (Idempotency-Key or requestId) and WebSocket', async () => {
    const from = '127.0.2.1';
    const cookie = (await httpFrom(from, s.url, { headers: { accept: 'text/html' } })).cookie() as string;
    const byHeader = await Promise.all(Array.from({ length: 20 }, () => postJsonFrom(from, `${s.url}/api/submissions`, run(aPlusB), { cookie, 'idempotency-key': 'k1' })));
    expect(byHeader.every((a) => a.status === 202)).toBe(true);
    const ids = new Set(byHeader.map((a) => a.json<{ id: string }>().id));
    expect(ids.size).toBe(1);
    const byBody = await Promise.all(Array.from({ length: 10 }, () => postJsonFrom(from, `${s.url}/api/submissions`, run(aPlusB, { requestId: 'k2' }), { cookie })));
    expect(new Set(byBody.map((a) => a.json<{ id: string }>().id)).size).toBe(1);
    expect(await scalar(s.sql, "select count(*) as n from submissions where request_id in ('k1', 'k2')")).toBe(2);

    // The same id resent over a WebSocket of the same session (a reconnect): the same submission, watched to its end.
    const ws = await TestSocket.open(s.url, { cookie }, { localAddress: from });
    for (let i = 0; i < 10; i++) ws.send({ type: 'submit', requestId: 'k1', ...run(aPlusB) });
    await waitFor(async () => ws.messages.filter((m) => m.type === 'submitted' && m.requestId === 'k1').length === 10, 30_000);
    expect(ws.messages.every((m) => m.type !== 'submitted' || m.requestId !== 'k1' || m.id === [...ids][0])).toBe(true);
    expect((await ws.next('result', (m) => m.id === [...ids][0])).verdict).toBe('AC');
    for (let i = 0; i < 10; i++) ws.send({ type: 'submit', requestId: 'w1', ...run(aPlusB) });
    await waitFor(async () => ws.messages.filter((m) => m.type === 'submitted' && m.requestId === 'w1').length === 10, 30_000);
    expect(new Set(ws.messages.flatMap((m) => (m.type === 'submitted' && m.requestId === 'w1' ? [m.id] : []))).size).toBe(1);
    ws.close();
  });

  describe('in-flight limits and fair queueing', () => {
    const slowIds: string[] = [];

    it('gives a cookie-less WebSocket one guest and holds its limit under 30 submits at once', async () => {
      const ws = await TestSocket.open(s.url, {}, { localAddress: '127.0.3.1' });
      const answers = await burst(ws, 30, 'a');
      const accepted = answers.flatMap((a) => (a.type === 'submitted' ? [a.id] : []));
      await expectWithinLimit(s.sql, accepted, 10);
      expect(answers.filter((a) => a.type === 'error' && a.code === 'too_many_requests')).toHaveLength(30 - accepted.length);
      expect(await scalar(s.sql, 'select count(distinct user_id) as n from submissions where id = any($1)', [accepted])).toBe(1);
      slowIds.push(...accepted);
      ws.close();
    });

    it('bounds all guests of one address together', async () => {
      const sockets = await Promise.all([1, 2, 3].map(() => TestSocket.open(s.url, {}, { localAddress: '127.0.3.2' })));
      const answers = (await Promise.all(sockets.map((ws, i) => burst(ws, 6, `b${i}`)))).flat();
      const accepted = answers.flatMap((a) => (a.type === 'submitted' ? [a.id] : []));
      await expectWithinLimit(s.sql, accepted, 10);
      const refusals = answers.flatMap((a) => (a.type === 'error' ? [a.message] : []));
      expect(refusals).toHaveLength(18 - accepted.length);
      expect(refusals.some((m) => /network/.test(m))).toBe(true);
      slowIds.push(...accepted);
      for (const ws of sockets) ws.close();
    });

    it('holds the per-user limit under 60 simultaneous POSTs with one cookie, then judges a bystander ahead of that backlog', async () => {
      const from = '127.0.3.3';
      const cookie = (await httpFrom(from, s.url, { headers: { accept: 'text/html' } })).cookie() as string;
      const answers = await Promise.all(Array.from({ length: 60 }, () => postJsonFrom(from, `${s.url}/api/submissions`, run(slowAPlusB), { cookie })));
      const accepted = answers.filter((a) => a.status === 202).map((a) => a.json<{ id: string }>().id);
      await expectWithinLimit(s.sql, accepted, 10);
      expect(answers.filter((a) => a.status === 429)).toHaveLength(60 - accepted.length);
      expect(answers.every((a) => a.cookie() === undefined)).toBe(true);
      expect(await scalar(s.sql, 'select count(distinct user_id) as n from submissions where id = any($1)', [accepted])).toBe(1);
      slowIds.push(...accepted);

      const bystander = await postJsonFrom('127.0.3.4', `${s.url}/api/submissions`, run(aPlusB));
      expect(bystander.status).toBe(202);
      expect(await verdictOf(s.url, bystander.json<{ id: string }>().id)).toBe('AC');
      // Judged first-come-first-served it would have waited for all 30; fairly, it overtook most.
      const stillWaiting = await scalar(s.sql, "select count(*) as n from submissions where id = any($1) and status <> 'finished'", [slowIds]);
      expect(stillWaiting).toBeGreaterThanOrEqual(15);
    });
  });

  it('caps WebSockets per address and in total, refusing cleanly while HTTP keeps answering', async () => {
    const first = await connectMany(s.url, '127.0.4.1', 1600);
    expect(first.open).toHaveLength(1500);
    expect(first.refused).toHaveLength(100);
    expect(new Set(first.refused)).toEqual(new Set([429]));
    const second = await connectMany(s.url, '127.0.4.2', 600);
    expect(second.open).toHaveLength(500);
    expect(new Set(second.refused)).toEqual(new Set([503]));

    const health = await httpFrom('127.0.4.9', `${s.url}/api/health`);
    expect(health.status).toBe(200);
    const posted = await postJsonFrom('127.0.4.9', `${s.url}/api/submissions`, run(aPlusB));
    expect(posted.status).toBe(202);
    expect(await verdictOf(s.url, posted.json<{ id: string }>().id)).toBe('AC');

    for (const ws of first.open.slice(0, 10)) ws.close();
    await waitFor(async () => {
      const again = await connect(s.url, '127.0.4.1');
      if ('ws' in again) again.ws.close();
      return 'ws' in again;
    }, 30_000);
    for (const ws of [...first.open, ...second.open]) ws.terminate();
  });
});

describe('a worker restart', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ workers: 1, separateRoles: true });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('queues submissions for a language a worker served recently, and says health is degraded meanwhile', async () => {
    const worker = stack.processes.find((p) => /QuickCode worker is ready/.test(p.output()));
    await worker?.stop();
    await waitFor(async () => ((await (await fetch(`${stack.url}/api/health`)).json()) as { workers: number }).workers === 0, 30_000);
    const health = await fetch(`${stack.url}/api/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'degraded', workers: 0, degraded: ['workers'] });

    const posted = await postJsonFrom('127.0.0.1', `${stack.url}/api/submissions`, run(aPlusB));
    expect(posted.status).toBe(202);
    const id = posted.json<{ id: string }>().id;
    const replacement = await startRole('worker', { ...stack.env, QUICKCODE_WORKERS: '0' });
    stack.processes.push(replacement);
    expect(await verdictOf(stack.url, id)).toBe('AC');
    expect(((await (await fetch(`${stack.url}/api/health`)).json()) as { status: string }).status).toBe('ok');
  });
});
