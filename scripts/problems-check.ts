import { loadConfig } from '@quickcode/config';
import type { ExecuteJob, LanguageId, Verdict } from '@quickcode/protocol';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { languageOfFile } from '@quickcode/languages';
import { loadProblem, loadProblems, validateTest, type LoadedProblem } from '@quickcode/problems';
import { createSandbox } from '../apps/worker/src/sandbox/index.js';
import { selfTestLanguages } from '../apps/worker/src/languages/index.js';
import { executeJob } from '../apps/worker/src/judge.js';
import { closeCheckers, configureCheckers } from '../apps/worker/src/checkers/index.js';

/**
 * Validate every problem package: it loads, samples exist, every test parses against the
 * signature, and every solution under solutions/ gets the verdict its name promises, in the
 * sandbox: reference.* and alt-* AC, wrong-* WA, re-* RE, tle-* TLE, slow-*.py TLE (a slow solution in
 * a faster language may pass, so only Python's is held to TLE).
 *
 *   npm run problems:check -- [slug ...] [--jobs N] [--changed] [--language ID ...] [--cover] [--tle-margin X]
 *
 * --jobs N   solutions checked at once (default QUICKCODE_SANDBOX_CONCURRENCY, else the core count).
 * --changed  skip a problem whose files, and the judge's own code, hash the same as when it last
 *            passed on this machine (recorded in .quickcode/problems-check.json). Without it, as on
 *            a clean CI run, everything is checked.
 * --language only that language's solutions (repeatable), for a second pass after a fix.
 * --cover    CI's pass: every problem's Python solutions, and every language's solutions of a
 *            covering set of problems: the protocol's reference problems, then the fewest others
 *            that together use every signature feature (each parameter and result type, design
 *            classes, stdio, each checker), so each language's driver meets each feature.
 * --tle-margin X  checks only the solutions that must time out, each with X times its time
 *            limit: one that still times out is slow by more than X, so a faster machine will
 *            not see it pass. X = 2 is the bar a new slow-* or tle-* solution should clear.
 */

type Sandbox = Awaited<ReturnType<typeof createSandbox>>;

interface Variant {
  problem: LoadedProblem;
  file: string;
  language: LanguageId;
  code: string;
  expect: Verdict;
}

const repoRoot = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const recordFile = path.join(repoRoot, '.quickcode', 'problems-check.json');
/** Code whose change can change a verdict: the drivers, languages, sandbox and checkers. */
const engineDirs = ['packages/languages/src', 'apps/worker/src/harness', 'apps/worker/src/languages', 'apps/worker/src/sandbox', 'apps/worker/src/checkers'];

interface Args {
  slugs: string[];
  jobs: number | undefined;
  changed: boolean;
  cover: boolean;
  languages: Set<string>;
  tleMargin: number | undefined;
}

function parseArgs(argv: string[]): Args {
  const slugs: string[] = [];
  const languages = new Set<string>();
  let jobs: number | undefined;
  let changed = false;
  let cover = false;
  let tleMargin: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--changed') changed = true;
    else if (arg === '--cover') cover = true;
    else if (arg === '--jobs') jobs = Number(argv[++i]);
    else if (arg.startsWith('--jobs=')) jobs = Number(arg.slice('--jobs='.length));
    else if (arg === '--language') languages.add(argv[++i] ?? '');
    else if (arg === '--tle-margin') tleMargin = Number(argv[++i]);
    else slugs.push(arg);
  }
  if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 1)) throw new Error('--jobs wants a positive whole number');
  if (cover && languages.size > 0) throw new Error('--cover chooses the languages itself; leave out --language');
  if (tleMargin !== undefined && !(tleMargin >= 1 && tleMargin <= 10)) throw new Error('--tle-margin wants a number from 1 to 10');
  return { slugs, jobs, changed, cover, languages, tleMargin };
}

/** The protocol's reference problems: checked in every language by --cover whatever they use. */
const REFERENCE_PROBLEMS = ['two-sum', 'valid-parentheses', 'reverse-linked-list', 'maximum-depth-of-binary-tree', 'merge-intervals', 'climbing-stairs', 'min-stack', 'a-plus-b'];

/** What a problem asks of a language's driver: its kind, checker, and each parameter and result type. */
function featuresOf(problem: LoadedProblem): Set<string> {
  const { config } = problem;
  const features = new Set([`kind:${config.kind}`, `checker:${typeof config.checker === 'string' ? config.checker : config.checker.type}`]);
  const signatures = [...(config.function ? [config.function] : []), ...(config.design?.methods ?? [])];
  for (const p of config.design?.constructorParams ?? []) features.add(`constructor:${p.type}`);
  for (const sig of signatures) {
    for (const p of sig.params) features.add(`param:${p.type}`);
    features.add(`returns:${sig.returns}`);
  }
  return features;
}

/** The reference problems, then greedily the problem adding the most features not yet covered (fewer tests first on a tie). */
function coveringSet(problems: LoadedProblem[]): Set<string> {
  const chosen = new Set(REFERENCE_PROBLEMS.filter((slug) => problems.some((p) => p.slug === slug)));
  const covered = new Set(problems.filter((p) => chosen.has(p.slug)).flatMap((p) => [...featuresOf(p)]));
  for (;;) {
    let best: { slug: string; gain: number; tests: number } | null = null;
    for (const p of problems) {
      if (chosen.has(p.slug)) continue;
      const gain = [...featuresOf(p)].filter((f) => !covered.has(f)).length;
      if (gain > 0 && (!best || gain > best.gain || (gain === best.gain && p.tests.length < best.tests))) best = { slug: p.slug, gain, tests: p.tests.length };
    }
    if (!best) return chosen;
    chosen.add(best.slug);
    for (const f of featuresOf(problems.find((p) => p.slug === best.slug) as LoadedProblem)) covered.add(f);
  }
}

function expectedVerdict(file: string, language: LanguageId): Verdict | null {
  const stem = path.basename(file, path.extname(file));
  if (stem === 'reference' || stem.startsWith('alt-')) return 'AC';
  if (stem.startsWith('wrong-')) return 'WA';
  if (stem.startsWith('tle-')) return 'TLE';
  if (stem.startsWith('re-')) return 'RE';
  if (stem.startsWith('slow-')) return language === 'python' ? 'TLE' : null;
  return null;
}

function variantsOf(problem: LoadedProblem): Variant[] {
  const dir = path.join(problem.dir, 'solutions');
  if (!fs.existsSync(dir)) return [];
  const variants: Variant[] = [];
  for (const file of fs.readdirSync(dir).sort()) {
    const language = languageOfFile(file);
    const expect = language && expectedVerdict(file, language);
    if (!language || !expect) continue;
    variants.push({ problem, file, language, code: fs.readFileSync(path.join(dir, file), 'utf8'), expect });
  }
  return variants;
}

function hashTree(hash: ReturnType<typeof createHash>, dir: string): void {
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) hashTree(hash, full);
    else {
      hash.update(path.relative(repoRoot, full));
      hash.update(fs.readFileSync(full));
    }
  }
}

function problemHash(problem: LoadedProblem, engine: string): string {
  const hash = createHash('sha256');
  hash.update(engine);
  hashTree(hash, problem.dir);
  return hash.digest('hex');
}

function readRecord(): Record<string, string> {
  try {
    return JSON.parse(fs.readFileSync(recordFile, 'utf8')) as Record<string, string>;
  } catch {
    return {};
  }
}

/** Run `work` over `items` with at most `limit` in flight. */
async function pool<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await work(items[next++] as T);
  });
  await Promise.all(lanes);
}

async function main() {
  const started = Date.now();
  const config = loadConfig();
  const args = parseArgs(process.argv.slice(2));
  const jobs = args.jobs ?? config.QUICKCODE_SANDBOX_CONCURRENCY;
  const all = args.slugs.length > 0 ? args.slugs.map((slug) => loadProblem(path.join(config.problemsDir, slug))) : loadProblems(config.problemsDir);
  const engineHash = createHash('sha256');
  for (const dir of engineDirs) hashTree(engineHash, path.join(repoRoot, dir));
  const engine = engineHash.digest('hex');
  const record = readRecord();
  const hashes = new Map(all.map((p) => [p.slug, problemHash(p, engine)]));
  const problems = args.changed ? all.filter((p) => record[p.slug] !== hashes.get(p.slug)) : all;
  if (args.changed) console.log(`${all.length - problems.length} unchanged problem(s) skipped (--changed)`);

  const cover = args.cover ? coveringSet(problems) : null;
  if (cover) console.log(`--cover: Python for all ${problems.length} problems; every language for ${cover.size}: ${[...cover].join(', ')}`);

  const failures = new Map<string, string[]>();
  const fail = (slug: string, message: string) => failures.set(slug, [...(failures.get(slug) ?? []), message]);
  let tests = 0;
  for (const problem of problems) {
    tests += problem.tests.length;
    if (problem.tests.length < 15) fail(problem.slug, `only ${problem.tests.length} tests (15 or more wanted)`);
    if (problem.config.kind !== 'stdio') {
      for (const test of problem.tests) {
        const verdict = validateTest(problem.config, test.input);
        if (!verdict.ok) fail(problem.slug, `tests/${test.name}.in line ${verdict.line}: ${verdict.message}`);
      }
    }
    if (Object.keys(problem.solutions).length === 0) fail(problem.slug, 'no solutions/reference.*');
  }

  const sandbox = await createSandbox({ root: config.sandboxDir, concurrency: jobs });
  configureCheckers({ problemsDir: config.problemsDir, threads: config.QUICKCODE_CHECKER_THREADS, timeoutMs: config.QUICKCODE_CHECKER_TIMEOUT_MS });
  const available = new Set((await selfTestLanguages(sandbox)).map((l) => l.id));
  const variants = problems.flatMap(variantsOf).filter((v) => {
    if (args.languages.size > 0 && !args.languages.has(v.language)) return false;
    if (args.tleMargin !== undefined && v.expect !== 'TLE') return false;
    if (cover && v.language !== 'python' && !cover.has(v.problem.slug)) return false;
    if (available.has(v.language)) return true;
    console.warn(`  skip ${v.problem.slug}/${v.file}: ${v.language} is not available here`);
    return false;
  });
  // Slow and wrong solutions last within the queue, so a broken reference is reported early.
  variants.sort((a, b) => Number(a.expect !== 'AC') - Number(b.expect !== 'AC'));
  await pool(variants, jobs, async (v) => {
    const variantStarted = Date.now();
    const stages: Record<string, number> = {};
    let failure = await checkVariant(v, sandbox, stages, args.tleMargin);
    // A machine busy with other work can push a correct solution (or its compiler) past its limits: one retry tells load from slowness.
    if ((failure?.startsWith('TLE') || failure?.includes('Compilation took too long')) && v.expect !== 'TLE') {
      console.warn(`  retry ${v.problem.slug}/${v.file}: ${failure.split('\n')[0]}`);
      failure = await checkVariant(v, sandbox, stages, args.tleMargin);
    }
    if (failure) fail(v.problem.slug, `${v.file}: ${failure}`);
    else {
      const split = Object.entries(stages)
        .map(([stage, seconds]) => `${stage} ${seconds.toFixed(1)}s`)
        .join(', ');
      console.log(`  ok  ${v.problem.slug}/${v.file} (${v.expect}, ${((Date.now() - variantStarted) / 1000).toFixed(1)}s${split ? `: ${split}` : ''})`);
    }
  });
  await closeCheckers();
  await sandbox.close?.();

  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  console.log(`\n${problems.length} problems, ${tests} tests, ${variants.length} solutions checked with ${jobs} at once in ${seconds}s.`);
  const updated = { ...record };
  for (const p of problems) {
    // A pass over some languages only does not vouch for the problem.
    if (!failures.has(p.slug) && args.languages.size === 0 && !cover && args.tleMargin === undefined) updated[p.slug] = hashes.get(p.slug) as string;
    else delete updated[p.slug];
  }
  fs.mkdirSync(path.dirname(recordFile), { recursive: true });
  fs.writeFileSync(recordFile, `${JSON.stringify(updated, null, 1)}\n`);
  if (failures.size > 0) {
    const lines = [...failures].flatMap(([slug, messages]) => messages.map((m) => `  - ${slug}: ${m}`));
    console.error(`\n${failures.size} problem(s) failed:\n${lines.join('\n')}`);
    process.exit(1);
  }
}

/** `stages` receives the seconds spent compiling and running (the last attempt's); `tleMargin` scales a TLE solution's time limit. */
async function checkVariant(v: Variant, sandbox: Sandbox, stages: Record<string, number>, tleMargin = 1): Promise<string | null> {
  const { problem } = v;
  const { config } = problem;
  const limits = v.expect === 'TLE' ? { ...config.limits, timeMs: Math.round(config.limits.timeMs * tleMargin) } : config.limits;
  const job: ExecuteJob = {
    submissionId: `check-${problem.slug}`,
    language: v.language,
    code: v.code,
    mode: 'submit',
    problem: { slug: problem.slug, kind: config.kind, function: config.function, design: config.design, checker: config.checker, limits },
    tests: problem.tests.map((t, index) => ({ index, input: t.input, expected: t.expected })),
  };
  const result = await executeJob(job, sandbox, {
    status() {},
    test() {},
    stage(name, seconds) {
      stages[name] = seconds;
    },
  });
  if (result.internalError) return `internal error: ${result.internalError}`;
  if (!result.compiled) return `does not compile: ${result.compileOutput}`;
  const failed = result.tests.find((t) => t.verdict !== 'AC');
  if (v.expect !== 'AC') {
    if (failed?.verdict === v.expect) return null;
    if (!failed) return `expected ${v.expect} but every test passed (the slowest in ${Math.max(0, ...result.tests.map((t) => t.timeMs))} ms of CPU)`;
    return `expected ${v.expect} but got ${failed.verdict} on test ${problem.tests[failed.index]?.name}${failed.detail ? ` (${failed.detail})` : ''} ${failed.stderr.slice(-300)}`;
  }
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
