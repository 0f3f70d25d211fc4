import { describe, expect, it } from 'vitest';
import type { StudyTopic } from '@quickcode/protocol';
import type { CatalogueEntry } from './problems';
import { groupByTopic } from './study-plan';

const entry = (slug: string, number: number | null, difficulty: CatalogueEntry['difficulty'], status: CatalogueEntry['status']): CatalogueEntry => ({
  slug,
  number,
  title: slug,
  difficulty,
  tags: [],
  acceptance: null,
  status,
});

describe('groupByTopic', () => {
  const entries = [
    entry('lru-cache', 146, 'Medium', null),
    entry('two-sum', 1, 'Easy', 'solved'),
    entry('reverse-linked-list', 206, 'Easy', 'attempted'),
    entry('group-anagrams', 49, 'Medium', 'attempted'),
    entry('contains-duplicate', 217, 'Easy', 'solved'),
    entry('a-plus-b', null, 'Easy', null),
  ];
  const topics = new Map<string, StudyTopic>([
    ['two-sum', 'Arrays & Hashing'],
    ['group-anagrams', 'Arrays & Hashing'],
    ['contains-duplicate', 'Arrays & Hashing'],
    ['reverse-linked-list', 'Linked List'],
    ['lru-cache', 'Linked List'],
  ]);
  const plan = groupByTopic(entries, topics);

  it('walks the topics in the plan order and leaves empty ones out, unplaced problems last', () => {
    expect(plan.map((t) => t.topic)).toEqual(['Arrays & Hashing', 'Linked List', 'More problems']);
  });

  it('orders a topic easiest first, then by number', () => {
    expect(plan[0]?.problems.map((p) => p.slug)).toEqual(['two-sum', 'contains-duplicate', 'group-anagrams']);
    expect(plan[1]?.problems.map((p) => p.slug)).toEqual(['reverse-linked-list', 'lru-cache']);
  });

  it('counts solved and attempted problems per topic', () => {
    expect(plan.map((t) => [t.solved, t.attempted])).toEqual([
      [2, 1],
      [0, 1],
      [0, 0],
    ]);
  });
});
