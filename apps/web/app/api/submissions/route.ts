import { failure, json, orUnavailable, readJson } from '../../../lib/api';
import { requesterOf, Submitter } from '../../../lib/identity';
import { parseSubmission, submit } from '../../../lib/submissions';

const MAX_REQUEST_ID = 200;

/**
 * POST /api/submissions. A retry carrying the same `Idempotency-Key` header (or body
 * `requestId`) from the same user answers with the submission the first one made.
 */
export const POST = orUnavailable(async function POST(request: Request): Promise<Response> {
  const body = await readJson(request);
  if (!body.ok) return failure(body);
  const key = request.headers.get('idempotency-key') ?? undefined;
  if (key !== undefined && (key.length === 0 || key.length > MAX_REQUEST_ID)) {
    return failure({ status: 400, code: 'bad_request', message: `The Idempotency-Key header must be 1 to ${MAX_REQUEST_ID} characters.` });
  }
  const parsed = parseSubmission(body.body);
  if (!parsed.ok) return failure(parsed);
  const submitter = await Submitter.fromCookie(request.headers.get('cookie'), requesterOf(request.headers), true);
  const outcome = await submit(parsed.request, { submitter, requestId: key });
  if (!outcome.ok) return failure(outcome, submitter.setCookie());
  return json({ id: outcome.id }, 202, submitter.setCookie());
});
