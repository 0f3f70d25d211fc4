import { json, orUnavailable } from '../../../lib/api';
import { liveLanguages } from '../../../lib/languages';

export const GET = orUnavailable(async function GET(): Promise<Response> {
  return json(await liveLanguages());
});
