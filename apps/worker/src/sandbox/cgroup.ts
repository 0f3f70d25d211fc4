import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';

/**
 * One cgroup per run, under a `quickcode` parent. v1 (separate memory, pids, cpuacct
 * hierarchies) and v2 (one unified hierarchy) offer the same four facts through
 * different files; this module hides which.
 */

const CGROUP_ROOT = '/sys/fs/cgroup';
const PARENT = 'quickcode';
/** v2 only: the leaf our own processes move to when our cgroup must delegate controllers. */
const LEAF = 'worker';

export interface CgroupLimits {
  memoryBytes: number;
  pids: number;
}

/**
 * One cgroup of the tree quickcode/worker-<owner>/box-<id>/{server,run-N}. Processes live
 * only in leaves (v2's no-internal-process rule; v1 keeps the same shape).
 */
export interface RunCgroup {
  /** Path below quickcode/, e.g. worker-12.345/box-ab12/run-3. */
  readonly name: string;
  /** Set its limits (made ahead of time, off the hot path, and limited when used). */
  limit(limits: CgroupLimits): Promise<void>;
  /** cgroup.procs files a pid is written into to join it (one per v1 hierarchy). */
  readonly procsFiles: string[];
  /** The file the launcher polls for CPU: cpuacct.usage (ns, v1) or cpu.stat (usage_usec, v2). */
  readonly cpuFile: string;
  /** v2's cgroup.kill, when the kernel has it. */
  readonly killFile?: string;
  /** CPU time used by the whole tree so far, ms. */
  cpuMs(): number;
  /** Peak memory, bytes (called on every poll too: where the kernel keeps no peak, samples make one). */
  peakBytes(): number;
  /** True when the kernel's OOM killer fired inside this cgroup. */
  oomKilled(): boolean;
  /** SIGKILL every process of the tree. */
  killAll(): void;
  /** True when no process is left. */
  empty(): boolean;
  /** Kill what is left and remove the cgroup (and any below it). */
  remove(): Promise<void>;
}

export interface CgroupDriver {
  readonly version: 1 | 2;
  /** Directory holding the run cgroups (v1: the memory hierarchy's). */
  readonly parent: string;
  /** The quickcode/ directories: one per v1 hierarchy (memory, pids, cpuacct), one on v2. */
  readonly parents: string[];
  /**
   * Make an empty cgroup at a path below quickcode/ (its parents must exist). `parent`:
   * it will hold cgroups, not processes (v2 delegates the controllers to its children).
   */
  create(name: string, options?: { parent?: boolean }): Promise<RunCgroup>;
  /** Names of the top-level cgroups under quickcode/ (for the crash sweep). */
  list(): string[];
  /** Remove a cgroup and everything below it, killing what is left in them. */
  removeByName(name: string): Promise<void>;
}

function readNumber(file: string): number {
  try {
    return Number(fs.readFileSync(file, 'utf8').trim()) || 0;
  } catch {
    return 0;
  }
}

function readKeyed(file: string, key: string): number {
  try {
    const m = new RegExp(`^${key} (\\d+)$`, 'm').exec(fs.readFileSync(file, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

function readPids(procsFile: string): number[] {
  try {
    return fs.readFileSync(procsFile, 'utf8').split('\n').filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

function killPids(procsFile: string): void {
  for (const pid of readPids(procsFile)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {}
  }
}

async function rmdirWhenEmpty(dir: string, procsFile: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    killPids(procsFile);
    try {
      await fsp.rmdir(dir);
      return;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return;
      if (code !== 'EBUSY') throw err;
    }
    await new Promise((r) => setTimeout(r, attempt < 10 ? 5 : 50));
  }
  throw new Error(`cgroup ${dir} stayed busy; processes could not be killed`);
}

/** Subdirectories (child cgroups) of a cgroup directory. */
function children(dir: string): string[] {
  try {
    return fs
      .readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => path.join(dir, e.name));
  } catch {
    return [];
  }
}

/** Depth first: a cgroup with children cannot be removed. */
async function removeTree(dir: string, before?: (dir: string) => void): Promise<void> {
  for (const child of children(dir)) await removeTree(child, before);
  before?.(dir);
  await rmdirWhenEmpty(dir, path.join(dir, 'cgroup.procs'));
}

/** The cgroup path of this process in a v1 controller hierarchy (or v2 when controller is ''). */
function ownPath(controller: string): string {
  const lines = fs.readFileSync('/proc/self/cgroup', 'utf8').split('\n');
  for (const line of lines) {
    const [, ctrls, p] = line.split(':');
    if (ctrls === undefined || p === undefined) continue;
    if (controller === '' ? ctrls === '' : ctrls.split(',').includes(controller)) return p;
  }
  return '/';
}

function writable(dir: string): boolean {
  try {
    fs.accessSync(dir, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

class V1Driver implements CgroupDriver {
  readonly version = 1 as const;
  /** controller -> the quickcode/ directory of its hierarchy */
  private readonly byController: Record<'memory' | 'pids' | 'cpuacct', string>;
  readonly parents: string[];

  constructor(parents: Record<'memory' | 'pids' | 'cpuacct', string>) {
    this.byController = parents;
    this.parents = Object.values(parents);
  }

  get parent(): string {
    return this.byController.memory;
  }

  static detect(root: string): V1Driver | null {
    const parents = {} as Record<'memory' | 'pids' | 'cpuacct', string>;
    for (const c of ['memory', 'pids', 'cpuacct'] as const) {
      const mount = path.join(root, c);
      if (!fs.existsSync(path.join(mount, 'cgroup.procs'))) return null;
      // The hierarchy's root, as isolate does: our own cgroup may belong to a supervisor
      // whose tree is not ours to change.
      if (!writable(mount)) return null;
      parents[c] = path.join(mount, PARENT);
    }
    for (const dir of Object.values(parents)) fs.mkdirSync(dir, { recursive: true });
    return new V1Driver(parents);
  }

  private dirs(name: string) {
    return {
      memory: path.join(this.byController.memory, name),
      pids: path.join(this.byController.pids, name),
      cpuacct: path.join(this.byController.cpuacct, name),
    };
  }

  async create(name: string): Promise<RunCgroup> {
    const d = this.dirs(name);
    await Promise.all([fsp.mkdir(d.memory), fsp.mkdir(d.pids), fsp.mkdir(d.cpuacct)]);
    const procs = [d.memory, d.pids, d.cpuacct].map((dir) => path.join(dir, 'cgroup.procs'));
    const cpuFile = path.join(d.cpuacct, 'cpuacct.usage');
    return {
      name,
      limit: async (limits) => {
        const bytes = String(limits.memoryBytes);
        await fsp.writeFile(path.join(d.memory, 'memory.limit_in_bytes'), bytes);
        // memsw is absent when swap accounting is off; there is then no swap to escape to.
        await fsp.writeFile(path.join(d.memory, 'memory.memsw.limit_in_bytes'), bytes).catch(() => {});
        await fsp.writeFile(path.join(d.memory, 'memory.swappiness'), '0').catch(() => {});
        await fsp.writeFile(path.join(d.pids, 'pids.max'), String(limits.pids));
      },
      procsFiles: procs,
      cpuFile,
      cpuMs: () => readNumber(cpuFile) / 1e6,
      peakBytes: () => readNumber(path.join(d.memory, 'memory.max_usage_in_bytes')),
      oomKilled: () => readKeyed(path.join(d.memory, 'memory.oom_control'), 'oom_kill') > 0,
      killAll: () => {
        for (const f of procs) killPids(f);
      },
      empty: () => procs.every((f) => readPids(f).length === 0),
      remove: () => this.removeByName(name),
    };
  }

  list(): string[] {
    try {
      return fs.readdirSync(this.byController.memory).filter((n) => fs.statSync(path.join(this.byController.memory, n)).isDirectory());
    } catch {
      return [];
    }
  }

  async removeByName(name: string): Promise<void> {
    const d = this.dirs(name);
    // Processes first in every hierarchy (they are the same processes), then the directories.
    for (const dir of [d.memory, d.pids, d.cpuacct]) await removeTree(dir);
  }
}

/** Controllers a v2 run cgroup must have: without them its limits would silently not apply. */
const V2_REQUIRED = ['memory', 'pids'];

function words(file: string): string[] {
  try {
    return fs.readFileSync(file, 'utf8').trim().split(/\s+/).filter(Boolean);
  } catch {
    return [];
  }
}

/** Hand `controllers` down to the children of `dir`; throws with what went wrong and what to do. */
function enableControllers(dir: string, controllers: string[]): void {
  try {
    fs.writeFileSync(path.join(dir, 'cgroup.subtree_control'), controllers.map((c) => `+${c}`).join(' '));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? String(err);
    const why =
      code === 'EBUSY'
        ? 'it still holds processes of its own, and under cgroup v2 a cgroup that hands controllers to children may hold none'
        : code === 'EACCES' || code === 'EPERM'
          ? 'the worker must run as root and be given this cgroup (systemd: Delegate=yes)'
          : 'the kernel refused it';
    throw new Error(`Could not enable the cgroup v2 controllers ${controllers.join(', ')} in ${dir} (${code}): ${why}.`);
  }
}

/** Move every process of `from` into `to` (v2's no-internal-process rule: `from` is about to delegate). */
function moveProcesses(from: string, to: string): void {
  fs.mkdirSync(to, { recursive: true });
  for (const pid of readPids(path.join(from, 'cgroup.procs'))) {
    try {
      fs.writeFileSync(path.join(to, 'cgroup.procs'), String(pid));
    } catch {}
  }
}

class V2Driver implements CgroupDriver {
  readonly version = 2 as const;
  readonly parent: string;
  private readonly controllers: string[];
  readonly parents: string[];

  constructor(parent: string, controllers: string[]) {
    this.parent = parent;
    this.controllers = controllers;
    this.parents = [parent];
  }

  /**
   * Set up `quickcode/` under the cgroup delegated to us (`delegated`, relative to the mount;
   * default: our own cgroup). Throws a sentence naming what is missing: a host that cannot
   * limit memory or processes must not run anything.
   */
  static detect(mount: string, delegated: string | undefined): V2Driver {
    let base = path.join(mount, delegated ?? ownPath(''));
    // An earlier detect in this process already moved us into our 'worker' leaf.
    if (!delegated && path.basename(base) === LEAF && fs.existsSync(path.join(path.dirname(base), PARENT))) base = path.dirname(base);
    if (!fs.existsSync(path.join(base, 'cgroup.controllers'))) {
      throw new Error(`${base} is not a cgroup v2 directory: check QUICKCODE_CGROUP (a path under ${mount}).`);
    }
    const available = words(path.join(base, 'cgroup.controllers'));
    const missing = V2_REQUIRED.filter((c) => !available.includes(c));
    if (missing.length > 0) {
      throw new Error(
        `The cgroup v2 controller ${missing.join(' and ')} is not available to the worker in ${base} (it offers: ${available.join(' ') || 'none'}): ` +
          `enable it in the parent's cgroup.subtree_control, or start the worker with a delegated cgroup (systemd Delegate=yes) and name it in QUICKCODE_CGROUP. ` +
          `Without it runs would have no ${missing.join(' or ')} limit.`,
      );
    }
    // The true root holds processes and may still delegate; any other cgroup (a systemd unit,
    // a container's namespace root) must first move its processes, ours included, into a leaf.
    const isRoot = !fs.existsSync(path.join(base, 'cgroup.type'));
    for (let attempt = 0; ; attempt++) {
      if (!isRoot) moveProcesses(base, path.join(base, LEAF));
      try {
        enableControllers(base, V2_REQUIRED);
        break;
      } catch (err) {
        // A process forked into `base` between the move and the write: move it too.
        if (attempt >= 3 || isRoot || readPids(path.join(base, 'cgroup.procs')).length === 0) throw err;
      }
    }
    const parent = path.join(base, PARENT);
    fs.mkdirSync(parent, { recursive: true });
    enableControllers(parent, V2_REQUIRED);
    const controllers = [...V2_REQUIRED];
    // cpu.stat's usage_usec is there without the cpu controller; enable it when offered.
    if (available.includes('cpu')) {
      try {
        enableControllers(base, ['cpu']);
        enableControllers(parent, ['cpu']);
        controllers.push('cpu');
      } catch {}
    }
    const handed = words(path.join(parent, 'cgroup.subtree_control'));
    const lost = V2_REQUIRED.filter((c) => !handed.includes(c));
    if (lost.length > 0) throw new Error(`cgroup v2: ${parent} does not hand ${lost.join(', ')} to its children: the sandbox cannot limit its runs.`);
    return new V2Driver(parent, controllers);
  }

  async create(name: string, options: { parent?: boolean } = {}): Promise<RunCgroup> {
    const dir = path.join(this.parent, name);
    await fsp.mkdir(dir);
    if (options.parent) await fsp.writeFile(path.join(dir, 'cgroup.subtree_control'), this.controllers.map((c) => `+${c}`).join(' '));
    const killFile = fs.existsSync(path.join(dir, 'cgroup.kill')) ? path.join(dir, 'cgroup.kill') : undefined;
    const procs = path.join(dir, 'cgroup.procs');
    const hasPeak = fs.existsSync(path.join(dir, 'memory.peak'));
    let sampledPeak = 0;
    const peak = () => {
      if (hasPeak) return readNumber(path.join(dir, 'memory.peak'));
      // Kernels before 5.19 have no memory.peak: keep the largest sample seen.
      sampledPeak = Math.max(sampledPeak, readNumber(path.join(dir, 'memory.current')));
      return sampledPeak;
    };
    return {
      name,
      limit: async (limits) => {
        await fsp.writeFile(path.join(dir, 'memory.max'), String(limits.memoryBytes));
        await fsp.writeFile(path.join(dir, 'memory.swap.max'), '0').catch(() => {});
        await fsp.writeFile(path.join(dir, 'pids.max'), String(limits.pids));
      },
      procsFiles: [procs],
      cpuFile: path.join(dir, 'cpu.stat'),
      ...(killFile ? { killFile } : {}),
      cpuMs: () => readKeyed(path.join(dir, 'cpu.stat'), 'usage_usec') / 1000,
      peakBytes: peak,
      oomKilled: () => readKeyed(path.join(dir, 'memory.events'), 'oom_kill') > 0,
      killAll: () => {
        try {
          fs.writeFileSync(path.join(dir, 'cgroup.kill'), '1');
        } catch {
          killPids(procs);
        }
      },
      empty: () => readPids(procs).length === 0,
      remove: () => this.removeByName(name),
    };
  }

  list(): string[] {
    try {
      return fs.readdirSync(this.parent).filter((n) => fs.statSync(path.join(this.parent, n)).isDirectory());
    } catch {
      return [];
    }
  }

  async removeByName(name: string): Promise<void> {
    const dir = path.join(this.parent, name);
    try {
      // Kills the whole subtree at once.
      fs.writeFileSync(path.join(dir, 'cgroup.kill'), '1');
    } catch {}
    await removeTree(dir);
  }
}

/**
 * The cgroups this host offers the sandbox. Pure v2: the v2 driver, or an error naming what
 * is missing. Hybrid (v1 controllers, v2 at /sys/fs/cgroup/unified, usually without them):
 * v2 when it offers memory and pids, else v1. Throws a sentence when neither can limit runs.
 * `delegated` (v2 only): the cgroup handed to the worker, relative to the v2 mount.
 * `root`: where cgroups are mounted (default /sys/fs/cgroup; tests give a fake tree).
 */
export function detectCgroups(options: { delegated?: string; root?: string } = {}): CgroupDriver {
  const root = options.root ?? CGROUP_ROOT;
  if (fs.existsSync(path.join(root, 'cgroup.controllers'))) return V2Driver.detect(root, options.delegated);
  const unified = path.join(root, 'unified');
  let v2Problem = 'there is no cgroup v2 hierarchy';
  if (fs.existsSync(path.join(unified, 'cgroup.controllers'))) {
    try {
      return V2Driver.detect(unified, options.delegated);
    } catch (err) {
      v2Problem = (err as Error).message;
    }
  }
  if (options.delegated) throw new Error(`QUICKCODE_CGROUP is set but cannot be used: ${v2Problem}`);
  const v1 = V1Driver.detect(root);
  if (v1) return v1;
  throw new Error(
    `No cgroups the sandbox can use: cgroup v1 has no writable memory, pids and cpuacct hierarchies under ${root}, and for v2: ${v2Problem} Run the worker as root on a host with cgroups.`,
  );
}
