import { acceptedPerformance } from '@quickcode/db';
import { failure, json, orUnavailable } from '../../../../../lib/api';
import { isLanguageId } from '../../../../../lib/languages';
import { services } from '../../../../../lib/services';

/** Runtime and memory of accepted submits in one language (an addition to the protocol, for the chart). */
export const GET = orUnavailable(async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await params;
  const language = new URL(request.url).searchParams.get('language') ?? '';
  if (!isLanguageId(language)) return failure({ status: 400, code: 'unknown_language', message: `Language "${language}" is not supported.` });
  const rows = await acceptedPerformance(services().database.db, slug, language);
  return json({
    timeMs: rows.map((r) => r.timeMs ?? 0),
    memoryKb: rows.map((r) => r.memoryKb ?? 0),
  });
});
