import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { bwrapArgs } from './bwrap.js';
import type { CgroupDriver, RunCgroup } from './cgroup.js';
import { LauncherSession } from './session.js';
import type { Box } from './types.js';

const run = promisify(execFile);

/** The unprivileged identity every sandboxed process runs as (nobody). */
export const SANDBOX_UID = 65534;
export const SANDBOX_GID = 65534;

/** What a box needs from the sandbox that makes it. */
export interface BoxContext {
  launcher: string;
  bwrap: string;
  etcDir: string;
  /** The seccomp BPF program's file, when this machine gets one. */
  seccompFile?: string;
  cgroups: CgroupDriver;
  /** This worker's cgroup below quickcode/ (a parent: boxes go below it). */
  workerCgroup: string;
  /** Root-only directory of run files (see run.ts). */
  runsDir: string;
  /** A fork server started in every box as it is made (the Python one), with its script's host path. */
  forkServer?: { script: string; argv: string[]; env: string[] };
}

export interface BoxSizes {
  /** The box's tmpfs (/box): bytes and inodes. */
  boxBytes: number;
  boxInodes: number;
  /** Each run's fresh /tmp: bytes and inodes (/dev/shm: at most 16 MiB, 1024 inodes). */
  tmpBytes: number;
  tmpInodes: number;
  /** The box cgroup's memory limit: every run, file and inode of the box is charged inside it. */
  memoryBytes: number;
  /** The box cgroup's process limit. */
  pids: number;
}

/**
 * Boxes: one per submission, made ahead of time. Each is a size- and inode-limited tmpfs on
 * the host (a plain directory when the worker may not mount: then `quota` is false), a
 * cgroup quickcode/worker-<owner>/box-<id> with a memory limit, and a launcher session
 * with bwrap up and our server as its pid 1.
 */
export class BoxFactory {
  private readonly dir: string;
  private readonly owner: string;
  private readonly sizes: BoxSizes;
  private canMount: boolean | null = null;

  constructor(dir: string, owner: string, sizes: BoxSizes) {
    this.dir = dir;
    this.owner = owner;
    this.sizes = sizes;
  }

  get quota(): boolean {
    return this.canMount === true;
  }

  async create(ctx: BoxContext, binds: string[]): Promise<HostBox> {
    const id = randomBytes(6).toString('hex');
    const dir = path.join(this.dir, `${this.owner}-${id}`);
    await fsp.mkdir(dir, { mode: 0o755 });
    let mounted = false;
    if (this.canMount !== false) {
      try {
        const opts = `size=${this.sizes.boxBytes},nr_inodes=${this.sizes.boxInodes},mode=0755,uid=${SANDBOX_UID},gid=${SANDBOX_GID},nosuid,nodev`;
        await run('/bin/mount', ['-t', 'tmpfs', '-o', opts, 'tmpfs', dir]);
        mounted = true;
        this.canMount = true;
      } catch {
        this.canMount = false;
      }
    }
    if (!mounted) await fsp.chown(dir, SANDBOX_UID, SANDBOX_GID);
    const cgroupName = `${ctx.workerCgroup}/box-${id}`;
    let session: LauncherSession | null = null;
    try {
      const boxCgroup = await ctx.cgroups.create(cgroupName, { parent: true });
      await boxCgroup.limit({ memoryBytes: this.sizes.memoryBytes, pids: this.sizes.pids });
      const server = await ctx.cgroups.create(`${cgroupName}/server`);
      const args = [
        '-u',
        String(SANDBOX_UID),
        '-g',
        String(SANDBOX_GID),
        ...server.procsFiles.flatMap((f) => ['-c', f]),
        '-t',
        String(this.sizes.tmpBytes),
        '-i',
        String(this.sizes.tmpInodes),
        ...(ctx.seccompFile ? ['-S', ctx.seccompFile] : []),
        '--',
        ...bwrapArgs({
          bwrap: ctx.bwrap,
          launcher: ctx.launcher,
          etcDir: ctx.etcDir,
          boxDir: dir,
          tmpBytes: this.sizes.tmpBytes,
          readOnlyBinds: binds,
          seccomp: ctx.seccompFile !== undefined,
          ...(ctx.forkServer ? { zygote: ctx.forkServer.script } : {}),
        }),
      ];
      session = new LauncherSession(ctx.launcher, args);
      await session.ready;
      const box = new HostBox(dir, mounted, binds, session, ctx.cgroups, cgroupName);
      if (ctx.forkServer) box.forkServer = await startForkServer(ctx, session, cgroupName, `${box.name}-zygote`, ctx.forkServer);
      return box;
    } catch (err) {
      await session?.close();
      await ctx.cgroups.removeByName(cgroupName).catch(() => {});
      await destroy(dir, mounted);
      throw err;
    }
  }

  /** Remove boxes whose owning worker process is gone (a crash left them behind). */
  async sweep(isLive: (owner: string) => boolean): Promise<number> {
    let removed = 0;
    for (const name of await fsp.readdir(this.dir).catch(() => [] as string[])) {
      const owner = name.slice(0, name.lastIndexOf('-'));
      if (isLive(owner)) continue;
      await destroy(path.join(this.dir, name), true);
      removed++;
    }
    return removed;
  }
}

/**
 * Starts the box's fork server in its own cgroup below the box (a leaf), before any user
 * code exists. False when it could not start: runs then exec their program as usual.
 */
async function startForkServer(ctx: BoxContext, session: LauncherSession, boxCgroup: string, fileBase: string, server: NonNullable<BoxContext['forkServer']>): Promise<boolean> {
  const cg = await ctx.cgroups.create(`${boxCgroup}/zygote`);
  await cg.limit({ memoryBytes: 128 * 1024 * 1024, pids: 4 });
  const base = path.join(ctx.runsDir, fileBase);
  try {
    const o = await session.run({
      mode: 'zygote',
      stdout: `${base}.out`,
      stderr: `${base}.err`,
      cpuMs: 0,
      wallMs: 60_000,
      outputBytes: 0,
      procsFiles: cg.procsFiles,
      cpuFile: cg.cpuFile,
      // Its children lower these per run; the stack's size at exec decides how far theirs can grow.
      rlimits: ['stack=1073741824:1073741824', 'core=0:0'],
      env: server.env,
      argv: server.argv,
    });
    return o.status === 'started';
  } catch {
    return false;
  } finally {
    fs.rmSync(`${base}.out`, { force: true });
    fs.rmSync(`${base}.err`, { force: true });
  }
}

async function destroy(dir: string, maybeMounted: boolean): Promise<void> {
  if (maybeMounted) {
    try {
      await run('/bin/umount', ['-l', dir]);
    } catch {}
  }
  await fsp.rm(dir, { recursive: true, force: true });
}

export class HostBox implements Box {
  readonly dir: string;
  /** Host paths bound read-only into the box when it was made. */
  readonly binds: readonly string[];
  readonly session: LauncherSession;
  private readonly mounted: boolean;
  private readonly cgroups: CgroupDriver;
  private readonly cgroupName: string;
  private disposed = false;
  private runs = 0;
  private spare: Promise<RunCgroup> | null = null;
  private readonly removals = new Set<Promise<void>>();
  /** Whether the box's fork server started (runs asking for it then cost a fork, not an interpreter start). */
  forkServer = false;
  /** Runs one at a time: a box is one submission's, its tests run in order. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(dir: string, mounted: boolean, binds: string[], session: LauncherSession, cgroups: CgroupDriver, cgroupName: string) {
    this.dir = dir;
    this.mounted = mounted;
    this.binds = binds;
    this.session = session;
    this.cgroups = cgroups;
    this.cgroupName = cgroupName;
    this.spare = this.makeRunCgroup();
  }

  /** Box-unique name of the next run (its files in the runs directory carry it). */
  get name(): string {
    return path.basename(this.dir);
  }

  get isDisposed(): boolean {
    return this.disposed;
  }

  /** Serializes `fn` after the box's earlier runs. */
  exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.queue.then(fn, fn);
    this.queue = next.catch(() => {});
    return next;
  }

  /** A fresh cgroup below the box for one run (made ahead of time); the next one is started now. */
  takeRunCgroup(): Promise<RunCgroup> {
    const taken = this.spare ?? this.makeRunCgroup();
    this.spare = this.makeRunCgroup();
    return taken;
  }

  /** Removes a used run cgroup off the hot path; its charges (files it wrote) move up to the box's. */
  discard(cgroup: RunCgroup): void {
    const removal = cgroup.remove().catch(() => {});
    this.removals.add(removal);
    void removal.finally(() => this.removals.delete(removal));
  }

  private makeRunCgroup(): Promise<RunCgroup> {
    const made = this.cgroups.create(`${this.cgroupName}/run-${++this.runs}`);
    made.catch(() => {}); // reported by the run that takes it
    return made;
  }

  async writeFile(name: string, data: string | Uint8Array, mode = 0o644): Promise<string> {
    const target = this.resolve(name);
    // A program that ran in this box may have left a symlink or FIFO under this name:
    // remove whatever is there, then create exclusively so nothing is followed.
    await fsp.rm(target, { force: true, recursive: true });
    const fh = await fsp.open(target, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | fs.constants.O_NOFOLLOW, mode);
    try {
      await fh.writeFile(data);
    } finally {
      await fh.close();
    }
    return target;
  }

  async readFile(name: string, maxBytes: number): Promise<Buffer | null> {
    let fh: fsp.FileHandle;
    try {
      fh = await fsp.open(this.resolve(name), fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW | fs.constants.O_NONBLOCK);
    } catch {
      return null;
    }
    try {
      if (!(await fh.stat()).isFile()) return null;
      const buf = Buffer.alloc(maxBytes);
      const { bytesRead } = await fh.read(buf, 0, maxBytes, 0);
      return buf.subarray(0, bytesRead);
    } finally {
      await fh.close();
    }
  }

  async dispose(): Promise<void> {
    if (this.disposed) return;
    this.disposed = true;
    await this.queue;
    await this.session.close();
    await Promise.all([...this.removals]);
    await this.spare?.catch(() => null);
    // Every cgroup of the box, with whatever a run left charged to it.
    await this.cgroups.removeByName(this.cgroupName).catch(() => {});
    await destroy(this.dir, this.mounted);
  }

  /** Flat names only: a directory inside the box may be a symlink a program planted. */
  private resolve(name: string): string {
    if (!/^[A-Za-z0-9_.-]+$/.test(name) || name === '.' || name === '..') throw new Error(`not a plain file name for a box: ${name}`);
    return path.join(this.dir, name);
  }
}
