import { failure, json, orUnavailable, readJson } from '../../../lib/api';
import { submitter } from '../../../lib/identity';
import { submit } from '../../../lib/submissions';

export const POST = orUnavailable(async function POST(request: Request): Promise<Response> {
  const body = await readJson(request);
  if (!body.ok) return failure(body);
  const who = await submitter(request.headers.get('cookie'));
  if (!who.ok) return failure({ status: 401, code: 'unauthorized', message: 'Sign in to submit code.' });
  const outcome = await submit(body.body, { userId: who.userId });
  if (!outcome.ok) return failure(outcome, who.cookie());
  return json({ id: outcome.id }, 202, who.cookie());
});
