import { listUserSubmissions } from '@quickcode/db';
import { json, orUnavailable } from '../../../../../lib/api';
import { services } from '../../../../../lib/services';
import { userFromCookieHeader } from '../../../../../lib/sessions';

/** The viewer's own submits to one problem, newest first (an addition to the protocol). */
export const GET = orUnavailable(async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await params;
  const user = await userFromCookieHeader(request.headers.get('cookie'));
  if (!user) return json({ submissions: [] });
  const rows = await listUserSubmissions(services().database.db, user.id, slug, 50);
  return json({ submissions: rows.filter((r) => r.mode === 'submit') });
});
