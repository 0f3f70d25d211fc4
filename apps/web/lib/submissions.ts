import { randomUUID } from 'node:crypto';
import { admitSubmission, discardSubmission, getProblem, listUserSubmissions } from '@quickcode/db';
import { MAX_CODE_BYTES, submissionRequestSchema, type ProblemConfig, type SubmissionRequest } from '@quickcode/protocol';
import type { z } from 'zod';
import type { Submitter } from './identity';
import { isLanguageId, languageAvailable, languageNames } from './languages';
import { fail, unavailable, type Failure, type Outcome } from './result';
import { queueDepth, retryAfterSeconds } from './backpressure';
import { services } from './services';
import { testProblem } from './tests';

/** Unfinished submissions older than this no longer count against the limit (presumed lost). */
const IN_FLIGHT_WINDOW_MS = 10 * 60_000;
const STATUS_TTL_SECONDS = 3600;

export interface SubmitOptions {
  /** Who submits; a guest is created only once the submission is known to be valid. */
  submitter: Submitter;
  /** The client's request id (WebSocket `requestId`, HTTP `Idempotency-Key`); the body's `requestId` is used when absent. */
  requestId?: string;
  /** Runs after the submission is stored and before it is queued: a watcher subscribes here so it misses no event. */
  beforeEnqueue?: (id: string) => Promise<void> | void;
}

/** `existing`: the request id was seen before, and this is the submission it made then. */
export type SubmitOutcome = Outcome<{ id: string; existing: boolean }>;

/** Why a submission failed the protocol's schema (HTTP body or WebSocket message alike): its first problem. */
export function submissionRefusal(error: z.ZodError): Failure {
  const issue = error.issues[0];
  if (issue && issue.code === 'custom' && issue.path[0] === 'code') {
    return fail(400, 'code_too_large', `The code is larger than ${MAX_CODE_BYTES / 1024} KiB; shorten it and submit again.`);
  }
  const field = issue?.path.join('.') || 'body';
  return fail(400, 'bad_request', `Field "${field}" is invalid: ${issue?.message ?? 'unexpected value'}.`);
}

/** Check a raw HTTP body against the protocol. */
export function parseSubmission(body: unknown): Outcome<{ request: SubmissionRequest }> {
  const parsed = submissionRequestSchema.safeParse(body);
  return parsed.success ? { ok: true, request: parsed.data } : submissionRefusal(parsed.error);
}

/**
 * The one way a submission enters the system, for HTTP and WebSocket alike (each parsed it
 * with the protocol's schema): store the row, mark it queued, then hand it to the master
 * through the judge queue.
 */
export async function submit(request: SubmissionRequest, options: SubmitOptions): Promise<SubmitOutcome> {
  try {
    return await submitOrThrow(request, options);
  } catch (err) {
    // The database or Redis failed mid-way: say so plainly; the client may simply retry.
    services().logger.warn({ err: (err as Error).message }, 'submission refused: a dependency is unavailable');
    return unavailable();
  }
}

async function submitOrThrow(request: SubmissionRequest, options: SubmitOptions): Promise<SubmitOutcome> {
  const { database, redis, keys, judgeQueue, config } = services();
  const db = database.db;

  const problem = await getProblem(db, request.problem);
  if (!problem) return fail(404, 'unknown_problem', `There is no problem "${request.problem}"; pick one from the problem list.`);

  if (!isLanguageId(request.language)) {
    return fail(400, 'unknown_language', `Language "${request.language}" is not supported; use one listed by GET /api/languages.`);
  }
  for (const [i, test] of (request.tests ?? []).entries()) {
    const problemMessage = testProblem(problem.config as ProblemConfig, i, test);
    if (problemMessage) return fail(400, 'invalid_test', problemMessage);
  }
  if (!(await languageAvailable(request.language))) {
    return fail(400, 'unknown_language', `Language "${request.language}" (${languageNames[request.language]}) is not offered by any running worker right now.`);
  }
  const depth = await queueDepth();
  if (depth >= config.QUICKCODE_MAX_QUEUE_DEPTH) {
    const wait = retryAfterSeconds(depth, config.QUICKCODE_MAX_QUEUE_DEPTH);
    return fail(429, 'too_many_requests', `QuickCode is busy (${depth} submissions waiting); try again in ${wait} s.`, wait);
  }

  const who = await options.submitter.identity();
  if (!who.ok) return who;
  const admission = await admitSubmission(
    db,
    {
      id: randomUUID(),
      userId: who.user.id,
      problemSlug: problem.slug,
      language: request.language,
      code: request.code,
      mode: request.mode,
      customTests: request.tests ?? null,
      requestId: options.requestId ?? request.requestId ?? null,
      guestAddress: who.user.isGuest ? options.submitter.address : null,
    },
    { perUser: config.QUICKCODE_MAX_IN_FLIGHT_PER_USER, perAddress: config.QUICKCODE_MAX_IN_FLIGHT_PER_ADDRESS, since: new Date(Date.now() - IN_FLIGHT_WINDOW_MS) },
  );
  switch (admission.kind) {
    case 'existing':
      return { ok: true, id: admission.id, existing: true };
    case 'user_limit':
      return fail(429, 'too_many_requests', `You already have ${admission.inFlight} submissions waiting; wait for a verdict before sending more.`, 2);
    case 'address_limit':
      return fail(429, 'too_many_requests', `Guests from your network already have ${admission.inFlight} submissions waiting; wait for a verdict, or sign in to get your own limit.`, 2);
    case 'created':
      break;
  }
  const id = admission.id;
  try {
    await redis.set(keys.status(id), 'queued', 'EX', STATUS_TTL_SECONDS);
    await options.beforeEnqueue?.(id);
    await judgeQueue.add(
      'judge',
      { submissionId: id },
      {
        jobId: id,
        attempts: 5,
        backoff: { type: 'exponential', delay: 1000 },
        removeOnComplete: { age: 3600 },
        removeOnFail: { age: 86400 },
      },
    );
  } catch (err) {
    // Redis failed (e.g. a failover): the client is told nothing was submitted, so nothing may stay.
    await discardSubmission(db, id).catch(() => {});
    throw err;
  }
  return { ok: true, id, existing: false };
}

/** The user's own submits (not runs) to one problem, newest first. */
export async function userSubmits(userId: string, slug: string, limit = 50): Promise<Awaited<ReturnType<typeof listUserSubmissions>>> {
  const rows = await listUserSubmissions(services().database.db, userId, slug, limit);
  return rows.filter((r) => r.mode === 'submit');
}
