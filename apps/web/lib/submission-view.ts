import { getSubmission, type SubmissionRow } from '@quickcode/db';
import type { SubmissionStatus } from '@quickcode/protocol';
import { services } from './services';

const LIVE_STATUSES = new Set<string>(['queued', 'compiling', 'running'] satisfies SubmissionStatus[]);

export interface SubmissionView {
  id: string;
  status: string;
  problem: string;
  language: string;
  mode: string;
  createdAt: string;
  code?: string;
  tests?: string[];
  [resultField: string]: unknown;
}

/**
 * A submission's row and its status now: while it is judged, the worker's live status from
 * Redis (the row says only `queued` until the verdict); undefined for an unknown id.
 */
export async function submissionNow(id: string): Promise<{ row: SubmissionRow; status: SubmissionStatus } | undefined> {
  const { database, redis, keys } = services();
  const row = await getSubmission(database.db, id);
  if (!row) return undefined;
  if (row.status === 'finished') return { row, status: 'finished' };
  const live = await redis.get(keys.status(id));
  const status = live && LIVE_STATUSES.has(live) ? live : LIVE_STATUSES.has(row.status) ? row.status : 'queued';
  return { row, status: status as SubmissionStatus };
}

/**
 * A submission as GET /api/submissions/{id} shows it: its live status while judged, every
 * field of its result once finished; the code and custom tests only to its owner.
 */
export async function submissionView(id: string, viewerId: string | undefined): Promise<SubmissionView | undefined> {
  const now = await submissionNow(id);
  if (!now) return undefined;
  const { row, status } = now;
  const view: SubmissionView = {
    id: row.id,
    status,
    problem: row.problemSlug,
    language: row.language,
    mode: row.mode,
    createdAt: row.createdAt.toISOString(),
  };
  if (viewerId && row.userId === viewerId) {
    view.code = row.code;
    if (row.customTests) view.tests = row.customTests;
  }
  if (status === 'finished' && row.result && typeof row.result === 'object') {
    const { type: _type, ...fields } = row.result as Record<string, unknown>;
    Object.assign(view, fields, { id: row.id, status });
  }
  return view;
}
