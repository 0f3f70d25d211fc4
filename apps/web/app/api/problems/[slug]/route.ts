import { failure, json, orUnavailable } from '../../../../lib/api';
import { problemDetail } from '../../../../lib/problems';

export const GET = orUnavailable(async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await params;
  const detail = await problemDetail(slug);
  if (!detail) return failure({ status: 404, code: 'unknown_problem', message: `There is no problem "${slug}".` });
  return json(detail);
});
