import { cache } from 'react';
import { acceptedPerformance as acceptedRows, getProblem, getTests, listProblems, schema, userProblemProgress } from '@quickcode/db';
import { starterCode } from '@quickcode/languages';
import type { Difficulty, LanguageId, ProblemConfig, ProblemDetail, ProblemKind, ProblemSummary } from '@quickcode/protocol';
import { services } from './services';

export type ProblemStatus = 'solved' | 'attempted' | null;
export interface CatalogueEntry extends ProblemSummary {
  status: ProblemStatus;
}

/** What the problem page needs beyond the public detail: parameter names and the samples' expected outputs. */
export interface ProblemPageDetail extends ProblemDetail {
  /** Parameter names of a function problem, in order (one line of a test each); empty otherwise. */
  params: string[];
  sampleExpected: string[];
}

export async function problemSummaries(): Promise<ProblemSummary[]> {
  const db = services().database.db;
  const [rows, configs] = await Promise.all([listProblems(db), db.select({ slug: schema.problems.slug, config: schema.problems.config }).from(schema.problems)]);
  const numbers = new Map(configs.map((c) => [c.slug, (c.config as ProblemConfig).number ?? null]));
  return rows.map((r) => ({ ...r, number: numbers.get(r.slug) ?? null, difficulty: r.difficulty as Difficulty }));
}

/** The problem list with the viewer's own progress on each problem. */
export async function problemCatalogue(userId: string | undefined): Promise<CatalogueEntry[]> {
  const db = services().database.db;
  const [summaries, progress] = await Promise.all([problemSummaries(), userId ? userProblemProgress(db, userId) : []]);
  const bySlug = new Map(progress.map((p) => [p.problemSlug, p.solved]));
  return summaries.map((p) => {
    const solved = bySlug.get(p.slug);
    return { ...p, status: solved === undefined ? null : solved ? 'solved' : 'attempted' };
  });
}

/** A problem whose templates cannot be generated still opens, with empty editors. */
function safeStarterCode(slug: string, config: ProblemConfig): Record<string, string> {
  try {
    return starterCode(config);
  } catch (err) {
    services().logger.error({ err, slug }, 'starter code could not be generated');
    return {};
  }
}

/** Everything GET /api/problems/{slug} answers, or undefined for an unknown slug (memoized per render). */
export const problemDetail = cache(async (slug: string): Promise<ProblemDetail | undefined> => {
  const page = await problemPageDetail(slug);
  if (!page) return undefined;
  const { params: _params, sampleExpected: _expected, ...detail } = page;
  return detail;
});

/** The detail plus what the problem page shows beside it (memoized per render). */
export const problemPageDetail = cache(async (slug: string): Promise<ProblemPageDetail | undefined> => {
  const db = services().database.db;
  const problem = await getProblem(db, slug);
  if (!problem) return undefined;
  const samples = await getTests(db, slug, true);
  const config = problem.config as ProblemConfig;
  return {
    slug: problem.slug,
    number: config.number ?? null,
    title: problem.title,
    difficulty: problem.difficulty as Difficulty,
    tags: problem.tags,
    statement: problem.statement,
    kind: problem.kind as ProblemKind,
    starterCode: safeStarterCode(problem.slug, config),
    sampleTests: samples.map((t) => t.input),
    hints: config.hints ?? [],
    editorial: config.editorial ?? null,
    params: config.kind === 'function' ? (config.function?.params.map((p) => p.name) ?? []) : [],
    sampleExpected: samples.map((t) => t.expected),
  };
});

/** Runtime and memory of every accepted submit of one problem in one language, for the distribution chart. */
export async function acceptedPerformance(slug: string, language: LanguageId): Promise<{ timeMs: number[]; memoryKb: number[] }> {
  const rows = await acceptedRows(services().database.db, slug, language);
  return { timeMs: rows.map((r) => r.timeMs ?? 0), memoryKb: rows.map((r) => r.memoryKb ?? 0) };
}
