import { json } from '../../../lib/api';
import { problemSummaries } from '../../../lib/problems';

export async function GET(): Promise<Response> {
  return json({ problems: await problemSummaries() });
}
