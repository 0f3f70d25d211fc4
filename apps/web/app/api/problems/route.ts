import { json, orUnavailable } from '../../../lib/api';
import { problemSummaries } from '../../../lib/problems';

export const GET = orUnavailable(async function GET(): Promise<Response> {
  return json({ problems: await problemSummaries() });
});
