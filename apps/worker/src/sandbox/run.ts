import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { HostBox } from './box.js';
import type { RunCgroup } from './cgroup.js';
import type { LaunchOutcome } from './session.js';
import type { SandboxLimits, SandboxResult, SandboxRunOptions } from './types.js';

/** What a run needs from the sandbox that owns it. */
export interface RunContext {
  /** Root-only directory where the launcher creates each run's stdout, stderr and answer file. */
  runsDir: string;
}

export const SANDBOX_PATH_ENV = 'PATH=/usr/local/bin:/usr/bin:/bin';
const DEFAULT_STDERR_BYTES = 64 * 1024;

type Limit = NonNullable<SandboxResult['limitExceeded']>;

function signalName(n: number): string {
  const entry = Object.entries(os.constants.signals).find(([, v]) => v === n);
  return entry ? entry[0] : `SIG${n}`;
}

function errnoName(n: number): string {
  const entry = Object.entries(os.constants.errno).find(([, v]) => v === n);
  return entry ? entry[0] : `errno ${n}`;
}

function rlimits(limits: SandboxLimits): string[] {
  const cpuSec = Math.ceil(limits.cpuMs / 1000) + 1;
  // stdout is a file too: let it grow one byte past the cap so an overflow is seen.
  const fsize = Math.max(limits.fileBytes, limits.outputBytes + 1);
  const stack = limits.memoryKb * 1024;
  return [`cpu=${cpuSec}:${cpuSec + 1}`, `fsize=${fsize}:${fsize}`, `nofile=${limits.openFiles}:${limits.openFiles}`, 'core=0:0', `stack=${stack}:${stack}`];
}

/** Reads up to `max` bytes of a run file (its head, or its tail), and its whole size. */
function readRunFile(file: string, max: number, tail = false): { text: string; size: number } {
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW);
  } catch {
    return { text: '', size: 0 };
  }
  try {
    const size = fs.fstatSync(fd).size;
    const n = Math.min(size, max);
    const buf = Buffer.alloc(n);
    let off = 0;
    const from = tail ? size - n : 0;
    while (off < n) {
      const got = fs.readSync(fd, buf, off, n - off, from + off);
      if (got === 0) break;
      off += got;
    }
    return { text: buf.subarray(0, off).toString('utf8'), size };
  } finally {
    fs.closeSync(fd);
  }
}

/** Whether `p` is one of `binds` or below one. */
function covered(p: string, binds: readonly string[]): boolean {
  const r = path.resolve(p);
  return binds.some((b) => r === b || r.startsWith(`${b}/`));
}

const EMPTY: SandboxResult = { exitCode: null, signal: null, cpuMs: 0, wallMs: 0, memoryKb: 0, limitExceeded: null, stdout: '', stderr: '' };

/** One run in a box: a fresh process and cgroup, limits kept by the launcher, facts read from the kernel. */
export async function runInBox(ctx: RunContext, box: HostBox, opts: SandboxRunOptions): Promise<SandboxResult> {
  const missing = (opts.readOnlyBinds ?? []).find((b) => !covered(b, box.binds));
  if (missing) return { ...EMPTY, internalError: `${missing} is not bound into this box (boxes bind ${box.binds.join(', ') || 'nothing'} when made)` };
  let cg: RunCgroup;
  try {
    cg = await box.takeRunCgroup();
    await cg.limit({ memoryBytes: opts.limits.memoryKb * 1024, pids: opts.limits.pids });
  } catch (err) {
    return { ...EMPTY, internalError: `could not prepare the run's cgroup: ${(err as Error).message}` };
  }
  const base = path.join(ctx.runsDir, `${box.name}-${path.basename(cg.name)}`);
  const files = { stdout: `${base}.out`, stderr: `${base}.err`, answer: `${base}.ans` };
  try {
    const env = { HOME: '/box', LANG: 'C.UTF-8', ...opts.env };
    let outcome: LaunchOutcome;
    try {
      outcome = await box.session.run({
        mode: opts.fork && box.forkServer ? 'fork' : 'exec',
        ...(opts.stdinFile ? { stdin: opts.stdinFile } : {}),
        stdout: files.stdout,
        stderr: files.stderr,
        ...(opts.answer ? { answer: files.answer } : {}),
        cpuMs: opts.limits.cpuMs,
        wallMs: opts.limits.wallMs,
        outputBytes: opts.limits.outputBytes,
        procsFiles: cg.procsFiles,
        cpuFile: cg.cpuFile,
        ...(cg.killFile ? { killFile: cg.killFile } : {}),
        rlimits: rlimits(opts.limits),
        env: [SANDBOX_PATH_ENV, ...Object.entries(env).map(([k, v]) => `${k}=${v}`)],
        argv: opts.argv,
      });
    } catch (err) {
      return { ...EMPTY, internalError: (err as Error).message };
    }
    return facts(opts, cg, outcome, files);
  } finally {
    for (const f of Object.values(files)) fs.rmSync(f, { force: true });
    box.discard(cg);
  }
}

/** The result, from the launcher's report and the run cgroup's accounting; never from what the program wrote. */
function facts(opts: SandboxRunOptions, cg: RunCgroup, o: LaunchOutcome, files: { stdout: string; stderr: string; answer: string }): SandboxResult {
  const limits = opts.limits;
  const cpuMs = Math.round(Math.max(o.cpuUs / 1000, cg.cpuMs()));
  const wallMs = Math.round(o.wallUs / 1000);
  const memoryKb = Math.round(cg.peakBytes() / 1024);
  const oom = cg.oomKilled();
  const out = readRunFile(files.stdout, limits.outputBytes);
  const err = readRunFile(files.stderr, opts.stderrBytes ?? DEFAULT_STDERR_BYTES, true);
  const answer = opts.answer ? readRunFile(files.answer, limits.outputBytes) : null;

  let exitCode: number | null = null;
  let signal: string | null = null;
  let internalError: string | undefined;
  if (o.status === 'exit') exitCode = o.n;
  else if (o.status === 'signal') signal = signalName(o.n);
  else if (o.status === 'exec') internalError = `the sandbox could not start ${opts.argv[0]}: ${errnoName(o.n)}`;
  else if (o.limit || oom) signal = 'SIGKILL';
  // Only the fork server dying mid-run (a program can kill its parent) loses a status: the program's doing.
  else signal = 'SIGKILL';

  let limitExceeded: Limit | null = null;
  const memoryAtLimit = memoryKb >= limits.memoryKb * 0.98 && (signal !== null || exitCode !== 0);
  if (oom || memoryAtLimit) limitExceeded = 'memory';
  else if (o.limit) limitExceeded = o.limit;
  else if (cpuMs >= limits.cpuMs || signal === 'SIGXCPU') limitExceeded = 'cpu';
  else if (wallMs >= limits.wallMs) limitExceeded = 'wall';
  else if (out.size > limits.outputBytes || (answer && answer.size > limits.outputBytes) || signal === 'SIGXFSZ') limitExceeded = 'output';
  if (limitExceeded) internalError = undefined;

  return {
    exitCode,
    signal,
    cpuMs,
    wallMs,
    memoryKb,
    limitExceeded,
    stdout: out.text,
    stderr: err.text,
    ...(answer ? { answer: answer.text } : {}),
    ...(internalError ? { internalError } : {}),
  };
}
