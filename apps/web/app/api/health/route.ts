import { json } from '../../../lib/api';
import { checkHealth } from '../../../lib/health';

export async function GET(): Promise<Response> {
  const { ok, body } = await checkHealth();
  return json(body, ok ? 200 : 503);
}
