import { spawn, type StdioOptions } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bwrapArgs } from './bwrap.js';
import type { RunCgroup } from './cgroup.js';
import { SANDBOX_GID, SANDBOX_UID } from './box.js';
import type { SandboxLimits, SandboxResult, SandboxRunOptions } from './types.js';

/** What a run needs from the sandbox that owns it. */
export interface RunContext {
  bwrap: string;
  launcher: string;
  etcDir: string;
  runsDir: string;
  /** This run's own cgroup, made ahead of time; the caller removes it afterwards. */
  cgroup: RunCgroup;
  /** The seccomp BPF program's file, when this machine gets one. */
  seccompFile?: string;
  /**
   * CPU the platform itself spends in the run's cgroup (launcher, bwrap's namespaces and
   * mounts, our init: ~10 ms here), measured at start; not the program's, so not counted.
   */
  baselineCpuMs: number;
}

/** launcher's exit status when it could not set the sandbox up. */
const SETUP_FAILED = 125;
/** How often CPU time and output size are looked at while a program runs. */
const POLL_MS = 20;
/** Processes the platform itself adds to the tree: launcher, bwrap, our init. */
const PLATFORM_PIDS = 3;
const DEFAULT_STDERR_BYTES = 64 * 1024;
const CLOSE_GRACE_MS = 2000;
/** fds of the launcher and bwrap: 3 the answer channel, 4 our init's status, 5 the seccomp program. */
const SECCOMP_FD = 5;

type Limit = NonNullable<SandboxResult['limitExceeded']>;

function signalName(n: number): string {
  const entry = Object.entries(os.constants.signals).find(([, v]) => v === n);
  return entry ? entry[0] : `SIG${n}`;
}

function errnoName(n: number): string {
  const entry = Object.entries(os.constants.errno).find(([, v]) => v === n);
  return entry ? entry[0] : `errno ${n}`;
}

function rlimitArgs(limits: SandboxLimits): string[] {
  const cpuSec = Math.ceil(limits.cpuMs / 1000) + 1;
  // stdout is a file too: let it grow one byte past the cap so an overflow is seen.
  const fsize = Math.max(limits.fileBytes, limits.outputBytes + 1);
  const stack = limits.memoryKb * 1024;
  return [
    '-r', `cpu=${cpuSec}:${cpuSec + 1}`,
    '-r', `fsize=${fsize}:${fsize}`,
    '-r', `nofile=${limits.openFiles}:${limits.openFiles}`,
    '-r', 'core=0:0',
    '-r', `stack=${stack}:${stack}`,
  ];
}

/** Opens the stdin file without following a symlink or blocking on a FIFO a program may have planted. */
function openStdin(file: string | undefined): number | 'ignore' {
  if (!file) return 'ignore';
  const fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW | fs.constants.O_NONBLOCK);
  if (!fs.fstatSync(fd).isFile()) {
    fs.closeSync(fd);
    throw new Error(`stdin ${file} is not a regular file`);
  }
  return fd;
}

class Tail {
  private chunks: Buffer[] = [];
  private size = 0;
  private readonly max: number;
  constructor(max: number) {
    this.max = max;
  }
  push(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.size += chunk.length;
    while (this.size - (this.chunks[0]?.length ?? 0) >= this.max && this.chunks.length > 1) {
      this.size -= this.chunks.shift()!.length;
    }
  }
  toString(): string {
    const all = Buffer.concat(this.chunks);
    return all.subarray(Math.max(0, all.length - this.max)).toString('utf8');
  }
}

function readHead(fd: number, max: number): { text: string; size: number } {
  const size = fs.fstatSync(fd).size;
  const buf = Buffer.alloc(Math.min(size, max));
  let off = 0;
  while (off < buf.length) {
    const n = fs.readSync(fd, buf, off, buf.length - off, off);
    if (n === 0) break;
    off += n;
  }
  return { text: buf.subarray(0, off).toString('utf8'), size };
}

function fileSize(fd: number): number {
  try {
    return fs.fstatSync(fd).size;
  } catch {
    return 0;
  }
}

/** One sandboxed run: launcher, bwrap, limits enforced while it runs, facts collected after. No process outlives it. */
export async function runOnce(ctx: RunContext, opts: SandboxRunOptions): Promise<SandboxResult> {
  const limits = opts.limits;
  const empty: SandboxResult = { exitCode: null, signal: null, cpuMs: 0, wallMs: 0, memoryKb: 0, limitExceeded: null, stdout: '', stderr: '' };
  const cg = ctx.cgroup;
  try {
    await cg.limit({ memoryBytes: limits.memoryKb * 1024, pids: limits.pids + PLATFORM_PIDS });
  } catch (err) {
    return { ...empty, internalError: `could not set the run's cgroup limits: ${(err as Error).message}` };
  }
  const stdoutPath = path.join(ctx.runsDir, `${cg.name}.out`);
  let stdoutFd = -1;
  let stdinFd: number | 'ignore' = 'ignore';
  let seccompFd = -1;
  try {
    if (ctx.seccompFile) seccompFd = fs.openSync(ctx.seccompFile, 'r');
    stdoutFd = fs.openSync(stdoutPath, fs.constants.O_RDWR | fs.constants.O_CREAT | fs.constants.O_EXCL, 0o600);
    // Owned by the sandbox user so a program reopening /dev/stdout (/proc/self/fd/1) may; it is its own output.
    fs.fchownSync(stdoutFd, SANDBOX_UID, SANDBOX_GID);
    stdinFd = openStdin(opts.stdinFile);
    return await supervise(ctx, opts, cg, { stdout: stdoutFd, stdin: stdinFd, seccomp: seccompFd });
  } catch (err) {
    return { ...empty, internalError: (err as Error).message };
  } finally {
    if (typeof stdinFd === 'number') fs.closeSync(stdinFd);
    if (seccompFd >= 0) fs.closeSync(seccompFd);
    if (stdoutFd >= 0) fs.closeSync(stdoutFd);
    fs.rmSync(stdoutPath, { force: true });
    cg.killAll();
  }
}

function supervise(ctx: RunContext, opts: SandboxRunOptions, cg: RunCgroup, fds: { stdout: number; stdin: number | 'ignore'; seccomp: number }): Promise<SandboxResult> {
  const limits = opts.limits;
  const stdoutFd = fds.stdout;
  const keep = [...(opts.onAnswer ? ['-k', '3'] : []), '-k', '4', ...(fds.seccomp >= 0 ? ['-k', String(SECCOMP_FD)] : [])];
  const args = [
    ...keep,
    // fd 3 is a socket from Node; the launcher hands the program a real pipe and relays it.
    ...(opts.onAnswer ? ['-a'] : []),
    ...cg.procsFiles.flatMap((f) => ['-c', f]),
    ...rlimitArgs(limits),
    '-u', String(SANDBOX_UID),
    '-g', String(SANDBOX_GID),
    '--',
    ...bwrapArgs({
      bwrap: ctx.bwrap,
      launcher: ctx.launcher,
      etcDir: ctx.etcDir,
      boxDir: opts.box.dir,
      readOnlyBox: opts.readOnlyBox ?? false,
      tmpBytes: limits.tmpBytes,
      env: opts.env ?? {},
      readOnlyBinds: opts.readOnlyBinds ?? [],
      argv: opts.argv,
      ...(fds.seccomp >= 0 ? { seccompFd: SECCOMP_FD } : {}),
    }),
  ];

  return new Promise<SandboxResult>((resolve) => {
    const started = performance.now();
    const stdio: StdioOptions = [fds.stdin, stdoutFd, 'pipe', opts.onAnswer ? 'pipe' : 'ignore', 'pipe', ...(fds.seccomp >= 0 ? [fds.seccomp] : [])];
    // The launcher needs no environment; bwrap --clearenv sets the program's.
    const child = spawn(ctx.launcher, args, { stdio, env: {} as NodeJS.ProcessEnv });
    let killedFor: Limit | null = null;
    let spawnError: Error | null = null;
    let exitedAt = 0;
    let launcherCode: number | null = null;
    let status = '';
    let answerBytes = 0;
    const stderr = new Tail(opts.stderrBytes ?? DEFAULT_STDERR_BYTES);

    const kill = (why: Limit) => {
      if (killedFor === null && exitedAt === 0) killedFor = why;
      cg.killAll();
      child.kill('SIGKILL');
    };

    child.stdio[2]?.on('data', (c: Buffer) => stderr.push(c));
    child.stdio[4]?.on('data', (c: Buffer) => {
      status += c.toString('utf8');
    });
    let stepCpuStart = 0;
    let stepWallStart = started;
    if (opts.onAnswer) {
      const onAnswer = opts.onAnswer;
      child.stdio[3]?.on('data', (c: Buffer) => {
        if (killedFor) return;
        stepCpuStart = programCpuMs();
        stepWallStart = performance.now();
        const room = limits.outputBytes - answerBytes;
        answerBytes += c.length;
        if (c.length > room) {
          if (room > 0) onAnswer(c.subarray(0, room));
          kill('output');
          return;
        }
        onAnswer(c);
      });
    }
    // A stream error (EPIPE after a kill) must not become an unhandled exception.
    for (const s of child.stdio) s?.on('error', () => {});

    const wallTimer = setTimeout(() => kill('wall'), limits.wallMs);
    const programCpuMs = () => Math.max(0, cg.cpuMs() - ctx.baselineCpuMs);
    const step = opts.step;
    const poll = setInterval(() => {
      cg.peakBytes();
      const cpu = programCpuMs();
      if (cpu >= limits.cpuMs || (step && cpu - stepCpuStart >= step.cpuMs)) kill('cpu');
      else if (step && performance.now() - stepWallStart >= step.wallMs) kill('wall');
      else if (fileSize(stdoutFd) > limits.outputBytes) kill('output');
    }, POLL_MS);

    child.on('error', (err: Error) => {
      spawnError = err;
    });
    child.on('exit', (code) => {
      exitedAt = performance.now();
      launcherCode = code;
      // Every sandboxed process dies with our init; this also covers a launcher killed first.
      cg.killAll();
      // 'close' waits for every pipe to close; should one stay open regardless, do not wait forever.
      setTimeout(() => {
        for (const s of child.stdio) s?.destroy();
      }, CLOSE_GRACE_MS).unref();
    });
    child.on('close', () => {
      clearTimeout(wallTimer);
      clearInterval(poll);
      const wallMs = Math.round((exitedAt || performance.now()) - started);
      cg.killAll();
      const cpuMs = Math.round(programCpuMs());
      const memoryKb = Math.round(cg.peakBytes() / 1024);
      const oom = cg.oomKilled();
      const out = readHead(stdoutFd, limits.outputBytes);

      let exitCode: number | null = null;
      let signal: string | null = null;
      let internalError: string | undefined;
      const m = /^(exit|signal|exec) (\d+)$/m.exec(status);
      if (m?.[1] === 'exit') exitCode = Number(m[2]);
      else if (m?.[1] === 'signal') signal = signalName(Number(m[2]));
      else if (m?.[1] === 'exec') internalError = `the sandbox could not start ${opts.argv[0]}: ${errnoName(Number(m[2]))}`;
      else if (killedFor || oom) signal = 'SIGKILL';
      else if (spawnError) internalError = `could not start the sandbox launcher: ${(spawnError as Error).message}`;
      else internalError = `the sandbox ended without a status (launcher exit ${launcherCode ?? 'signal'}${launcherCode === SETUP_FAILED ? ', setup failed' : ''}): ${stderr.toString().trim().slice(-500)}`;

      let limitExceeded: Limit | null = null;
      const memoryAtLimit = memoryKb >= limits.memoryKb * 0.98 && (signal !== null || exitCode !== 0);
      if (oom || memoryAtLimit) limitExceeded = 'memory';
      else if (killedFor) limitExceeded = killedFor;
      else if (cpuMs >= limits.cpuMs || signal === 'SIGXCPU') limitExceeded = 'cpu';
      else if (wallMs >= limits.wallMs) limitExceeded = 'wall';
      else if (out.size > limits.outputBytes || answerBytes > limits.outputBytes || signal === 'SIGXFSZ') limitExceeded = 'output';
      if (limitExceeded) internalError = undefined;

      resolve({
        exitCode,
        signal,
        cpuMs,
        wallMs,
        memoryKb,
        limitExceeded,
        stdout: out.text,
        stderr: stderr.toString(),
        ...(internalError ? { internalError } : {}),
      });
    });
  });
}
