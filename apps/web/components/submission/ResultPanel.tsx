'use client';

import { useState } from 'react';
import type { ResultEvent } from '@quickcode/protocol';
import { formatMemory, formatRuntime } from '../../lib/format';
import type { RunState } from '../../lib/submission-state';
import { Distribution } from './Distribution';
import { Progress } from './Progress';
import { VerdictText } from './VerdictText';

function Block({ label, text, tone }: { label: string; text: string; tone?: 'bad' }) {
  return (
    <div className="io-block">
      <div className="io-label">{label}</div>
      <pre className={tone === 'bad' ? 'bad' : undefined}>{text === '' ? '(empty)' : text}</pre>
    </div>
  );
}

function RunCases({ result, inputs, stdouts }: { result: ResultEvent; inputs: string[]; stdouts: (string | undefined)[] }) {
  const [selected, setSelected] = useState(0);
  const outputs = result.outputs ?? [];
  const count = Math.max(outputs.length, inputs.length);
  if (count === 0) return null;
  const i = Math.min(selected, count - 1);
  const failed = result.failedTest?.index === i ? result.failedTest : undefined;
  return (
    <div>
      <div className="case-tabs" role="tablist" aria-label="Case results">
        {Array.from({ length: count }, (_, k) => (
          <span key={k} className={`case-tab${k === i ? ' active' : ''}`}>
            <button type="button" role="tab" aria-selected={k === i} onClick={() => setSelected(k)}>
              <span className={result.failedTest?.index === k ? 'dot bad' : k < result.passed || result.verdict === 'AC' ? 'dot ok' : 'dot'} /> Case {k + 1}
            </button>
          </span>
        ))}
      </div>
      {inputs[i] !== undefined && <Block label="Input" text={inputs[i] ?? ''} />}
      {outputs[i] !== undefined && <Block label="Output" text={outputs[i] ?? ''} tone={failed ? 'bad' : undefined} />}
      {failed && <Block label="Expected" text={failed.expected} />}
      {stdouts[i] ? <Block label="Stdout" text={stdouts[i] ?? ''} /> : null}
    </div>
  );
}

export function ResultPanel({ run, slug, language, runInputs }: { run: RunState | undefined; slug: string; language: string; runInputs: string[] }) {
  if (!run) return <p className="muted">Run or submit your code to see the result here.</p>;
  if (run.phase === 'failed') {
    return (
      <p role="alert" className="error-text">
        {run.error ?? 'The submission failed.'}
      </p>
    );
  }
  if (run.phase !== 'finished' || !run.result) return <Progress run={run} />;
  const r = run.result;
  const stdouts = r.stdouts ?? run.tests.map((t) => t.stdout);
  return (
    <div className="result" data-verdict={r.verdict}>
      <div className="result-head">
        <VerdictText verdict={r.verdict} as="h2" />
        {r.verdict !== 'CE' && (
          <span className="muted">
            {r.passed} / {r.total} testcases passed
          </span>
        )}
      </div>
      {r.verdict !== 'CE' && (
        <div className="stats">
          <div className="stat">
            <span className="muted small">Runtime</span>
            <strong>{formatRuntime(r.timeMs)}</strong>
          </div>
          <div className="stat">
            <span className="muted small">Memory</span>
            <strong>{formatMemory(r.memoryKb)}</strong>
          </div>
        </div>
      )}
      {r.compileOutput && <Block label="Compile output" text={r.compileOutput} tone={r.verdict === 'CE' ? 'bad' : undefined} />}
      {r.verdict === 'CE' ? null : run.mode === 'run' ? (
        <RunCases result={r} inputs={runInputs} stdouts={stdouts} />
      ) : (
        r.failedTest && (
          <div className="failed-test">
            <div className="io-label">Failed on test {r.failedTest.index + 1}</div>
            <Block label="Input" text={r.failedTest.input} />
            <Block label="Output" text={r.failedTest.actual} tone="bad" />
            <Block label="Expected" text={r.failedTest.expected} />
          </div>
        )
      )}
      {run.mode === 'submit' && stdouts.some(Boolean) && r.failedTest && stdouts[r.failedTest.index] ? (
        <Block label="Stdout" text={stdouts[r.failedTest.index] ?? ''} />
      ) : null}
      {r.stderr && <Block label="Stderr" text={r.stderr} tone="bad" />}
      {run.mode === 'submit' && r.verdict === 'AC' && <Distribution slug={slug} language={language} timeMs={r.timeMs} memoryKb={r.memoryKb} />}
    </div>
  );
}
