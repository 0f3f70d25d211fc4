import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { languageIdSchema, verdictSchema, type Verdict } from '@quickcode/protocol';
import { createSandbox } from '../../apps/worker/src/sandbox/index.js';
import type { Sandbox } from '../../apps/worker/src/sandbox/types.js';
import { languages } from '../../apps/worker/src/languages/index.js';
import { executeJob } from '../../apps/worker/src/judge.js';

/** Every `<language>_<VERDICT>/` folder through the real sandbox; see README.md. */

const here = path.dirname(new URL(import.meta.url).pathname);
const INPUT = '2 3\n';
const EXPECTED = '5';
/** a-plus-b's limits, but 1 s of CPU to keep the TLE cases short. */
const LIMITS = { timeMs: 1000, memoryMb: 256, outputKb: 64 };
/**
 * MLE cases get more CPU to reach the memory limit: on some VMs first-touching 256 MB alone
 * costs more than 1 s of CPU (measured here: 1.6 s bare), which would end them as TLE first.
 */
const MLE_LIMITS = { ...LIMITS, timeMs: 5000 };

const cases = fs
  .readdirSync(here, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => {
    const [lang, verdict] = d.name.split('_');
    const files = fs.readdirSync(path.join(here, d.name));
    return { name: d.name, language: languageIdSchema.parse(lang), verdict: verdictSchema.parse(verdict), file: path.join(here, d.name, files[0]!), files };
  });

let sandbox: Sandbox;
let root: string;

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'qc-verdicts-'));
  fs.chmodSync(root, 0o755);
  sandbox = await createSandbox({ root });
});

afterAll(async () => {
  await sandbox?.close?.();
  if (root) fs.rmSync(root, { recursive: true, force: true });
});

/** The worker's own judge on a stdio a+b problem with one test: the verdict a user would see. */
async function judge(name: string, file: string): Promise<{ verdict: Verdict; detail: string }> {
  const result = await executeJob(
    {
      submissionId: name,
      language: languageIdSchema.parse(name.split('_')[0]),
      code: fs.readFileSync(file, 'utf8'),
      mode: 'submit',
      problem: { slug: 'a-plus-b', kind: 'stdio', checker: 'tokens', limits: name.endsWith('_MLE') ? MLE_LIMITS : LIMITS },
      tests: [{ index: 0, input: INPUT, expected: EXPECTED }],
    },
    sandbox,
    { status() {}, test() {} },
  );
  if (result.internalError) return { verdict: 'IE', detail: result.internalError };
  if (!result.compiled) return { verdict: 'CE', detail: result.compileOutput ?? '' };
  const test = result.tests[0];
  return { verdict: test?.verdict ?? 'IE', detail: JSON.stringify({ ...test, stdout: test?.stdout.slice(0, 300), stderr: test?.stderr.slice(-600) }) };
}

describe('every language gets every verdict right', () => {
  it('covers AC, WA, TLE, RE, MLE for every language, and CE for the compiled ones', () => {
    const names = new Set(cases.map((c) => c.name));
    for (const id of languageIdSchema.options) {
      for (const v of ['AC', 'WA', 'TLE', 'RE', 'MLE']) expect(names, `${id}_${v}`).toContain(`${id}_${v}`);
      if (languages[id].compile) expect(names, `${id}_CE`).toContain(`${id}_CE`);
    }
    for (const c of cases) expect(c.files, c.name).toHaveLength(1);
  });

  // Two at a time (the sandbox's own concurrency): also shows concurrent runs do not disturb each other.
  for (const c of cases) {
    it.concurrent(`${c.name} -> ${c.verdict}`, async () => {
      const { verdict, detail } = await judge(c.name, c.file);
      expect(verdict, detail).toBe(c.verdict);
    });
  }
});
