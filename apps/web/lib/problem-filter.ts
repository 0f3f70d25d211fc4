import type { CatalogueEntry } from './problems';

export const sortKeys = ['position', 'number', 'title', 'difficulty', 'acceptance'] as const;
export type SortKey = (typeof sortKeys)[number];
export interface ProblemFilter {
  search: string;
  difficulty: '' | 'Easy' | 'Medium' | 'Hard';
  tag: string;
  status: '' | 'solved' | 'attempted' | 'todo';
  sort: SortKey;
  descending: boolean;
}

export const emptyFilter: ProblemFilter = { search: '', difficulty: '', tag: '', status: '', sort: 'position', descending: false };

const DIFFICULTY_RANK = { Easy: 0, Medium: 1, Hard: 2 } as const;

/** A search for "206" or "#206" finds problem 206 (titles containing it too); words match titles, slugs and tags. */
function matchesSearch(row: CatalogueEntry, needle: string): boolean {
  const number = /^#?(\d+)\.?$/.exec(needle)?.[1];
  if (number !== undefined && row.number === Number(number)) return true;
  return row.title.toLowerCase().includes(needle) || row.slug.includes(needle) || row.tags.some((t) => t.toLowerCase().includes(needle));
}

/** The rows matching every filter, sorted; catalogue order breaks ties. */
export function filterProblems(rows: CatalogueEntry[], f: ProblemFilter): CatalogueEntry[] {
  const needle = f.search.trim().toLowerCase();
  const matching = rows
    .map((row, position) => ({ row, position }))
    .filter(({ row }) => {
      if (needle && !matchesSearch(row, needle)) return false;
      if (f.difficulty && row.difficulty !== f.difficulty) return false;
      if (f.tag && !row.tags.includes(f.tag)) return false;
      if (f.status === 'todo' && row.status !== null) return false;
      if ((f.status === 'solved' || f.status === 'attempted') && row.status !== f.status) return false;
      return true;
    });
  const key = (e: { row: CatalogueEntry; position: number }): number | string => {
    switch (f.sort) {
      case 'number':
        // Problems without a number sort after every numbered one, either way round.
        return e.row.number ?? (f.descending ? -1 : Number.MAX_SAFE_INTEGER);
      case 'title':
        return e.row.title.toLowerCase();
      case 'difficulty':
        return DIFFICULTY_RANK[e.row.difficulty];
      case 'acceptance':
        return e.row.acceptance ?? -1;
      default:
        return e.position;
    }
  };
  matching.sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    const cmp = ka < kb ? -1 : ka > kb ? 1 : a.position - b.position;
    return f.descending && ka !== kb ? -cmp : cmp;
  });
  return matching.map((e) => e.row);
}

export function allTags(rows: CatalogueEntry[]): string[] {
  return [...new Set(rows.flatMap((r) => r.tags))].sort((a, b) => a.localeCompare(b));
}

/** One of `rows` at random (Pick One), or undefined when none matches. */
export function pickOne<T>(rows: T[], random: () => number = Math.random): T | undefined {
  if (rows.length === 0) return undefined;
  return rows[Math.min(rows.length - 1, Math.floor(random() * rows.length))];
}

/** The filter as URL query parameters; defaults are left out, so the plain list is plain `/`. */
export function filterToQuery(f: ProblemFilter): string {
  const q = new URLSearchParams();
  if (f.search) q.set('q', f.search);
  if (f.difficulty) q.set('difficulty', f.difficulty);
  if (f.tag) q.set('tag', f.tag);
  if (f.status) q.set('status', f.status);
  if (f.sort !== 'position') q.set('sort', f.sort);
  if (f.descending) q.set('order', 'desc');
  const text = q.toString();
  return text ? `?${text}` : '';
}

/** The filter a URL's query describes; unknown values fall back to the defaults. */
export function filterFromQuery(q: { get(name: string): string | null }): ProblemFilter {
  const one = <T extends string>(value: string | null, allowed: readonly T[], fallback: T): T => (allowed.includes(value as T) ? (value as T) : fallback);
  return {
    search: q.get('q') ?? '',
    difficulty: one(q.get('difficulty'), ['', 'Easy', 'Medium', 'Hard'] as const, ''),
    tag: q.get('tag') ?? '',
    status: one(q.get('status'), ['', 'solved', 'attempted', 'todo'] as const, ''),
    sort: one(q.get('sort'), sortKeys, 'position'),
    descending: q.get('order') === 'desc',
  };
}
