'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import type { LanguageId } from '@quickcode/protocol';
import { formatMemory, formatRuntime } from '../../lib/format';
import { languageNames } from '../../lib/languages-client';
import { CodeView } from './CodeView';
import { VerdictText } from './VerdictText';

export interface SubmissionDetailData {
  id: string;
  status: string;
  problem?: string;
  language: string;
  mode?: string;
  createdAt: string;
  verdict?: string;
  passed?: number;
  total?: number;
  timeMs?: number;
  memoryKb?: number;
  code?: string;
  compileOutput?: string;
  stderr?: string;
  failedTest?: { index: number; input: string; expected: string; actual: string };
}

function Block({ label, text, bad }: { label: string; text: string; bad?: boolean }) {
  return (
    <div className="io-block">
      <div className="io-label">{label}</div>
      <pre className={bad ? 'bad' : undefined}>{text}</pre>
    </div>
  );
}

/** One submission's verdict, figures, failing test and (for its owner) highlighted code. */
export function SubmissionDetailView({ detail, permalink = true }: { detail: SubmissionDetailData; permalink?: boolean }) {
  return (
    <>
      <div className="result-head">
        <VerdictText verdict={detail.status === 'finished' ? (detail.verdict ?? null) : null} as="h2" />
        {detail.total !== undefined && (
          <span className="muted">
            {detail.passed} / {detail.total} testcases passed
          </span>
        )}
        {permalink && (
          <Link className="small" href={`/submissions/${detail.id}`}>
            Link to this submission
          </Link>
        )}
      </div>
      <p className="muted small">
        {languageNames[detail.language as LanguageId] ?? detail.language} · {new Date(detail.createdAt).toLocaleString()} · {formatRuntime(detail.timeMs)} · {formatMemory(detail.memoryKb)}
      </p>
      {detail.compileOutput && <Block label="Compile output" text={detail.compileOutput} bad />}
      {detail.failedTest && (
        <div className="failed-test">
          <div className="io-label">Failed on test {detail.failedTest.index + 1}</div>
          <Block label="Input" text={detail.failedTest.input} />
          <Block label="Output" text={detail.failedTest.actual} bad />
          <Block label="Expected" text={detail.failedTest.expected} />
        </div>
      )}
      {detail.stderr && <Block label="Stderr" text={detail.stderr} bad />}
      {detail.code !== undefined && <CodeView code={detail.code} language={detail.language} />}
    </>
  );
}

export function SubmissionDetail({ id, onBack }: { id: string; onBack(): void }) {
  const [detail, setDetail] = useState<SubmissionDetailData | undefined>();
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    fetch(`/api/submissions/${encodeURIComponent(id)}`)
      .then(async (r) => {
        const body = (await r.json()) as SubmissionDetailData & { error?: { message: string } };
        if (!r.ok) throw new Error(body.error?.message ?? 'The submission could not be loaded.');
        setDetail(body);
      })
      .catch((err: Error) => setError(err.message));
  }, [id]);
  return (
    <div className="submission-detail">
      <button type="button" className="link-button" onClick={onBack}>
        ← All submissions
      </button>
      {error && <p role="alert">{error}</p>}
      {detail && <SubmissionDetailView detail={detail} />}
    </div>
  );
}
