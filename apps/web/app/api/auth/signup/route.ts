import { signUp } from '../../../../lib/accounts';
import { failure, json, orUnavailable, readJson } from '../../../../lib/api';
import { sessionCookie } from '../../../../lib/cookies';
import { requesterOf, secureCookies } from '../../../../lib/identity';
import { userFromCookieHeader } from '../../../../lib/sessions';

export const POST = orUnavailable(async function POST(request: Request): Promise<Response> {
  const body = await readJson(request, 16 * 1024);
  if (!body.ok) return failure(body);
  const current = await userFromCookieHeader(request.headers.get('cookie'));
  const outcome = await signUp(body.body, current);
  if (!outcome.ok) return failure(outcome);
  const secure = secureCookies(requesterOf(request.headers).secure);
  return json({ username: outcome.username }, 201, sessionCookie(outcome.token, outcome.maxAge, secure));
});
