import { and, asc, desc, eq, gte, ne, sql } from 'drizzle-orm';
import type { Db } from './client.js';
import { problems, sessions, submissions, users } from './schema.js';

/** Queries only the web app needs: per-user progress, statistics and account upkeep. */

export interface ProblemProgress {
  problemSlug: string;
  solved: boolean;
}

/** One row per problem the user has submitted to: solved when any submit was accepted. */
export async function userProblemProgress(db: Db, userId: string): Promise<ProblemProgress[]> {
  const rows = await db
    .select({
      problemSlug: submissions.problemSlug,
      solved: sql<boolean>`bool_or(${submissions.mode} = 'submit' and ${submissions.verdict} = 'AC')`,
    })
    .from(submissions)
    .where(eq(submissions.userId, userId))
    .groupBy(submissions.problemSlug);
  return rows.map((r) => ({ problemSlug: r.problemSlug, solved: Boolean(r.solved) }));
}

/** Move every submission of one user to another (a guest signing in to an existing account). */
export async function reassignSubmissions(db: Db, fromUserId: string, toUserId: string): Promise<void> {
  await db.update(submissions).set({ userId: toUserId }).where(eq(submissions.userId, fromUserId));
}

/** Runtime and memory of accepted submits of one problem in one language, for the distribution chart. */
export async function acceptedPerformance(db: Db, problemSlug: string, language: string, limit = 5000) {
  return db
    .select({ timeMs: submissions.timeMs, memoryKb: submissions.memoryKb })
    .from(submissions)
    .where(and(eq(submissions.problemSlug, problemSlug), eq(submissions.language, language), eq(submissions.mode, 'submit'), eq(submissions.verdict, 'AC')))
    .orderBy(desc(submissions.createdAt))
    .limit(limit);
}

/** Distinct problems a user solved, with their difficulty. */
export async function userSolvedProblems(db: Db, userId: string) {
  return db
    .selectDistinct({ slug: problems.slug, difficulty: problems.difficulty })
    .from(submissions)
    .innerJoin(problems, eq(problems.slug, submissions.problemSlug))
    .where(and(eq(submissions.userId, userId), eq(submissions.mode, 'submit'), eq(submissions.verdict, 'AC')));
}

/** How many problems exist per difficulty. */
export async function problemCountsByDifficulty(db: Db) {
  return db
    .select({ difficulty: problems.difficulty, n: sql<number>`count(*)`.mapWith(Number) })
    .from(problems)
    .groupBy(problems.difficulty);
}

/** Submissions per UTC day since `since`, for the activity heatmap. */
export async function userActivity(db: Db, userId: string, since: Date) {
  const day = sql<string>`to_char(${submissions.createdAt} at time zone 'UTC', 'YYYY-MM-DD')`;
  return db
    .select({ day, n: sql<number>`count(*)`.mapWith(Number) })
    .from(submissions)
    .where(and(eq(submissions.userId, userId), gte(submissions.createdAt, since)))
    .groupBy(day)
    .orderBy(asc(day));
}

/** A user's latest submissions with the problem's title. */
export async function listUserSubmissionsWithTitles(db: Db, userId: string, limit = 20) {
  return db
    .select({
      id: submissions.id,
      problemSlug: submissions.problemSlug,
      title: problems.title,
      language: submissions.language,
      mode: submissions.mode,
      status: submissions.status,
      verdict: submissions.verdict,
      timeMs: submissions.timeMs,
      memoryKb: submissions.memoryKb,
      createdAt: submissions.createdAt,
    })
    .from(submissions)
    .innerJoin(problems, eq(problems.slug, submissions.problemSlug))
    .where(and(eq(submissions.userId, userId), eq(submissions.mode, 'submit')))
    .orderBy(desc(submissions.createdAt))
    .limit(limit);
}

/** Delete a user's sessions, e.g. when its guest identity is folded into an account. */
export async function deleteUserSessions(db: Db, userId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

/** Delete a guest user that owns nothing any more. */
export async function deleteGuest(db: Db, userId: string): Promise<void> {
  await db.delete(users).where(and(eq(users.id, userId), eq(users.isGuest, true)));
}

/**
 * Delete a submission that was stored but could not be queued (Redis failed mid-way), so a
 * submit answered with 503 leaves nothing behind for the recovery sweep to judge later.
 */
export async function discardSubmission(db: Db, id: string): Promise<void> {
  await db.delete(submissions).where(and(eq(submissions.id, id), ne(submissions.status, 'finished')));
}
