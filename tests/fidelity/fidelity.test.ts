import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verdictSchema, type ExecuteJob, type LanguageId, type Verdict } from '@quickcode/protocol';
import { languageOfFile } from '@quickcode/languages';
import { loadProblem, type LoadedProblem } from '@quickcode/problems';
import { createSandbox } from '../../apps/worker/src/sandbox/index.js';
import type { Sandbox } from '../../apps/worker/src/sandbox/types.js';
import { executeJob } from '../../apps/worker/src/judge.js';

/**
 * LeetCode fidelity, as data (see README.md): every `cases/<problem>.<VERDICT>.<name>.<ext>` is
 * a solution written as LeetCode users write it, judged by the worker's own judge on the
 * problem's sample tests; `QC-EXPECT:` / `QC-EXPECT-NOT:` comments in it name text the user
 * must (not) see in the compile output or the failing test's stderr.
 */

const here = path.dirname(new URL(import.meta.url).pathname);
const problemsDir = path.resolve(here, '../../problems');

interface Case {
  file: string;
  name: string;
  slug: string;
  verdict: Verdict;
  language: LanguageId;
  expect: string[];
  expectNot: string[];
}

function parseCase(file: string): Case {
  const name = path.basename(file);
  const [slug, verdict, label] = name.split('.');
  // TypeScript cases end in .ts.txt: the repository's own tsc must not read them.
  const language = languageOfFile(name.replace(/\.ts\.txt$/, '.ts'));
  if (!slug || !verdict || !label || !language) throw new Error(`${name}: expected <problem>.<VERDICT>.<name>.<ext>`);
  const code = fs.readFileSync(file, 'utf8');
  const marks = (tag: string) => [...code.matchAll(new RegExp(`${tag}:\\s*(.+?)\\s*(?:\\*/)?$`, 'gm'))].map((m) => m[1]!);
  return { file, name, slug, verdict: verdictSchema.parse(verdict), language, expect: marks('QC-EXPECT'), expectNot: marks('QC-EXPECT-NOT') };
}

const cases = fs
  .readdirSync(path.join(here, 'cases'))
  .sort()
  .map((f) => parseCase(path.join(here, 'cases', f)));

const problems = new Map<string, LoadedProblem>();
function problem(slug: string): LoadedProblem {
  let p = problems.get(slug);
  if (!p) problems.set(slug, (p = loadProblem(path.join(problemsDir, slug))));
  return p;
}

let sandbox: Sandbox;
let root: string;

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'qc-fidelity-'));
  fs.chmodSync(root, 0o755);
  sandbox = await createSandbox({ root });
});

afterAll(async () => {
  await sandbox?.close?.();
  if (root) fs.rmSync(root, { recursive: true, force: true });
});

/** The verdict and what the user is shown about it (compile output, or the failing test's stderr). */
async function judge(c: Case): Promise<{ verdict: Verdict; shown: string; detail: string }> {
  const p = problem(c.slug);
  const tests = p.tests.filter((t) => t.isSample).map((t, index) => ({ index, input: t.input, expected: t.expected }));
  const { kind, function: fn, design, checker, limits } = p.config;
  const job: ExecuteJob = {
    submissionId: `fidelity-${c.name}`,
    language: c.language,
    code: fs.readFileSync(c.file, 'utf8'),
    mode: 'submit',
    problem: { slug: p.slug, kind, function: fn, design, checker, limits },
    tests,
  };
  const result = await executeJob(job, sandbox, { status() {}, test() {} });
  if (result.internalError) return { verdict: 'IE', shown: result.internalError, detail: result.internalError };
  if (!result.compiled) return { verdict: 'CE', shown: result.compileOutput ?? '', detail: result.compileOutput ?? '' };
  const failed = result.tests.find((t) => t.verdict !== 'AC') ?? result.tests[result.tests.length - 1];
  const verdict = result.tests.length < tests.length && !failed ? 'IE' : (failed?.verdict ?? 'IE');
  const shown = failed?.verdict === 'AC' ? '' : `${failed?.stderr ?? ''}\n${failed?.detail ?? ''}`;
  return { verdict, shown, detail: JSON.stringify({ ...failed, stderr: failed?.stderr.slice(-800) }) };
}

describe('LeetCode solutions get LeetCode verdicts', () => {
  it('has cases', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  // One at a time: each compile has a fixed wall budget, and this suite judges what the user
  // sees, not how the sandbox copes with a crowd (the verdict suite does that).
  for (const c of cases) {
    it(`${c.name} -> ${c.verdict}`, async () => {
      const { verdict, shown, detail } = await judge(c);
      expect(verdict, detail).toBe(c.verdict);
      for (const text of c.expect) expect(shown, `shown to the user:\n${shown}`).toContain(text);
      for (const text of c.expectNot) expect(shown, `shown to the user:\n${shown}`).not.toContain(text);
    });
  }
});
