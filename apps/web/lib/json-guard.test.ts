import { describe, expect, it } from 'vitest';
import { parseBoundedJson } from './json-guard';

describe('parseBoundedJson', () => {
  it('parses ordinary JSON, brackets inside strings not counted', () => {
    expect(parseBoundedJson('{"code":"[[[[[[\\"]]]","a":[1,[2]]}', 3)).toEqual({ ok: true, value: { code: '[[[[[["]]]', a: [1, [2]] } });
  });
  it('refuses nesting deeper than the bound without parsing it', () => {
    expect(parseBoundedJson('[[[1]]]', 3)).toMatchObject({ ok: true });
    expect(parseBoundedJson('[[[[1]]]]', 3)).toEqual({ ok: false, reason: 'depth' });
    const bomb = '['.repeat(1_000_000) + ']'.repeat(1_000_000);
    expect(parseBoundedJson(bomb)).toEqual({ ok: false, reason: 'depth' });
    expect(parseBoundedJson('{"a":{"b":{"c":{}}}}', 3)).toEqual({ ok: false, reason: 'depth' });
  });
  it('reports bad syntax', () => {
    expect(parseBoundedJson('{"a":')).toEqual({ ok: false, reason: 'syntax' });
    expect(parseBoundedJson('"\\\\"]]]]]]', 1)).toEqual({ ok: false, reason: 'syntax' });
  });
});
