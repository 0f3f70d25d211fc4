import { loadConfig } from '@quickcode/config';
import type { ExecuteJob, LanguageId } from '@quickcode/protocol';
import path from 'node:path';
import { loadProblem, loadProblems, validateTest, type LoadedProblem } from '@quickcode/problems';
import { createSandbox } from '../apps/worker/src/sandbox/index.js';
import { selfTestLanguages } from '../apps/worker/src/languages/index.js';
import { executeJob } from '../apps/worker/src/judge.js';
import { configureCheckers } from '../apps/worker/src/checkers/index.js';

/**
 * Validate every problem package: it loads, samples exist, every test parses against the
 * signature, and every reference solution passes every test within the limits, in the sandbox.
 */
async function main() {
  const config = loadConfig();
  const only = process.argv.slice(2);
  const problems = only.length > 0 ? only.map((slug) => loadProblem(path.join(config.problemsDir, slug))) : loadProblems(config.problemsDir);
  const sandbox = await createSandbox({ root: config.sandboxDir, concurrency: config.QUICKCODE_SANDBOX_CONCURRENCY });
  configureCheckers({ problemsDir: config.problemsDir, threads: config.QUICKCODE_CHECKER_THREADS, timeoutMs: config.QUICKCODE_CHECKER_TIMEOUT_MS });
  const available = new Set((await selfTestLanguages(sandbox)).map((l) => l.id));
  const failures: string[] = [];
  let tests = 0;
  let solutions = 0;
  for (const problem of problems) {
    tests += problem.tests.length;
    if (problem.tests.length < 15) failures.push(`${problem.slug}: only ${problem.tests.length} tests (15 or more wanted)`);
    for (const test of problem.tests) {
      if (problem.config.kind === 'stdio') continue;
      const verdict = validateTest(problem.config, test.input);
      if (!verdict.ok) failures.push(`${problem.slug}/tests/${test.name}.in line ${verdict.line}: ${verdict.message}`);
    }
    const languages = Object.keys(problem.solutions) as LanguageId[];
    if (languages.length === 0) failures.push(`${problem.slug}: no solutions/reference.*`);
    for (const language of languages) {
      if (!available.has(language)) {
        console.warn(`  skip ${problem.slug} (${language}): language not available here`);
        continue;
      }
      solutions += 1;
      const failure = await checkReference(problem, language, sandbox);
      if (failure) failures.push(`${problem.slug} reference.${language}: ${failure}`);
      else console.log(`  ok  ${problem.slug} (${language}, ${problem.tests.length} tests)`);
    }
  }
  console.log(`\n${problems.length} problems, ${tests} tests, ${solutions} reference solutions checked.`);
  if (failures.length > 0) {
    console.error(`\n${failures.length} problem(s) failed:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
    process.exit(1);
  }
}

async function checkReference(problem: LoadedProblem, language: LanguageId, sandbox: Awaited<ReturnType<typeof createSandbox>>): Promise<string | null> {
  const { config } = problem;
  const job: ExecuteJob = {
    submissionId: `check-${problem.slug}`,
    language,
    code: problem.solutions[language] ?? '',
    mode: 'submit',
    problem: { slug: problem.slug, kind: config.kind, function: config.function, design: config.design, checker: config.checker, limits: config.limits },
    tests: problem.tests.map((t, index) => ({ index, input: t.input, expected: t.expected })),
  };
  const result = await executeJob(job, sandbox, { status() {}, test() {} });
  if (result.internalError) return `internal error: ${result.internalError}`;
  if (!result.compiled) return `does not compile: ${result.compileOutput}`;
  const failed = result.tests.find((t) => t.verdict !== 'AC');
  if (failed) {
    const name = problem.tests[failed.index]?.name;
    return `${failed.verdict} on test ${name}${failed.detail ? ` (${failed.detail})` : ''}: expected ${failed.expected.slice(0, 200)}, got ${failed.actual.slice(0, 200)} ${failed.stderr.slice(-300)}`;
  }
  if (result.tests.length !== problem.tests.length) return `answered ${result.tests.length} of ${problem.tests.length} tests`;
  return null;
}

main().catch((err: Error) => {
  console.error(err);
  process.exit(1);
});
