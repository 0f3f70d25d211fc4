import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { loadProblem } from '@quickcode/problems';
import { repoRoot, type ExecuteProblem, type LanguageId } from '@quickcode/protocol';
import { buildDriver, encodeTests } from '../apps/worker/src/harness/index.js';
import { languages } from '../apps/worker/src/languages/index.js';
import { pchBaseDir } from '../apps/worker/src/languages/base/pch.js';
import { TestSocket } from '../tests/support/ws-client.js';
import type { Stack } from '../tests/support/stack.js';
import { median, ms } from './stats.js';

const exec = promisify(execFile);

/** One bare process fed `input`, its answer channel (fd 3) and stdout thrown away. */
function bareRun(argv: string[], cwd: string, input: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(argv[0]!, argv.slice(1), { cwd, stdio: ['pipe', 'ignore', 'ignore', 'ignore'], env: { PATH: '/usr/bin:/bin' } as Record<string, string> as NodeJS.ProcessEnv });
    child.on('error', reject);
    child.on('exit', () => resolve());
    child.stdin?.end(input);
  });
}

/**
 * The same work without a platform: the generated program (driver + reference solution)
 * compiled with the language's own command and flags (C++: with the worker's precompiled
 * header when there is one), then one process per test, in sequence.
 */
export async function bareCompileAndRun(language: LanguageId, problem: ExecuteProblem, code: string, inputs: string[]): Promise<number> {
  const def = languages[language];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `qc-bench-${language}-`));
  try {
    const driver = buildDriver(language, problem, code);
    fs.writeFileSync(path.join(dir, driver.fileName), driver.source);
    const started = performance.now();
    const compile = (def.compile ?? []).map((a) => (a === def.sourceFile ? driver.fileName : a));
    const pch = language === 'cpp' ? fs.readdirSync(pchBaseDir()).find((d) => d.startsWith('cpp-')) : undefined;
    const withPch = pch ? [compile[0]!, '-I', path.join(pchBaseDir(), pch), ...compile.slice(1)] : compile;
    // Interpreted languages (Python, JavaScript) have no compile step.
    if (withPch.length > 0) await exec(withPch[0]!, withPch.slice(1), { cwd: dir, env: { PATH: '/usr/bin:/bin', ...def.compileEnv } as Record<string, string> as NodeJS.ProcessEnv });
    const limits = { cpuMs: 10_000, wallMs: 20_000, memoryKb: 512 * 1024, pids: 64, outputBytes: 1 << 20, fileBytes: 1 << 24, openFiles: 64, tmpBytes: 1 << 24 };
    const argv = (typeof def.run === 'function' ? def.run(limits) : def.run).map((a) => a.replace(/^\/box/, dir));
    for (const input of inputs) await bareRun(argv, dir, encodeTests(problem, [{ index: 0, input, expected: null }]));
    return performance.now() - started;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Submit two-sum's reference in `language` over /ws, time submit -> result. */
async function submitTwoSum(ws: TestSocket, language: LanguageId, code: string, requestId: string): Promise<number> {
  const started = performance.now();
  ws.send({ type: 'submit', requestId, problem: 'two-sum', language, code, mode: 'submit' });
  const { id } = await ws.next('submitted', (m) => m.requestId === requestId);
  const result = await ws.next('result', (m) => m.id === id, 300_000);
  if (result.verdict !== 'AC') throw new Error(`${language} two-sum: expected AC, got ${result.verdict}`);
  return performance.now() - started;
}

/** C++ and Java two-sum, submit -> AC through the platform against a bare compile + run of the same files, interleaved. */
export async function measureCompiled(stack: Stack, rounds: number): Promise<void> {
  const loaded = loadProblem(path.join(repoRoot(), 'problems', 'two-sum'));
  const { kind, function: fn, design, checker, limits } = loaded.config;
  const problem: ExecuteProblem = { slug: loaded.slug, kind, function: fn, design, checker, limits };
  const inputs = loaded.tests.map((t) => t.input);
  const ws = await TestSocket.open(stack.url);
  console.log(`\n## Compiled languages: two-sum (${inputs.length} tests), submit -> AC vs bare compile + one process per test, ${rounds} rounds`);
  for (const language of ['cpp', 'java'] as const) {
    const code = fs.readFileSync(path.join(loaded.dir, 'solutions', `reference.${languages[language].extension}`), 'utf8');
    await submitTwoSum(ws, language, code, `warm-${language}`);
    const platform: number[] = [];
    const bare: number[] = [];
    for (let i = 0; i < rounds; i++) {
      platform.push(await submitTwoSum(ws, language, `${code}\n// ${i}\n`, `${language}-${i}`));
      bare.push(await bareCompileAndRun(language, problem, code, inputs));
    }
    const p = median(platform);
    const b = median(bare);
    console.log(`${language.padEnd(5)} submit -> AC p50 ${ms(p).padStart(9)}   bare compile+run p50 ${ms(b).padStart(9)}   ratio ${(p / b).toFixed(2)}x`);
  }
  ws.close();
}
