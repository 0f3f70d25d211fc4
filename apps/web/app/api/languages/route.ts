import { json } from '../../../lib/api';
import { liveLanguages } from '../../../lib/languages';

export async function GET(): Promise<Response> {
  return json(await liveLanguages());
}
