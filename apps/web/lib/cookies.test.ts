import { describe, expect, it } from 'vitest';
import { clearedSessionCookie, parseCookies, sessionCookie, withCookie } from './cookies';

describe('cookies', () => {
  it('parses a Cookie header, first value winning', () => {
    expect(parseCookies('a=1; qc_session=abc%3D; a=2')).toEqual({ a: '1', qc_session: 'abc=' });
    expect(parseCookies(undefined)).toEqual({});
    expect(parseCookies('broken; x=%E0%A4%A')).toEqual({ x: '%E0%A4%A' });
  });
  it('issues httpOnly SameSite=Lax session cookies', () => {
    const c = sessionCookie('tok', 60);
    expect(c).toContain('HttpOnly');
    expect(c).toContain('SameSite=Lax');
    expect(c).toContain('Max-Age=60');
    expect(clearedSessionCookie()).toContain('Max-Age=0');
    expect(c).not.toContain('Secure');
    expect(sessionCookie('tok', 60, true)).toMatch(/; Secure$/);
    expect(clearedSessionCookie(true)).toMatch(/; Secure$/);
  });
  it('replaces a cookie on a request header', () => {
    expect(withCookie('qc_session=old; theme=dark', 'qc_session', 'new')).toBe('qc_session=new; theme=dark');
    expect(withCookie(undefined, 'qc_session', 'new')).toBe('qc_session=new');
  });
});
