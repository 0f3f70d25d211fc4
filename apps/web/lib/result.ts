import type { ErrorCode } from '@quickcode/protocol';

/** A failure a client caused or can act on: the HTTP status, the protocol code and one sentence. */
export interface Failure {
  ok: false;
  status: number;
  code: ErrorCode;
  message: string;
}

export type Outcome<T> = ({ ok: true } & T) | Failure;

export function fail(status: number, code: ErrorCode, message: string): Failure {
  return { ok: false, status, code, message };
}

export function errorBody(f: Pick<Failure, 'code' | 'message'>) {
  return { error: { code: f.code, message: f.message } };
}
