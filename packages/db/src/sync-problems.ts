import { loadProblems } from '@quickcode/problems';
import type { Db } from './client.js';
import { upsertProblem } from './queries.js';

/**
 * Load every problems/<slug>/ package into the database. Idempotent: unchanged
 * problems (same content hash) are not rewritten, so every process may call it at start.
 */
export async function syncProblems(db: Db, problemsDir: string): Promise<{ inserted: number; updated: number; unchanged: number }> {
  const counts = { inserted: 0, updated: 0, unchanged: 0 };
  const loaded = loadProblems(problemsDir);
  for (const [position, p] of loaded.entries()) {
    const pkg = {
      slug: p.slug,
      title: p.config.title,
      difficulty: p.config.difficulty,
      tags: p.config.tags,
      kind: p.config.kind,
      statement: p.statement,
      // The parsed problem.yml, with LeetCode's number, the hints and editorial.md: the API reads them from here.
      config: p.config,
      solutions: p.solutions as Record<string, string>,
      contentHash: p.contentHash,
      position,
      tests: p.tests,
    };
    let outcome: Awaited<ReturnType<typeof upsertProblem>>;
    try {
      outcome = await upsertProblem(db, pkg);
    } catch {
      // Another process inserted the same problem at the same moment: one retry sees its row.
      outcome = await upsertProblem(db, pkg);
    }
    counts[outcome] += 1;
  }
  return counts;
}
