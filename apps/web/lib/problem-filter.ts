import type { CatalogueEntry } from './problems';

export type SortKey = 'position' | 'title' | 'difficulty' | 'acceptance';
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

/** The rows matching every filter, sorted; catalogue order breaks ties. */
export function filterProblems(rows: CatalogueEntry[], f: ProblemFilter): CatalogueEntry[] {
  const needle = f.search.trim().toLowerCase();
  const matching = rows
    .map((row, position) => ({ row, position }))
    .filter(({ row }) => {
      if (needle && !row.title.toLowerCase().includes(needle) && !row.slug.includes(needle) && !row.tags.some((t) => t.toLowerCase().includes(needle))) return false;
      if (f.difficulty && row.difficulty !== f.difficulty) return false;
      if (f.tag && !row.tags.includes(f.tag)) return false;
      if (f.status === 'todo' && row.status !== null) return false;
      if ((f.status === 'solved' || f.status === 'attempted') && row.status !== f.status) return false;
      return true;
    });
  const key = (e: { row: CatalogueEntry; position: number }): number | string => {
    switch (f.sort) {
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
