/**
 * The sandbox's public shapes. Everything that starts a user process goes through
 * `Sandbox.run`; nothing else in the worker spawns untrusted code.
 */

export interface SandboxLimits {
  /** CPU time of the whole process tree (cgroup accounting), ms. */
  cpuMs: number;
  /** Wall-clock time, ms. */
  wallMs: number;
  /** Memory of the whole tree (cgroup), KiB. */
  memoryKb: number;
  /** Processes + threads (pids.max). */
  pids: number;
  /** Bytes kept of stdout (and, separately, of the answer channel); more is OLE. */
  outputBytes: number;
  /** Largest file the program may write (RLIMIT_FSIZE), bytes. */
  fileBytes: number;
  /** RLIMIT_NOFILE. */
  openFiles: number;
  /** Size of the private tmpfs /tmp, bytes. */
  tmpBytes: number;
}

export interface SandboxRunOptions {
  /** Program and arguments as seen inside the sandbox; cwd is /box. */
  argv: string[];
  /** The box: a host directory mounted read-write at /box. */
  box: Box;
  limits: SandboxLimits;
  /** Host path of a file fed as stdin; empty stdin when omitted. */
  stdinFile?: string;
  /**
   * The answer channel of harness runs: when set, fd 3 is a fresh file of this run alone
   * (made by the launcher, never shared with another run), read back as `answer` after the
   * run. It counts against `limits.outputBytes`; more ends the run with limitExceeded
   * 'output'. When unset, fd 3 is closed.
   */
  answer?: boolean;
  /**
   * Let the box's fork server run it (a Python program: argv's last element is the script),
   * when the box has one: a test then costs a fork, not an interpreter start. The program
   * is loaded only in the per-run child, after it joined the run's cgroup.
   */
  fork?: boolean;
  /** The whole environment of the program (PATH, HOME=/box and LANG are added). */
  env?: Record<string, string>;
  /**
   * Host paths the run needs read-only at the same place (a toolchain outside /usr). Binds
   * are made with the box, so each must be one of the sandbox's `binds` or below one.
   */
  readOnlyBinds?: string[];
  /** Bytes of stderr to keep (its tail); default 64 KiB. */
  stderrBytes?: number;
}

export interface SandboxResult {
  /** Exit code when the program exited; null when it was killed by a signal. */
  exitCode: number | null;
  /** Signal name (SIGSEGV, SIGKILL...) when killed by one. */
  signal: string | null;
  cpuMs: number;
  wallMs: number;
  /** Peak memory of the tree, KiB. */
  memoryKb: number;
  /** Which limit ended the run, if any. Decided from accounting, never from the exit status. */
  limitExceeded: 'cpu' | 'wall' | 'memory' | 'output' | null;
  stdout: string;
  /** Tail of stderr. */
  stderr: string;
  /** What the run wrote to its answer file (fd 3), when `answer` was asked for; at most outputBytes. */
  answer?: string;
  /** Set when the platform failed to run the program at all. */
  internalError?: string;
}

/** A private working directory for one submission; removed by `dispose`. */
export interface Box {
  /** Host path mounted at /box inside the sandbox. */
  readonly dir: string;
  /** Host directories bound read-only into the box (made with it; runs may use them or paths below). */
  readonly binds: readonly string[];
  /**
   * Write a file into the box from the host (a plain name, no directories). Safe against
   * a symlink or FIFO left under that name by an earlier run in the same box. Returns its host path.
   */
  writeFile(name: string, data: string | Uint8Array, mode?: number): Promise<string>;
  /** Read up to maxBytes of a regular file of the box (never follows a symlink); null if absent. */
  readFile(name: string, maxBytes: number): Promise<Buffer | null>;
  dispose(): Promise<void>;
}

export interface Sandbox {
  /** Which cgroup version this machine offered. */
  readonly cgroupVersion: 1 | 2;
  /** Directory holding the run cgroups (v1: the memory hierarchy's); for diagnostics and tests. */
  readonly cgroupParent?: string;
  createBox(): Promise<Box>;
  /** Never throws for the program's sake: a platform failure is `internalError`. */
  run(options: SandboxRunOptions): Promise<SandboxResult>;
  /** Release what the sandbox holds ahead of time (warm boxes) and wait for cleanups in flight. */
  close?(): Promise<void>;
}
