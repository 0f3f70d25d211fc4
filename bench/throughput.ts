import os from 'node:os';
import type { Stack } from '../tests/support/stack.js';
import { bareRun } from './latency.js';
import { TestSocket } from '../tests/support/ws-client.js';

const aPlusB = 'a, b = map(int, input().split())\nprint(a + b)\n';

/** How many bare python3 a+b processes per second these cores complete (one loop per core). */
export async function bareThroughput(seconds: number, input = '1 2\n'): Promise<number> {
  const deadline = performance.now() + seconds * 1000;
  let done = 0;
  await Promise.all(
    Array.from({ length: os.availableParallelism() }, async () => {
      while (performance.now() < deadline) {
        await bareRun(input);
        done++;
      }
    }),
  );
  return done / seconds;
}

/**
 * A burst of `count` run-mode submissions (the samples only), all sent at once over a few
 * WebSockets, each watched for its result on the same socket (no polling load on the web).
 * Refusals (429 as an `error` event) are retried after a second. Returns accepted
 * submissions per second and sandboxed runs per second.
 */
export async function platformBurst(stack: Stack, count: number, testsPerSubmission: number, sockets = 8) {
  const clients = await Promise.all(Array.from({ length: sockets }, () => TestSocket.open(stack.url)));
  const started = performance.now();
  let rejected = 0;
  const verdicts: string[] = [];
  await Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const ws = clients[i % sockets] as TestSocket;
      for (let attempt = 0; ; attempt++) {
        const requestId = `burst-${i}-${attempt}`;
        ws.send({ type: 'submit', requestId, problem: 'a-plus-b', language: 'python', code: `${aPlusB}# ${i}\n`, mode: 'run' });
        const answer = await Promise.race([ws.next('submitted', (m) => m.requestId === requestId, 600_000), ws.next('error', (m) => m.requestId === requestId, 600_000)]);
        if (answer.type === 'submitted') {
          const result = await ws.next('result', (m) => m.id === answer.id, 1_800_000);
          verdicts.push(result.verdict);
          return;
        }
        if (answer.code !== 'too_many_requests') throw new Error(`submission ${i}: ${answer.code} ${answer.message}`);
        rejected++;
        await new Promise((r) => setTimeout(r, 1000));
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  for (const ws of clients) ws.close();
  const accepted = verdicts.filter((v) => v === 'AC').length;
  return {
    submitted: count,
    finished: verdicts.length,
    accepted,
    lost: count - verdicts.length,
    rejected429: rejected,
    seconds,
    submissionsPerSecond: accepted / seconds,
    runsPerSecond: (accepted * testsPerSubmission) / seconds,
  };
}
