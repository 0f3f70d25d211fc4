import { MAX_JSON_DEPTH } from '@quickcode/protocol';
import { parseBoundedJson } from './json-guard';
import type { Failure } from './result';
import { errorBody, unavailable } from './result';
import { services } from './services';

/** Bodies are code plus up to 20 custom tests; anything far larger is refused unread. */
const MAX_BODY_BYTES = 2 * 1024 * 1024;

/** A JSON response; `setCookie` carries a guest identity issued while answering. */
export function json(body: unknown, status = 200, setCookie?: string): Response {
  const headers = new Headers({ 'content-type': 'application/json', 'cache-control': 'no-store' });
  if (setCookie) headers.append('set-cookie', setCookie);
  return new Response(JSON.stringify(body), { status, headers });
}

export function failure(f: Pick<Failure, 'status' | 'code' | 'message' | 'retryAfter'>, setCookie?: string): Response {
  const response = json(errorBody(f), f.status, setCookie);
  if (f.retryAfter !== undefined) response.headers.set('retry-after', String(f.retryAfter));
  return response;
}

/** The request body as JSON, or a Failure saying it is not. */
export async function readJson(request: Request, maxBytes = MAX_BODY_BYTES): Promise<{ ok: true; body: unknown } | Failure> {
  const tooLarge: Failure = { ok: false, status: 413, code: 'code_too_large', message: `The request body is larger than ${maxBytes / 1024} KiB.` };
  if (Number(request.headers.get('content-length') ?? 0) > maxBytes) return tooLarge;
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body?.getReader();
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return tooLarge;
    }
    chunks.push(value);
  }
  const parsed = parseBoundedJson(Buffer.concat(chunks).toString('utf8'));
  if (parsed.ok) return { ok: true, body: parsed.value };
  const message = parsed.reason === 'depth' ? `The request body nests deeper than ${MAX_JSON_DEPTH} levels.` : 'The request body is not valid JSON.';
  return { ok: false, status: 400, code: 'invalid_json', message };
}

/**
 * A route handler whose dependencies (database, Redis) may be down: a thrown error becomes
 * `503 unavailable` in the protocol's error shape instead of an empty 500.
 */
export function orUnavailable<A extends unknown[]>(handler: (...args: A) => Promise<Response>): (...args: A) => Promise<Response> {
  return async (...args) => {
    try {
      return await handler(...args);
    } catch (err) {
      services().logger.warn({ err: (err as Error).message }, 'request failed: a dependency is unavailable');
      return failure(unavailable());
    }
  };
}
