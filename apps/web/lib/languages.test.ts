import { describe, expect, it } from 'vitest';
import { parseLiveWorkers, unionLanguages } from './languages';

const worker = (id: string, seenAt: number, languages: string[]) =>
  JSON.stringify({ id, host: 'h', seenAt, languages: languages.map((l) => ({ id: l, name: l.toUpperCase(), version: '1' })) });

describe('live workers', () => {
  const now = 1_000_000;
  it('keeps fresh, well-formed heartbeats only', () => {
    const live = parseLiveWorkers({ a: worker('a', now - 1000, ['python']), b: worker('b', now - 60_000, ['cpp']), c: 'not json', d: '{"id":1}' }, now);
    expect(live.map((w) => w.id)).toEqual(['a']);
  });
  it('unions languages in protocol order without duplicates', () => {
    const live = parseLiveWorkers({ a: worker('a', now, ['go', 'python']), b: worker('b', now, ['python', 'cpp']) }, now);
    expect(unionLanguages(live).map((l) => l.id)).toEqual(['python', 'cpp', 'go']);
  });
});
