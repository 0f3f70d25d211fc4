import { describe, expect, it } from 'vitest';
import { languageAvailability, parseLiveWorkers, unionLanguages } from './languages';

const worker = (id: string, seenAt: number, languages: string[]) => JSON.stringify({ id, host: 'h', seenAt, languages: languages.map((l) => ({ id: l, name: l.toUpperCase(), version: '1' })) });

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
  it('keeps taking a language a worker offered recently, for the length of the grace period', () => {
    const workers = parseLiveWorkers({ a: worker('a', now, ['python']) }, now);
    const seen = { cpp: String(now - 5000), go: String(now - 600_000) };
    expect(languageAvailability('python', { workers, seen }, 60_000, now)).toBe('live');
    expect(languageAvailability('cpp', { workers, seen }, 60_000, now)).toBe('recent');
    expect(languageAvailability('go', { workers, seen }, 60_000, now)).toBe('absent');
    expect(languageAvailability('rust', { workers, seen }, 60_000, now)).toBe('absent');
  });
});
