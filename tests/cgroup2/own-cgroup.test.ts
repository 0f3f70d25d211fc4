import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox } from '../../apps/worker/src/sandbox/index.js';
import type { Sandbox } from '../../apps/worker/src/sandbox/types.js';
import { exploitsByFile, judgeExploit, judgeVerdictFolder, ownCgroup, say, waitForNoStray } from './judge.js';

/**
 * Inside the VM of `npm run test:cgroup2` (see init.sh): a root worker started in a cgroup
 * of its own (a login session, a container's namespace root), which it must turn into its
 * sandbox's subtree. QC_CGROUP2_BASE names that cgroup.
 */

const base = process.env.QC_CGROUP2_BASE ?? '';
const VERDICTS = ['AC', 'WA', 'TLE', 'MLE', 'RE', 'OLE'];
const FOLDERS = [...['python', 'c'].flatMap((l) => VERDICTS.map((v) => `${l}_${v}`)), 'c_CE'];
const EXPLOITS = exploitsByFile(['fork_bomb.c', 'memory_bomb.cpp', 'daemon.c', 'daemon.py']);

let sandbox: Sandbox;
let root: string;

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'qc-cgroup2-'));
  fs.chmodSync(root, 0o755);
  sandbox = await createSandbox({ root });
  say(`sandbox detected cgroup v${sandbox.cgroupVersion}; runs under ${sandbox.cgroupParent}`);
});

afterAll(async () => {
  await sandbox?.close?.();
  if (root) fs.rmSync(root, { recursive: true, force: true });
});

describe('cgroup v2 only, a root worker in its own cgroup', () => {
  it('runs on a kernel with cgroup2 as the only hierarchy', () => {
    const mounts = fs
      .readFileSync('/proc/mounts', 'utf8')
      .split('\n')
      .map((l) => l.split(' '));
    expect(mounts.filter((m) => m[2] === 'cgroup').map((m) => m[1])).toEqual([]);
    expect(mounts.filter((m) => m[2] === 'cgroup2').map((m) => m[1])).toEqual(['/sys/fs/cgroup']);
    expect(base, 'QC_CGROUP2_BASE').not.toBe('');
  });

  it('detects v2, delegates from its own cgroup and moves itself into a leaf', () => {
    expect(sandbox.cgroupVersion).toBe(2);
    const dir = `/sys/fs/cgroup${base}`;
    expect(sandbox.cgroupParent).toBe(`${dir}/quickcode`);
    // The no-internal-process rule: the cgroup that hands controllers down holds no process.
    expect(fs.readFileSync(`${dir}/cgroup.procs`, 'utf8').trim()).toBe('');
    expect(ownCgroup()).toBe(`${base}/worker`);
    for (const d of [dir, `${dir}/quickcode`]) {
      expect(fs.readFileSync(`${d}/cgroup.subtree_control`, 'utf8').trim().split(' ')).toEqual(expect.arrayContaining(['memory', 'pids', 'cpu']));
    }
  });

  for (const folder of FOLDERS) {
    const expected = folder.split('_')[1];
    it(`verdict ${folder} -> ${expected}`, async () => {
      const { verdict, detail } = await judgeVerdictFolder(sandbox, folder);
      say(`verdict ${folder}: ${verdict} (expected ${expected})`);
      expect(verdict, detail).toBe(expected);
    });
  }

  for (const exploit of EXPLOITS) {
    it(`exploit ${exploit.file}: ${exploit.name}`, async () => {
      const { verdict, stdout, detail } = await judgeExploit(sandbox, exploit);
      const stray = await waitForNoStray(5000);
      say(`exploit ${exploit.file}: ${verdict} (allowed ${exploit.verdict.join('|')}), ${stray.length} processes left`);
      expect(exploit.verdict, detail).toContain(verdict);
      for (const s of exploit.stdoutIncludes ?? []) expect(stdout, detail).toContain(s);
      for (const s of exploit.stdoutExcludes ?? []) expect(stdout, detail).not.toContain(s);
      expect(stray).toEqual([]);
    });
  }
});
