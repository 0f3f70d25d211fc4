import { createHash } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pchBaseDir } from '../languages/base/pch.js';
import { languages } from '../languages/index.js';
import { BoxFactory, HostBox, type BoxContext } from './box.js';
import { SANDBOX_PATH, ZYGOTE_PATH } from './bwrap.js';
import { detectCgroups, type CgroupDriver } from './cgroup.js';
import { ensureLauncher } from './launcher.js';
import { OwnerLease } from './owner-lease.js';
import { runInBox } from './run.js';
import { seccompFilter } from './seccomp.js';
import type { Box, Sandbox, SandboxResult, SandboxRunOptions } from './types.js';

export type { Box, Sandbox, SandboxLimits, SandboxResult, SandboxRunOptions } from './types.js';

export interface SandboxOptions {
  /**
   * Host directory for boxes, the launcher binary and run files. Every directory above it
   * must be searchable by uid 65534 (bwrap binds from there as that user).
   * Default: <tmpdir>/quickcode-sandbox (the worker passes QUICKCODE_SANDBOX_DIR). Not under the data
   * directory: that may sit in a private home (mode 0700) the sandbox user cannot enter.
   */
  root?: string;
  /** Runs at once; more wait their turn. Default: the core count (the worker passes QUICKCODE_SANDBOX_CONCURRENCY). */
  concurrency?: number;
  /** Size of each box's tmpfs (/box), bytes. Default 256 MiB (charged to the writing run's memory too). */
  boxBytes?: number;
  /** bubblewrap binary. Default /usr/bin/bwrap. */
  bwrap?: string;
  /**
   * cgroup v2 only: the cgroup delegated to the worker, as a path under the v2 mount (e.g.
   * /system.slice/quickcode-worker.service, which systemd's Delegate=yes hands over); run
   * cgroups go under its quickcode/. Default: the worker's own cgroup (the worker passes QUICKCODE_CGROUP).
   */
  cgroup?: string;
  /** Inodes of each box's tmpfs. Default 8192 (a program making many files gets ENOSPC; each costs ~9 KiB of kernel memory). */
  boxInodes?: number;
  /** Size and inodes of each run's fresh /tmp. Default 256 MiB (compiles write there), 4096. */
  tmpBytes?: number;
  tmpInodes?: number;
  /** Memory limit of a whole box (its runs, files and inodes). Default 1 GiB + box + /tmp. */
  boxMemoryBytes?: number;
  /** Boxes kept ready ahead of submissions. Default: the concurrency. */
  warmBoxes?: number;
  /**
   * Host directories bound read-only into every box (each run may use them or paths below).
   * Default: the C++ precompiled-header directory and every language's own read-only
   * directories (libraries LeetCode provides, Java's extra classes). Bound when they exist at
   * box creation.
   */
  binds?: string[];
  /** Start the Python fork server in every box (default true; false: Python runs exec python3 each time). */
  forkServer?: boolean;
}

/** The Python fork server's script, next to this file. */
const ZYGOTE_SOURCE = new URL('./zygote.py', import.meta.url).pathname;

/** A copy of `source` in the sandbox's bin directory (reachable by the sandbox user, who binds it), named by its hash. */
async function installed(source: string, binDir: string, name: string, ext: string): Promise<string> {
  const data = await fsp.readFile(source);
  const target = path.join(binDir, `${name}-${createHash('sha256').update(data).digest('hex').slice(0, 12)}${ext}`);
  if (!fs.existsSync(target)) {
    const tmp = `${target}.${process.pid}.tmp`;
    await fsp.writeFile(tmp, data, { mode: 0o644 });
    await fsp.rename(tmp, target);
  }
  return target;
}

const MB = 1024 * 1024;
/** Our cgroup below quickcode/: worker-<pid>.<start time>-<owner id>. */
const WORKER_PREFIX = 'worker-';

interface SweepTargets {
  cgroups: CgroupDriver;
  boxes: BoxFactory;
  dirs: { owners: string; runs: string };
}

/** `<pid>.<start time>` of a process in our pid namespace, or null. */
function processTag(pid: number): string | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return `${pid}.${stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]}`;
  } catch {
    return null;
  }
}

/**
 * Earlier versions named owners `<pid>.<start time>` and held no lease: such an owner lives while
 * that process does (in our pid namespace; they shared one), so a rolling upgrade kills nothing.
 */
function legacyOwnerLive(owner: string): boolean {
  const pid = Number(owner.split('.')[0]);
  return /^\d+\.\d+$/.test(owner) && processTag(pid) === owner;
}

/**
 * Removes what owners whose lease ran out left behind: top-level cgroups (killing any process
 * still in them), boxes, run files and lease files. A cgroup's lease is its own mtime (in any
 * hierarchy), so this holds whoever made it, in whatever pid namespace or container.
 */
async function sweepLeftovers({ cgroups, boxes, dirs }: SweepTargets): Promise<void> {
  for (const name of cgroups.list()) {
    if (OwnerLease.held(cgroups.parents.map((p) => path.join(p, name)))) continue;
    if (legacyOwnerLive(name.startsWith(WORKER_PREFIX) ? name.slice(WORKER_PREFIX.length).split('-')[0]! : name.slice(0, name.lastIndexOf('-')))) continue;
    await cgroups.removeByName(name).catch(() => {});
  }
  const live = (owner: string) => OwnerLease.held([path.join(dirs.owners, owner)]) || legacyOwnerLive(owner);
  await boxes.sweep(live);
  for (const name of await fsp.readdir(dirs.runs)) {
    if (!live(name.split('-')[0]!)) await fsp.rm(path.join(dirs.runs, name), { force: true });
  }
  for (const owner of await fsp.readdir(dirs.owners)) {
    if (!live(owner)) await fsp.rm(path.join(dirs.owners, owner), { force: true });
  }
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
  /** Boxes made ahead of time: the critical path starts with bwrap up and cgroups made. */
  private readonly warm: Promise<HostBox | null>[] = [];
  private readonly disposals = new Set<Promise<void>>();
  private closed = false;

  constructor(
    private readonly boxes: BoxFactory,
    private readonly ctx: BoxContext,
    private readonly runsDir: string,
    private readonly binds: string[],
    private readonly warmBoxes: number,
    concurrency: number,
  ) {
    this.cgroupVersion = ctx.cgroups.version;
    this.cgroupParent = ctx.cgroups.parent;
    this.slots = new Semaphore(concurrency);
  }

  async createBox(): Promise<Box> {
    const binds = this.currentBinds();
    for (;;) {
      const next = this.warm.shift();
      if (!next) break;
      const box = await next;
      this.refill();
      // A box made before a bind appeared (the precompiled header's directory) lacks it.
      if (box && !box.isDisposed && binds.every((b) => box.binds.includes(b))) return this.tracked(box);
      if (box) this.dispose(box);
    }
    this.refill();
    return this.tracked(await this.boxes.create(this.ctx, binds));
  }

  async run(options: SandboxRunOptions): Promise<SandboxResult> {
    const box = options.box;
    if (!(box instanceof HostBox)) throw new Error('sandbox.run needs a box made by this sandbox');
    return box.exclusive(async () => {
      await this.slots.acquire();
      try {
        return await runInBox({ runsDir: this.runsDir }, box, options);
      } finally {
        this.slots.release();
      }
    });
  }

  /** Starts warm boxes up to the target. */
  refill(): void {
    if (this.closed) return;
    while (this.warm.length < this.warmBoxes) {
      const made = this.boxes.create(this.ctx, this.currentBinds()).catch(() => null);
      this.warm.push(made);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    const warm = this.warm.splice(0);
    for (const box of await Promise.all(warm)) if (box) this.dispose(box);
    await Promise.all([...this.disposals]);
  }

  private currentBinds(): string[] {
    return this.binds.filter((b) => fs.existsSync(b));
  }

  /** A box handed out: its dispose is awaited by close(). */
  private tracked(box: HostBox): HostBox {
    const dispose = box.dispose.bind(box);
    box.dispose = () => {
      const done = dispose();
      this.disposals.add(done);
      void done.finally(() => this.disposals.delete(done)).catch(() => {});
      return done;
    };
    return box;
  }

  private dispose(box: HostBox): void {
    const done = box.dispose().catch(() => {});
    this.disposals.add(done);
    void done.finally(() => this.disposals.delete(done));
  }
}

/**
 * Build the sandbox once at worker start: find the cgroup version, compile the launcher,
 * sweep what a crashed worker left (cgroups, boxes, run files). Throws with a sentence
 * when this machine cannot sandbox (no bwrap, no writable cgroups, no gcc).
 */
export async function createSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const root = path.resolve(options.root ?? path.join(os.tmpdir(), 'quickcode-sandbox'));
  const bwrap = options.bwrap ?? '/usr/bin/bwrap';
  if (!fs.existsSync(bwrap)) throw new Error(`bubblewrap is missing at ${bwrap}: install the bubblewrap package.`);
  const cgroups = detectCgroups({ delegated: options.cgroup });

  const dirs = { bin: path.join(root, 'bin'), boxes: path.join(root, 'boxes'), runs: path.join(root, 'runs'), etc: path.join(root, 'etc'), owners: path.join(root, 'owners') };
  await fsp.mkdir(root, { recursive: true, mode: 0o755 });
  await fsp.chmod(root, 0o755);
  for (const d of [dirs.bin, dirs.boxes, dirs.etc]) await fsp.mkdir(d, { recursive: true, mode: 0o755 });
  await fsp.mkdir(dirs.owners, { recursive: true, mode: 0o700 });
  await fsp.mkdir(dirs.runs, { recursive: true, mode: 0o700 });
  assertSearchable(dirs.boxes);
  await fsp.writeFile(path.join(dirs.etc, 'passwd'), 'root:x:0:0:root:/:/usr/sbin/nologin\nnobody:x:65534:65534:nobody:/box:/usr/sbin/nologin\n', { mode: 0o644 });
  await fsp.writeFile(path.join(dirs.etc, 'group'), 'root:x:0:\nnogroup:x:65534:\n', { mode: 0o644 });

  const filter = seccompFilter();
  const seccomp = filter ? path.join(dirs.etc, 'seccomp.bpf') : undefined;
  if (filter && seccomp) await fsp.writeFile(seccomp, filter, { mode: 0o644 });

  const launcher = await ensureLauncher(dirs.bin);
  // One owner per sandbox (tests make several in one process); its lease files exist, fresh, before any sweep.
  const lease = new OwnerLease();
  const owner = lease.id;
  const ownerFile = path.join(dirs.owners, owner);
  await fsp.writeFile(ownerFile, '', { mode: 0o600 });
  // worker-<pid>.<start time>-<owner>: the id and its lease decide; the prefix only keeps an
  // earlier version's sweep (which judged by pid) off it during a rolling upgrade.
  const tag = processTag(process.pid);
  const workerCgroup = `${WORKER_PREFIX}${tag ? `${tag}-` : ''}${owner}`;
  await cgroups.create(workerCgroup, { parent: true });

  const tmpBytes = options.tmpBytes ?? 256 * MB;
  const boxBytes = options.boxBytes ?? 256 * MB;
  const boxes = new BoxFactory(dirs.boxes, owner, {
    boxBytes,
    boxInodes: options.boxInodes ?? 8192,
    tmpBytes,
    tmpInodes: options.tmpInodes ?? 4096,
    // The largest run (a compile, 768 MiB), its /tmp and the box's files: all inside one limit.
    memoryBytes: options.boxMemoryBytes ?? 1024 * MB + boxBytes + tmpBytes,
    pids: 512,
  });
  // Leftovers of crashed workers now, and again every lease period. The lease lasts as long as
  // this process: boxes handed out may outlive the sandbox's close().
  const targets = { cgroups, boxes, dirs };
  await sweepLeftovers(targets);
  lease.hold(
    () => [ownerFile, ...cgroups.parents.map((p) => path.join(p, workerCgroup))],
    () => sweepLeftovers(targets),
  );

  const concurrency = options.concurrency ?? os.availableParallelism();
  const forkServer =
    options.forkServer === false
      ? undefined
      : {
          script: await installed(ZYGOTE_SOURCE, dirs.bin, 'qc-zygote', '.py'),
          argv: ['/usr/bin/python3', '-B', ZYGOTE_PATH],
          env: [`PATH=${SANDBOX_PATH}`, 'HOME=/box', 'LANG=C.UTF-8', 'PYTHONDONTWRITEBYTECODE=1'],
        };
  const ctx: BoxContext = { launcher, bwrap, etcDir: dirs.etc, cgroups, workerCgroup, runsDir: dirs.runs, ...(seccomp ? { seccompFile: seccomp } : {}), ...(forkServer ? { forkServer } : {}) };
  const binds = [...new Set((options.binds ?? [pchBaseDir(), ...Object.values(languages).flatMap((l) => l.readOnlyBinds ?? [])]).map((b) => path.resolve(b)))];
  const sandbox = new BwrapSandbox(boxes, ctx, dirs.runs, binds, options.warmBoxes ?? concurrency, concurrency);
  await probe(sandbox);
  sandbox.refill();
  return sandbox;
}

/** A trivial run at start: a machine where bwrap cannot make its namespaces fails here, in a sentence, not on a user's code. */
async function probe(sandbox: BwrapSandbox): Promise<void> {
  let box: Box;
  try {
    box = await sandbox.createBox();
  } catch (err) {
    await sandbox.close();
    throw new Error(`The sandbox cannot start a box on this machine (user namespaces for bwrap?): ${(err as Error).message}`);
  }
  try {
    const limits = { cpuMs: 2000, wallMs: 10_000, memoryKb: 64 * 1024, pids: 8, outputBytes: 1024, fileBytes: 1024, openFiles: 32, tmpBytes: 1 << 20 };
    const r = await sandbox.run({ argv: ['/bin/sh', '-c', 'echo ok'], box, limits });
    if (r.internalError || r.stdout !== 'ok\n') {
      await sandbox.close();
      const how =
        r.internalError ??
        (r.limitExceeded
          ? `its ${r.limitExceeded} limit ended a trivial program (cpu ${r.cpuMs} ms, wall ${r.wallMs} ms)`
          : `exit ${r.exitCode ?? r.signal}, stdout ${JSON.stringify(r.stdout.slice(0, 100))}, stderr ${r.stderr.slice(-300)}`);
      throw new Error(`The sandbox cannot run programs on this machine (user namespaces for bwrap?): ${how}`.trim());
    }
  } finally {
    await box.dispose();
  }
}
