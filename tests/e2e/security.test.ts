import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../support/stack.js';
import { TestSocket } from '../support/ws-client.js';

const code = 'a, b = map(int, input().split())\nprint(a + b)\n';
const body = (extra: Record<string, unknown> = {}) => JSON.stringify({ problem: 'a-plus-b', language: 'python', code, mode: 'submit', ...extra });

function cookieOf(res: Response): string {
  const set = res.headers.get('set-cookie') ?? '';
  return set.split(';')[0] ?? '';
}

/** Whether a WebSocket upgrade with these headers is accepted. */
function upgrade(url: string, headers: Record<string, string>): Promise<'open' | number> {
  return new Promise((resolve) => {
    const ws = new WebSocket(`${url.replace(/^http/, 'ws')}/ws`, { headers });
    ws.once('open', () => {
      ws.close();
      resolve('open');
    });
    ws.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    ws.once('error', () => resolve(0));
  });
}

async function waitFinished(url: string, id: string, cookie = ''): Promise<Record<string, unknown>> {
  for (let i = 0; i < 300; i++) {
    const view = (await (await fetch(`${url}/api/submissions/${id}`, { headers: { cookie } })).json()) as Record<string, unknown>;
    if (view.status === 'finished') return view;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`submission ${id} did not finish`);
}

describe('identity and request safety in guest mode', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ workers: 1 });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('gives a cookie-less script a guest identity and shows the code only to its owner', async () => {
    const res = await fetch(`${stack.url}/api/submissions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: body() });
    expect(res.status).toBe(202);
    const cookie = cookieOf(res);
    expect(cookie).toMatch(/^qc_session=/);
    expect(res.headers.get('set-cookie')).toMatch(/HttpOnly/i);
    const { id } = (await res.json()) as { id: string };
    const mine = await waitFinished(stack.url, id, cookie);
    expect(mine).toMatchObject({ id, status: 'finished', problem: 'a-plus-b', language: 'python', mode: 'submit', verdict: 'AC', code });
    const theirs = await waitFinished(stack.url, id);
    expect(theirs.verdict).toBe('AC');
    expect(theirs).not.toHaveProperty('code');
  });

  it('does not create a guest for an invalid submission', async () => {
    const res = await fetch(`${stack.url}/api/submissions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: body({ problem: 'no-such-problem' }) });
    expect(res.status).toBe(404);
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(await res.json()).toMatchObject({ error: { code: 'unknown_problem' } });
  });

  it('refuses cross-site writes but not same-origin ones', async () => {
    const page = await fetch(stack.url, { headers: { accept: 'text/html' } });
    const cookie = cookieOf(page);
    expect(cookie).toMatch(/^qc_session=/);
    const origin = new URL(stack.url).origin;
    const foreign = await fetch(`${stack.url}/api/submissions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://evil.example', cookie },
      body: body(),
    });
    expect(foreign.status).toBe(403);
    expect(await foreign.json()).toMatchObject({ error: { code: 'forbidden' } });
    const formLike = await fetch(`${stack.url}/api/submissions`, { method: 'POST', headers: { 'content-type': 'text/plain', cookie }, body: body() });
    expect(formLike.status).toBe(403);
    const same = await fetch(`${stack.url}/api/submissions`, { method: 'POST', headers: { 'content-type': 'application/json', origin, cookie }, body: body() });
    expect(same.status).toBe(202);
  });

  it('checks the Origin of WebSocket upgrades', async () => {
    expect(await upgrade(stack.url, {})).toBe('open');
    expect(await upgrade(stack.url, { origin: new URL(stack.url).origin })).toBe('open');
    expect(await upgrade(stack.url, { origin: 'https://evil.example' })).toBe(403);
  });

  it('signs up a guest keeping its submissions, signs out and in, and limits sign-in attempts', async () => {
    const page = await fetch(stack.url, { headers: { accept: 'text/html' } });
    const guest = cookieOf(page);
    const json = { 'content-type': 'application/json' };
    const sub = await fetch(`${stack.url}/api/submissions`, { method: 'POST', headers: { ...json, cookie: guest }, body: body() });
    const { id } = (await sub.json()) as { id: string };
    await waitFinished(stack.url, id, guest);

    const username = `sec_${Date.now().toString(36)}`;
    const signup = await fetch(`${stack.url}/api/auth/signup`, { method: 'POST', headers: { ...json, cookie: guest }, body: JSON.stringify({ username, password: 'long enough password' }) });
    expect(signup.status).toBe(201);
    const account = cookieOf(signup);
    expect(account).not.toBe(guest);
    expect((await waitFinished(stack.url, id, account)).code).toBe(code);
    // The guest session ended when it became an account.
    expect(await waitFinished(stack.url, id, guest)).not.toHaveProperty('code');

    const taken = await fetch(`${stack.url}/api/auth/signup`, { method: 'POST', headers: json, body: JSON.stringify({ username, password: 'another password' }) });
    expect(taken.status).toBe(400);

    const out = await fetch(`${stack.url}/api/auth/signout`, { method: 'POST', headers: { ...json, cookie: account }, body: '{}' });
    expect(out.status).toBe(200);
    expect(await waitFinished(stack.url, id, account)).not.toHaveProperty('code');

    const wrong = await fetch(`${stack.url}/api/auth/signin`, { method: 'POST', headers: json, body: JSON.stringify({ username, password: 'wrong password!' }) });
    expect(wrong.status).toBe(401);
    const right = await fetch(`${stack.url}/api/auth/signin`, { method: 'POST', headers: json, body: JSON.stringify({ username, password: 'long enough password' }) });
    expect(right.status).toBe(200);
    expect((await waitFinished(stack.url, id, cookieOf(right))).code).toBe(code);

    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      const r = await fetch(`${stack.url}/api/auth/signin`, { method: 'POST', headers: json, body: JSON.stringify({ username, password: 'guessing' + i }) });
      statuses.push(r.status);
    }
    expect(statuses).toContain(429);
    const limited = await fetch(`${stack.url}/api/auth/signin`, { method: 'POST', headers: json, body: JSON.stringify({ username, password: 'long enough password' }) });
    expect(limited.status).toBe(429);
    expect(await limited.json()).toMatchObject({ error: { code: 'too_many_requests' } });
  });

  it('lets a cookie-less WebSocket submit as a guest and watch only its own submissions', async () => {
    const a = await TestSocket.open(stack.url);
    const b = await TestSocket.open(stack.url);
    a.send({ type: 'submit', requestId: 'x', problem: 'a-plus-b', language: 'python', mode: 'run', code, tests: ['1 2'] });
    const { id } = await a.next('submitted', (m) => m.requestId === 'x');
    const result = await a.next('result', (m) => m.id === id);
    expect(result.verdict).toBe('AC');
    expect(result.outputs?.map((o) => o.trim())).toEqual(['3']);
    expect(b.messages.filter((m) => 'id' in m && m.id === id)).toEqual([]);
    a.close();
    b.close();
  });
});

describe('QUICKCODE_AUTH=required', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ workers: 1, env: { QUICKCODE_AUTH: 'required' } });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('refuses submissions without an account, over HTTP and WebSocket', async () => {
    const res = await fetch(`${stack.url}/api/submissions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: body() });
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ error: { code: 'unauthorized' } });
    const page = await fetch(stack.url, { headers: { accept: 'text/html' } });
    expect(page.headers.get('set-cookie')).toBeNull();
    const ws = await TestSocket.open(stack.url);
    ws.send({ type: 'submit', requestId: 'r', problem: 'a-plus-b', language: 'python', mode: 'run', code });
    expect((await ws.next('error', (m) => m.requestId === 'r')).code).toBe('unauthorized');
    ws.close();
  });

  it('accepts them once signed up, with the session cookie on the WebSocket too', async () => {
    const signup = await fetch(`${stack.url}/api/auth/signup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: `req_${Date.now().toString(36)}`, password: 'long enough password' }),
    });
    expect(signup.status).toBe(201);
    const cookie = cookieOf(signup);
    const res = await fetch(`${stack.url}/api/submissions`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: body() });
    expect(res.status).toBe(202);
    const ws = await TestSocket.open(stack.url, { cookie });
    ws.send({ type: 'submit', requestId: 'r', problem: 'a-plus-b', language: 'python', mode: 'run', code });
    const { id } = await ws.next('submitted', (m) => m.requestId === 'r');
    expect((await ws.next('result', (m) => m.id === id)).verdict).toBe('AC');
    ws.close();
  });
});
