import { json, orUnavailable } from '../../../../lib/api';
import { clearedSessionCookie, parseCookies, SESSION_COOKIE } from '../../../../lib/cookies';
import { requesterOf, secureCookies } from '../../../../lib/identity';
import { endSession } from '../../../../lib/sessions';

export const POST = orUnavailable(async function POST(request: Request): Promise<Response> {
  await endSession(parseCookies(request.headers.get('cookie'))[SESSION_COOKIE]);
  return json({ ok: true }, 200, clearedSessionCookie(secureCookies(requesterOf(request.headers).secure)));
});
