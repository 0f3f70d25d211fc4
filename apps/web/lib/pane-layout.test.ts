import { describe, expect, it } from 'vitest';
import { PANE_COOKIE, paneLayoutCookie, parsePaneLayout } from './pane-layout';

describe('pane layout cookie', () => {
  it('round-trips the sizes', () => {
    const cookie = paneLayoutCookie({ columns: { statement: 30.123, code: 69.877 }, rows: { editor: 70, console: 30 } });
    const value = decodeURIComponent(cookie.slice(PANE_COOKIE.length + 1, cookie.indexOf(';')));
    expect(parsePaneLayout(value)).toEqual({ columns: { statement: 30.1, code: 69.9 }, rows: { editor: 70, console: 30 } });
  });
  it('ignores malformed values', () => {
    expect(parsePaneLayout('not json')).toEqual({});
    expect(parsePaneLayout(JSON.stringify({ columns: { statement: 'wide' }, rows: { editor: 500 } }))).toEqual({ columns: undefined, rows: undefined });
    expect(parsePaneLayout(undefined)).toEqual({});
  });
});
