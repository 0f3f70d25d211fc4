import os from 'node:os';
import type { Stack } from '../tests/support/stack.js';
import { bareRun } from './latency.js';

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

async function post(url: string, body: unknown): Promise<Response> {
  return fetch(`${url}/api/submissions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

/**
 * A burst of `count` run-mode submissions (the samples only), all posted at once; 429s are
 * retried after Retry-After. Returns accepted submissions per second and process runs per second.
 */
export async function platformBurst(stack: Stack, count: number, testsPerSubmission: number) {
  const started = performance.now();
  let rejected = 0;
  const ids: string[] = [];
  await Promise.all(
    Array.from({ length: count }, async (_, i) => {
      for (;;) {
        const res = await post(stack.url, { problem: 'a-plus-b', language: 'python', code: `${aPlusB}# ${i}\n`, mode: 'run' });
        if (res.status === 202) {
          ids.push(((await res.json()) as { id: string }).id);
          return;
        }
        if (res.status !== 429) throw new Error(`submission ${i}: HTTP ${res.status} ${await res.text()}`);
        rejected++;
        await new Promise((r) => setTimeout(r, 1000 * Number(res.headers.get('retry-after') ?? 1)));
      }
    }),
  );
  const verdicts = new Map<string, string>();
  while (verdicts.size < ids.length) {
    for (const id of ids) {
      if (verdicts.has(id)) continue;
      const state = (await (await fetch(`${stack.url}/api/submissions/${id}`)).json()) as { verdict?: string };
      if (state.verdict) verdicts.set(id, state.verdict);
    }
    if (verdicts.size < ids.length) await new Promise((r) => setTimeout(r, 250));
    if (performance.now() - started > 30 * 60_000) break;
  }
  const seconds = (performance.now() - started) / 1000;
  const accepted = [...verdicts.values()].filter((v) => v === 'AC').length;
  return {
    submitted: ids.length,
    finished: verdicts.size,
    accepted,
    lost: ids.length - verdicts.size,
    rejected429: rejected,
    seconds,
    submissionsPerSecond: accepted / seconds,
    runsPerSecond: (accepted * testsPerSubmission) / seconds,
  };
}
