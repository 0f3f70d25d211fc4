import { loadProblems } from '@quickcode/problems';
import { loadConfig } from '@quickcode/config';
import { startStack } from '../tests/support/stack.js';
import { measureCapacity } from './capacity.js';
import { measureCompiled } from './compiled.js';
import { measureLatency } from './latency.js';
import { bareThroughput, platformBurst } from './throughput.js';
import { comparePolling } from './polling.js';
import { measureWsCapacity } from './ws-capacity.js';

/**
 * `npm run bench [latency|throughput|compiled|capacity|ws|polling|sandbox|engine|page]...`: every figure printed next to a
 * baseline measured in the same run. Sizes can be lowered with BENCH_* variables.
 */
async function main() {
  const wanted = new Set(process.argv.slice(2));
  const all = wanted.size === 0;
  if (all || wanted.has('sandbox')) {
    const { main: sandboxBench } = await import('./sandbox-overhead.js');
    await sandboxBench();
  }
  if (all || wanted.has('engine')) {
    const { main: engineBench } = await import('./engine.js');
    await engineBench();
  }
  if (all || wanted.has('page')) {
    const { measurePageWeight } = await import('./page-weight.js');
    await measurePageWeight(Number(process.env.BENCH_PAGE_RUNS ?? 5));
  }
  if (!all && ![...wanted].some((w) => ['latency', 'throughput', 'compiled', 'capacity', 'polling', 'ws'].includes(w))) return;
  const problem = loadProblems(loadConfig().problemsDir).find((p) => p.slug === 'a-plus-b');
  if (!problem) throw new Error('problems/a-plus-b is missing');
  const stack = await startStack({
    workers: Number(process.env.BENCH_WORKERS ?? 1),
    // Every benchmark client is on 127.0.0.1: the per-address limits are raised with the per-user one.
    env: {
      LOG_LEVEL: 'error',
      QUICKCODE_MAX_QUEUE_DEPTH: '100000',
      QUICKCODE_MAX_IN_FLIGHT_PER_USER: '100000',
      QUICKCODE_MAX_IN_FLIGHT_PER_ADDRESS: '100000',
      QUICKCODE_GUESTS_PER_ADDRESS_PER_HOUR: '100000',
      QUICKCODE_MAX_CONNECTIONS: '100000',
      QUICKCODE_MAX_CONNECTIONS_PER_ADDRESS: '100000',
    },
  });
  try {
    if (all || wanted.has('latency'))
      await measureLatency(
        stack,
        Number(process.env.BENCH_ROUNDS ?? 20),
        problem.tests.map((t) => t.input),
      );
    if (all || wanted.has('throughput')) {
      const samples = problem.tests.filter((t) => t.isSample).length;
      const bare = await bareThroughput(10);
      const burst = await platformBurst(stack, Number(process.env.BENCH_BURST ?? 1000), samples);
      console.log(`\n## Throughput at saturation (${burst.submitted} run-mode submissions at once, ${samples} tests each)`);
      console.log(`bare python3 a+b: ${bare.toFixed(1)} processes/s on these cores`);
      console.log(`platform: ${burst.submissionsPerSecond.toFixed(1)} accepted submissions/s = ${burst.runsPerSecond.toFixed(1)} sandboxed runs/s`);
      console.log(
        `ratio platform / bare: ${(burst.runsPerSecond / bare).toFixed(2)}; finished ${burst.finished}/${burst.submitted}, lost ${burst.lost}, 429s retried ${burst.rejected429}, ${burst.seconds.toFixed(1)} s`,
      );
    }
    if (all || wanted.has('compiled')) await measureCompiled(stack, Number(process.env.BENCH_COMPILED_ROUNDS ?? 5));
    if (all || wanted.has('capacity')) await measureCapacity(stack, Number(process.env.BENCH_CAPACITY_COUNT ?? 8));
    if (all || wanted.has('polling')) await comparePolling(stack, Number(process.env.BENCH_POLL_ROUNDS ?? 10));
    if (all || wanted.has('ws')) await measureWsCapacity(stack, Number(process.env.BENCH_CONNECTIONS ?? 10_000));
  } finally {
    await stack.stop();
  }
}

main().then(
  () => process.exit(0),
  (err: Error) => {
    console.error(err);
    process.exit(1);
  },
);
