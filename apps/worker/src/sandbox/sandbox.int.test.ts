import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectCgroups } from './cgroup.js';
import { createSandbox } from './index.js';
import type { Box, Sandbox, SandboxLimits } from './types.js';

/** The sandbox's own contract, with sh and python3 as the programs (no compiler needed). */

/** Time limits of these tests are multiplied by this (test:cgroup2's emulated VM sets it: programs run many times slower there). */
const SCALE = Number(process.env.QC_CGROUP2_TIME_SCALE) || 1;

const LIMITS: SandboxLimits = {
  cpuMs: 2000 * SCALE,
  wallMs: 5000 * SCALE,
  memoryKb: 128 * 1024,
  pids: 16,
  outputBytes: 64 * 1024,
  fileBytes: 16 << 20,
  openFiles: 64,
  tmpBytes: 16 << 20,
};

let root: string;
let sandbox: Sandbox;
let box: Box;

/** Our worker's box cgroups, in every hierarchy of the cgroup version this machine has (v1 or v2). */
function boxCgroups(): string[] {
  const driver = detectCgroups();
  if (!driver) throw new Error('no cgroups');
  expect(driver.version).toBe(sandbox.cgroupVersion);
  const found: string[] = [];
  // The first sandbox's owner id starts its boxes' names.
  const owner = path.basename(box.dir).split('-')[0]!;
  for (const parent of driver.parents) {
    for (const worker of fs.readdirSync(parent).filter((n) => n.startsWith('worker-') && n.endsWith(`-${owner}`))) {
      for (const b of fs.readdirSync(path.join(parent, worker)).filter((n) => n.startsWith('box-'))) found.push(path.join(parent, worker, b));
    }
  }
  return found;
}

const sh = (script: string, extra: Partial<Parameters<Sandbox['run']>[0]> = {}) => sandbox.run({ argv: ['/bin/sh', '-c', script], box, limits: LIMITS, ...extra });
const py = (code: string, extra: Partial<Parameters<Sandbox['run']>[0]> = {}) => sandbox.run({ argv: ['/usr/bin/python3', '-c', code], box, limits: LIMITS, ...extra });

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'qc-sandbox-'));
  fs.chmodSync(root, 0o755);
  sandbox = await createSandbox({ root });
  box = await sandbox.createBox();
});

afterAll(async () => {
  await sandbox?.close?.();
  await box?.dispose();
  if (root) fs.rmSync(root, { recursive: true, force: true });
});

describe('sandbox', () => {
  it('runs a program with stdin from a file and reports its facts', async () => {
    const input = path.join(root, 'in.txt');
    fs.writeFileSync(input, '2 3\n');
    const r = await py('a, b = map(int, input().split()); print(a + b)', { stdinFile: input });
    expect(r).toMatchObject({ exitCode: 0, signal: null, limitExceeded: null, stdout: '5\n' });
    expect(r.internalError).toBeUndefined();
    expect(r.cpuMs).toBeGreaterThan(0);
    expect(r.memoryKb).toBeGreaterThan(0);
  });

  it('removes the cgroups of a box (every hierarchy) with the box', async () => {
    const before = boxCgroups();
    const other = await sandbox.createBox();
    expect(await sandbox.run({ argv: ['/bin/true'], box: other, limits: LIMITS })).toMatchObject({ exitCode: 0 });
    const during = boxCgroups().filter((d) => !before.includes(d));
    // A box made now (a warm one may have been made too): each hierarchy has a cgroup for it.
    expect(during.length).toBeGreaterThanOrEqual(sandbox.cgroupVersion === 1 ? 3 : 1);
    await other.dispose();
    await sandbox.close?.();
    const left = boxCgroups().filter((d) => !before.includes(d));
    expect(left).toEqual([]);
  });

  it('gives every run a fresh /tmp and /dev/shm and no process of the run before', async () => {
    const first = await sh('echo one > /tmp/a; echo one > /dev/shm/b; (sleep 30 &) ; echo started');
    expect(first.stdout).toBe('started\n');
    const second = await sh('ls -A /tmp /dev/shm; ps -eo comm= 2>/dev/null || ls /proc | grep -c "^[0-9]"');
    expect(second.stdout).not.toContain('a\n');
    expect(second.stdout).not.toContain('sleep');
    // Files in /box stay: the compiled program lives there.
    await sh('echo kept > /box/k');
    expect((await sh('cat /box/k')).stdout).toBe('kept\n');
  });

  it('tells an exit code from a signal', async () => {
    expect(await sh('exit 139')).toMatchObject({ exitCode: 139, signal: null });
    expect(await sh('kill -SEGV $$')).toMatchObject({ exitCode: null, signal: 'SIGSEGV' });
    expect(await sh('kill -FPE $$')).toMatchObject({ exitCode: null, signal: 'SIGFPE' });
    expect(await py('import os; os.abort()')).toMatchObject({ exitCode: null, signal: 'SIGABRT' });
  });

  it('gives the run its own answer file on fd 3 apart from stdout, and closes fd 3 otherwise', async () => {
    const r = await sh('echo printed; echo answer-1 >&3; echo answer-2 >&3; cat /proc/self/fd/3 >/dev/null && echo reopened', { answer: true });
    expect(r.stdout).toBe('printed\nreopened\n');
    expect(r.answer).toBe('answer-1\nanswer-2\n');
    expect((await sh('true', { answer: true })).answer).toBe('');
    const big = await py(`import os\nos.write(3, b'a' * ${LIMITS.outputBytes + 10})`, { answer: true });
    expect(big.limitExceeded).toBe('output');
    const without = await sh('echo x >&3 && echo WROTE');
    expect(without.stdout).not.toContain('WROTE');
  });

  it('caps stdout at outputBytes, keeping the head, and calls it an output limit', async () => {
    const r = await py(`import sys\nsys.stdout.write('a' * ${LIMITS.outputBytes + 5000})`);
    expect(r.limitExceeded).toBe('output');
    expect(r.stdout.length).toBe(LIMITS.outputBytes);
  });

  it('keeps the tail of stderr', async () => {
    const r = await py("import sys\nfor i in range(20000): sys.stderr.write(f'line {i}\\n')", { stderrBytes: 1000 });
    expect(r.stderr.length).toBeLessThanOrEqual(1000);
    expect(r.stderr).toContain('line 19999');
  });

  it('measures CPU of the whole tree and ends at the CPU limit', async () => {
    const cpuMs = 600 * SCALE;
    const r = await sh('for i in 1 2 3 4; do (while :; do :; done) & done; wait', { limits: { ...LIMITS, cpuMs } });
    expect(r.limitExceeded).toBe('cpu');
    expect(r.cpuMs).toBeGreaterThanOrEqual(cpuMs);
    expect(r.cpuMs).toBeLessThan(cpuMs * 2);
  });

  it('ends at the wall limit a program that only waits', async () => {
    const r = await sh('echo started; sleep 30', { limits: { ...LIMITS, wallMs: 500 * SCALE } });
    expect(r).toMatchObject({ limitExceeded: 'wall', signal: 'SIGKILL', stdout: 'started\n' });
  });

  it('reports peak memory and a memory limit', async () => {
    const ok = await py("b = bytearray(b'x') * (48 << 20); print(len(b))");
    expect(ok.limitExceeded).toBeNull();
    expect(ok.memoryKb).toBeGreaterThan(48 * 1024);
    const over = await py("b = bytearray(b'x') * (512 << 20)");
    expect(over.limitExceeded).toBe('memory');
  });

  it('says internalError when the program cannot be started at all', async () => {
    const r = await sandbox.run({ argv: ['/nonexistent/program'], box, limits: LIMITS });
    expect(r.internalError).toMatch(/ENOENT/);
    expect(r.limitExceeded).toBeNull();
  });

  it('refuses a stdin that is a FIFO or a symlink instead of hanging or following it', async () => {
    await sh('mkfifo /box/fifo; ln -sf /etc/passwd /box/link');
    expect((await sh('cat', { stdinFile: path.join(box.dir, 'fifo') })).internalError).toBeTruthy();
    expect((await sh('cat', { stdinFile: path.join(box.dir, 'link') })).internalError).toBeTruthy();
    await expect(box.writeFile('../escape', 'x')).rejects.toThrow();
    await box.writeFile('link', 'safe');
    expect(fs.lstatSync(path.join(box.dir, 'link')).isFile()).toBe(true);
  });

  it('isolates concurrent runs from each other', async () => {
    const boxes = await Promise.all([1, 2, 3, 4].map(() => sandbox.createBox()));
    try {
      const results = await Promise.all(
        boxes.map((b, i) =>
          sandbox.run({
            argv: ['/bin/sh', '-c', `echo ${i} > /box/id; echo ${i} > /tmp/id; sleep 0.2; cat /box/id /tmp/id; ls /proc | grep -c '^[0-9]'`],
            box: b,
            limits: LIMITS,
          }),
        ),
      );
      results.forEach((r, i) => {
        const [boxId, tmpId, procs] = r.stdout.trim().split('\n');
        expect([boxId, tmpId], JSON.stringify(r)).toEqual([String(i), String(i)]);
        expect(Number(procs), JSON.stringify(r)).toBeLessThanOrEqual(5); // our init, sh, ls, grep (+ the subshell)
      });
    } finally {
      await Promise.all(boxes.map((b) => b.dispose()));
    }
  });

  it('sweeps what a crashed worker left once its lease ran out: cgroups (and their processes), boxes, run files', async () => {
    const parents = detectCgroups()!.parents;
    const leftovers = (owner: string) => ({
      cgroups: parents.map((p) => path.join(p, `worker-${owner}`)),
      box: path.join(root, 'boxes', `${owner}-abc`),
      run: path.join(root, 'runs', `${owner}-abc-run-7.out`),
      lease: path.join(root, 'owners', owner),
    });
    const make = (owner: string, mtime: Date) => {
      const l = leftovers(owner);
      for (const cg of l.cgroups) fs.mkdirSync(path.join(cg, 'box-x'), { recursive: true });
      fs.mkdirSync(l.box);
      fs.writeFileSync(l.run, 'x');
      fs.writeFileSync(l.lease, '');
      for (const f of [...l.cgroups, l.lease]) fs.utimesSync(f, mtime, mtime);
      return l;
    };
    // Dead: its lease was last renewed two minutes ago. Alive: renewed just now by a worker no
    // process of ours can see (another container's pid namespace), so /proc cannot tell.
    const dead = make('deadbeef0001', new Date(Date.now() - 120_000));
    const alive = make('a11ce0000001', new Date());
    try {
      await (await createSandbox({ root, warmBoxes: 0 })).close?.();
      for (const cg of dead.cgroups) expect(fs.existsSync(cg)).toBe(false);
      for (const f of [dead.box, dead.run, dead.lease]) expect(fs.existsSync(f)).toBe(false);
      for (const f of [...alive.cgroups, alive.box, alive.run, alive.lease]) expect(fs.existsSync(f)).toBe(true);
      expect(fs.existsSync(box.dir)).toBe(true); // our own live box stays
    } finally {
      // cgroups are removed with rmdir, children first.
      for (const cg of alive.cgroups) for (const dir of [path.join(cg, 'box-x'), cg]) fs.rmdirSync(dir);
    }
  });
});
