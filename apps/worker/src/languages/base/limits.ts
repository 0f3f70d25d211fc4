import type { LanguageToolchain } from '@quickcode/languages/toolchain';
import type { ProblemLimits } from '@quickcode/protocol';
import type { SandboxLimits } from '../../sandbox/types.js';

const KB = 1024;
const MB = 1024 * 1024;

/** Compiling is the same work whatever the problem: generous, fixed, separate from run limits. */
const COMPILE = {
  cpuMs: 10_000,
  wallMs: 20_000,
  memoryKb: 768 * KB,
  outputBytes: 64 * KB,
  fileBytes: 64 * MB,
  openFiles: 256,
  tmpBytes: 256 * MB,
} as const;

/** Files a run may write into /box or /tmp, each, and /tmp's total. */
const RUN_FILE_BYTES = 16 * MB;
const RUN_TMP_BYTES = 64 * MB;
const RUN_OPEN_FILES = 256;

/**
 * The one place limits are decided (Piston's habit): the problem's limit, scaled for the
 * language, plus what its runtime needs on top.
 *
 * - run: CPU = timeMs x timeMultiplier (+ startup, per process); wall = 3 x CPU + 2 s
 *   (a program blocked on nothing still ends; a loaded machine does not turn a CPU-bound
 *   program's verdict into a wall-clock one); memory = problem + runtime overhead.
 * - testCount: how many tests one process answers (a harness running every test in one
 *   process gets the sum of their budgets; its startup is paid once). Default 1.
 * - compile: fixed limits, independent of the problem.
 */
export function resolveLimits(problem: ProblemLimits, language: LanguageToolchain, phase: 'compile' | 'run', testCount = 1): SandboxLimits {
  if (phase === 'compile') {
    return { ...COMPILE, pids: language.compilePids ?? 64 };
  }
  const tests = Math.max(1, Math.floor(testCount));
  const cpuMs = Math.ceil(problem.timeMs * language.timeMultiplier * tests + (language.startupMs ?? 0));
  return {
    cpuMs,
    wallMs: cpuMs * 3 + 2000,
    memoryKb: problem.memoryMb * KB + language.memoryOverheadKb,
    pids: language.pids,
    outputBytes: problem.outputKb * KB * tests,
    fileBytes: RUN_FILE_BYTES,
    openFiles: RUN_OPEN_FILES,
    tmpBytes: RUN_TMP_BYTES,
  };
}
