import { describe, expect, it } from 'vitest';
import { allTags, emptyFilter, filterProblems } from './problem-filter';
import type { CatalogueEntry } from './problems';

const rows: CatalogueEntry[] = [
  { slug: 'two-sum', number: 1, title: 'Two Sum', difficulty: 'Easy', tags: ['Array', 'Hash Table'], acceptance: 50, status: 'solved' },
  { slug: 'merge-intervals', number: 56, title: 'Merge Intervals', difficulty: 'Medium', tags: ['Array', 'Sorting'], acceptance: null, status: null },
  { slug: 'min-stack', number: 155, title: 'Min Stack', difficulty: 'Medium', tags: ['Stack', 'Design'], acceptance: 80, status: 'attempted' },
];
const slugs = (r: CatalogueEntry[]) => r.map((p) => p.slug);

describe('filterProblems', () => {
  it('keeps catalogue order by default', () => {
    expect(slugs(filterProblems(rows, emptyFilter))).toEqual(['two-sum', 'merge-intervals', 'min-stack']);
  });
  it('searches titles, slugs and tags', () => {
    expect(slugs(filterProblems(rows, { ...emptyFilter, search: 'stack' }))).toEqual(['min-stack']);
    expect(slugs(filterProblems(rows, { ...emptyFilter, search: 'sorting' }))).toEqual(['merge-intervals']);
  });
  it('filters by difficulty, tag and status', () => {
    expect(slugs(filterProblems(rows, { ...emptyFilter, difficulty: 'Medium', tag: 'Array' }))).toEqual(['merge-intervals']);
    expect(slugs(filterProblems(rows, { ...emptyFilter, status: 'todo' }))).toEqual(['merge-intervals']);
    expect(slugs(filterProblems(rows, { ...emptyFilter, status: 'solved' }))).toEqual(['two-sum']);
  });
  it('sorts by acceptance with unknown last when descending', () => {
    expect(slugs(filterProblems(rows, { ...emptyFilter, sort: 'acceptance', descending: true }))).toEqual(['min-stack', 'two-sum', 'merge-intervals']);
    expect(slugs(filterProblems(rows, { ...emptyFilter, sort: 'title' }))).toEqual(['merge-intervals', 'min-stack', 'two-sum']);
  });
  it('lists tags once, sorted', () => {
    expect(allTags(rows)).toEqual(['Array', 'Design', 'Hash Table', 'Sorting', 'Stack']);
  });
});
