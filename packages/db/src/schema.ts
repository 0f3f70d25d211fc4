import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, primaryKey, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

export const users = pgTable('users', {
  id: text('id').primaryKey(),
  username: text('username').unique(),
  passwordHash: text('password_hash'),
  isGuest: boolean('is_guest').notNull().default(true),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const sessions = pgTable('sessions', {
  /** sha256 of the session token; the token itself lives only in the cookie. */
  id: text('id').primaryKey(),
  userId: text('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
});

export const problems = pgTable('problems', {
  slug: text('slug').primaryKey(),
  title: text('title').notNull(),
  difficulty: text('difficulty').notNull(),
  tags: jsonb('tags').$type<string[]>().notNull().default([]),
  kind: text('kind').notNull(),
  statement: text('statement').notNull(),
  /** The parsed problem.yml (signature, limits, checker, samples). */
  config: jsonb('config').notNull(),
  /** Reference solutions by language id, used to answer custom tests. */
  solutions: jsonb('solutions').$type<Record<string, string>>().notNull().default({}),
  /** Hash of everything loaded from disk, so a reload only rewrites what changed. */
  contentHash: text('content_hash').notNull(),
  position: integer('position').notNull().default(0),
});

export const tests = pgTable(
  'tests',
  {
    id: serial('id').primaryKey(),
    problemSlug: text('problem_slug')
      .notNull()
      .references(() => problems.slug, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    position: integer('position').notNull(),
    input: text('input').notNull(),
    expected: text('expected').notNull(),
    isSample: boolean('is_sample').notNull().default(false),
  },
  (t) => [uniqueIndex('tests_problem_name').on(t.problemSlug, t.name)],
);

export const submissions = pgTable(
  'submissions',
  {
    id: text('id').primaryKey(),
    userId: text('user_id').references(() => users.id, { onDelete: 'set null' }),
    problemSlug: text('problem_slug')
      .notNull()
      .references(() => problems.slug, { onDelete: 'cascade' }),
    language: text('language').notNull(),
    code: text('code').notNull(),
    mode: text('mode').notNull(),
    customTests: jsonb('custom_tests').$type<string[] | null>(),
    status: text('status').notNull().default('queued'),
    verdict: text('verdict'),
    passed: integer('passed'),
    total: integer('total'),
    timeMs: integer('time_ms'),
    memoryKb: integer('memory_kb'),
    /** The full `result` event, as delivered. */
    result: jsonb('result'),
    /** The client's id for this request (WebSocket `requestId`, HTTP `Idempotency-Key`): a retry finds the same row. */
    requestId: text('request_id'),
    /** For a guest's submission, the client address it came from: all guests of one address share a limit. */
    guestAddress: text('guest_address'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [
    index('submissions_user').on(t.userId, t.createdAt),
    index('submissions_problem').on(t.problemSlug),
    index('submissions_unfinished')
      .on(t.status)
      .where(sql`status <> 'finished'`),
    uniqueIndex('submissions_request').on(t.userId, t.requestId),
    index('submissions_guest_address_unfinished')
      .on(t.guestAddress)
      .where(sql`status <> 'finished' and guest_address is not null`),
  ],
);

export const submissionTests = pgTable(
  'submission_tests',
  {
    submissionId: text('submission_id')
      .notNull()
      .references(() => submissions.id, { onDelete: 'cascade' }),
    index: integer('index').notNull(),
    verdict: text('verdict').notNull(),
    timeMs: integer('time_ms').notNull(),
    memoryKb: integer('memory_kb').notNull(),
  },
  (t) => [primaryKey({ columns: [t.submissionId, t.index] })],
);
