import { failure, json, orUnavailable } from '../../../../lib/api';
import { userFromCookieHeader } from '../../../../lib/sessions';
import { submissionView } from '../../../../lib/submission-view';

export const GET = orUnavailable(async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const viewer = await userFromCookieHeader(request.headers.get('cookie'));
  const view = await submissionView(id, viewer?.id);
  if (!view) return failure({ status: 404, code: 'not_found', message: `There is no submission "${id}".` });
  return json(view);
});
