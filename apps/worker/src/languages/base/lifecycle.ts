import fs from 'node:fs';
import type { LanguageToolchain } from '@quickcode/languages/toolchain';
import type { Box, Sandbox, SandboxLimits, SandboxResult } from '../../sandbox/types.js';
import { resolveLimits } from './limits.js';
import { precompiledHeader, withPrecompiledHeader } from './pch.js';

/**
 * The shared lifecycle of every language (DMOJ's base executors): prepare the box with the
 * source, compile (sandboxed), run, and leave cleanup to the box's owner (`box.dispose()` in
 * a `finally`). Each language's toolchain (packages/languages) declares what differs.
 */

export interface CompileOutcome {
  ok: boolean;
  /** What the compiler said (stdout and stderr), or why compiling stopped; shown as the CE message. */
  output: string;
  result: SandboxResult;
}

export interface RunProgramOptions {
  /** Host path of the input; prefer a file outside the box (or one written with `box.writeFile`). */
  stdinFile?: string;
  limits: SandboxLimits;
  /** Give the run an answer file on fd 3 (harness drivers), read back as `result.answer`. */
  answer?: boolean;
  /** Added to the language's run environment. */
  env?: Record<string, string>;
}

const MAX_COMPILE_OUTPUT = 16 * 1024;
/** Compiling needs no problem: compile limits are fixed per language. */
const NO_PROBLEM = { timeMs: 1000, memoryMb: 256, outputKb: 64 };

function passed(): SandboxResult {
  return { exitCode: 0, signal: null, cpuMs: 0, wallMs: 0, memoryKb: 0, limitExceeded: null, stdout: '', stderr: '' };
}

function clip(text: string): string {
  const t = text.trim();
  return t.length > MAX_COMPILE_OUTPUT ? `${t.slice(0, MAX_COMPILE_OUTPUT)}\n... (compiler output truncated)` : t;
}

function stoppedBecause(result: SandboxResult, limits: SandboxLimits): string | null {
  switch (result.limitExceeded) {
    case 'cpu':
    case 'wall':
      return `Compilation took too long (over ${limits.cpuMs / 1000} s of CPU) and was stopped.`;
    case 'memory':
      return `Compilation needed more than ${Math.round(limits.memoryKb / 1024)} MB of memory and was stopped.`;
    case 'output':
      return 'The compiler wrote too much output or too large a program and was stopped.';
    default:
      return null;
  }
}

/**
 * Compiler messages name the user's file only: no host directory (the precompiled header's),
 * no /box prefix; then the language's own rewriting (generated lines back to the user's).
 */
export function tidyCompileOutput(language: LanguageToolchain, output: string, pchDir: string | null): string {
  let text = pchDir ? output.split(`${pchDir}/`).join('') : output;
  text = text.replace(/(^|[\s'"(`])\/box\//gm, '$1');
  return language.tidyCompileOutput ? language.tidyCompileOutput(text) : text;
}

/** Write the source into the box and compile it there. A platform failure has `result.internalError`. */
export async function compileProgram(sandbox: Sandbox, box: Box, language: LanguageToolchain, source: string, opts: { fileName?: string } = {}): Promise<CompileOutcome> {
  const fileName = opts.fileName ?? language.sourceFile;
  await box.writeFile(fileName, source);
  if (!language.compile) return { ok: true, output: '', result: passed() };

  const limits = resolveLimits(NO_PROBLEM, language, 'compile');
  // Made once per process; skipped if its file went away since (a bind of nothing fails the run).
  const pch = await precompiledHeader(sandbox, language);
  // A box binds its directories when it is made: one made before the header was, compiles without it.
  const usePch = pch !== null && fs.existsSync(pch.file) && box.binds.some((b) => pch.dir === b || pch.dir.startsWith(`${b}/`));
  const argv = withPrecompiledHeader(
    language.compile.map((a) => (a === language.sourceFile ? fileName : a)),
    usePch ? pch : null,
  );
  const result = await sandbox.run({
    argv,
    box,
    limits,
    env: language.compileEnv ?? {},
    readOnlyBinds: [...(language.readOnlyBinds ?? []), ...(usePch ? [pch.dir] : [])],
    stderrBytes: MAX_COMPILE_OUTPUT,
  });
  const said = clip(tidyCompileOutput(language, [result.stdout, result.stderr].filter((s) => s.trim()).join('\n'), usePch ? pch.dir : null));
  const stopped = stoppedBecause(result, limits);
  const ok = !result.internalError && !result.limitExceeded && result.exitCode === 0;
  const output = stopped ? [stopped, said].filter(Boolean).join('\n') : said || (ok ? '' : (result.internalError ?? `The compiler failed (${result.signal ?? `exit ${result.exitCode}`}).`));
  return { ok, output, result };
}

/** Run the compiled (or interpreted) program once. */
export async function runProgram(sandbox: Sandbox, box: Box, language: LanguageToolchain, opts: RunProgramOptions): Promise<SandboxResult> {
  const argv = typeof language.run === 'function' ? language.run(opts.limits) : language.run;
  const env = typeof language.env === 'function' ? language.env(opts.limits) : (language.env ?? {});
  const result = await sandbox.run({
    argv,
    box,
    limits: opts.limits,
    ...(opts.stdinFile ? { stdinFile: opts.stdinFile } : {}),
    ...(opts.answer ? { answer: true } : {}),
    // The box's fork server takes these runs (see sandbox/zygote.py): a test costs a fork.
    ...(language.forkServer ? { fork: true } : {}),
    env: { ...env, ...opts.env },
    readOnlyBinds: language.readOnlyBinds ?? [],
  });
  const failed = result.exitCode !== 0 || result.signal !== null;
  if (!result.limitExceeded && !result.internalError && failed && language.memoryErrorPattern?.test(result.stderr)) {
    return { ...result, limitExceeded: 'memory' };
  }
  return result;
}
