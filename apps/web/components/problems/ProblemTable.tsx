'use client';

import Link from 'next/link';
import { useRouter, useSearchParams } from 'next/navigation';
import { useEffect, useMemo, useState } from 'react';
import type { CatalogueEntry } from '../../lib/problems';
import { allTags, emptyFilter, filterFromQuery, filterProblems, filterToQuery, pickOne, type ProblemFilter, type SortKey } from '../../lib/problem-filter';
import { DifficultyBadge } from '../problem/DifficultyBadge';

function SortHeader({ label, sortKey, filter, onSort, className }: { label: string; sortKey: SortKey; filter: ProblemFilter; onSort(key: SortKey): void; className?: string }) {
  const active = filter.sort === sortKey;
  return (
    <th scope="col" className={className} aria-sort={active ? (filter.descending ? 'descending' : 'ascending') : 'none'}>
      <button type="button" className="sort-button" onClick={() => onSort(sortKey)} aria-label={`Sort by ${label === '#' ? 'number' : label.toLowerCase()}`}>
        {label} <span aria-hidden="true">{active ? (filter.descending ? '▼' : '▲') : '↕'}</span>
      </button>
    </th>
  );
}

const STATUS_ICON = { solved: '✓', attempted: '◐' } as const;

/** The problem list; search, filters and sort live in the URL, so Back, reload and a shared link keep them. */
export function ProblemTable({ problems }: { problems: CatalogueEntry[] }) {
  const params = useSearchParams();
  const router = useRouter();
  // The URL is read once, then follows the filter: typing stays in React's hands, and replacing
  // the history entry (keeping Next.js's own state) lets Back and reload find the same query.
  const [filter, setFilter] = useState<ProblemFilter>(() => filterFromQuery(params));
  useEffect(() => {
    const query = filterToQuery(filter);
    if (query !== window.location.search) window.history.replaceState(window.history.state, '', `${window.location.pathname}${query}`);
  }, [filter]);
  const tags = useMemo(() => allTags(problems), [problems]);
  const rows = useMemo(() => filterProblems(problems, filter), [problems, filter]);
  const update = (patch: Partial<ProblemFilter>) => setFilter((f) => ({ ...f, ...patch }));
  const onSort = (sort: SortKey) => setFilter((f) => ({ ...f, sort, descending: f.sort === sort ? !f.descending : false }));
  const solved = problems.filter((p) => p.status === 'solved').length;
  const pick = () => {
    const row = pickOne(rows);
    if (row) router.push(`/problems/${row.slug}`);
  };

  return (
    <div className="problem-list">
      <div className="filters">
        <input type="search" aria-label="Search problems" placeholder="Search by title, number or tag" value={filter.search} onChange={(e) => update({ search: e.target.value })} />
        <select aria-label="Difficulty" value={filter.difficulty} onChange={(e) => update({ difficulty: e.target.value as ProblemFilter['difficulty'] })}>
          <option value="">All difficulties</option>
          <option>Easy</option>
          <option>Medium</option>
          <option>Hard</option>
        </select>
        <select aria-label="Tag" value={filter.tag} onChange={(e) => update({ tag: e.target.value })}>
          <option value="">All tags</option>
          {tags.map((t) => (
            <option key={t}>{t}</option>
          ))}
        </select>
        <select aria-label="Status" value={filter.status} onChange={(e) => update({ status: e.target.value as ProblemFilter['status'] })}>
          <option value="">All statuses</option>
          <option value="todo">Todo</option>
          <option value="attempted">Attempted</option>
          <option value="solved">Solved</option>
        </select>
        {JSON.stringify(filter) !== JSON.stringify(emptyFilter) && (
          <button type="button" className="link-button" onClick={() => setFilter(emptyFilter)}>
            Clear
          </button>
        )}
        <span className="toolbar-spacer" />
        <button type="button" className="button" onClick={pick} disabled={rows.length === 0} title="Open a random problem among those listed">
          Pick One
        </button>
        <span className="muted small" aria-live="polite">
          {solved}/{problems.length} solved · showing {rows.length}
        </span>
      </div>
      <table className="table problems">
        <thead>
          <tr>
            <th scope="col" className="status-col">
              <span className="sr-only">Status</span>
            </th>
            <SortHeader label="#" sortKey="number" filter={filter} onSort={onSort} />
            <SortHeader label="Title" sortKey="title" filter={filter} onSort={onSort} />
            <SortHeader label="Acceptance" sortKey="acceptance" filter={filter} onSort={onSort} className="acceptance-col" />
            <SortHeader label="Difficulty" sortKey="difficulty" filter={filter} onSort={onSort} />
            <th scope="col" className="tags-col">
              Tags
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((p) => (
            <tr key={p.slug}>
              <td className={`status-col ${p.status ?? ''}`} title={p.status ?? 'Todo'}>
                {p.status ? <span aria-label={p.status === 'solved' ? 'Solved' : 'Attempted'}>{STATUS_ICON[p.status]}</span> : null}
              </td>
              <td className="number-col">{p.number ?? '—'}</td>
              <td>
                <Link href={`/problems/${p.slug}`}>{p.title}</Link>
              </td>
              <td className="acceptance-col">{p.acceptance === null ? '—' : `${p.acceptance.toFixed(1)}%`}</td>
              <td>
                <DifficultyBadge difficulty={p.difficulty} />
              </td>
              <td className="tags-cell tags-col">
                {p.tags.map((t) => (
                  <button type="button" key={t} className="tag" onClick={() => update({ tag: t })} aria-label={`Filter by tag ${t}`}>
                    {t}
                  </button>
                ))}
              </td>
            </tr>
          ))}
          {rows.length === 0 && (
            <tr>
              <td colSpan={6} className="muted">
                No problem matches these filters.
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
