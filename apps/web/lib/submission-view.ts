import { getSubmission } from '@quickcode/db';
import { services } from './services';

const LIVE_STATUSES = new Set(['queued', 'compiling', 'running']);

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
 * A submission as GET /api/submissions/{id} shows it: its live status while judged, every
 * field of its result once finished; the code and custom tests only to its owner.
 */
export async function submissionView(id: string, viewerId: string | undefined): Promise<SubmissionView | undefined> {
  const { database, redis, keys } = services();
  const row = await getSubmission(database.db, id);
  if (!row) return undefined;
  let status = row.status;
  if (status !== 'finished') {
    const live = await redis.get(keys.status(id));
    if (live && LIVE_STATUSES.has(live)) status = live;
  }
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
