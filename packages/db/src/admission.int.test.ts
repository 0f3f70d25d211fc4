import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../tests/support/stack.js';
import { admitLocked, admitSubmission, deleteIdleGuests, guestForSession, submissionRank, type NewSubmission } from './admission.js';
import { openDatabase, type Database } from './client.js';
import { createSession, createUser, finishSubmission, upsertProblem } from './queries.js';

const limits = () => ({ perUser: 10, perAddress: 10, since: new Date(Date.now() - 600_000) });

async function seed(database: Database) {
  await upsertProblem(database.db, {
    slug: 'p',
    title: 'P',
    difficulty: 'Easy',
    tags: [],
    kind: 'stdio',
    statement: '',
    config: {},
    solutions: {},
    contentHash: 'h',
    position: 0,
    tests: [],
  });
}

function row(userId: string, extra: Partial<NewSubmission> = {}): NewSubmission {
  return { id: randomUUID(), userId, problemSlug: 'p', language: 'python', code: 'x', mode: 'submit', customTests: null, requestId: null, guestAddress: null, ...extra };
}

async function count(database: Database, where: ReturnType<typeof sql>): Promise<number> {
  const result = (await database.db.execute(sql`select count(*)::int as n from submissions where ${where}`)) as unknown as { rows: { n: number }[] };
  return result.rows[0]?.n ?? 0;
}

describe.each(['postgres', 'pglite'] as const)('admission on %s', (kind) => {
  let database: Database;
  let drop = async () => {};
  beforeAll(async () => {
    if (kind === 'postgres') {
      const created = await createTestDatabase();
      database = await openDatabase({ url: created.url, dataDir: '' });
      drop = created.drop;
    } else {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qc-admission-'));
      database = await openDatabase({ dataDir: dir });
      drop = async () => fs.rmSync(dir, { recursive: true, force: true });
    }
    await seed(database);
  });
  afterAll(async () => {
    await database.close();
    await drop();
  });

  it('lets exactly the limit in when 60 submissions of one user race', async () => {
    const user = randomUUID();
    await createUser(database.db, { id: user, isGuest: false });
    const outcomes = await Promise.all(Array.from({ length: 60 }, () => admitSubmission(database.db, row(user), limits())));
    expect(outcomes.filter((o) => o.kind === 'created')).toHaveLength(10);
    expect(outcomes.filter((o) => o.kind === 'user_limit')).toHaveLength(50);
    expect(await count(database, sql`user_id = ${user}`)).toBe(10);
  });

  it('holds the limit in the database alone, as between web processes', async () => {
    const user = randomUUID();
    await createUser(database.db, { id: user, isGuest: false });
    const outcomes = await Promise.all(Array.from({ length: 20 }, () => admitLocked(database.db, row(user), { ...limits(), perUser: 5 })));
    expect(outcomes.filter((o) => o.kind === 'created')).toHaveLength(5);
    expect(await count(database, sql`user_id = ${user}`)).toBe(5);
  });

  it('frees a slot when a submission finishes', async () => {
    const user = randomUUID();
    await createUser(database.db, { id: user, isGuest: false });
    const first = await Promise.all(Array.from({ length: 10 }, () => admitSubmission(database.db, row(user), limits())));
    expect((await admitSubmission(database.db, row(user), limits())).kind).toBe('user_limit');
    const done = first[0];
    if (done?.kind !== 'created') throw new Error('not created');
    await finishSubmission(database.db, done.id, { verdict: 'AC', passed: 1, total: 1, timeMs: 1, memoryKb: 1, result: {}, tests: [] });
    expect((await admitSubmission(database.db, row(user), limits())).kind).toBe('created');
  });

  it('bounds all guests of one address together', async () => {
    const guests = Array.from({ length: 30 }, () => randomUUID());
    for (const id of guests) await createUser(database.db, { id, isGuest: true });
    const outcomes = await Promise.all(guests.map((g) => admitSubmission(database.db, row(g, { guestAddress: '203.0.113.7' }), limits())));
    expect(outcomes.filter((o) => o.kind === 'created')).toHaveLength(10);
    expect(outcomes.filter((o) => o.kind === 'address_limit')).toHaveLength(20);
  });

  it('makes one submission per (user, request id) however many retries race', async () => {
    const user = randomUUID();
    await createUser(database.db, { id: user, isGuest: false });
    const outcomes = await Promise.all(Array.from({ length: 20 }, () => admitSubmission(database.db, row(user, { requestId: 'req-1' }), limits())));
    const ids = new Set(outcomes.map((o) => ('id' in o ? o.id : o.kind)));
    expect(ids.size).toBe(1);
    expect(outcomes.filter((o) => o.kind === 'created')).toHaveLength(1);
    expect(await count(database, sql`user_id = ${user}`)).toBe(1);
    // The index holds even for a writer that skips the check.
    await expect(
      database.db.execute(sql`insert into submissions (id, user_id, problem_slug, language, code, mode, request_id) values (${randomUUID()}, ${user}, 'p', 'python', 'x', 'submit', 'req-1')`),
    ).rejects.toThrow();
  });

  it("ranks a user's unfinished submissions oldest first", async () => {
    const user = randomUUID();
    await createUser(database.db, { id: user, isGuest: false });
    const rows = [];
    for (let i = 0; i < 3; i++) {
      const r = row(user);
      await admitSubmission(database.db, r, limits());
      const [stored] = ((await database.db.execute(sql`select created_at from submissions where id = ${r.id}`)) as unknown as { rows: { created_at: string | Date }[] }).rows;
      rows.push({ ...r, createdAt: new Date(stored?.created_at ?? 0) });
    }
    expect(await Promise.all(rows.map((r) => submissionRank(database.db, r)))).toEqual([1, 2, 3]);
  });

  it('makes one guest for a session token however many first requests race', async () => {
    const sessionId = `s-${randomUUID()}`;
    let asked = 0;
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, () => guestForSession(database.db, { sessionId, newUserId: randomUUID(), expiresAt: new Date(Date.now() + 86_400_000), mayCreate: async () => (asked++, true) })),
    );
    const users = new Set(outcomes.map((o) => ('user' in o ? o.user.id : 'refused')));
    expect(users.size).toBe(1);
    expect(asked).toBe(1);
    const refused = await guestForSession(database.db, { sessionId: `s-${randomUUID()}`, newUserId: randomUUID(), expiresAt: new Date(), mayCreate: async () => false });
    expect(refused).toEqual({ refused: true });
  });

  it('deletes idle guests only', async () => {
    const old = new Date(Date.now() - 40 * 86_400_000).toISOString();
    const idle = randomUUID();
    const withSession = randomUUID();
    const recent = randomUUID();
    for (const id of [idle, withSession, recent]) await createUser(database.db, { id, isGuest: true });
    await database.db.execute(sql`update users set created_at = ${old} where id in (${idle}, ${withSession})`);
    await createSession(database.db, { id: `s-${withSession}`, userId: withSession, expiresAt: new Date(Date.now() + 86_400_000) });
    const account = randomUUID();
    await createUser(database.db, { id: account, isGuest: false });
    await database.db.execute(sql`update users set created_at = ${old} where id = ${account}`);
    await deleteIdleGuests(database.db, new Date(Date.now() - 30 * 86_400_000));
    const left = (await database.db.execute(sql`select id from users where id in (${idle}, ${withSession}, ${recent}, ${account})`)) as unknown as { rows: { id: string }[] };
    expect(left.rows.map((r) => r.id).sort()).toEqual([withSession, recent, account].sort());
  });
});
