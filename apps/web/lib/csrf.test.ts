import { describe, expect, it } from 'vitest';
import { csrfViolation, isSameOrigin, upgradeOriginAllowed, type RequestFacts } from './csrf';

const base: RequestFacts = {
  method: 'POST',
  host: '127.0.0.1:3000',
  origin: undefined,
  secFetchSite: undefined,
  contentType: 'application/json',
  hasSession: false,
};

describe('csrfViolation', () => {
  it('lets reads through whatever their origin', () => {
    expect(csrfViolation({ ...base, method: 'GET', origin: 'https://evil.example' })).toBeUndefined();
  });
  it('accepts a same-origin browser post', () => {
    expect(csrfViolation({ ...base, origin: 'http://127.0.0.1:3000', secFetchSite: 'same-origin', hasSession: true })).toBeUndefined();
  });
  it('refuses a post from another origin, even without a session', () => {
    expect(csrfViolation({ ...base, origin: 'https://evil.example' })).toMatch(/this site/);
    expect(csrfViolation({ ...base, origin: 'null', hasSession: true })).toMatch(/this site/);
  });
  it('refuses a cross-site fetch that hides its Origin', () => {
    expect(csrfViolation({ ...base, secFetchSite: 'cross-site', hasSession: true })).toBeDefined();
  });
  it('lets a script without cookies post in any content type', () => {
    expect(csrfViolation({ ...base, contentType: 'application/x-www-form-urlencoded' })).toBeUndefined();
  });
  it('asks a cookie-carrying client without Origin to declare JSON', () => {
    expect(csrfViolation({ ...base, hasSession: true, contentType: 'text/plain' })).toMatch(/JSON/);
    expect(csrfViolation({ ...base, hasSession: true, contentType: 'application/json; charset=utf-8' })).toBeUndefined();
  });
});

describe('origins', () => {
  it('compares host and port', () => {
    expect(isSameOrigin('http://localhost:3000', 'localhost:3000')).toBe(true);
    expect(isSameOrigin('http://localhost:3001', 'localhost:3000')).toBe(false);
    expect(isSameOrigin('not a url', 'localhost:3000')).toBe(false);
  });
  it('allows upgrades without Origin (scripts) and from this host only', () => {
    expect(upgradeOriginAllowed(undefined, 'localhost:3000')).toBe(true);
    expect(upgradeOriginAllowed('http://localhost:3000', 'localhost:3000')).toBe(true);
    expect(upgradeOriginAllowed('http://evil.example', 'localhost:3000')).toBe(false);
  });
});
