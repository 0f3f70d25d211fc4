import { signIn } from '../../../../lib/accounts';
import { failure, json, orUnavailable, readJson } from '../../../../lib/api';
import { sessionCookie } from '../../../../lib/cookies';
import { requesterOf, secureCookies } from '../../../../lib/identity';
import { userFromCookieHeader } from '../../../../lib/sessions';

export const POST = orUnavailable(async function POST(request: Request): Promise<Response> {
  const body = await readJson(request, 16 * 1024);
  if (!body.ok) return failure(body);
  const requester = requesterOf(request.headers);
  const current = await userFromCookieHeader(request.headers.get('cookie'));
  const outcome = await signIn(body.body, current, requester.address);
  if (!outcome.ok) return failure(outcome);
  return json({ username: outcome.username }, 200, sessionCookie(outcome.token, outcome.maxAge, secureCookies(requester.secure)));
});
