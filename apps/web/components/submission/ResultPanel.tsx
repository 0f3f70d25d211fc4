'use client';

import { useState } from 'react';
import type { ResultEvent } from '@quickcode/protocol';
import { formatMemory, formatRuntime } from '../../lib/format';
import type { RunState } from '../../lib/submission-state';
import { knownExpected, splitTestInput } from '../../lib/test-input';
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

/** A function problem's input as LeetCode shows it: one labelled block per parameter. */
function InputBlocks({ input, params }: { input: string; params: string[] }) {
  if (params.length === 0) return <Block label="Input" text={input} />;
  const values = splitTestInput(input, params.length);
  return (
    <div className="io-block">
      <div className="io-label">Input</div>
      {params.map((name, p) => (
        <div key={name} className="param-value">
          <div className="muted small">{name} =</div>
          <pre>{values[p]}</pre>
        </div>
      ))}
    </div>
  );
}

export interface CaseContext {
  /** Parameter names (function problems), to label inputs. */
  params: string[];
  /** The examples and their expected outputs, shown for cases that are examples. */
  samples: string[];
  sampleExpected: string[];
}

function RunCases({ result, inputs, stdouts, context }: { result: ResultEvent; inputs: string[]; stdouts: (string | undefined)[]; context: CaseContext }) {
  const [selected, setSelected] = useState(0);
  const outputs = result.outputs ?? [];
  const count = Math.max(outputs.length, inputs.length);
  if (count === 0) return null;
  const i = Math.min(selected, count - 1);
  const failed = result.failedTest?.index === i ? result.failedTest : undefined;
  const expected = failed?.expected ?? (inputs[i] !== undefined ? knownExpected(inputs[i] ?? '', context.samples, context.sampleExpected) : undefined);
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
      {inputs[i] !== undefined && <InputBlocks input={inputs[i] ?? ''} params={context.params} />}
      {outputs[i] !== undefined && <Block label="Output" text={outputs[i] ?? ''} tone={failed ? 'bad' : undefined} />}
      {expected !== undefined && <Block label="Expected" text={expected} />}
      {stdouts[i] ? <Block label="Stdout" text={stdouts[i] ?? ''} /> : null}
    </div>
  );
}

/** A click waiting for the connection: cancellable until it was sent, then resolved when the connection is back. */
function Held({ cancellable, onCancel }: { cancellable: boolean; onCancel(): void }) {
  return (
    <div className="held" role="status">
      <p>
        {cancellable
          ? 'Waiting for the connection: your code will be sent as soon as it is back.'
          : 'The connection dropped before the server confirmed your submission: it will be picked up, not sent twice, when the connection is back.'}
      </p>
      {cancellable && (
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      )}
    </div>
  );
}

export interface ResultPanelProps {
  run: RunState | undefined;
  slug: string;
  language: string;
  runInputs: string[];
  context: CaseContext;
  held?: boolean;
  cancellable?: boolean;
  onCancel?(): void;
}

export function ResultPanel({ run, slug, language, runInputs, context, held = false, cancellable = false, onCancel = () => {} }: ResultPanelProps) {
  if (!run) return <p className="muted">Run or submit your code to see the result here.</p>;
  if (held && run.phase === 'sending') return <Held cancellable={cancellable} onCancel={onCancel} />;
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
  const accepted = run.mode === 'submit' && r.verdict === 'AC';
  return (
    <div className="result" data-verdict={r.verdict}>
      <div className="result-head">
        <VerdictText verdict={r.verdict} as="h2" />
        {r.verdict !== 'CE' && (
          <span className="muted">
            {r.passed} / {r.total} testcases passed
          </span>
        )}
        {r.verdict !== 'CE' && !accepted && (
          <span className="muted small">
            {formatRuntime(r.timeMs)} · {formatMemory(r.memoryKb)}
          </span>
        )}
      </div>
      {/* First after the verdict, so the chart is in view without scrolling. */}
      {accepted && <Distribution slug={slug} language={language} timeMs={r.timeMs} memoryKb={r.memoryKb} />}
      {r.compileOutput && <Block label="Compile output" text={r.compileOutput} tone={r.verdict === 'CE' ? 'bad' : undefined} />}
      {r.verdict === 'CE' ? null : run.mode === 'run' ? (
        <RunCases result={r} inputs={runInputs} stdouts={stdouts} context={context} />
      ) : (
        r.failedTest && (
          <div className="failed-test">
            <div className="io-label">Failed on test {r.failedTest.index + 1}</div>
            <InputBlocks input={r.failedTest.input} params={context.params} />
            <Block label="Output" text={r.failedTest.actual} tone="bad" />
            <Block label="Expected" text={r.failedTest.expected} />
          </div>
        )
      )}
      {run.mode === 'submit' && stdouts.some(Boolean) && r.failedTest && stdouts[r.failedTest.index] ? <Block label="Stdout" text={stdouts[r.failedTest.index] ?? ''} /> : null}
      {r.stderr && <Block label="Stderr" text={r.stderr} tone="bad" />}
    </div>
  );
}
