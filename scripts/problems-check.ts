import { loadConfig, type ExecuteJob, type ExecuteResult, type LanguageId, type Verdict } from '@quickcode/protocol';
import fs from 'node:fs';
import path from 'node:path';
import { languageOfFile, loadProblem, loadProblems, validateTest, type LoadedProblem } from '@quickcode/problems';
import { createSandbox } from '../apps/worker/src/sandbox/index.js';
import { selfTestLanguages } from '../apps/worker/src/languages/index.js';
import { executeJob } from '../apps/worker/src/judge.js';

/**
 * Validate every problem package: it loads, samples exist, every test parses against the
 * signature, every reference solution passes every test within the limits, and every
 * `wrong-*` solution gets WA and every `slow-*` one TLE — all through the worker's own judge,
 * in the sandbox.
 */
async function main() {
  const config = loadConfig();
  const only = process.argv.slice(2);
  const problems = only.length > 0 ? only.map((slug) => loadProblem(path.join(config.problemsDir, slug))) : loadProblems(config.problemsDir);
  const sandbox = await createSandbox();
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
    for (const { file, language, intended } of intendedFailures(problem)) {
      if (!available.has(language)) {
        console.warn(`  skip ${problem.slug}/${file}: ${language} not available here`);
        continue;
      }
      solutions += 1;
      const failure = await checkIntendedFailure(problem, file, language, intended, sandbox);
      if (failure) failures.push(`${problem.slug}/solutions/${file}: ${failure}`);
      else console.log(`  ok  ${problem.slug}/${file} (${intended}, as intended)`);
    }
  }
  console.log(`\n${problems.length} problems, ${tests} tests, ${solutions} solutions checked.`);
  if (failures.length > 0) {
    console.error(`\n${failures.length} problem(s) failed:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
    process.exit(1);
  }
}

type CheckSandbox = Awaited<ReturnType<typeof createSandbox>>;

/** Judge `code` on every test of the problem, as a submission. */
function judgeAll(problem: LoadedProblem, language: LanguageId, code: string, sandbox: CheckSandbox): Promise<ExecuteResult> {
  const { config } = problem;
  const job: ExecuteJob = {
    submissionId: `check-${problem.slug}`,
    language,
    code,
    mode: 'submit',
    problem: { slug: problem.slug, kind: config.kind, function: config.function, design: config.design, checker: config.checker, limits: config.limits },
    tests: problem.tests.map((t, index) => ({ index, input: t.input, expected: t.expected })),
  };
  return executeJob(job, sandbox, { status() {}, test() {} });
}

/** The problem's `solutions/wrong-*` (meant to get WA) and `slow-*` (meant to get TLE). */
function intendedFailures(problem: LoadedProblem): { file: string; language: LanguageId; intended: Verdict }[] {
  const dir = path.join(problem.dir, 'solutions');
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .sort()
    .flatMap((file) => {
      const language = languageOfFile(file);
      const intended: Verdict | null = file.startsWith('wrong-') ? 'WA' : file.startsWith('slow-') ? 'TLE' : null;
      return language && intended ? [{ file, language, intended }] : [];
    });
}

async function checkIntendedFailure(problem: LoadedProblem, file: string, language: LanguageId, intended: Verdict, sandbox: CheckSandbox): Promise<string | null> {
  const result = await judgeAll(problem, language, fs.readFileSync(path.join(problem.dir, 'solutions', file), 'utf8'), sandbox);
  if (result.internalError) return `internal error: ${result.internalError}`;
  if (!result.compiled) return `does not compile: ${result.compileOutput}`;
  const failed = result.tests.find((t) => t.verdict !== 'AC');
  if (!failed) return `passes every test; it should get ${intended}`;
  if (failed.verdict !== intended) {
    const name = problem.tests[failed.index]?.name;
    return `got ${failed.verdict} on test ${name}, not ${intended}${failed.detail ? ` (${failed.detail})` : ''} ${failed.stderr.slice(-300)}`;
  }
  return null;
}

async function checkReference(problem: LoadedProblem, language: LanguageId, sandbox: CheckSandbox): Promise<string | null> {
  const result = await judgeAll(problem, language, problem.solutions[language] ?? '', sandbox);
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
