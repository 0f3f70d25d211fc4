'use client';

import { progress, type RunState } from '../../lib/submission-state';

export function Progress({ run }: { run: RunState }) {
  const p = progress(run);
  return (
    <div className="progress-block" aria-live="polite">
      <div className="progress-label">{p.label}</div>
      <div className="progress" role="progressbar" aria-label="Judging progress" aria-valuemin={0} aria-valuemax={p.total ?? 1} aria-valuenow={p.total ? p.done : 0} aria-valuetext={p.label}>
        <div className={`progress-fill${p.total ? '' : ' indeterminate'}`} style={{ width: `${Math.round(p.fraction * 100)}%` }} />
      </div>
      {run.tests.length > 0 && (
        <ol className="test-dots" aria-label="Finished tests">
          {run.tests.map((t) => (
            <li key={t.index} className={t.verdict === 'AC' ? 'ok' : 'bad'} title={`Test ${t.index + 1}: ${t.verdict}, ${Math.round(t.timeMs)} ms`}>
              <span className="sr-only">
                Test {t.index + 1}: {t.verdict}
              </span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
