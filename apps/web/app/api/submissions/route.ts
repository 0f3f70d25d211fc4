import { failure, json, readJson } from '../../../lib/api';
import { submitter } from '../../../lib/identity';
import { unavailable } from '../../../lib/result';
import { submit } from '../../../lib/submissions';

export async function POST(request: Request): Promise<Response> {
  const body = await readJson(request);
  if (!body.ok) return failure(body);
  // Finding the session reads the database: when it is down the answer is 503, not a crash.
  const who = await submitter(request.headers.get('cookie')).catch(() => null);
  if (!who) return failure(unavailable());
  if (!who.ok) return failure({ status: 401, code: 'unauthorized', message: 'Sign in to submit code.' });
  const outcome = await submit(body.body, { userId: who.userId });
  if (!outcome.ok) return failure(outcome, who.cookie());
  return json({ id: outcome.id }, 202, who.cookie());
}
