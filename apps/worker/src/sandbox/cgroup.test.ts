import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { detectCgroups } from './cgroup.js';

/**
 * Start-up decisions of the cgroup layer on fake cgroup trees (plain directories with the
 * kernel's file names): a host that cannot limit memory or processes must refuse to start,
 * naming what is missing. The real kernel's side is proven by `npm run test:cgroup2`.
 */

let root: string;

/** A fake cgroup v2 directory offering `controllers`; `child`: not the hierarchy's root (has cgroup.type). */
function cgroup(dir: string, controllers: string, opts: { child?: boolean; procs?: string } = {}): string {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'cgroup.controllers'), `${controllers}\n`);
  fs.writeFileSync(path.join(dir, 'cgroup.subtree_control'), '');
  fs.writeFileSync(path.join(dir, 'cgroup.procs'), opts.procs ?? '');
  if (opts.child) fs.writeFileSync(path.join(dir, 'cgroup.type'), 'domain\n');
  return dir;
}

function startError(options: { delegated?: string }): string {
  try {
    detectCgroups({ ...options, root });
  } catch (err) {
    return (err as Error).message;
  }
  return 'NO ERROR';
}

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'qc-fake-cgroup-'));
});

afterEach(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

describe('cgroup v2 start-up on a fake tree', () => {
  const service = '/system.slice/quickcode-worker.service';

  it('refuses to start, naming pids, when the delegated cgroup lacks the pids controller', () => {
    cgroup(root, 'cpuset cpu io memory pids');
    const dir = cgroup(path.join(root, service), 'cpu io memory', { child: true });
    const error = startError({ delegated: service });
    expect(error).toMatch(/controller pids is not available/);
    expect(error).toContain(dir);
    expect(error).toContain('no pids limit');
    // Nothing was set up half-way.
    expect(fs.existsSync(path.join(dir, 'quickcode'))).toBe(false);
    expect(fs.existsSync(path.join(dir, 'worker'))).toBe(false);
    expect(fs.readFileSync(path.join(dir, 'cgroup.subtree_control'), 'utf8')).toBe('');
  });

  it('names both when memory and pids are missing', () => {
    cgroup(root, 'cpuset cpu io memory pids');
    cgroup(path.join(root, service), 'cpu io', { child: true });
    expect(startError({ delegated: service })).toMatch(/controller memory and pids is not available.*it offers: cpu io/);
  });

  it('says so when QUICKCODE_CGROUP names no cgroup', () => {
    cgroup(root, 'cpuset cpu io memory pids');
    expect(startError({ delegated: '/no/such.service' })).toMatch(/not a cgroup v2 directory: check QUICKCODE_CGROUP/);
  });

  it('refuses to start when the kernel does not hand the controllers down', () => {
    // A plain file reads back what was written ('+memory +pids'), not the enabled controllers
    // ('memory pids') the kernel shows: as if the write had been ignored.
    cgroup(root, 'cpuset cpu io memory pids');
    cgroup(path.join(root, service), 'cpu io memory pids', { child: true });
    expect(startError({ delegated: service })).toMatch(/does not hand memory, pids to its children: the sandbox cannot limit its runs/);
  });

  it('explains a refused write to cgroup.subtree_control, naming the controllers', () => {
    cgroup(root, 'cpuset cpu io memory pids');
    const dir = cgroup(path.join(root, service), 'cpu io memory pids', { child: true });
    fs.rmSync(path.join(dir, 'cgroup.subtree_control'));
    fs.mkdirSync(path.join(dir, 'cgroup.subtree_control'));
    expect(startError({ delegated: service })).toMatch(/Could not enable the cgroup v2 controllers memory, pids in .*quickcode-worker\.service/);
  });

  it('moves the processes of a non-root cgroup into its worker leaf before delegating', () => {
    cgroup(root, 'cpuset cpu io memory pids');
    const dir = cgroup(path.join(root, service), 'cpu io memory pids', { child: true, procs: '4242\n' });
    startError({ delegated: service });
    expect(fs.readFileSync(path.join(dir, 'worker', 'cgroup.procs'), 'utf8')).toBe('4242');
  });
});

describe('hybrid hosts (v1 controllers, v2 at unified/)', () => {
  it('refuses to start when neither v1 nor v2 can limit memory and pids, saying why for each', () => {
    cgroup(path.join(root, 'unified'), 'hugetlb');
    const error = startError({});
    expect(error).toMatch(/cgroup v1 has no writable memory, pids and cpuacct hierarchies/);
    expect(error).toMatch(/controller memory and pids is not available/);
  });

  it('does not fall back to v1 when a delegated v2 cgroup is named but unusable', () => {
    cgroup(path.join(root, 'unified'), 'hugetlb');
    for (const c of ['memory', 'pids', 'cpuacct']) {
      fs.mkdirSync(path.join(root, c), { recursive: true });
      fs.writeFileSync(path.join(root, c, 'cgroup.procs'), '');
    }
    expect(startError({ delegated: '/' })).toMatch(/QUICKCODE_CGROUP is set but cannot be used: .*controller memory and pids is not available/);
  });

  it('uses v1 when v2 offers nothing', () => {
    cgroup(path.join(root, 'unified'), 'hugetlb');
    for (const c of ['memory', 'pids', 'cpuacct']) {
      fs.mkdirSync(path.join(root, c), { recursive: true });
      fs.writeFileSync(path.join(root, c, 'cgroup.procs'), '');
    }
    const driver = detectCgroups({ root });
    expect(driver.version).toBe(1);
    expect(driver.parents.sort()).toEqual(['cpuacct', 'memory', 'pids'].map((c) => path.join(root, c, 'quickcode')));
  });
});
