import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type {
  ExecuteJob,
  ExecuteResult,
  ExecuteTest,
  LanguageId,
  StatusEvent,
  TestEvent,
  TestResult,
  Verdict,
} from '@quickcode/protocol';
import type { Box, Sandbox, SandboxResult } from './sandbox/types.js';
import { compileProgram, runProgram, resolveLimits } from './languages/base/index.js';
import { languages } from './languages/index.js';
import type { LanguageDefinition } from './languages/types.js';
import { buildDriver, encodeTests, parseAnswerStream, splitStdout, type DriverAnswer } from './harness/index.js';
import { check } from './checkers/index.js';

export interface JudgeEvents {
  status(status: StatusEvent['status']): void;
  test(event: Omit<TestEvent, 'type' | 'id'>): void;
  /** Duration of a stage (compile, run), for metrics. */
  stage?(name: 'compile' | 'run', seconds: number): void;
}

/** Longest answer or stdout kept per test in results. */
const MAX_SHOWN = 4 * 1024;
const clip = (text: string) => (text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text);

/** What a finished run says about the code, when it did not simply exit 0. */
export function runVerdict(run: SandboxResult): Verdict | null {
  if (run.internalError) return 'IE';
  switch (run.limitExceeded) {
    case 'memory':
      return 'MLE';
    case 'cpu':
    case 'wall':
      return 'TLE';
    case 'output':
      return 'OLE';
    default:
      return run.exitCode === 0 && !run.signal ? null : 'RE';
  }
}

function runDetail(run: SandboxResult): string {
  if (run.internalError) return run.internalError;
  if (run.signal) return `killed by ${run.signal}`;
  if (run.exitCode !== null && run.exitCode !== 0) return `exit code ${run.exitCode}`;
  return '';
}

/**
 * Execute one job: compile once, run every test, check each answer outside the sandbox.
 * Per-test results are reported through `events` as they are known. Never throws for
 * anything the code did; platform failures come back as `internalError`.
 */
export async function executeJob(job: ExecuteJob, sandbox: Sandbox, events: JudgeEvents): Promise<ExecuteResult> {
  const result = await executeTests(job, sandbox, events);
  // The master reports a failing test's input without reading the test set again.
  const inputs = new Map(job.tests.map((t) => [t.index, t.input]));
  for (const t of result.tests) if (t.verdict !== 'AC') t.input = inputs.get(t.index) ?? '';
  return { ...result, total: job.tests.length };
}

type Executed = Omit<ExecuteResult, 'total'>;

async function executeTests(job: ExecuteJob, sandbox: Sandbox, events: JudgeEvents): Promise<Executed> {
  const scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'qc-judge-'));
  try {
    let tests = job.tests;
    if (tests.some((t) => t.expected === null)) {
      const answered = await answerWithReference(job, sandbox, scratch);
      if ('error' in answered) return { compiled: true, internalError: answered.error, tests: [] };
      tests = answered.tests;
    }
    return await judgeCode(job, job.language, job.code, tests, sandbox, scratch, events);
  } catch (err) {
    return { compiled: true, internalError: `The worker failed: ${(err as Error).message}`, tests: [] };
  } finally {
    await fs.rm(scratch, { recursive: true, force: true });
  }
}

/** Expected answers of the user's own tests come from the problem's reference solution, as on LeetCode. */
async function answerWithReference(job: ExecuteJob, sandbox: Sandbox, scratch: string): Promise<{ tests: ExecuteTest[] } | { error: string }> {
  if (!job.reference) return { error: 'This problem has no reference solution to answer custom tests.' };
  const silent: JudgeEvents = { status() {}, test() {} };
  const withoutCheck = job.tests.map((t) => ({ ...t, expected: null }));
  const ref = await judgeCode({ ...job, mode: 'run' }, job.reference.language, job.reference.code, withoutCheck, sandbox, scratch, silent);
  const failed = ref.tests.find((t) => t.verdict !== 'AC');
  if (!ref.compiled || ref.internalError || failed || ref.tests.length !== job.tests.length) {
    const which = failed ? `test ${failed.index + 1}` : 'the tests';
    return { error: `The reference solution could not answer ${which}; check that the input meets the problem's constraints.` };
  }
  const answers = new Map(ref.tests.map((t) => [t.index, t.actual]));
  return { tests: job.tests.map((t) => ({ ...t, expected: t.expected ?? answers.get(t.index) ?? '' })) };
}

async function judgeCode(
  job: ExecuteJob,
  language: LanguageId,
  code: string,
  tests: ExecuteTest[],
  sandbox: Sandbox,
  scratch: string,
  events: JudgeEvents,
): Promise<Executed> {
  const definition = languages[language];
  const box = await sandbox.createBox();
  try {
    const source: { source: string; fileName?: string } = job.problem.kind === 'stdio' ? { source: code } : buildDriver(language, job.problem, code);
    if (definition.compile) events.status('compiling');
    const compileStarted = performance.now();
    const compiled = await compileProgram(sandbox, box, definition, source.source, { fileName: source.fileName });
    events.stage?.('compile', (performance.now() - compileStarted) / 1000);
    if (!compiled.ok) {
      if (compiled.result.internalError) return { compiled: true, internalError: compiled.result.internalError, tests: [] };
      return { compiled: false, compileOutput: compiled.output, tests: [] };
    }
    events.status('running');
    const runStarted = performance.now();
    const results =
      job.problem.kind === 'stdio'
        ? await runEachTest({ job, definition, tests, sandbox, box, scratch, events })
        : await runAllTests({ job, definition, tests, sandbox, box, scratch, events });
    events.stage?.('run', (performance.now() - runStarted) / 1000);
    return { compiled: true, compileOutput: compiled.output || undefined, tests: results };
  } finally {
    await box.dispose();
  }
}

/** The checker's verdict; a checker that itself fails is the platform's fault (IE), not the code's. */
async function verdictOfAnswer(job: ExecuteJob, test: ExecuteTest, actual: string): Promise<Verdict> {
  if (test.expected === null) return 'AC';
  const checked = await check(job.problem.checker, job.problem.kind, actual, test.expected, {
    input: test.input,
    slug: job.problem.slug,
    outputLimitBytes: job.problem.limits.outputKb * 1024,
  });
  if (checked.error) return 'IE';
  return checked.ok ? 'AC' : 'WA';
}

/** Everything one run of a submission's tests needs, once its program is compiled in `box`. */
interface TestRun {
  job: ExecuteJob;
  definition: LanguageDefinition;
  tests: ExecuteTest[];
  sandbox: Sandbox;
  box: Box;
  scratch: string;
  events: JudgeEvents;
}

/** stdio problems: one process per test, the test's input on stdin. */
async function runEachTest({ job, definition, tests, sandbox, box, scratch, events }: TestRun): Promise<TestResult[]> {
  const limits = resolveLimits(job.problem.limits, definition, 'run');
  const results: TestResult[] = [];
  for (const test of tests) {
    const stdinFile = path.join(scratch, `stdin-${test.index}`);
    await fs.writeFile(stdinFile, test.input);
    const run = await runProgram(sandbox, box, definition, { stdinFile, limits });
    const verdict = runVerdict(run) ?? (await verdictOfAnswer(job, test, run.stdout));
    const result: TestResult = {
      index: test.index,
      verdict,
      timeMs: Math.round(run.cpuMs),
      memoryKb: Math.round(run.memoryKb),
      actual: clip(run.stdout),
      expected: clip(test.expected ?? ''),
      stdout: clip(run.stdout),
      stderr: run.stderr,
      detail: runDetail(run) || undefined,
    };
    results.push(result);
    events.test({ index: test.index, total: tests.length, verdict, timeMs: result.timeMs, memoryKb: result.memoryKb });
    if (verdict !== 'AC' && job.mode === 'submit') break;
  }
  return results;
}

/** function and design problems: the generated driver runs every test in one process, answering on fd 3. */
async function runAllTests({ job, definition, tests, sandbox, box, scratch, events }: TestRun): Promise<TestResult[]> {
  const limits = resolveLimits(job.problem.limits, definition, 'run', tests.length);
  // One test's own budget: its time limit as the driver measures it, and as the cgroup does between answers.
  const perTest = resolveLimits(job.problem.limits, definition, 'run', 1);
  const perTestMs = job.problem.limits.timeMs * definition.timeMultiplier;
  const stdinFile = path.join(scratch, 'stdin');
  await fs.writeFile(stdinFile, encodeTests(job.problem, tests));
  const nonce = randomBytes(12).toString('hex');
  const results: TestResult[] = [];
  let failed = false;
  const stream = parseAnswerStream();
  // Answers are checked one after another, in the order they arrive, while the run goes on.
  let checking = Promise.resolve();
  const onAnswer = async (answer: DriverAnswer) => {
    // The driver numbers answers by position on stdin.
    const test = tests[answer.test];
    if (!test || failed || results.some((r) => r.index === test.index)) return;
    const timeMs = Math.round(answer.elapsedMicros / 1000);
    const verdict = timeMs > perTestMs ? 'TLE' : await verdictOfAnswer(job, test, answer.output);
    results.push({ index: test.index, verdict, timeMs, memoryKb: 0, actual: clip(answer.output), expected: clip(test.expected ?? ''), stdout: '', stderr: '' });
    events.test({ index: test.index, total: tests.length, verdict, timeMs, memoryKb: 0 });
    if (verdict !== 'AC' && job.mode === 'submit') failed = true;
  };
  const run = await runProgram(sandbox, box, definition, {
    stdinFile,
    limits,
    step: { cpuMs: perTest.cpuMs, wallMs: perTest.wallMs },
    env: { QC_NONCE: nonce },
    onAnswer: (chunk) => {
      for (const answer of stream.push(chunk)) checking = checking.then(() => onAnswer(answer));
    },
  });
  await checking;
  const stdouts = splitStdout(run.stdout, nonce);
  for (const r of results) {
    r.memoryKb = Math.round(run.memoryKb);
    r.stdout = clip(stdouts[r.index] ?? '');
  }
  // The first test without an answer is the one the process died in.
  const next = tests.find((t) => !results.some((r) => r.index === t.index));
  if (next && !failed) {
    const verdict = runVerdict(run) ?? 'RE';
    const timeMs = Math.max(0, Math.round(run.cpuMs - results.reduce((s, r) => s + r.timeMs, 0)));
    results.push({
      index: next.index,
      verdict,
      timeMs,
      memoryKb: Math.round(run.memoryKb),
      actual: '',
      expected: clip(next.expected ?? ''),
      stdout: clip(stdouts[next.index] ?? ''),
      stderr: run.stderr,
      detail: runDetail(run) || 'the program ended before answering this test',
    });
    events.test({ index: next.index, total: tests.length, verdict, timeMs, memoryKb: Math.round(run.memoryKb) });
  }
  const ending = runVerdict(run);
  const last = results[results.length - 1];
  if (!next && !failed && ending && last) {
    // Every test answered, but the process then broke a limit or crashed: LeetCode fails the run too.
    last.verdict = ending;
    last.stderr = run.stderr;
    last.detail = runDetail(run);
  }
  if (job.mode === 'submit') {
    const firstFailure = results.findIndex((r) => r.verdict !== 'AC');
    if (firstFailure >= 0) results.splice(firstFailure + 1);
  }
  return results;
}
