'use client';

import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Group, Panel, Separator } from 'react-resizable-panels';
import type { LanguageId, SubmissionMode } from '@quickcode/protocol';
import { useCode } from '../../lib/client/use-code';
import { useRun } from '../../lib/client/use-run';
import { useTestCases } from '../../lib/client/use-tests';
import { parseCompileOutput } from '../../lib/compile-markers';
import { Console, type ConsoleTab } from '../console/Console';
import { EditorPane } from '../editor/EditorPane';
import { DescriptionTabs } from './DescriptionTabs';
import type { LanguageOption, WorkspaceProblem } from './types';

export interface WorkspaceProps {
  problem: WorkspaceProblem;
  header: ReactNode;
  statement: ReactNode;
  languages: LanguageOption[];
  canSubmit: boolean;
}

/** The problem page: statement and submissions | editor over console, all resizable. */
export function Workspace({ problem, header, statement, languages, canSubmit }: WorkspaceProps) {
  const defaultLanguage: LanguageId = languages.find((l) => l.available)?.id ?? 'python';
  const { language, setLanguage, code, setCode, currentCode, reset, loaded } = useCode(problem.slug, problem.starterCode, defaultLanguage);
  const { tests, setTests, resetTests } = useTestCases(problem.slug, problem.sampleTests);
  const { run, start, busy, finishedCount } = useRun(problem.slug);
  const [tab, setTab] = useState<ConsoleTab>('testcase');
  const [runInputs, setRunInputs] = useState<string[]>([]);

  const send = useCallback(
    (mode: SubmissionMode) => {
      if (busy || !canSubmit) return;
      setTab('result');
      setRunInputs(mode === 'run' ? tests : []);
      void start({ problem: problem.slug, language, code: currentCode(), mode, ...(mode === 'run' ? { tests } : {}) });
    },
    [busy, canSubmit, start, problem.slug, language, currentCode, tests],
  );

  // A reload mid-run resumes on the result tab.
  useEffect(() => {
    if (run && tab === 'testcase' && run.phase !== 'sending') setTab('result');
  }, [run?.id]);

  const sendRef = useRef(send);
  sendRef.current = send;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey)) return;
      if (e.key === "'") {
        e.preventDefault();
        sendRef.current('run');
      } else if (e.key === 'Enter') {
        e.preventDefault();
        sendRef.current('submit');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const markers = useMemo(
    () => (run?.result?.verdict === 'CE' && run.result.compileOutput ? parseCompileOutput(run.result.compileOutput) : []),
    [run?.result],
  );

  return (
    <div className="workspace">
      <Group orientation="horizontal" className="panes">
        <Panel defaultSize="42%" minSize="20%">
          <DescriptionTabs header={header} statement={statement} slug={problem.slug} refreshKey={finishedCount} />
        </Panel>
        <Separator className="separator vertical" />
        <Panel minSize="30%">
          <Group orientation="vertical">
            <Panel defaultSize="60%" minSize="15%">
              <EditorPane
                languages={languages}
                language={language}
                onLanguage={setLanguage}
                code={code}
                onCode={setCode}
                onReset={reset}
                onRun={() => sendRef.current('run')}
                onSubmit={() => sendRef.current('submit')}
                busy={busy}
                canSubmit={canSubmit}
                markers={markers}
                ready={loaded}
              />
            </Panel>
            <Separator className="separator horizontal" />
            <Panel minSize="15%">
              <Console
                tab={tab}
                onTab={setTab}
                tests={tests}
                onTests={setTests}
                onResetTests={resetTests}
                kind={problem.kind}
                run={run}
                slug={problem.slug}
                language={language}
                runInputs={runInputs}
              />
            </Panel>
          </Group>
        </Panel>
      </Group>
    </div>
  );
}
