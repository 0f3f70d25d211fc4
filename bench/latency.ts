import { spawn } from 'node:child_process';
import { TestSocket } from '../tests/support/ws-client.js';
import type { Stack } from '../tests/support/stack.js';
import { median, ms, percentile } from './stats.js';

const aPlusB = 'a, b = map(int, input().split())\nprint(a + b)\n';

/** Wall time of one bare `python3` a+b process fed `input` (no sandbox, no platform). */
export function bareRun(input: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('/usr/bin/python3', ['-c', aPlusB], { stdio: ['pipe', 'ignore', 'ignore'], env: {} as NodeJS.ProcessEnv });
    child.on('error', reject);
    child.on('exit', () => resolve(performance.now() - started));
    child.stdin.end(input);
  });
}

/** Submit a-plus-b over /ws and time submit -> result. */
export async function submitOnce(ws: TestSocket, requestId: string, code = aPlusB): Promise<{ ms: number; verdict: string; total: number }> {
  const started = performance.now();
  ws.send({ type: 'submit', requestId, problem: 'a-plus-b', language: 'python', code, mode: 'submit' });
  const { id } = await ws.next('submitted', (m) => m.requestId === requestId);
  const result = await ws.next('result', (m) => m.id === id, 120_000);
  return { ms: performance.now() - started, verdict: result.verdict, total: result.total };
}

/**
 * Unloaded submit-to-result latency, interleaved with bare runs of the same program on the
 * same tests, so both are measured under the same conditions.
 */
export async function measureLatency(stack: Stack, rounds: number, testInputs: string[]) {
  const ws = await TestSocket.open(stack.url);
  for (let i = 0; i < 3; i++) await submitOnce(ws, `warm-${i}`);
  const latencies: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const r = await submitOnce(ws, `lat-${i}`);
    if (r.verdict !== 'AC') throw new Error(`expected AC, got ${r.verdict}`);
    latencies.push(r.ms);
    let total = 0;
    for (const input of testInputs) total += await bareRun(input);
    bare.push(total);
  }
  ws.close();
  const overhead = latencies.map((l, i) => l - (bare[i] ?? 0));
  const report = {
    tests: testInputs.length,
    latency: { p50: median(latencies), p90: percentile(latencies, 90), p99: percentile(latencies, 99) },
    bareSequential: { p50: median(bare) },
    overhead: { p50: median(overhead), p90: percentile(overhead, 90), p99: percentile(overhead, 99) },
    perTestOverhead: median(overhead) / testInputs.length,
  };
  console.log(`\n## Submit-to-result latency, a-plus-b in Python (${testInputs.length} tests), ${rounds} rounds`);
  console.log(`submit -> result:   p50 ${ms(report.latency.p50)}  p90 ${ms(report.latency.p90)}  p99 ${ms(report.latency.p99)}`);
  console.log(`bare python3 x${testInputs.length} (sequential, same inputs): p50 ${ms(report.bareSequential.p50)}`);
  console.log(`platform overhead:  p50 ${ms(report.overhead.p50)}  p90 ${ms(report.overhead.p90)}  p99 ${ms(report.overhead.p99)}  (${ms(report.perTestOverhead)} per test)`);
  console.log(`ratio latency / bare: ${(report.latency.p50 / report.bareSequential.p50).toFixed(2)}x`);
  return report;
}
