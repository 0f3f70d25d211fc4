import { describe, expect, it } from 'vitest';
import { parseSubmission } from './submissions';

describe('parseSubmission', () => {
  const ok = { problem: 'two-sum', language: 'python', code: 'pass', mode: 'run' };
  it('accepts a well-formed body', () => {
    expect(parseSubmission(ok)).toMatchObject({ ok: true, request: ok });
  });
  it('names code over 64 KiB as code_too_large', () => {
    expect(parseSubmission({ ...ok, code: 'x'.repeat(64 * 1024 + 1) })).toMatchObject({ ok: false, status: 400, code: 'code_too_large' });
  });
  it('names the bad field otherwise', () => {
    const r = parseSubmission({ ...ok, mode: 'walk' });
    expect(r).toMatchObject({ ok: false, status: 400, code: 'bad_request' });
    expect(!r.ok && r.message).toMatch(/"mode"/);
    expect(parseSubmission(null)).toMatchObject({ ok: false, code: 'bad_request' });
  });
});
