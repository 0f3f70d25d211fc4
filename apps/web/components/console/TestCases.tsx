'use client';

import { useState } from 'react';
import type { ProblemKind } from '@quickcode/protocol';

const MAX_CASES = 20;

export function TestCases({ tests, onChange, onReset, kind }: { tests: string[]; onChange(tests: string[]): void; onReset(): void; kind: ProblemKind }) {
  const [selected, setSelected] = useState(0);
  const index = Math.min(selected, Math.max(tests.length - 1, 0));
  const hint =
    kind === 'stdio'
      ? 'Standard input of the program.'
      : kind === 'design'
        ? 'Two lines: the operations, then their arguments.'
        : 'One JSON value per parameter, one per line.';
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
      {tests.length > 0 && (
        <label className="case-input">
          <span className="muted small">{hint}</span>
          <textarea
            aria-label={`Input of case ${index + 1}`}
            value={tests[index] ?? ''}
            spellCheck={false}
            rows={Math.min(10, Math.max(3, (tests[index] ?? '').split('\n').length + 1))}
            onChange={(e) => onChange(tests.map((t, j) => (j === index ? e.target.value : t)))}
          />
        </label>
      )}
    </div>
  );
}
