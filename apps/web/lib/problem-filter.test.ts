import { describe, expect, it } from 'vitest';
import { allTags, emptyFilter, filterFromQuery, filterProblems, filterToQuery, pickOne } from './problem-filter';
import type { CatalogueEntry } from './problems';

const rows: CatalogueEntry[] = [
  { slug: 'two-sum', number: 1, title: 'Two Sum', difficulty: 'Easy', tags: ['Array', 'Hash Table'], acceptance: 50, status: 'solved' },
  { slug: 'merge-intervals', number: 56, title: 'Merge Intervals', difficulty: 'Medium', tags: ['Array', 'Sorting'], acceptance: null, status: null },
  { slug: 'min-stack', number: null, title: 'Min Stack', difficulty: 'Medium', tags: ['Stack', 'Design'], acceptance: 80, status: 'attempted' },
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

describe('problem numbers', () => {
  it('finds a problem by its number', () => {
    expect(slugs(filterProblems(rows, { ...emptyFilter, search: '56' }))).toEqual(['merge-intervals']);
    expect(slugs(filterProblems(rows, { ...emptyFilter, search: '#1' }))).toEqual(['two-sum']);
    expect(slugs(filterProblems(rows, { ...emptyFilter, search: '5' }))).toEqual([]);
  });
  it('sorts by number, problems without one last', () => {
    expect(slugs(filterProblems(rows, { ...emptyFilter, sort: 'number' }))).toEqual(['two-sum', 'merge-intervals', 'min-stack']);
    expect(slugs(filterProblems(rows, { ...emptyFilter, sort: 'number', descending: true }))).toEqual(['merge-intervals', 'two-sum', 'min-stack']);
  });
});

describe('pickOne', () => {
  it('picks among the given rows only', () => {
    expect(pickOne(rows, () => 0)?.slug).toBe('two-sum');
    expect(pickOne(rows, () => 0.999)?.slug).toBe('min-stack');
    expect(pickOne([], () => 0.5)).toBeUndefined();
  });
});

describe('filter in the URL', () => {
  it('round-trips through the query, leaving defaults out', () => {
    const f = { search: 'two sum', difficulty: 'Easy' as const, tag: 'Hash Table', status: 'solved' as const, sort: 'number' as const, descending: true };
    const query = filterToQuery(f);
    expect(query).toBe('?q=two+sum&difficulty=Easy&tag=Hash+Table&status=solved&sort=number&order=desc');
    expect(filterFromQuery(new URLSearchParams(query))).toEqual(f);
    expect(filterToQuery(emptyFilter)).toBe('');
  });
  it('ignores values it does not know', () => {
    expect(filterFromQuery(new URLSearchParams('?difficulty=Impossible&sort=random&status=x'))).toEqual(emptyFilter);
  });
});
