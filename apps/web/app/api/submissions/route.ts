import { failure, json, readJson } from '../../../lib/api';
import { identify, maySubmit } from '../../../lib/identity';
import { submit } from '../../../lib/submissions';

export async function POST(request: Request): Promise<Response> {
  const body = await readJson(request);
  if (!body.ok) return failure(body);
  const { user, setCookie } = await identify(request.headers.get('cookie'), true);
  if (!maySubmit(user)) return failure({ status: 401, code: 'unauthorized', message: 'Sign in to submit code.' });
  const outcome = await submit(body.body, { userId: user.id });
  if (!outcome.ok) return failure(outcome, setCookie);
  return json({ id: outcome.id }, 202, setCookie);
}
