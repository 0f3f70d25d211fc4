import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { ExecuteJob, ExecuteResult, ExecuteTest, LanguageId, StatusEvent, TestEvent, TestResult, Verdict } from '@quickcode/protocol';
import type { Box, Sandbox, SandboxLimits, SandboxResult } from './sandbox/types.js';
import { compileProgram, runProgram, resolveLimits } from './languages/base/index.js';
import { languages } from './languages/index.js';
import type { LanguageToolchain } from '@quickcode/languages/toolchain';
import { buildDriver, encodeTests, parseAnswers, splitStdout } from './harness/index.js';
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
    return await judgeCode(job, { language: job.language, code: job.code }, tests, sandbox, scratch, events);
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
  const ref = await judgeCode({ ...job, mode: 'run' }, job.reference, withoutCheck, sandbox, scratch, silent);
  const failed = ref.tests.find((t) => t.verdict !== 'AC');
  if (!ref.compiled || ref.internalError || failed || ref.tests.length !== job.tests.length) {
    const which = failed ? `test ${failed.index + 1}` : 'the tests';
    return { error: `The reference solution could not answer ${which}; check that the input meets the problem's constraints.` };
  }
  const answers = new Map(ref.tests.map((t) => [t.index, t.actual]));
  return { tests: job.tests.map((t) => ({ ...t, expected: t.expected ?? answers.get(t.index) ?? '' })) };
}

/** A program to judge: the user's code, or the problem's reference solution. */
export interface Program {
  language: LanguageId;
  code: string;
}

async function judgeCode(job: ExecuteJob, program: Program, tests: ExecuteTest[], sandbox: Sandbox, scratch: string, events: JudgeEvents): Promise<Executed> {
  const definition = languages[program.language];
  const box = await sandbox.createBox();
  try {
    const source: { source: string; fileName?: string } = job.problem.kind === 'stdio' ? { source: program.code } : buildDriver(program.language, job.problem, program.code);
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
    const results = await runTests({ job, definition, limits: resolveLimits(job.problem.limits, definition, 'run'), tests, sandbox, box, scratch, events });
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

/** Everything the tests of a submission need, once its program is compiled in `box`. */
interface TestRun {
  job: ExecuteJob;
  definition: LanguageToolchain;
  /** One test's limits: every test is its own process with its own budget. */
  limits: SandboxLimits;
  tests: ExecuteTest[];
  sandbox: Sandbox;
  box: Box;
  scratch: string;
  events: JudgeEvents;
}

/** Every test in order, each a fresh process in the submission's box; a submit stops at the first failure. */
async function runTests(ctx: TestRun): Promise<TestResult[]> {
  const results: TestResult[] = [];
  for (const test of ctx.tests) {
    const result = await runTest(ctx, test);
    results.push(result);
    ctx.events.test({ index: test.index, total: ctx.tests.length, verdict: result.verdict, timeMs: result.timeMs, memoryKb: result.memoryKb });
    if (result.verdict !== 'AC' && ctx.job.mode === 'submit') break;
  }
  return results;
}

/**
 * The one answer a function or design test's process wrote to its own answer file, or why
 * there is none. The driver numbers it 0 (it was given one test); anything else on the
 * channel (a second line, a forged one written at import time) means no answer.
 */
export function answerOfRun(text: string | undefined): { output: string } | { error: string } {
  if (!text) return { error: 'the program ended before answering this test' };
  const { answers, error } = parseAnswers(text);
  if (error || answers.length !== 1 || !text.endsWith('\n')) return { error: `the answer channel held something other than one answer${error ? ` (${error})` : ''}` };
  return { output: answers[0]!.output };
}

/** One test: its own process, limits, time and memory (from the kernel), and answer. */
export async function runTest(ctx: TestRun, test: ExecuteTest): Promise<TestResult> {
  const { job, definition, limits, sandbox, box, scratch } = ctx;
  const stdio = job.problem.kind === 'stdio';
  const stdinFile = path.join(scratch, `stdin-${test.index}`);
  await fs.writeFile(stdinFile, stdio ? test.input : encodeTests(job.problem, [test]));
  // The drivers print a marker after each answer on stdout; with one test, what precedes it is the test's output.
  const nonce = stdio ? '' : randomBytes(12).toString('hex');
  const run = await runProgram(sandbox, box, definition, { stdinFile, limits, ...(stdio ? {} : { answer: true, env: { QC_NONCE: nonce } }) });
  await fs.rm(stdinFile, { force: true });
  const stdout = stdio ? run.stdout : (splitStdout(run.stdout, nonce)[0] ?? '');
  let verdict = runVerdict(run);
  let actual = stdout;
  let detail = runDetail(run);
  if (!stdio && verdict === null) {
    const answer = answerOfRun(run.answer);
    if ('error' in answer) {
      verdict = run.answer ? 'WA' : 'RE';
      detail = answer.error;
      actual = '';
    } else {
      actual = answer.output;
    }
  }
  verdict ??= await verdictOfAnswer(job, test, actual);
  return {
    index: test.index,
    verdict,
    timeMs: Math.round(run.cpuMs),
    memoryKb: Math.round(run.memoryKb),
    actual: clip(actual),
    expected: clip(test.expected ?? ''),
    stdout: clip(stdout),
    stderr: run.stderr,
    detail: detail || undefined,
  };
}
