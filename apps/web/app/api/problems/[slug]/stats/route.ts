import { failure, json, orUnavailable } from '../../../../../lib/api';
import { isLanguageId } from '../../../../../lib/languages';
import { acceptedPerformance } from '../../../../../lib/problems';

/** Runtime and memory of accepted submits in one language (an addition to the protocol, for the chart). */
export const GET = orUnavailable(async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await params;
  const language = new URL(request.url).searchParams.get('language') ?? '';
  if (!isLanguageId(language)) return failure({ status: 400, code: 'unknown_language', message: `Language "${language}" is not supported.` });
  return json(await acceptedPerformance(slug, language));
});
