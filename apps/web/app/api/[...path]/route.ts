import { failure } from '../../../lib/api';

/** Unknown API paths answer in the API's error shape rather than with an HTML page. */
function notFound(request: Request): Response {
  return failure({ status: 404, code: 'not_found', message: `There is no API route ${new URL(request.url).pathname}.` });
}

export const GET = notFound;
export const POST = notFound;
export const PUT = notFound;
export const DELETE = notFound;
export const PATCH = notFound;
