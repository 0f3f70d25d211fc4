import { json, orUnavailable } from '../../../../../lib/api';
import { userFromCookieHeader } from '../../../../../lib/sessions';
import { userSubmits } from '../../../../../lib/submissions';

/** The viewer's own submits to one problem, newest first (an addition to the protocol). */
export const GET = orUnavailable(async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await params;
  const user = await userFromCookieHeader(request.headers.get('cookie'));
  return json({ submissions: user ? await userSubmits(user.id, slug) : [] });
});
