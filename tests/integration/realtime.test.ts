import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, waitFor, type Stack } from '../support/stack.js';
import { TestSocket } from '../support/ws-client.js';

const aPlusBPython = 'a, b = map(int, input().split())\nprint(a + b)\n';
const aPlusBCpp = '#include <iostream>\nint main(){ long long a,b; std::cin>>a>>b; std::cout<<a+b<<"\\n"; }\n';
const wrongTwoSum = 'class Solution:\n    def twoSum(self, nums: List[int], target: int) -> List[int]:\n        return [0, 0]\n';

async function postJson(url: string, body: unknown) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe('the real-time path on PostgreSQL', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ workers: 1 });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('reports healthy parts and a live worker', async () => {
    const res = await fetch(`${stack.url}/api/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', redis: 'ok', db: 'ok', workers: 1 });
  });

  it('judges a correct a-plus-b in Python over /ws: submitted, status, then AC', async () => {
    const ws = await TestSocket.open(stack.url);
    ws.send({ type: 'submit', requestId: 'r1', problem: 'a-plus-b', language: 'python', code: aPlusBPython, mode: 'submit' });
    const submitted = await ws.next('submitted');
    expect(submitted.requestId).toBe('r1');
    const result = await ws.next('result', (m) => m.id === submitted.id);
    expect(result.verdict).toBe('AC');
    expect(result.passed).toBe(result.total);
    expect(result.total).toBeGreaterThan(1);
    const statuses = ws.messages.filter((m) => m.type === 'status').map((m) => (m as { status: string }).status);
    expect(statuses).toContain('queued');
    expect(statuses).toContain('running');
    const tests = ws.messages.filter((m) => m.type === 'test');
    expect(tests).toHaveLength(result.total);
    // Events arrive in order: every test before the result.
    expect(ws.messages.findIndex((m) => m.type === 'result')).toBeGreaterThan(ws.messages.findLastIndex((m) => m.type === 'test'));
    ws.close();
  });

  it('judges a correct a-plus-b in C++', async () => {
    const ws = await TestSocket.open(stack.url);
    ws.send({ type: 'submit', problem: 'a-plus-b', language: 'cpp', code: aPlusBCpp, mode: 'submit' });
    const { id } = await ws.next('submitted');
    const statuses: string[] = [];
    const result = await ws.next('result', (m) => m.id === id, 120_000);
    for (const m of ws.messages) if (m.type === 'status') statuses.push(m.status);
    expect(statuses).toContain('compiling');
    expect(result.verdict).toBe('AC');
    ws.close();
  });

  it('gives WA with the failing test for a wrong two-sum', async () => {
    const ws = await TestSocket.open(stack.url);
    ws.send({ type: 'submit', problem: 'two-sum', language: 'python', code: wrongTwoSum, mode: 'submit' });
    const { id } = await ws.next('submitted');
    const result = await ws.next('result', (m) => m.id === id);
    expect(result.verdict).toBe('WA');
    expect(result.failedTest).toBeDefined();
    expect(result.failedTest?.actual).toBe('[0,0]');
    expect(result.failedTest?.input).toContain('\n');
    expect(result.passed).toBeLessThan(result.total);
    ws.close();
  });

  it('accepts POST /api/submissions and serves the finished state on GET', async () => {
    const posted = await postJson(`${stack.url}/api/submissions`, { problem: 'a-plus-b', language: 'python', code: aPlusBPython, mode: 'submit' });
    expect(posted.status).toBe(202);
    const id = posted.body.id as string;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    let state: Record<string, unknown> = {};
    await waitFor(async () => {
      state = (await (await fetch(`${stack.url}/api/submissions/${id}`)).json()) as Record<string, unknown>;
      return state.verdict !== undefined;
    }, 60_000);
    expect(state).toMatchObject({ id, verdict: 'AC', status: 'finished' });
  });

  it('answers subscribe to a finished submission with its result at once', async () => {
    const posted = await postJson(`${stack.url}/api/submissions`, { problem: 'a-plus-b', language: 'python', code: 'print(0)', mode: 'submit' });
    const id = posted.body.id as string;
    await waitFor(async () => ((await (await fetch(`${stack.url}/api/submissions/${id}`)).json()) as { verdict?: string }).verdict !== undefined, 60_000);
    const ws = await TestSocket.open(stack.url);
    ws.send({ type: 'subscribe', id });
    const result = await ws.next('result', undefined, 10_000);
    expect(result).toMatchObject({ id, verdict: 'WA' });
    ws.close();
  });

  it('runs custom tests in run mode and returns outputs', async () => {
    const ws = await TestSocket.open(stack.url);
    ws.send({ type: 'submit', problem: 'a-plus-b', language: 'python', code: aPlusBPython, mode: 'run', tests: ['40 2\n', '-5 5\n'] });
    const { id } = await ws.next('submitted');
    const result = await ws.next('result', (m) => m.id === id);
    expect(result.verdict).toBe('AC');
    expect(result.outputs?.map((o) => o.trim())).toEqual(['42', '0']);
    ws.close();
  });

  it('answers malformed messages with an error and keeps the connection open', async () => {
    const ws = await TestSocket.open(stack.url);
    ws.send('{not json');
    expect((await ws.next('error')).code).toBe('invalid_json');
    ws.send({ type: 'launch-missiles' });
    expect(await ws.next('error', (m) => m.code !== 'invalid_json')).toMatchObject({ type: 'error' });
    ws.send({ type: 'submit', requestId: 'x', problem: 'no-such-problem', language: 'python', code: 'print(1)', mode: 'submit' });
    expect(await ws.next('error', (m) => m.requestId === 'x')).toMatchObject({ code: 'unknown_problem' });
    ws.send({ type: 'ping' });
    await ws.next('pong');
    ws.close();
  });

  it('exports Prometheus metrics on the web port', async () => {
    const res = await fetch(`${stack.url}/metrics`);
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toMatch(/^quickcode_queue_depth\{queue="all",role="web"\} \d+$/m);
    expect(text).toMatch(/^quickcode_websocket_connections\{role="web"\} \d+$/m);
  });

  it('refuses bad HTTP submissions with a clear error code', async () => {
    const base = { problem: 'a-plus-b', language: 'python', code: 'print(1)', mode: 'submit' };
    const cases: [unknown, number, string][] = [
      [{ ...base, code: 'x'.repeat(64 * 1024 + 1) }, 400, 'code_too_large'],
      [{ ...base, problem: 'no-such-problem' }, 404, 'unknown_problem'],
      [{ ...base, language: 'cobol' }, 400, 'unknown_language'],
      [{ problem: 'a-plus-b', language: 'python', mode: 'submit' }, 400, 'bad_request'],
      ['{oops', 400, 'invalid_json'],
    ];
    for (const [body, status, code] of cases) {
      const res = await postJson(`${stack.url}/api/submissions`, body);
      expect({ status: res.status, code: (res.body.error as { code: string })?.code }).toEqual({ status, code });
      expect((res.body.error as { message: string }).message.length).toBeGreaterThan(5);
    }
    const missing = await fetch(`${stack.url}/api/submissions/00000000-0000-4000-8000-000000000000`);
    expect(missing.status).toBe(404);
  });
});

describe('the real-time path on embedded PGlite', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ workers: 1, database: 'pglite' });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('serves problems and judges a submission', async () => {
    const list = (await (await fetch(`${stack.url}/api/problems`)).json()) as { problems: { slug: string }[] };
    expect(list.problems.map((p) => p.slug)).toContain('two-sum');
    const ws = await TestSocket.open(stack.url);
    ws.send({ type: 'submit', problem: 'a-plus-b', language: 'python', code: aPlusBPython, mode: 'submit' });
    const { id } = await ws.next('submitted');
    expect((await ws.next('result', (m) => m.id === id)).verdict).toBe('AC');
    ws.close();
  });
});
