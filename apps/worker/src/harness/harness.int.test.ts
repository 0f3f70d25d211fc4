import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { languageIds, repoRoot, type ExecuteProblem, type LanguageId } from '@quickcode/protocol';
import { loadProblem, type LoadedProblem } from '@quickcode/problems';
import { createSandbox } from '../sandbox/index.js';
import type { Sandbox, SandboxResult } from '../sandbox/types.js';
import { compileProgram, resolveLimits, runProgram } from '../languages/base/index.js';
import { languages } from '../languages/index.js';
import { check } from '../checkers/index.js';
import { buildDriver, encodeTests, parseAnswerStream, splitStdout, type DriverAnswer } from './index.js';

/**
 * Each language's LeetCode-style reference solution (problems/<slug>/solutions/reference.*),
 * compiled with the generated driver and run in the real sandbox on every test of the
 * problem, largest included; each answer goes through the problem's checker.
 */

const SLUGS = ['two-sum', 'reverse-linked-list', 'maximum-depth-of-binary-tree', 'min-stack'];
const problemsDir = path.join(repoRoot(), 'problems');

let root: string;
let sandbox: Sandbox;
const problems = new Map<string, LoadedProblem>();

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'qc-harness-'));
  fs.chmodSync(root, 0o755);
  sandbox = await createSandbox({ root });
  for (const slug of SLUGS) problems.set(slug, loadProblem(path.join(problemsDir, slug)));
});

afterAll(async () => {
  await sandbox?.close?.();
  if (root) fs.rmSync(root, { recursive: true, force: true });
});

function executeProblem(p: LoadedProblem): ExecuteProblem {
  const { kind, function: fn, design, checker, limits } = p.config;
  return { slug: p.slug, kind, function: fn, design, checker, limits };
}

interface Outcome {
  compileOutput: string;
  run?: SandboxResult;
  answers: DriverAnswer[];
  stdouts: string[];
  streamError: string | null;
}

/** Compile `code` with the driver and run it on `inputs` in a fresh box. */
async function judge(language: LanguageId, problem: ExecuteProblem, code: string, inputs: string[]): Promise<Outcome> {
  const definition = languages[language];
  const box = await sandbox.createBox();
  try {
    const driver = buildDriver(language, problem, code);
    const compiled = await compileProgram(sandbox, box, definition, driver.source, { fileName: driver.fileName });
    if (!compiled.ok) return { compileOutput: compiled.output, answers: [], stdouts: [], streamError: null };
    const stdinFile = path.join(root, `stdin-${language}-${problem.slug}-${Math.random().toString(36).slice(2)}`);
    fs.writeFileSync(
      stdinFile,
      encodeTests(
        problem,
        inputs.map((input, index) => ({ index, input, expected: null })),
      ),
    );
    const nonce = `qc${Math.random().toString(36).slice(2)}`;
    const run = await runProgram(sandbox, box, definition, {
      stdinFile,
      limits: resolveLimits(problem.limits, definition, 'run', inputs.length),
      env: { QC_NONCE: nonce },
      answer: true,
    });
    const stream = parseAnswerStream();
    const answers = stream.push(run.answer ?? '');
    return { compileOutput: compiled.output, run, answers, stdouts: splitStdout(run.stdout, nonce), streamError: stream.error };
  } finally {
    await box.dispose();
  }
}

describe.each(languageIds.map((l) => [l]))('%s driver', (language) => {
  it.each(SLUGS.map((s) => [s]))('runs the LeetCode-style reference for %s', async (slug) => {
    const p = problems.get(slug) as LoadedProblem;
    const problem = executeProblem(p);
    const code = fs.readFileSync(path.join(p.dir, 'solutions', `reference.${languages[language].extension}`), 'utf8');
    const out = await judge(
      language,
      problem,
      code,
      p.tests.map((t) => t.input),
    );
    expect(out.compileOutput, 'compile output').not.toMatch(/error/i);
    expect(out.run?.internalError).toBeUndefined();
    expect(out.run?.exitCode, out.run?.stderr).toBe(0);
    expect(out.streamError).toBeNull();
    expect(out.answers.map((a) => a.test)).toEqual(p.tests.map((_, i) => i));
    for (const [i, t] of p.tests.entries()) {
      const answer = out.answers[i] as DriverAnswer;
      const verdict = await check(problem.checker, problem.kind, answer.output, t.expected, { input: t.input, slug });
      expect(verdict, `test ${t.name}: ${answer.output.slice(0, 200)}`).toEqual({ ok: true });
    }
  });
});

const PRINT_AND_CRASH: Record<LanguageId, string> = {
  python: 'class Solution:\n    def twoSum(self, nums, target):\n        print("t", target)\n        if target == 6:\n            raise ValueError("boom")\n        return [0, 1]\n',
  javascript: 'var twoSum = function(nums, target) {\n  console.log("t " + target);\n  if (target === 6) throw new Error("boom");\n  return [0, 1];\n};\n',
  typescript: 'function twoSum(nums: number[], target: number): number[] {\n  console.log("t " + target);\n  if (target === 6) throw new Error("boom");\n  return [0, 1];\n}\n',
  cpp: 'class Solution {\npublic:\n    vector<int> twoSum(vector<int>& nums, int target) {\n        cout << "t " << target << endl;\n        if (target == 6) throw runtime_error("boom");\n        return {0, 1};\n    }\n};\n',
  java: 'class Solution {\n    public int[] twoSum(int[] nums, int target) {\n        System.out.println("t " + target);\n        if (target == 6) throw new IllegalStateException("boom");\n        return new int[] {0, 1};\n    }\n}\n',
  go: 'func twoSum(nums []int, target int) []int {\n\tfmt.Println("t", target)\n\tif target == 6 {\n\t\tpanic("boom")\n\t}\n\treturn []int{0, 1}\n}\n',
  rust: 'impl Solution {\n    pub fn two_sum(nums: Vec<i32>, target: i32) -> Vec<i32> {\n        println!("t {}", target);\n        if target == 6 {\n            panic!("boom");\n        }\n        vec![0, 1]\n    }\n}\n',
  c: 'int* twoSum(int* nums, int numsSize, int target, int* returnSize) {\n    printf("t %d\\n", target);\n    if (target == 6) abort();\n    int* r = malloc(2 * sizeof(int));\n    r[0] = 0;\n    r[1] = 1;\n    *returnSize = 2;\n    return r;\n}\n',
};

describe.each(languageIds.map((l) => [l]))('%s driver on failure', (language) => {
  it('splits printed output per test and ends with an error at the failing test', async () => {
    const problem = executeProblem(problems.get('two-sum') as LoadedProblem);
    const out = await judge(language, problem, PRINT_AND_CRASH[language], ['[1,2]\n3', '[1,2]\n4', '[1,2]\n6', '[1,2]\n7']);
    expect(out.compileOutput, 'compile output').not.toMatch(/error/i);
    expect(out.answers.map((a) => a.output)).toEqual(['[0,1]', '[0,1]']);
    expect(out.run?.exitCode === 0 && out.run.signal === null).toBe(false);
    // C's stdio buffer dies with an abort(): what the failing test printed is lost, as anywhere else.
    expect(out.stdouts.slice(0, 3).map((s) => s.trim())).toEqual(['t 3', 't 4', language === 'c' ? '' : 't 6']);
    if (language !== 'c') expect(out.run?.stderr).toMatch(/boom/);
  });
});

describe('python driver prelude', () => {
  it('offers LeetCode implicit imports both as modules and as names (bisect.bisect_left and bisect_left)', async () => {
    const p = problems.get('two-sum') as LoadedProblem;
    const code = [
      'class Solution:',
      '    def twoSum(self, nums: List[int], target: int) -> List[int]:',
      '        order = sorted(range(len(nums)), key=lambda i: nums[i])',
      '        values = [nums[i] for i in order]',
      '        for a, i in enumerate(order):',
      '            b = bisect.bisect_left(values, target - nums[i], a + 1)',
      '            if b < len(values) and values[b] == target - nums[i] and bisect_left(values, values[b]) >= 0:',
      '                return [i, order[b]]',
      '        return []',
      '',
    ].join('\n');
    const out = await judge(
      'python',
      executeProblem(p),
      code,
      p.tests.map((t) => t.input),
    );
    expect(out.run?.exitCode, out.run?.stderr).toBe(0);
    for (const [i, t] of p.tests.entries()) {
      expect((await check(p.config.checker, 'function', out.answers[i]?.output ?? '', t.expected, { input: t.input, slug: p.slug })).ok, t.name).toBe(true);
    }
  });
});
