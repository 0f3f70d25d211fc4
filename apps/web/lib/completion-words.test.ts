import { describe, expect, it } from 'vitest';
import { completionWords } from './completion-words';

describe('completionWords', () => {
  it('covers every language Monaco has no service for, with no duplicates', () => {
    expect(Object.keys(completionWords).sort()).toEqual(['c', 'cpp', 'go', 'java', 'python', 'rust']);
    for (const words of Object.values(completionWords)) {
      expect(new Set(words.keywords).size).toBe(words.keywords.length);
      expect(words.snippets.length).toBeGreaterThan(0);
    }
  });
  it('offers the everyday Python builtins', () => {
    expect(completionWords.python?.builtins).toEqual(expect.arrayContaining(['enumerate', 'defaultdict', 'heappush']));
    expect(completionWords.python?.keywords).toContain('lambda');
  });
});
