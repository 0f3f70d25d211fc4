import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { BoxFactory } from './box.js';
import { detectCgroups, type CgroupDriver, type RunCgroup } from './cgroup.js';
import { ensureLauncher } from './launcher.js';
import { runOnce } from './run.js';
import { seccompFilter } from './seccomp.js';
import type { Box, Sandbox, SandboxResult, SandboxRunOptions } from './types.js';

export type { Box, Sandbox, SandboxLimits, SandboxResult, SandboxRunOptions } from './types.js';

export interface SandboxOptions {
  /**
   * Host directory for boxes, the launcher binary and run files. Every directory above it
   * must be searchable by uid 65534 (bwrap binds from there as that user).
   * Default: $QUICKCODE_SANDBOX_DIR, else <tmpdir>/quickcode-sandbox. Not under the data
   * directory: that may sit in a private home (mode 0700) the sandbox user cannot enter.
   */
  root?: string;
  /** Runs at once; more wait their turn. Default: QUICKCODE_SANDBOX_CONCURRENCY, else the core count. */
  concurrency?: number;
  /** Size of each box's tmpfs, bytes. Default 256 MiB (charged to the writing run's memory too). */
  boxBytes?: number;
  /** bubblewrap binary. Default /usr/bin/bwrap. */
  bwrap?: string;
  /**
   * cgroup v2 only: the cgroup delegated to the worker, as a path under the v2 mount (e.g.
   * /system.slice/quickcode-worker.service, which systemd's Delegate=yes hands over); run
   * cgroups go under its quickcode/. Default: $QUICKCODE_CGROUP, else the worker's own cgroup.
   */
  cgroup?: string;
}

/** A worker process is named by pid and start time, so a reused pid is not taken for a live owner. */
function processTag(pid: number): string | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return `${pid}.${fields[19]}`;
  } catch {
    return null;
  }
}

function ownerIsLive(owner: string): boolean {
  const pid = Number(owner.split('.')[0]);
  return Number.isInteger(pid) && pid > 0 && processTag(pid) === owner;
}

class Semaphore {
  private free: number;
  private readonly waiting: (() => void)[] = [];
  constructor(n: number) {
    this.free = n;
  }
  async acquire(): Promise<void> {
    if (this.free > 0) {
      this.free--;
      return;
    }
    await new Promise<void>((r) => this.waiting.push(r));
  }
  release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.free++;
  }
}

function assertSearchable(dir: string): void {
  for (let d = dir; ; d = path.dirname(d)) {
    const mode = fs.statSync(d).mode;
    if ((mode & 0o001) === 0) {
      throw new Error(`The sandbox root ${dir} is unreachable for the sandbox user: ${d} is not searchable by others (chmod o+x it, or choose another root).`);
    }
    if (d === path.dirname(d)) return;
  }
}

class BwrapSandbox implements Sandbox {
  readonly cgroupVersion: 1 | 2;
  readonly cgroupParent: string;
  private readonly slots: Semaphore;
  private seq = 0;
  /** See RunContext.baselineCpuMs; set by the start-up probe. */
  baselineCpuMs = 0;
  /** Cgroups made ahead of time, so making one is off the hot path. */
  private readonly spares: Promise<RunCgroup>[] = [];
  /** Removals of used cgroups still in flight (they run after the result is returned). */
  private readonly removals = new Set<Promise<void>>();

  constructor(
    private readonly cgroups: CgroupDriver,
    private readonly dirs: { runs: string; etc: string; seccomp?: string },
    private readonly launcher: string,
    private readonly bwrap: string,
    private readonly owner: string,
    private readonly boxes: BoxFactory,
    private readonly concurrency: number,
  ) {
    this.cgroupVersion = cgroups.version;
    this.cgroupParent = cgroups.parent;
    this.slots = new Semaphore(concurrency);
    this.refill();
  }

  createBox(): Promise<Box> {
    return this.boxes.create();
  }

  async run(options: SandboxRunOptions): Promise<SandboxResult> {
    await this.slots.acquire();
    let cgroup: RunCgroup | null = null;
    try {
      try {
        cgroup = await this.takeCgroup();
      } catch (err) {
        return { exitCode: null, signal: null, cpuMs: 0, wallMs: 0, memoryKb: 0, limitExceeded: null, stdout: '', stderr: '', internalError: `could not create the run's cgroup: ${(err as Error).message}` };
      }
      return await runOnce(
        {
          bwrap: this.bwrap,
          launcher: this.launcher,
          etcDir: this.dirs.etc,
          runsDir: this.dirs.runs,
          cgroup,
          baselineCpuMs: this.baselineCpuMs,
          ...(this.dirs.seccomp ? { seccompFile: this.dirs.seccomp } : {}),
        },
        options,
      );
    } finally {
      if (cgroup) this.discard(cgroup);
      this.slots.release();
      this.refill();
    }
  }

  async close(): Promise<void> {
    const spares = this.spares.splice(0);
    for (const spare of spares) this.discard(await spare.catch(() => null));
    await Promise.all([...this.removals]);
  }

  private takeCgroup(): Promise<RunCgroup> {
    return this.spares.shift() ?? this.makeCgroup();
  }

  private makeCgroup(): Promise<RunCgroup> {
    return this.cgroups.create(`${this.owner}-${++this.seq}`);
  }

  private refill(): void {
    while (this.spares.length < this.concurrency) {
      const spare = this.makeCgroup();
      spare.catch(() => {}); // a failed spare is reported by the run that takes it
      this.spares.push(spare);
    }
  }

  private discard(cgroup: RunCgroup | null): void {
    if (!cgroup) return;
    const removal = cgroup.remove().catch(() => {});
    this.removals.add(removal);
    void removal.finally(() => this.removals.delete(removal));
  }
}

/**
 * Build the sandbox once at worker start: find the cgroup version, compile the launcher,
 * sweep what a crashed worker left (cgroups, boxes, run files). Throws with a sentence
 * when this machine cannot sandbox (no bwrap, no writable cgroups, no gcc).
 */
export async function createSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const root = path.resolve(options.root ?? (process.env.QUICKCODE_SANDBOX_DIR || path.join(os.tmpdir(), 'quickcode-sandbox')));
  const bwrap = options.bwrap ?? '/usr/bin/bwrap';
  if (!fs.existsSync(bwrap)) throw new Error(`bubblewrap is missing at ${bwrap}: install the bubblewrap package.`);
  const cgroups = detectCgroups({ delegated: options.cgroup ?? (process.env.QUICKCODE_CGROUP || undefined) });

  const dirs = { bin: path.join(root, 'bin'), boxes: path.join(root, 'boxes'), runs: path.join(root, 'runs'), etc: path.join(root, 'etc') };
  await fsp.mkdir(root, { recursive: true, mode: 0o755 });
  await fsp.chmod(root, 0o755);
  for (const d of [dirs.bin, dirs.boxes, dirs.etc]) await fsp.mkdir(d, { recursive: true, mode: 0o755 });
  await fsp.mkdir(dirs.runs, { recursive: true, mode: 0o700 });
  assertSearchable(dirs.boxes);
  await fsp.writeFile(path.join(dirs.etc, 'passwd'), 'root:x:0:0:root:/:/usr/sbin/nologin\nnobody:x:65534:65534:nobody:/box:/usr/sbin/nologin\n', { mode: 0o644 });
  await fsp.writeFile(path.join(dirs.etc, 'group'), 'root:x:0:\nnogroup:x:65534:\n', { mode: 0o644 });

  const filter = seccompFilter();
  const seccomp = filter ? path.join(dirs.etc, 'seccomp.bpf') : undefined;
  if (filter && seccomp) await fsp.writeFile(seccomp, filter, { mode: 0o644 });

  const launcher = await ensureLauncher(dirs.bin);
  const owner = processTag(process.pid);
  if (!owner) throw new Error('Cannot read /proc/self/stat: the sandbox needs /proc.');

  // Leftovers of crashed workers: their cgroups (with any process still in them), boxes, run files.
  for (const name of cgroups.list()) {
    if (!ownerIsLive(name.slice(0, name.lastIndexOf('-')))) await cgroups.removeByName(name).catch(() => {});
  }
  const boxBytes = options.boxBytes ?? 256 * 1024 * 1024;
  const boxes = new BoxFactory(dirs.boxes, owner, boxBytes);
  await boxes.sweep(ownerIsLive);
  for (const name of await fsp.readdir(dirs.runs)) {
    if (!ownerIsLive(name.slice(0, name.lastIndexOf('-')))) await fsp.rm(path.join(dirs.runs, name), { force: true });
  }

  const concurrency = options.concurrency ?? (Number(process.env.QUICKCODE_SANDBOX_CONCURRENCY) || os.availableParallelism());
  const sandbox = new BwrapSandbox(cgroups, { runs: dirs.runs, etc: dirs.etc, ...(seccomp ? { seccomp } : {}) }, launcher, bwrap, owner, boxes, concurrency);
  await probe(sandbox);
  return sandbox;
}

/**
 * Trivial runs at start: a machine where bwrap cannot make its namespaces fails here, in a
 * sentence, not on a user's code; and the platform's own CPU per run is measured (the least
 * of a few runs of /bin/true), to be left out of every program's CPU time.
 */
async function probe(sandbox: BwrapSandbox): Promise<void> {
  const box = await sandbox.createBox();
  try {
    const limits = { cpuMs: 2000, wallMs: 10_000, memoryKb: 64 * 1024, pids: 8, outputBytes: 1024, fileBytes: 1024, openFiles: 32, tmpBytes: 1 << 20 };
    const r = await sandbox.run({ argv: ['/bin/sh', '-c', 'echo ok'], box, limits });
    if (r.internalError || r.stdout !== 'ok\n') {
      await sandbox.close();
      const how = r.internalError ?? (r.limitExceeded ? `its ${r.limitExceeded} limit ended a trivial program (cpu ${r.cpuMs} ms, wall ${r.wallMs} ms)` : `exit ${r.exitCode ?? r.signal}, stdout ${JSON.stringify(r.stdout.slice(0, 100))}, stderr ${r.stderr.slice(-300)}`);
      throw new Error(`The sandbox cannot run programs on this machine (user namespaces for bwrap?): ${how}`.trim());
    }
    const samples: number[] = [];
    for (let i = 0; i < 5; i++) samples.push((await sandbox.run({ argv: ['/bin/true'], box, limits })).cpuMs);
    sandbox.baselineCpuMs = Math.min(...samples);
  } finally {
    await box.dispose();
  }
}
