import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox } from './index.js';
import type { Box, Sandbox, SandboxLimits } from './types.js';

/** The sandbox's own contract, with sh and python3 as the programs (no compiler needed). */

const LIMITS: SandboxLimits = {
  cpuMs: 2000,
  wallMs: 5000,
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

function cgroupLeftovers(): string[] {
  return fs.readdirSync(sandbox.cgroupParent!).filter((n) => n.startsWith(`${process.pid}.`));
}

const read = (file: string) => fs.readFileSync(file, 'utf8').trim();
const words = (file: string) => (fs.existsSync(file) ? read(file).split(/\s+/) : []);

/** The version the sandbox must pick here: pure v2, or a hybrid whose v2 offers memory and pids, is v2. */
function expectedCgroupVersion(): 1 | 2 {
  if (fs.existsSync('/sys/fs/cgroup/cgroup.controllers')) return 2;
  const unified = words('/sys/fs/cgroup/unified/cgroup.controllers');
  return unified.includes('memory') && unified.includes('pids') ? 2 : 1;
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
  it('uses the cgroup version this host offers, and limits each run there', async () => {
    expect(sandbox.cgroupVersion).toBe(expectedCgroupVersion());
    const parent = sandbox.cgroupParent!;
    expect(parent).toMatch(/^\/sys\/fs\/cgroup\/.*quickcode$/);
    if (sandbox.cgroupVersion === 2) {
      expect(words(path.join(parent, 'cgroup.subtree_control'))).toEqual(expect.arrayContaining(['memory', 'pids']));
    }
    const running = sh('echo started; sleep 3', { limits: { ...LIMITS, wallMs: 10_000 } });
    let live: string | undefined;
    for (let i = 0; i < 200 && !live; i++) {
      await new Promise((r) => setTimeout(r, 25));
      live = fs.readdirSync(parent).find((n) => n.startsWith(`${process.pid}.`) && fs.existsSync(path.join(parent, n, 'cgroup.procs')) && read(path.join(parent, n, 'cgroup.procs')) !== '');
    }
    expect(live, 'a run cgroup with the program in it').toBeDefined();
    const dir = path.join(parent, live!);
    const pidsDir = sandbox.cgroupVersion === 2 ? dir : path.join('/sys/fs/cgroup/pids/quickcode', live!);
    if (sandbox.cgroupVersion === 2) {
      expect(Number(read(path.join(dir, 'memory.max')))).toBe(LIMITS.memoryKb * 1024);
      expect(read(path.join(dir, 'memory.swap.max'))).toBe('0');
    } else {
      expect(Number(read(path.join(dir, 'memory.limit_in_bytes')))).toBe(LIMITS.memoryKb * 1024);
    }
    const pidsMax = read(path.join(pidsDir, 'pids.max'));
    expect(pidsMax).not.toBe('max');
    expect(Number(pidsMax)).toBeGreaterThanOrEqual(LIMITS.pids);
    expect(Number(pidsMax)).toBeLessThan(LIMITS.pids + 10);
    expect(await running).toMatchObject({ exitCode: 0, stdout: 'started\n', limitExceeded: null });
  });

  it('runs a program with stdin from a file and reports its facts', async () => {
    const input = path.join(root, 'in.txt');
    fs.writeFileSync(input, '2 3\n');
    const r = await py('a, b = map(int, input().split()); print(a + b)', { stdinFile: input });
    expect(r).toMatchObject({ exitCode: 0, signal: null, limitExceeded: null, stdout: '5\n' });
    expect(r.internalError).toBeUndefined();
    expect(r.cpuMs).toBeGreaterThan(0);
    expect(r.memoryKb).toBeGreaterThan(0);
    await sandbox.close?.();
    expect(cgroupLeftovers()).toEqual([]);
  });

  it('tells an exit code from a signal', async () => {
    expect(await sh('exit 139')).toMatchObject({ exitCode: 139, signal: null });
    expect(await sh('kill -SEGV $$')).toMatchObject({ exitCode: null, signal: 'SIGSEGV' });
    expect(await sh('kill -FPE $$')).toMatchObject({ exitCode: null, signal: 'SIGFPE' });
    expect(await py('import os; os.abort()')).toMatchObject({ exitCode: null, signal: 'SIGABRT' });
  });

  it('streams the answer channel (fd 3) apart from stdout, and closes fd 3 otherwise', async () => {
    const chunks: Buffer[] = [];
    const r = await sh('echo printed; echo answer-1 >&3; echo answer-2 >&3', { onAnswer: (c) => chunks.push(c) });
    expect(r.stdout).toBe('printed\n');
    expect(Buffer.concat(chunks).toString()).toBe('answer-1\nanswer-2\n');
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
    const r = await sh('for i in 1 2 3 4; do (while :; do :; done) & done; wait', { limits: { ...LIMITS, cpuMs: 600 } });
    expect(r.limitExceeded).toBe('cpu');
    expect(r.cpuMs).toBeGreaterThanOrEqual(600);
    expect(r.cpuMs).toBeLessThan(1200);
  });

  it('ends at the wall limit a program that only waits', async () => {
    const r = await sh('echo started; sleep 30', { limits: { ...LIMITS, wallMs: 500 } });
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
        expect([boxId, tmpId]).toEqual([String(i), String(i)]);
        expect(Number(procs)).toBeLessThanOrEqual(5); // our init, sh, ls, grep (+ the subshell)
      });
    } finally {
      await Promise.all(boxes.map((b) => b.dispose()));
    }
  });

  it('sweeps what a crashed worker left: cgroups (and their processes), boxes, run files', async () => {
    const dead = '999999999.1';
    const cg = path.join(sandbox.cgroupParent!, `${dead}-7`);
    fs.mkdirSync(cg);
    const orphan = spawn('sleep', ['600'], { stdio: 'ignore' });
    const gone = new Promise<string | null>((resolve) => orphan.on('exit', (_code, signal) => resolve(signal)));
    fs.writeFileSync(path.join(cg, 'cgroup.procs'), String(orphan.pid));
    fs.mkdirSync(path.join(root, 'boxes', `${dead}-abc`));
    fs.writeFileSync(path.join(root, 'runs', `${dead}-7.out`), 'x');
    const second = await createSandbox({ root });
    await second.close?.();
    expect(fs.existsSync(cg)).toBe(false);
    expect(await gone).toBe('SIGKILL');
    expect(fs.existsSync(path.join(root, 'boxes', `${dead}-abc`))).toBe(false);
    expect(fs.existsSync(path.join(root, 'runs', `${dead}-7.out`))).toBe(false);
    expect(fs.existsSync(box.dir)).toBe(true); // a live owner's box stays
  });
});
