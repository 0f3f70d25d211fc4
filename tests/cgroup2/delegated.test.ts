import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox } from '../../apps/worker/src/sandbox/index.js';
import type { Sandbox } from '../../apps/worker/src/sandbox/types.js';
import { exploitsByFile, judgeExploit, judgeVerdictFolder, ownCgroup, say, waitForNoStray } from './judge.js';

/**
 * Inside the VM of `npm run test:cgroup2` (see init.sh): a worker started as systemd does with
 * Delegate=yes. init.sh made QUICKCODE_CGROUP's cgroup with controllers handed to it and put
 * this process in a leaf below it; the sandbox is pointed there through that variable.
 */

const delegated = process.env.QUICKCODE_CGROUP ?? '';
const CG = '/sys/fs/cgroup';
const startedIn = ownCgroup();

let sandbox: Sandbox;
let root: string;

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'qc-cgroup2-'));
  fs.chmodSync(root, 0o755);
  sandbox = await createSandbox({ root, cgroup: delegated });
  say(`sandbox detected cgroup v${sandbox.cgroupVersion}; runs under ${sandbox.cgroupParent}`);
});

afterAll(async () => {
  await sandbox?.close?.();
  if (root) fs.rmSync(root, { recursive: true, force: true });
});

describe('cgroup v2 only, a worker given a delegated cgroup (systemd Delegate=yes)', () => {
  it('detects v2 and makes its subtree in the delegated cgroup, leaving its own leaf alone', () => {
    expect(delegated, 'QUICKCODE_CGROUP').not.toBe('');
    expect(sandbox.cgroupVersion).toBe(2);
    expect(sandbox.cgroupParent).toBe(`${CG}${delegated}/quickcode`);
    expect(startedIn.startsWith(`${delegated}/`)).toBe(true);
    expect(ownCgroup()).toBe(startedIn);
    expect(fs.readFileSync(`${CG}${delegated}/cgroup.subtree_control`, 'utf8').trim().split(' ')).toEqual(expect.arrayContaining(['memory', 'pids']));
  });

  for (const folder of ['python_AC', 'python_MLE', 'c_TLE']) {
    const expected = folder.split('_')[1];
    it(`verdict ${folder} -> ${expected}`, async () => {
      const { verdict, detail } = await judgeVerdictFolder(sandbox, folder);
      say(`delegated: verdict ${folder}: ${verdict} (expected ${expected})`);
      expect(verdict, detail).toBe(expected);
    });
  }

  for (const exploit of exploitsByFile(['fork_bomb.c', 'daemon.c'])) {
    it(`exploit ${exploit.file}: ${exploit.name}`, async () => {
      const { verdict, detail } = await judgeExploit(sandbox, exploit);
      const stray = await waitForNoStray(5000);
      say(`delegated: exploit ${exploit.file}: ${verdict} (allowed ${exploit.verdict.join('|')}), ${stray.length} processes left`);
      expect(exploit.verdict, detail).toContain(verdict);
      expect(stray).toEqual([]);
    });
  }

  for (const missing of ['pids', 'memory']) {
    it(`refuses to start, naming ${missing}, when the delegated cgroup lacks it`, async () => {
      const slice = `${CG}/no-${missing}.slice`;
      const service = `${slice}/quickcode-worker.service`;
      fs.mkdirSync(service, { recursive: true });
      try {
        const others = ['memory', 'pids', 'cpu'].filter((c) => c !== missing);
        fs.writeFileSync(`${slice}/cgroup.subtree_control`, others.map((c) => `+${c}`).join(' '));
        expect(fs.readFileSync(`${service}/cgroup.controllers`, 'utf8')).not.toContain(missing);
        const error = await createSandbox({ root, cgroup: `/no-${missing}.slice/quickcode-worker.service` }).then(
          () => null,
          (err: Error) => err.message,
        );
        say(`missing ${missing}: ${error ?? 'NO ERROR'}`);
        expect(error).toMatch(new RegExp(`controller ${missing} is not available`));
        expect(fs.existsSync(`${service}/quickcode`)).toBe(false);
      } finally {
        fs.rmdirSync(service);
        fs.rmdirSync(slice);
      }
    });
  }
});
