import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadProblems } from './load-problems.js';

const problemsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../problems');

describe('the problem catalogue', () => {
  const problems = loadProblems(problemsDir);

  it('gives every problem hints and an editorial', () => {
    for (const p of problems) {
      expect(p.config.hints.length, `${p.slug}: hints`).toBeGreaterThanOrEqual(1);
      expect(p.config.editorial, `${p.slug}: editorial.md`).toMatch(/## Approach[\s\S]*## Complexity[\s\S]*## Pitfall/);
    }
  });

  it('places every problem in the study plan', () => {
    for (const p of problems) expect(p.config.topic, `${p.slug}: topic`).not.toBeNull();
  });

  it('numbers every problem LeetCode has, each number once', () => {
    const numbered = problems.filter((p) => p.config.number !== null);
    expect(problems.length - numbered.length).toBeLessThanOrEqual(1); // a-plus-b is not on LeetCode
    const numbers = numbered.map((p) => p.config.number);
    expect(new Set(numbers).size).toBe(numbers.length);
  });
});
