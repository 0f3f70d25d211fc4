'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import type { LanguageId } from '@quickcode/protocol';
import { formatAgo, formatMemory, formatRuntime } from '../../lib/format';
import { languageNames } from '../../lib/languages-client';
import { SubmissionDetail } from './SubmissionDetail';
import { VerdictText } from './VerdictText';

interface Row {
  id: string;
  language: string;
  status: string;
  verdict: string | null;
  timeMs: number | null;
  memoryKb: number | null;
  createdAt: string;
}

/** The viewer's past submits to this problem; one opens to show its code and result. */
export function SubmissionsList({ slug, refreshKey }: { slug: string; refreshKey: number }) {
  const [rows, setRows] = useState<Row[] | undefined>();
  const [open, setOpen] = useState<string | undefined>();
  useEffect(() => {
    fetch(`/api/problems/${encodeURIComponent(slug)}/submissions`)
      .then((r) => r.json() as Promise<{ submissions: Row[] }>)
      .then((body) => setRows(body.submissions))
      .catch(() => setRows([]));
  }, [slug, refreshKey]);
  if (open) return <SubmissionDetail id={open} onBack={() => setOpen(undefined)} />;
  if (!rows) return <p className="muted">Loading…</p>;
  if (rows.length === 0) return <p className="muted">No submissions yet. Submit your code to see it here.</p>;
  return (
    <table className="table">
      <thead>
        <tr>
          <th scope="col">Status</th>
          <th scope="col">Language</th>
          <th scope="col">Runtime</th>
          <th scope="col">Memory</th>
          <th scope="col">When</th>
          <th scope="col">
            <span className="sr-only">Link</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <td>
              <button type="button" className="link-button" onClick={() => setOpen(r.id)} aria-label={`Open submission from ${formatAgo(r.createdAt)}`}>
                <VerdictText verdict={r.status === 'finished' ? r.verdict : null} />
              </button>
            </td>
            <td>{languageNames[r.language as LanguageId] ?? r.language}</td>
            <td>{formatRuntime(r.timeMs)}</td>
            <td>{formatMemory(r.memoryKb)}</td>
            <td className="muted">{formatAgo(r.createdAt)}</td>
            <td>
              <Link href={`/submissions/${r.id}`} aria-label={`Link to submission from ${formatAgo(r.createdAt)}`} title="Link to this submission">
                🔗
              </Link>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
