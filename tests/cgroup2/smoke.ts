import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createSandbox } from '../../apps/worker/src/sandbox/index.js';

/**
 * First step inside the VM (init.sh), before the slow vitest runs: make the sandbox from a
 * cgroup of its own and run one trivial program, printing what the sandbox detected and the
 * run's facts (or the start-up error) on the console. Exit status 1 when it cannot.
 */
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'qc-smoke-'));
fs.chmodSync(root, 0o755);
try {
  const sandbox = await createSandbox({ root, concurrency: 1 });
  console.log(`qc-cgroup2: smoke: sandbox detected cgroup v${sandbox.cgroupVersion}; runs under ${sandbox.cgroupParent}`);
  const box = await sandbox.createBox();
  const limits = { cpuMs: 2000, wallMs: 10_000, memoryKb: 64 * 1024, pids: 8, outputBytes: 1024, fileBytes: 1024, openFiles: 32, tmpBytes: 1 << 20 };
  const r = await sandbox.run({ argv: ['/usr/bin/python3', '-c', 'print(6 * 7)'], box, limits });
  console.log(`qc-cgroup2: smoke: python3 -> ${JSON.stringify(r)}`);
  await box.dispose();
  await sandbox.close?.();
  process.exitCode = r.stdout === '42\n' ? 0 : 1;
} catch (err) {
  console.log(`qc-cgroup2: smoke: ${(err as Error).message}`);
  process.exitCode = 1;
} finally {
  fs.rmSync(root, { recursive: true, force: true });
}
