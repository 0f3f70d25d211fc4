'use client';

import { useEffect, useState } from 'react';
import { formatMemory, formatRuntime } from '../../lib/format';
import { VerdictText } from './VerdictText';

interface Detail {
  id: string;
  status: string;
  language: string;
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

export function SubmissionDetail({ id, onBack }: { id: string; onBack(): void }) {
  const [detail, setDetail] = useState<Detail | undefined>();
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    fetch(`/api/submissions/${encodeURIComponent(id)}`)
      .then(async (r) => {
        const body = (await r.json()) as Detail & { error?: { message: string } };
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
      {detail && (
        <>
          <div className="result-head">
            <VerdictText verdict={detail.verdict ?? null} as="h2" />
            {detail.total !== undefined && (
              <span className="muted">
                {detail.passed} / {detail.total} testcases passed
              </span>
            )}
          </div>
          <p className="muted small">
            {detail.language} · {new Date(detail.createdAt).toLocaleString()} · {formatRuntime(detail.timeMs)} · {formatMemory(detail.memoryKb)}
          </p>
          {detail.compileOutput && (
            <div className="io-block">
              <div className="io-label">Compile output</div>
              <pre className="bad">{detail.compileOutput}</pre>
            </div>
          )}
          {detail.failedTest && (
            <div className="failed-test">
              <div className="io-label">Failed on test {detail.failedTest.index + 1}</div>
              <div className="io-block">
                <div className="io-label">Input</div>
                <pre>{detail.failedTest.input}</pre>
              </div>
              <div className="io-block">
                <div className="io-label">Output</div>
                <pre className="bad">{detail.failedTest.actual}</pre>
              </div>
              <div className="io-block">
                <div className="io-label">Expected</div>
                <pre>{detail.failedTest.expected}</pre>
              </div>
            </div>
          )}
          {detail.stderr && (
            <div className="io-block">
              <div className="io-label">Stderr</div>
              <pre className="bad">{detail.stderr}</pre>
            </div>
          )}
          {detail.code !== undefined && (
            <div className="io-block">
              <div className="io-label">Code</div>
              <pre className="code-view" aria-label="Submitted code">
                {detail.code}
              </pre>
            </div>
          )}
        </>
      )}
    </div>
  );
}
