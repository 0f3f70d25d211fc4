import type { Stack } from '../tests/support/stack.js';
import { TestSocket } from '../tests/support/ws-client.js';
import { median } from './stats.js';

const aPlusB = 'a, b = map(int, input().split())\nprint(a + b)\n';

/**
 * The same submissions watched two ways: pushed over the WebSocket, and by polling
 * GET /api/submissions/{id} once a second as LeetCode's client does.
 */
export async function comparePolling(stack: Stack, rounds: number) {
  const pushed: number[] = [];
  const polled: number[] = [];
  let requests = 0;
  const ws = await TestSocket.open(stack.url);
  for (let i = 0; i < rounds; i++) {
    let started = performance.now();
    ws.send({ type: 'submit', requestId: `push-${i}`, problem: 'a-plus-b', language: 'python', code: aPlusB, mode: 'submit' });
    const { id } = await ws.next('submitted', (m) => m.requestId === `push-${i}`);
    await ws.next('result', (m) => m.id === id, 120_000);
    pushed.push(performance.now() - started);

    started = performance.now();
    const res = await fetch(`${stack.url}/api/submissions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ problem: 'a-plus-b', language: 'python', code: aPlusB, mode: 'submit' }),
    });
    const pollId = ((await res.json()) as { id: string }).id;
    for (;;) {
      await new Promise((r) => setTimeout(r, 1000));
      requests++;
      const state = (await (await fetch(`${stack.url}/api/submissions/${pollId}`)).json()) as { verdict?: string };
      if (state.verdict) break;
    }
    polled.push(performance.now() - started);
  }
  ws.close();
  const report = {
    pushedP50: median(pushed),
    polledP50: median(polled),
    addedLatencyP50: median(polled) - median(pushed),
    requestsPerVerdict: (requests + rounds) / rounds,
  };
  console.log(`\n## Push vs polling once a second (${rounds} submissions each)`);
  console.log(`WebSocket push: p50 ${report.pushedP50.toFixed(0)} ms, 1 request (the submit) per verdict`);
  console.log(`polling 1/s:    p50 ${report.polledP50.toFixed(0)} ms, ${report.requestsPerVerdict.toFixed(1)} requests per verdict`);
  console.log(`added by polling: ${report.addedLatencyP50.toFixed(0)} ms at the median`);
  return report;
}
