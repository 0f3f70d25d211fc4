'use client';

import type { ProblemKind } from '@quickcode/protocol';
import type { RunState } from '../../lib/submission-state';
import { ResultPanel, type CaseContext } from '../submission/ResultPanel';
import { TestCases } from './TestCases';

export type ConsoleTab = 'testcase' | 'result';

export interface ConsoleProps {
  tab: ConsoleTab;
  onTab(tab: ConsoleTab): void;
  tests: string[];
  onTests(tests: string[]): void;
  onResetTests(): void;
  kind: ProblemKind;
  run: RunState | undefined;
  slug: string;
  language: string;
  /** The inputs the last run used, to show beside its outputs. */
  runInputs: string[];
  context: CaseContext;
  held: boolean;
  cancellable: boolean;
  onCancel(): void;
}

export function Console({ tab, onTab, tests, onTests, onResetTests, kind, run, slug, language, runInputs, context, held, cancellable, onCancel }: ConsoleProps) {
  return (
    <section className="pane console" aria-label="Console">
      <div className="tabs" role="tablist" aria-label="Console">
        <button type="button" role="tab" aria-selected={tab === 'testcase'} onClick={() => onTab('testcase')}>
          Testcase
        </button>
        <button type="button" role="tab" aria-selected={tab === 'result'} onClick={() => onTab('result')}>
          Test Result
        </button>
      </div>
      <div className="pane-body">
        {tab === 'testcase' ? (
          <TestCases tests={tests} onChange={onTests} onReset={onResetTests} kind={kind} params={context.params} />
        ) : (
          <ResultPanel run={run} slug={slug} language={language} runInputs={runInputs} context={context} held={held} cancellable={cancellable} onCancel={onCancel} />
        )}
      </div>
    </section>
  );
}
