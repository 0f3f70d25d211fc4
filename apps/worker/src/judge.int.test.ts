import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { languageIds, repoRoot, type ExecuteJob, type LanguageId, type TestResult } from '@quickcode/protocol';
import { languages } from '@quickcode/languages';
import { loadProblem } from '@quickcode/problems';
import { createSandbox } from './sandbox/index.js';
import type { Sandbox } from './sandbox/types.js';
import { executeJob } from './judge.js';

/**
 * The judge on a function problem in every language: each test is its own process in the
 * submission's box, with its own answer file, stdout, time and memory.
 */

let root: string;
let sandbox: Sandbox;
const twoSum = loadProblem(path.join(repoRoot(), 'problems', 'two-sum'));

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'qc-judge-'));
  fs.chmodSync(root, 0o755);
  sandbox = await createSandbox({ root });
});

afterAll(async () => {
  await sandbox?.close?.();
  if (root) fs.rmSync(root, { recursive: true, force: true });
});

function job(language: LanguageId, code: string, inputs?: string[]): ExecuteJob {
  const { kind, function: fn, design, checker, limits } = twoSum.config;
  const tests = inputs ? inputs.map((input, index) => ({ index, input, expected: '[0,1]' })) : twoSum.tests.map((t, index) => ({ index, input: t.input, expected: t.expected }));
  return { submissionId: `judge-${language}`, language, code, mode: 'run', problem: { slug: twoSum.slug, kind, function: fn, design, checker, limits }, tests };
}

const PRINT: Record<LanguageId, string> = {
  python: 'class Solution:\n    def twoSum(self, nums, target):\n        print("t", target)\n        return [0, 1]\n',
  javascript: 'var twoSum = function(nums, target) {\n  console.log("t " + target);\n  return [0, 1];\n};\n',
  typescript: 'function twoSum(nums: number[], target: number): number[] {\n  console.log("t " + target);\n  return [0, 1];\n}\n',
  cpp: 'class Solution {\npublic:\n    vector<int> twoSum(vector<int>& nums, int target) {\n        cout << "t " << target << endl;\n        return {0, 1};\n    }\n};\n',
  java: 'class Solution {\n    public int[] twoSum(int[] nums, int target) {\n        System.out.println("t " + target);\n        return new int[] {0, 1};\n    }\n}\n',
  go: 'func twoSum(nums []int, target int) []int {\n\tfmt.Println("t", target)\n\treturn []int{0, 1}\n}\n',
  rust: 'impl Solution {\n    pub fn two_sum(nums: Vec<i32>, target: i32) -> Vec<i32> {\n        println!("t {}", target);\n        vec![0, 1]\n    }\n}\n',
  c: 'int* twoSum(int* nums, int numsSize, int target, int* returnSize) {\n    printf("t %d\\n", target);\n    int* r = malloc(2 * sizeof(int));\n    r[0] = 0;\n    r[1] = 1;\n    *returnSize = 2;\n    return r;\n}\n',
};

describe.each(languageIds.map((l) => [l]))('%s on a function problem', (language) => {
  it('accepts the reference: every test its own process with its own time and memory', async () => {
    const code = fs.readFileSync(path.join(twoSum.dir, 'solutions', `reference.${languages[language].extension}`), 'utf8');
    const result = await executeJob(job(language, code), sandbox, { status() {}, test() {} });
    expect(result.internalError).toBeUndefined();
    expect(result.compiled, result.compileOutput).toBe(true);
    expect(result.tests.map((t: TestResult) => t.verdict)).toEqual(twoSum.tests.map(() => 'AC'));
    for (const t of result.tests) expect(t.memoryKb, JSON.stringify(t)).toBeGreaterThan(0);
  });

  it("keeps each test's printed output apart", async () => {
    const result = await executeJob(job(language, PRINT[language], ['[1,2]\n3', '[1,2]\n4', '[1,2]\n7']), sandbox, { status() {}, test() {} });
    expect(result.tests.map((t) => t.verdict)).toEqual(['AC', 'AC', 'AC']);
    expect(result.tests.map((t) => t.stdout.trim())).toEqual(['t 3', 't 4', 't 7']);
  });
});
