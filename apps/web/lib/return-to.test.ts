import { describe, expect, it } from 'vitest';
import { safeReturnPath, signInHref } from './return-to';

describe('safeReturnPath', () => {
  it('returns to a page of this site, with its query', () => {
    expect(safeReturnPath('/problems/two-sum')).toBe('/problems/two-sum');
    expect(safeReturnPath('/?difficulty=Hard&q=tree')).toBe('/?difficulty=Hard&q=tree');
  });
  it('refuses anything that leaves the site or loops back', () => {
    for (const bad of ['//evil.example', 'https://evil.example', '/\\evil.example', 'javascript:alert(1)', '', null, undefined, '/signin?next=/x', '/a\nb']) {
      expect(safeReturnPath(bad, '/profile')).toBe('/profile');
    }
  });
});

describe('signInHref', () => {
  it('carries the current page', () => {
    expect(signInHref('/signin', '/problems/two-sum')).toBe('/signin?next=%2Fproblems%2Ftwo-sum');
    expect(signInHref('/signup', '/')).toBe('/signup');
    expect(signInHref('/signup', '/signin?next=%2Fproblems%2Ftwo-sum')).toBe('/signup?next=%2Fproblems%2Ftwo-sum');
    expect(signInHref('/signin', '/signup')).toBe('/signin');
  });
});
