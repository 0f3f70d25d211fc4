'use client';

import { useState } from 'react';
import type { ProblemKind } from '@quickcode/protocol';
import { joinTestInput, splitTestInput } from '../../lib/test-input';

const MAX_CASES = 20;

export interface TestCasesProps {
  tests: string[];
  onChange(tests: string[]): void;
  onReset(): void;
  kind: ProblemKind;
  /** Parameter names of a function problem: one labelled field each, as LeetCode shows them. */
  params: string[];
}

function ParamFields({ input, params, caseNumber, onChange }: { input: string; params: string[]; caseNumber: number; onChange(input: string): void }) {
  const values = splitTestInput(input, params.length);
  return (
    <div className="param-fields">
      {params.map((name, p) => (
        <label key={name} className="param-field">
          <span className="param-name">{name} =</span>
          <textarea
            aria-label={`${name} of case ${caseNumber}`}
            value={values[p] ?? ''}
            spellCheck={false}
            rows={1}
            onChange={(e) => onChange(joinTestInput(values.map((v, j) => (j === p ? e.target.value : v))))}
          />
        </label>
      ))}
    </div>
  );
}

export function TestCases({ tests, onChange, onReset, kind, params }: TestCasesProps) {
  const [selected, setSelected] = useState(0);
  const index = Math.min(selected, Math.max(tests.length - 1, 0));
  const labelled = kind === 'function' && params.length > 0;
  const hint = kind === 'stdio' ? 'Standard input of the program.' : 'Two lines: the operations, then their arguments.';
  const update = (text: string) => onChange(tests.map((t, j) => (j === index ? text : t)));
  return (
    <div className="testcases">
      <div className="case-tabs" role="tablist" aria-label="Test cases">
        {tests.map((_, i) => (
          <span key={i} className={`case-tab${i === index ? ' active' : ''}`}>
            <button type="button" role="tab" aria-selected={i === index} onClick={() => setSelected(i)}>
              Case {i + 1}
            </button>
            {tests.length > 1 && (
              <button
                type="button"
                className="case-remove"
                aria-label={`Remove case ${i + 1}`}
                onClick={() => {
                  onChange(tests.filter((_, j) => j !== i));
                  setSelected(Math.max(0, index - (i <= index ? 1 : 0)));
                }}
              >
                ×
              </button>
            )}
          </span>
        ))}
        {tests.length < MAX_CASES && (
          <button
            type="button"
            className="icon-button"
            aria-label="Add test case"
            title="Add a case (copy of the selected one)"
            onClick={() => {
              onChange([...tests, tests[index] ?? '']);
              setSelected(tests.length);
            }}
          >
            +
          </button>
        )}
        <div className="toolbar-spacer" />
        <button type="button" className="link-button small" onClick={onReset}>
          Reset to examples
        </button>
      </div>
      {tests.length > 0 &&
        (labelled ? (
          <ParamFields input={tests[index] ?? ''} params={params} caseNumber={index + 1} onChange={update} />
        ) : (
          <label className="case-input">
            <span className="muted small">{hint}</span>
            <textarea
              aria-label={`Input of case ${index + 1}`}
              value={tests[index] ?? ''}
              spellCheck={false}
              rows={Math.min(10, Math.max(3, (tests[index] ?? '').split('\n').length + 1))}
              onChange={(e) => update(e.target.value)}
            />
          </label>
        ))}
    </div>
  );
}
