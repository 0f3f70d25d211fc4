import { and, eq, lt, sql } from 'drizzle-orm';
import type { Db } from './client.js';
import { sessions, submissions, users } from './schema.js';
import { KeyedMutex } from './keyed-mutex.js';
import type { SubmissionRow, UserRow } from './queries.js';

/** Advisory-lock namespaces (the first key of pg_advisory_xact_lock(int, int)). */
const LOCK_USER = 72_640;
const LOCK_ADDRESS = 72_641;
const LOCK_SESSION = 72_642;

/** Waiting for a key's turn happens here first (see KeyedMutex); the advisory lock orders processes. */
const userTurns = new KeyedMutex();
const addressTurns = new KeyedMutex();
const sessionTurns = new KeyedMutex();

export type NewSubmission = Pick<SubmissionRow, 'id' | 'userId' | 'problemSlug' | 'language' | 'code' | 'mode' | 'customTests'> & {
  userId: string;
  requestId: string | null;
  guestAddress: string | null;
};

export interface AdmissionLimits {
  perUser: number;
  perAddress: number;
  /** Unfinished submissions created before this are presumed lost and not counted. */
  since: Date;
}

export type Admission = { kind: 'created'; id: string } | { kind: 'existing'; id: string } | { kind: 'user_limit'; inFlight: number } | { kind: 'address_limit'; inFlight: number };

/**
 * Store a submission only if its user (and, for a guest, its client address) is under the
 * in-flight limit, and only once per (user, request id). One transaction: it first takes
 * the user's (and the address's) advisory lock, so every statement after it sees all rows
 * committed by earlier holders; concurrent submits of one user are counted one after another.
 * The unique index on (user_id, request_id) backs the request-id check whatever happens.
 */
export async function admitSubmission(db: Db, s: NewSubmission, limits: AdmissionLimits): Promise<Admission> {
  return userTurns.run(s.userId, () => (s.guestAddress ? addressTurns.run(s.guestAddress, () => admitLocked(db, s, limits)) : admitLocked(db, s, limits)));
}

/** The database's part alone (exported for tests: what holds across processes). */
export async function admitLocked(db: Db, s: NewSubmission, limits: AdmissionLimits): Promise<Admission> {
  return db.transaction(async (tx) => {
    // Always user first, address second: no two transactions can wait on each other in a cycle.
    await tx.execute(sql`select pg_advisory_xact_lock(${LOCK_USER}, hashtext(${s.userId}))`);
    if (s.guestAddress) await tx.execute(sql`select pg_advisory_xact_lock(${LOCK_ADDRESS}, hashtext(${s.guestAddress}))`);
    if (s.requestId) {
      const [earlier] = await tx
        .select({ id: submissions.id })
        .from(submissions)
        .where(and(eq(submissions.userId, s.userId), eq(submissions.requestId, s.requestId)));
      if (earlier) return { kind: 'existing', id: earlier.id };
    }
    const address = s.guestAddress ?? null;
    const [counts] = await tx
      .select({
        user: sql<number>`count(*) filter (where ${submissions.userId} = ${s.userId})`.mapWith(Number),
        address: sql<number>`count(*) filter (where ${submissions.guestAddress} = ${address})`.mapWith(Number),
      })
      .from(submissions)
      .where(
        sql`${submissions.status} <> 'finished' and ${submissions.createdAt} >= ${limits.since.toISOString()} and (${submissions.userId} = ${s.userId} or ${submissions.guestAddress} = ${address})`,
      );
    const inFlight = counts ?? { user: 0, address: 0 };
    if (inFlight.user >= limits.perUser) return { kind: 'user_limit', inFlight: inFlight.user };
    if (address && inFlight.address >= limits.perAddress) return { kind: 'address_limit', inFlight: inFlight.address };
    const inserted = await tx
      .insert(submissions)
      .values({ ...s, status: 'queued' })
      .onConflictDoNothing({ target: [submissions.userId, submissions.requestId] })
      .returning({ id: submissions.id });
    if (inserted[0]) return { kind: 'created', id: inserted[0].id };
    const [raced] = await tx
      .select({ id: submissions.id })
      .from(submissions)
      .where(and(eq(submissions.userId, s.userId), eq(submissions.requestId, s.requestId ?? '')));
    if (!raced) throw new Error('submission insert conflicted but no earlier row was found');
    return { kind: 'existing', id: raced.id };
  });
}

/**
 * A submission's place among unfinished work of its user (and of its guest address):
 * 1 for the oldest. The master turns it into the execution job's priority.
 */
export async function submissionRank(db: Db, s: Pick<SubmissionRow, 'id' | 'userId' | 'guestAddress' | 'createdAt'>): Promise<number> {
  const earlierOf = async (column: typeof submissions.userId | typeof submissions.guestAddress, value: string | null) => {
    if (!value) return 0;
    const [row] = await db
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(submissions)
      .where(and(eq(column, value), sql`${submissions.status} <> 'finished'`, lt(submissions.createdAt, s.createdAt)));
    return row?.n ?? 0;
  };
  return 1 + Math.max(await earlierOf(submissions.userId, s.userId), await earlierOf(submissions.guestAddress, s.guestAddress));
}

/**
 * The guest behind a session id: the existing one, or a new guest owning that session.
 * Serialized per session id, so concurrent first requests carrying one cookie make one guest;
 * `mayCreate` (a rate limit) is asked only when a guest is about to be made.
 */
export async function guestForSession(
  db: Db,
  opts: { sessionId: string; newUserId: string; expiresAt: Date; mayCreate: () => Promise<boolean> },
): Promise<{ user: UserRow; created: boolean } | { refused: true }> {
  return sessionTurns.run(opts.sessionId, () => guestForSessionLocked(db, opts));
}

async function guestForSessionLocked(
  db: Db,
  opts: { sessionId: string; newUserId: string; expiresAt: Date; mayCreate: () => Promise<boolean> },
): Promise<{ user: UserRow; created: boolean } | { refused: true }> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${LOCK_SESSION}, hashtext(${opts.sessionId}))`);
    const [existing] = await tx.select({ user: users, expiresAt: sessions.expiresAt }).from(sessions).innerJoin(users, eq(users.id, sessions.userId)).where(eq(sessions.id, opts.sessionId));
    if (existing && existing.expiresAt > new Date()) return { user: existing.user, created: false };
    if (!(await opts.mayCreate())) return { refused: true };
    if (existing) await tx.delete(sessions).where(eq(sessions.id, opts.sessionId));
    const [user] = await tx.insert(users).values({ id: opts.newUserId, isGuest: true }).returning();
    await tx.insert(sessions).values({ id: opts.sessionId, userId: opts.newUserId, expiresAt: opts.expiresAt });
    return { user: user as UserRow, created: true };
  });
}

/** A session with its expiry, to slide it forward while it is used. */
export async function getSessionWithUser(db: Db, sessionId: string): Promise<{ user: UserRow; expiresAt: Date } | undefined> {
  const [row] = await db
    .select({ user: users, expiresAt: sessions.expiresAt })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, sessionId), sql`${sessions.expiresAt} > now()`));
  return row;
}

export async function extendSession(db: Db, sessionId: string, expiresAt: Date): Promise<void> {
  await db.update(sessions).set({ expiresAt }).where(eq(sessions.id, sessionId));
}

/**
 * Delete expired sessions, then guests idle since `idleSince`: no live session, nothing
 * submitted since, nothing still running. Their submissions stay, without an owner.
 */
export async function deleteIdleGuests(db: Db, idleSince: Date): Promise<{ sessions: number; guests: number }> {
  const cutoff = idleSince.toISOString();
  const expired = await db
    .delete(sessions)
    .where(sql`${sessions.expiresAt} <= now()`)
    .returning({ id: sessions.id });
  // Spelled out in SQL: the subqueries must name users.id, not a column of their own table.
  const guests = await db.execute<{ id: string }>(sql`
    delete from users u
    where u.is_guest and u.created_at < ${cutoff}
      and not exists (select 1 from sessions s where s.user_id = u.id)
      and not exists (select 1 from submissions x where x.user_id = u.id and (x.created_at >= ${cutoff} or x.status <> 'finished'))
    returning u.id`);
  return { sessions: expired.length, guests: rowCount(guests) };
}

/** Rows returned by db.execute, whether the driver is node-postgres or PGlite. */
function rowCount(result: unknown): number {
  const rows = (result as { rows?: unknown[] }).rows ?? (Array.isArray(result) ? result : []);
  return rows.length;
}
