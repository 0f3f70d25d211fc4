import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createSandbox } from '../apps/worker/src/sandbox/index.js';
import type { Sandbox } from '../apps/worker/src/sandbox/types.js';
import { compileProgram, languages, resolveLimits, runProgram } from '../apps/worker/src/languages/index.js';
import { median, ms } from './stats.js';

/**
 * What the sandbox costs per test: the same a+b program (python3 and C) started bare and as
 * one more test in a warm box (a fresh process, its own cgroup, files and fresh /tmp; Python
 * through the box's fork server, and without it), interleaved round by round so both see the
 * same machine, medians compared. Also a whole box: made, one test, destroyed.
 * BENCH_SANDBOX_ROUNDS sets the rounds (default 40).
 */

const PY = languages.python;
const C = languages.c;

function timeSpawn(cmd: string, args: string[], stdinFile?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const stdin = stdinFile ? fs.openSync(stdinFile, 'r') : 'ignore';
    const started = performance.now();
    const child = spawn(cmd, args, { stdio: [stdin, 'ignore', 'ignore'], env: {} as NodeJS.ProcessEnv });
    child.on('error', reject);
    child.on('exit', () => {
      if (typeof stdin === 'number') fs.closeSync(stdin);
      resolve(performance.now() - started);
    });
  });
}

async function timeSandboxed(sandbox: Sandbox, box: Awaited<ReturnType<Sandbox['createBox']>>, lang: typeof PY, stdinFile: string): Promise<number> {
  const started = performance.now();
  const r = await runProgram(sandbox, box, lang, { stdinFile, limits: resolveLimits({ timeMs: 2000, memoryMb: 256, outputKb: 64 }, lang, 'run') });
  if (r.stdout.trim() !== '5') throw new Error(`sandboxed ${lang.id} a+b printed ${JSON.stringify(r.stdout)} ${r.internalError ?? r.stderr}`);
  return performance.now() - started;
}

async function timeExecPython(sandbox: Sandbox, box: Awaited<ReturnType<Sandbox['createBox']>>, stdinFile: string): Promise<number> {
  const started = performance.now();
  const limits = resolveLimits({ timeMs: 2000, memoryMb: 256, outputKb: 64 }, PY, 'run');
  const r = await sandbox.run({ argv: ['/usr/bin/python3', '-B', 'main.py'], box, limits, stdinFile, env: { PYTHONDONTWRITEBYTECODE: '1' } });
  if (r.stdout.trim() !== '5') throw new Error(`sandboxed python3 a+b printed ${JSON.stringify(r.stdout)} ${r.internalError ?? r.stderr}`);
  return performance.now() - started;
}

async function timeFullCycle(sandbox: Sandbox, stdinFile: string): Promise<number> {
  const started = performance.now();
  const box = await sandbox.createBox();
  try {
    await compileProgram(sandbox, box, PY, PY.selfTest);
    await timeSandboxed(sandbox, box, PY, stdinFile);
  } finally {
    await box.dispose();
  }
  return performance.now() - started;
}

export async function main(): Promise<void> {
  const rounds = Number(process.env.BENCH_SANDBOX_ROUNDS ?? 40);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'qc-bench-sandbox-'));
  fs.chmodSync(root, 0o755);
  const sandbox = await createSandbox({ root, concurrency: 1 });
  const bare = path.join(root, 'bare');
  fs.mkdirSync(bare);
  const stdinFile = path.join(bare, 'in.txt');
  fs.writeFileSync(stdinFile, '2 3\n');
  fs.writeFileSync(path.join(bare, 'main.py'), PY.selfTest);
  fs.writeFileSync(path.join(bare, 'main.c'), C.selfTest);
  execFileSync('/usr/bin/gcc', ['-O2', '-o', path.join(bare, 'main'), path.join(bare, 'main.c')]);

  const pyBox = await sandbox.createBox();
  const cBox = await sandbox.createBox();
  try {
    await compileProgram(sandbox, pyBox, PY, PY.selfTest);
    const compiled = await compileProgram(sandbox, cBox, C, C.selfTest);
    if (!compiled.ok) throw new Error(`C a+b did not compile: ${compiled.output}`);

    const variants: [string, () => Promise<number>][] = [
      ['python3 bare', () => timeSpawn('/usr/bin/python3', [path.join(bare, 'main.py')], stdinFile)],
      ['python3 sandboxed (test in warm box, fork server)', () => timeSandboxed(sandbox, pyBox, PY, stdinFile)],
      ['python3 sandboxed (test in warm box, exec)', () => timeExecPython(sandbox, pyBox, stdinFile)],
      ['python3 sandboxed (box + run + dispose)', () => timeFullCycle(sandbox, stdinFile)],
      ['C bare', () => timeSpawn(path.join(bare, 'main'), [], stdinFile)],
      ['C sandboxed (test in warm box)', () => timeSandboxed(sandbox, cBox, C, stdinFile)],
    ];
    const samples = new Map<string, number[]>(variants.map(([name]) => [name, []]));
    for (const [, fn] of variants) await fn(); // warm caches
    for (let i = 0; i < rounds; i++) {
      for (const [name, fn] of variants) samples.get(name)!.push(await fn());
    }
    const m = (name: string) => median(samples.get(name)!);
    console.log(`\n## Sandbox overhead per test (median of ${rounds} interleaved rounds, cgroup v${sandbox.cgroupVersion})`);
    for (const [name] of variants) console.log(`${name.padEnd(52)} ${ms(m(name)).padStart(10)}`);
    const row = (label: string, sandboxed: string, base: string) =>
      console.log(`${label.padEnd(52)} ${m(sandboxed) >= m(base) ? '+' : '-'}${ms(Math.abs(m(sandboxed) - m(base))).padStart(9)}  ratio ${(m(sandboxed) / m(base)).toFixed(2)}`);
    console.log('');
    row('python3 a+b: test in warm box (fork server) vs bare', 'python3 sandboxed (test in warm box, fork server)', 'python3 bare');
    row('python3 a+b: test in warm box (exec) vs bare', 'python3 sandboxed (test in warm box, exec)', 'python3 bare');
    row('python3 a+b: box + test + dispose vs bare', 'python3 sandboxed (box + run + dispose)', 'python3 bare');
    row('C a+b: test in warm box vs bare', 'C sandboxed (test in warm box)', 'C bare');
  } finally {
    await pyBox.dispose();
    await cBox.dispose();
    await sandbox.close?.();
    fs.rmSync(root, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().then(
    () => process.exit(0),
    (err: Error) => {
      console.error(err);
      process.exit(1);
    },
  );
}
