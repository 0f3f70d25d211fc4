import { and, asc, desc, eq, gt, lt, ne, sql } from 'drizzle-orm';
import type { Db } from './client.js';
import { problems, sessions, submissions, submissionTests, tests, users } from './schema.js';

export type ProblemRow = typeof problems.$inferSelect;
export type TestRow = typeof tests.$inferSelect;
export type SubmissionRow = typeof submissions.$inferSelect;
export type UserRow = typeof users.$inferSelect;

export interface ProblemPackage {
  slug: string;
  title: string;
  difficulty: string;
  tags: string[];
  kind: string;
  statement: string;
  config: unknown;
  solutions: Record<string, string>;
  contentHash: string;
  position: number;
  tests: { name: string; input: string; expected: string; isSample: boolean }[];
}

/** Insert or refresh one problem and its tests; unchanged problems (same hash) are left alone. */
export async function upsertProblem(db: Db, pkg: ProblemPackage): Promise<'inserted' | 'updated' | 'unchanged'> {
  return db.transaction(async (tx) => {
    const [existing] = await tx.select({ hash: problems.contentHash, position: problems.position }).from(problems).where(eq(problems.slug, pkg.slug));
    if (existing && existing.hash === pkg.contentHash) {
      if (existing.position !== pkg.position) {
        await tx.update(problems).set({ position: pkg.position }).where(eq(problems.slug, pkg.slug));
      }
      return 'unchanged';
    }
    const row = {
      slug: pkg.slug,
      title: pkg.title,
      difficulty: pkg.difficulty,
      tags: pkg.tags,
      kind: pkg.kind,
      statement: pkg.statement,
      config: pkg.config,
      solutions: pkg.solutions,
      contentHash: pkg.contentHash,
      position: pkg.position,
    };
    await tx.insert(problems).values(row).onConflictDoUpdate({ target: problems.slug, set: row });
    await tx.delete(tests).where(eq(tests.problemSlug, pkg.slug));
    if (pkg.tests.length > 0) {
      await tx.insert(tests).values(pkg.tests.map((t, position) => ({ ...t, position, problemSlug: pkg.slug })));
    }
    return existing ? 'updated' : 'inserted';
  });
}

export interface ProblemListRow {
  slug: string;
  number: number | null;
  title: string;
  difficulty: string;
  tags: string[];
  acceptance: number | null;
}

/** Every problem in catalogue order, with the share of submits that were accepted. */
export async function listProblems(db: Db): Promise<ProblemListRow[]> {
  const rows = await db
    .select({
      slug: problems.slug,
      // LeetCode's number lives in the parsed problem.yml; null when the problem has none.
      number: sql<number | null>`(${problems.config}->>'number')::int`,
      title: problems.title,
      difficulty: problems.difficulty,
      tags: problems.tags,
      submits: sql<number>`count(${submissions.id}) filter (where ${submissions.mode} = 'submit' and ${submissions.status} = 'finished')`.mapWith(Number),
      accepted: sql<number>`count(${submissions.id}) filter (where ${submissions.mode} = 'submit' and ${submissions.verdict} = 'AC')`.mapWith(Number),
    })
    .from(problems)
    .leftJoin(submissions, eq(submissions.problemSlug, problems.slug))
    .groupBy(problems.slug)
    .orderBy(asc(problems.position), asc(problems.slug));
  return rows.map(({ submits, accepted, ...p }) => ({
    ...p,
    acceptance: submits > 0 ? Math.round((1000 * accepted) / submits) / 10 : null,
  }));
}

export async function getProblem(db: Db, slug: string): Promise<ProblemRow | undefined> {
  const [row] = await db.select().from(problems).where(eq(problems.slug, slug));
  return row;
}

export async function getTests(db: Db, slug: string, onlySamples = false): Promise<TestRow[]> {
  const where = onlySamples ? and(eq(tests.problemSlug, slug), eq(tests.isSample, true)) : eq(tests.problemSlug, slug);
  return db.select().from(tests).where(where).orderBy(asc(tests.position));
}

export async function createSubmission(db: Db, s: Pick<SubmissionRow, 'id' | 'userId' | 'problemSlug' | 'language' | 'code' | 'mode' | 'customTests'>): Promise<void> {
  await db.insert(submissions).values({ ...s, status: 'queued' });
}

export async function getSubmission(db: Db, id: string): Promise<SubmissionRow | undefined> {
  const [row] = await db.select().from(submissions).where(eq(submissions.id, id));
  return row;
}

export async function setSubmissionStatus(db: Db, id: string, status: 'queued' | 'compiling' | 'running'): Promise<void> {
  await db
    .update(submissions)
    .set({ status })
    .where(and(eq(submissions.id, id), ne(submissions.status, 'finished')));
}

export interface FinishedSubmission {
  verdict: string;
  passed: number;
  total: number;
  timeMs: number;
  memoryKb: number;
  result: unknown;
  tests: { index: number; verdict: string; timeMs: number; memoryKb: number }[];
}

/**
 * Store a submission's verdict once. Returns false when another master stored it first,
 * so exactly one verdict is kept whatever retries happen.
 */
export async function finishSubmission(db: Db, id: string, f: FinishedSubmission): Promise<boolean> {
  return db.transaction(async (tx) => {
    const updated = await tx
      .update(submissions)
      .set({
        status: 'finished',
        verdict: f.verdict,
        passed: f.passed,
        total: f.total,
        timeMs: Math.round(f.timeMs),
        memoryKb: Math.round(f.memoryKb),
        result: f.result,
        finishedAt: new Date(),
      })
      .where(and(eq(submissions.id, id), ne(submissions.status, 'finished')))
      .returning({ id: submissions.id });
    if (updated.length === 0) return false;
    if (f.tests.length > 0) {
      await tx
        .insert(submissionTests)
        .values(
          f.tests.map((t) => ({
            submissionId: id,
            index: t.index,
            verdict: t.verdict,
            timeMs: Math.round(t.timeMs),
            memoryKb: Math.round(t.memoryKb),
          })),
        )
        .onConflictDoNothing();
    }
    return true;
  });
}

export async function getSubmissionTests(db: Db, id: string) {
  return db.select().from(submissionTests).where(eq(submissionTests.submissionId, id)).orderBy(asc(submissionTests.index));
}

/** Submissions not finished and created before `before`: candidates for the recovery sweep. */
export async function listUnfinishedSubmissions(db: Db, before: Date): Promise<SubmissionRow[]> {
  return db
    .select()
    .from(submissions)
    .where(and(ne(submissions.status, 'finished'), lt(submissions.createdAt, before)))
    .orderBy(asc(submissions.createdAt))
    .limit(1000);
}

export async function listUserSubmissions(db: Db, userId: string, problemSlug?: string, limit = 50) {
  const where = problemSlug ? and(eq(submissions.userId, userId), eq(submissions.problemSlug, problemSlug)) : eq(submissions.userId, userId);
  return db
    .select({
      id: submissions.id,
      problemSlug: submissions.problemSlug,
      language: submissions.language,
      mode: submissions.mode,
      status: submissions.status,
      verdict: submissions.verdict,
      timeMs: submissions.timeMs,
      memoryKb: submissions.memoryKb,
      createdAt: submissions.createdAt,
    })
    .from(submissions)
    .where(where)
    .orderBy(desc(submissions.createdAt))
    .limit(limit);
}

export async function createUser(db: Db, u: { id: string; username?: string | null; passwordHash?: string | null; isGuest: boolean }) {
  await db.insert(users).values({ id: u.id, username: u.username ?? null, passwordHash: u.passwordHash ?? null, isGuest: u.isGuest });
}

export async function getUserById(db: Db, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

export async function getUserByUsername(db: Db, username: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.username, username));
  return row;
}

/** Turn a guest into a named account, keeping its submissions. */
export async function claimGuest(db: Db, id: string, username: string, passwordHash: string): Promise<void> {
  await db.update(users).set({ username, passwordHash, isGuest: false }).where(eq(users.id, id));
}

export async function createSession(db: Db, s: { id: string; userId: string; expiresAt: Date }): Promise<void> {
  await db.insert(sessions).values(s);
}

export async function getSessionUser(db: Db, sessionId: string): Promise<UserRow | undefined> {
  const [row] = await db
    .select({ user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, sessionId), gt(sessions.expiresAt, new Date())));
  return row?.user;
}

export async function deleteSession(db: Db, sessionId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}
