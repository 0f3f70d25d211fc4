import fs from 'node:fs';
import WebSocket from 'ws';
import type { Stack } from '../tests/support/stack.js';
import { TestSocket } from '../tests/support/ws-client.js';
import { median, percentile } from './stats.js';

const aPlusB = 'a, b = map(int, input().split())\nprint(a + b)\n';

function rssKb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
}

/**
 * Hold `count` WebSocket connections on one web process, all watching one submission,
 * and measure memory per connection and how long the result takes to reach all of them.
 */
export async function measureWsCapacity(stack: Stack, count: number) {
  const webPid = stack.processes.find((p) => p.url)?.child.pid;
  if (!webPid) throw new Error('no web process');
  const wsUrl = `${stack.url.replace(/^http/, 'ws')}/ws`;
  const rssBefore = rssKb(webPid);
  const sockets: WebSocket[] = [];
  const connectStarted = performance.now();
  const batch = 200;
  for (let i = 0; i < count; i += batch) {
    await Promise.all(
      Array.from(
        { length: Math.min(batch, count - i) },
        () =>
          new Promise<void>((resolve, reject) => {
            const s = new WebSocket(wsUrl, { perMessageDeflate: false });
            s.once('open', () => resolve());
            s.once('error', reject);
            sockets.push(s);
          }),
      ),
    );
  }
  const connectSeconds = (performance.now() - connectStarted) / 1000;
  await new Promise((r) => setTimeout(r, 1000));
  const rssHeld = rssKb(webPid);

  // One submitter; every held connection subscribes to its submission.
  const submitter = await TestSocket.open(stack.url);
  submitter.send({ type: 'submit', requestId: 'fan', problem: 'a-plus-b', language: 'python', code: aPlusB, mode: 'submit' });
  const { id } = await submitter.next('submitted');
  const arrivals: number[] = [];
  let published = 0;
  const all = Promise.all(
    sockets.map(
      (s) =>
        new Promise<void>((resolve) => {
          s.on('message', (data) => {
            const m = JSON.parse(data.toString()) as { type: string };
            if (m.type === 'result') {
              arrivals.push(performance.now());
              resolve();
            }
          });
          s.send(JSON.stringify({ type: 'subscribe', id }));
        }),
    ),
  );
  await submitter.next('result', (m) => m.id === id, 120_000);
  published = performance.now();
  await Promise.race([all, new Promise((r) => setTimeout(r, 60_000))]);
  const delays = arrivals.map((t) => Math.max(0, t - published));
  const report = {
    connections: sockets.filter((s) => s.readyState === WebSocket.OPEN).length,
    connectSeconds,
    rssPerConnectionKb: (rssHeld - rssBefore) / count,
    fanoutReceived: arrivals.length,
    fanoutP50: median(delays),
    fanoutP99: percentile(delays, 99),
    fanoutMax: Math.max(...delays),
  };
  for (const s of sockets) s.terminate();
  submitter.close();
  console.log(`\n## WebSocket capacity of one web process`);
  console.log(`${report.connections} connections held (opened in ${report.connectSeconds.toFixed(1)} s), ~${report.rssPerConnectionKb.toFixed(1)} KB RSS each`);
  console.log(
    `result fan-out to ${report.fanoutReceived} watchers after the submitter saw it: p50 ${report.fanoutP50.toFixed(0)} ms, p99 ${report.fanoutP99.toFixed(0)} ms, max ${report.fanoutMax.toFixed(0)} ms`,
  );
  return report;
}
