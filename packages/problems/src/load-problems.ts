import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { languageOfFile } from '@quickcode/languages';
import { problemConfigSchema, type LanguageId, type ProblemConfig } from '@quickcode/protocol';

export interface ProblemTest {
  name: string;
  input: string;
  expected: string;
  isSample: boolean;
}

export interface LoadedProblem {
  slug: string;
  dir: string;
  config: ProblemConfig;
  statement: string;
  tests: ProblemTest[];
  /** Reference solutions (`solutions/reference.<ext>`) by language. */
  solutions: Partial<Record<LanguageId, string>>;
  contentHash: string;
}

/** Read one problems/<slug>/ package; throws with the file and reason when it is malformed. */
export function loadProblem(dir: string): LoadedProblem {
  const slug = path.basename(dir);
  const ymlPath = path.join(dir, 'problem.yml');
  const parsed = problemConfigSchema.safeParse(YAML.parse(fs.readFileSync(ymlPath, 'utf8')));
  if (!parsed.success) {
    throw new Error(`${ymlPath}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  const config = parsed.data;
  const editorialPath = path.join(dir, 'editorial.md');
  if (fs.existsSync(editorialPath)) {
    if (config.editorial !== null) throw new Error(`${ymlPath}: the editorial is both in problem.yml and in editorial.md; keep one`);
    config.editorial = fs.readFileSync(editorialPath, 'utf8').trim() || null;
  }
  const statement = fs.readFileSync(path.join(dir, 'statement.md'), 'utf8');
  const testsDir = path.join(dir, 'tests');
  const names = fs
    .readdirSync(testsDir)
    .filter((f) => f.endsWith('.in'))
    .map((f) => f.slice(0, -3))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const tests = names.map((name) => {
    const outPath = path.join(testsDir, `${name}.out`);
    if (!fs.existsSync(outPath)) throw new Error(`${outPath} is missing`);
    return {
      name,
      input: fs.readFileSync(path.join(testsDir, `${name}.in`), 'utf8'),
      expected: fs.readFileSync(outPath, 'utf8'),
      isSample: config.samples.includes(name),
    };
  });
  for (const sample of config.samples) {
    if (!names.includes(sample)) throw new Error(`${ymlPath}: sample ${sample} has no tests/${sample}.in`);
  }
  // Samples come first, as LeetCode shows examples before hidden tests.
  tests.sort((a, b) => Number(b.isSample) - Number(a.isSample));
  const solutions: Partial<Record<LanguageId, string>> = {};
  const solutionsDir = path.join(dir, 'solutions');
  if (fs.existsSync(solutionsDir)) {
    for (const file of fs.readdirSync(solutionsDir)) {
      const language = languageOfFile(file);
      if (language && path.basename(file, path.extname(file)) === 'reference') {
        solutions[language] = fs.readFileSync(path.join(solutionsDir, file), 'utf8');
      }
    }
  }
  // The tests are most of the bytes (up to MBs each): hashed as they are, not through JSON.stringify.
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ config, statement, solutions }));
  for (const test of tests) {
    hash.update(`\0${test.name}\0${test.isSample ? 1 : 0}\0${test.input.length}\0${test.expected.length}\0`);
    hash.update(test.input).update(test.expected);
  }
  return { slug, dir, config, statement, tests, solutions, contentHash: hash.digest('hex') };
}

/** Every problem package under `root`, in slug order. */
export function loadProblems(root: string): LoadedProblem[] {
  return fs
    .readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(root, d.name, 'problem.yml')))
    .map((d) => loadProblem(path.join(root, d.name)))
    .sort((a, b) => a.slug.localeCompare(b.slug));
}
