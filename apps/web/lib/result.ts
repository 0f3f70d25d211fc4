import type { ErrorCode } from '@quickcode/protocol';

/** A failure a client caused or can act on: the HTTP status, the protocol code and one sentence. */
export interface Failure {
  ok: false;
  status: number;
  code: ErrorCode;
  message: string;
  /** Seconds for a Retry-After header (429, 503). */
  retryAfter?: number;
}

export type Outcome<T> = ({ ok: true } & T) | Failure;

export function fail(status: number, code: ErrorCode, message: string, retryAfter?: number): Failure {
  return retryAfter === undefined ? { ok: false, status, code, message } : { ok: false, status, code, message, retryAfter };
}

/** A dependency (database, Redis) failed: the client should retry shortly, nothing was stored. */
export const unavailable = (): Failure => fail(503, 'unavailable', 'QuickCode cannot reach its database or queue right now; nothing was submitted, try again in a few seconds.', 5);

export function errorBody(f: Pick<Failure, 'code' | 'message'>) {
  return { error: { code: f.code, message: f.message } };
}
