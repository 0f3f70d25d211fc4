import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { languages } from '@quickcode/languages';
import { loadProblem } from '@quickcode/problems';
import { repoRoot, type ExecuteJob, type LanguageId } from '@quickcode/protocol';
import { executeJob } from '../apps/worker/src/judge.js';
import { createSandbox } from '../apps/worker/src/sandbox/index.js';
import type { Sandbox } from '../apps/worker/src/sandbox/types.js';
import { bareCompileAndRun } from './compiled.js';
import { bareRun } from './latency.js';
import { bareThroughput } from './throughput.js';
import { median, ms } from './stats.js';

/**
 * The execution engine alone (the worker's judge and sandbox, no queue, web or database):
 * a-plus-b's 15 tests judged in one warm box against the same 15 tests as bare python3
 * processes in sequence, interleaved; a burst of run-mode judgings against bare python3
 * processes per second; C++ and Java two-sum against a bare compile + run of the same files.
 * BENCH_ENGINE_ROUNDS (default 20), BENCH_ENGINE_BURST (default 200).
 */

const aPlusB = 'a, b = map(int, input().split())\nprint(a + b)\n';
const silent = { status() {}, test() {} };

function problemJob(slug: string, language: LanguageId, code: string, mode: 'submit' | 'run', onlySamples = false): ExecuteJob {
  const p = loadProblem(path.join(repoRoot(), 'problems', slug));
  const { kind, function: fn, design, checker, limits } = p.config;
  const tests = p.tests.filter((t) => !onlySamples || t.isSample).map((t, index) => ({ index, input: t.input, expected: t.expected }));
  return { submissionId: `bench-${slug}-${language}`, language, code, mode, problem: { slug: p.slug, kind, function: fn, design, checker, limits }, tests };
}

async function judged(sandbox: Sandbox, job: ExecuteJob): Promise<number> {
  const started = performance.now();
  const r = await executeJob(job, sandbox, silent);
  const bad = r.tests.find((t) => t.verdict !== 'AC');
  if (r.internalError || !r.compiled || bad) throw new Error(`${job.problem.slug} ${job.language}: ${r.internalError ?? r.compileOutput ?? JSON.stringify(bad)}`);
  return performance.now() - started;
}

export async function main(): Promise<void> {
  const rounds = Number(process.env.BENCH_ENGINE_ROUNDS ?? 20);
  const burst = Number(process.env.BENCH_ENGINE_BURST ?? 200);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'qc-bench-engine-'));
  fs.chmodSync(root, 0o755);
  const concurrency = os.availableParallelism();
  const sandbox = await createSandbox({ root, concurrency });
  try {
    const aPlusBJob = problemJob('a-plus-b', 'python', aPlusB, 'submit');
    const inputs = aPlusBJob.tests.map((t) => t.input);
    for (let i = 0; i < 3; i++) await judged(sandbox, aPlusBJob);
    const engine: number[] = [];
    const bare: number[] = [];
    for (let i = 0; i < rounds; i++) {
      engine.push(await judged(sandbox, aPlusBJob));
      let total = 0;
      for (const input of inputs) total += await bareRun(input);
      bare.push(total);
    }
    console.log(`\n## Engine: a-plus-b in Python (${inputs.length} tests), judged in a warm box vs bare, ${rounds} interleaved rounds`);
    console.log(`judge (box taken, ${inputs.length} tests, box destroyed): p50 ${ms(median(engine))}`);
    console.log(`bare python3 x${inputs.length} in sequence:               p50 ${ms(median(bare))}`);
    console.log(`ratio judge / bare: ${(median(engine) / median(bare)).toFixed(2)}x; per test: judge ${ms(median(engine) / inputs.length)}, bare ${ms(median(bare) / inputs.length)}`);

    const runJob = problemJob('a-plus-b', 'python', aPlusB, 'run', true);
    const bareRate = await bareThroughput(10);
    const started = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: concurrency * 2 }, async () => {
        while (next < burst) {
          next++;
          await judged(sandbox, runJob);
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const runsPerSecond = (burst * runJob.tests.length) / seconds;
    console.log(`\n## Engine: burst of ${burst} run-mode a-plus-b judgings (${runJob.tests.length} tests each), ${concurrency} at a time`);
    console.log(`bare python3 a+b: ${bareRate.toFixed(1)} processes/s; engine: ${runsPerSecond.toFixed(1)} tests/s; ratio ${(runsPerSecond / bareRate).toFixed(2)}`);

    console.log(`\n## Engine: two-sum, judged (compile + every test) vs bare compile + one process per test, ${Math.max(3, rounds / 4)} rounds`);
    for (const language of ['cpp', 'java'] as const) {
      const p = loadProblem(path.join(repoRoot(), 'problems', 'two-sum'));
      const code = fs.readFileSync(path.join(p.dir, 'solutions', `reference.${languages[language].extension}`), 'utf8');
      const job = problemJob('two-sum', language, code, 'submit');
      await judged(sandbox, job);
      const a: number[] = [];
      const b: number[] = [];
      for (let i = 0; i < Math.max(3, rounds / 4); i++) {
        a.push(await judged(sandbox, { ...job, code: `${code}\n// ${i}\n` }));
        b.push(
          await bareCompileAndRun(
            language,
            job.problem,
            code,
            job.tests.map((t) => t.input),
          ),
        );
      }
      console.log(
        `${language.padEnd(5)} judge p50 ${ms(median(a)).padStart(9)}   bare compile+run p50 ${ms(median(b)).padStart(9)}   ratio ${(median(a) / median(b)).toFixed(2)}x (${job.tests.length} tests)`,
      );
    }
  } finally {
    await sandbox.close?.();
    fs.rmSync(root, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().then(
    () => process.exit(0),
    (err: Error) => {
      console.error(err);
      process.exit(1);
    },
  );
}
