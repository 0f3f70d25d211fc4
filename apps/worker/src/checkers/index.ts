import os from 'node:os';
import path from 'node:path';
import { repoRoot, type CheckerSpec, type ProblemKind } from '@quickcode/protocol';
import { CheckerPool, type CheckerPoolOptions } from './checker-pool.js';
import { fail, type CheckResult } from './values.js';

export type { CustomCheck } from './custom.js';
export type { CheckResult } from './values.js';
export type { CheckerPoolOptions } from './checker-pool.js';

export interface CheckContext {
  /** The test's input, for custom checkers. */
  input: string;
  slug: string;
  /** The problem's output limit in bytes: a longer answer is refused without being read. */
  outputLimitBytes?: number;
}

/** Refusal size when the caller names no output limit: far above any problem's, still bounded. */
const CEILING_BYTES = 64 * 1024 * 1024;

let options: CheckerPoolOptions = {
  threads: Math.min(2, os.availableParallelism()),
  timeoutMs: 5000,
  memoryMb: 256,
  problemsDir: path.join(repoRoot(), 'problems'),
};
let pool: CheckerPool | null = null;

/** Sets the checker threads' settings (from the worker's configuration); applies to the next check. */
export function configureCheckers(settings: Partial<CheckerPoolOptions>): void {
  options = { ...options, ...settings };
  const old = pool;
  pool = null;
  void old?.close();
}

/** Ends the checker threads (a later check starts them again). */
export async function closeCheckers(): Promise<void> {
  const old = pool;
  pool = null;
  await old?.close();
}

/**
 * Decides whether `actual` answers a test whose expected answer is `expected`, on a checker
 * thread with a deadline, never on the caller's event loop. Never rejects: a checker that
 * fails or runs out of time says so in `error` (an internal error, IE); an answer longer
 * than the output limit is a wrong answer without being parsed.
 */
export async function check(spec: CheckerSpec, kind: ProblemKind, actual: string, expected: string, ctx: CheckContext): Promise<CheckResult> {
  const limit = ctx.outputLimitBytes ?? CEILING_BYTES;
  // Characters never outnumber UTF-8 bytes: the length alone refuses most oversized answers.
  if (actual.length > limit || Buffer.byteLength(actual) > limit) {
    return fail(`the answer is longer than the output limit of ${limit} bytes`);
  }
  pool ??= new CheckerPool(options);
  return pool.check({ spec, kind, actual, expected, input: ctx.input, slug: ctx.slug });
}
