'use client';

import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Group, Panel, Separator } from 'react-resizable-panels';
import type { LanguageId, SubmissionMode } from '@quickcode/protocol';
import { useCode } from '../../lib/client/use-code';
import { useMediaQuery } from '../../lib/client/use-media-query';
import { useRun } from '../../lib/client/use-run';
import { useTestCases } from '../../lib/client/use-tests';
import { parseCompileOutput } from '../../lib/compile-markers';
import { paneLayoutCookie, type PaneLayout } from '../../lib/pane-layout';
import { Console, type ConsoleTab } from '../console/Console';
import { EditorPane } from '../editor/EditorPane';
import { RunButtons } from '../editor/EditorToolbar';
import { DescriptionTabs } from './DescriptionTabs';
import type { LanguageOption, WorkspaceProblem } from './types';

export interface WorkspaceProps {
  problem: WorkspaceProblem;
  header: ReactNode;
  statement: ReactNode;
  languages: LanguageOption[];
  canSubmit: boolean;
  /** Pane sizes saved by an earlier visit (from a cookie, so the server renders them). */
  initialLayout: PaneLayout;
}

/** Below this width the panes become tabs: one column does not fit a phone. */
export const PHONE_QUERY = '(max-width: 720px)';
type PhoneTab = 'description' | 'code' | 'result';

/** The problem page: statement and submissions | editor over console, all resizable; tabs on a phone. */
export function Workspace({ problem, header, statement, languages, canSubmit, initialLayout }: WorkspaceProps) {
  const defaultLanguage: LanguageId = languages.find((l) => l.available)?.id ?? 'python';
  const { language, setLanguage, code, setCode, currentCode, reset, loaded } = useCode(problem.slug, problem.starterCode, defaultLanguage);
  const { tests, setTests, resetTests } = useTestCases(problem.slug, problem.sampleTests);
  const { run, start, busy, finishedCount, held, cancellable, cancel } = useRun(problem.slug);
  const [tab, setTab] = useState<ConsoleTab>('testcase');
  const [runInputs, setRunInputs] = useState<string[]>([]);
  const phone = useMediaQuery(PHONE_QUERY);
  const [phoneTab, setPhoneTab] = useState<PhoneTab>('description');
  const layout = useRef<PaneLayout>(initialLayout);

  const send = useCallback(
    (mode: SubmissionMode) => {
      if (busy || !canSubmit) return;
      setTab('result');
      setPhoneTab('result');
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

  const markers = useMemo(() => (run?.result?.verdict === 'CE' && run.result.compileOutput ? parseCompileOutput(run.result.compileOutput) : []), [run?.result]);

  const saveLayout = (patch: PaneLayout) => {
    layout.current = { ...layout.current, ...patch };
    document.cookie = paneLayoutCookie(layout.current);
  };

  const description = <DescriptionTabs header={header} statement={statement} slug={problem.slug} refreshKey={finishedCount} />;
  const editor = (
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
      showActions={!phone}
    />
  );
  const consolePane = (
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
      context={{ params: problem.params, samples: problem.sampleTests, sampleExpected: problem.sampleExpected }}
      held={held}
      cancellable={cancellable}
      onCancel={cancel}
    />
  );

  if (phone) {
    const tabs: [PhoneTab, string][] = [
      ['description', 'Description'],
      ['code', 'Code'],
      ['result', 'Testcase & Result'],
    ];
    return (
      <div className="workspace phone">
        <div className="tabs phone-tabs" role="tablist" aria-label="Workspace">
          {tabs.map(([id, label]) => (
            <button key={id} type="button" role="tab" aria-selected={phoneTab === id} onClick={() => setPhoneTab(id)}>
              {label}
            </button>
          ))}
        </div>
        <div className="phone-body">
          <div hidden={phoneTab !== 'description'} className="phone-page">
            {description}
          </div>
          <div hidden={phoneTab !== 'code'} className="phone-page">
            {editor}
          </div>
          <div hidden={phoneTab !== 'result'} className="phone-page">
            {consolePane}
          </div>
        </div>
        <div className="phone-actions" role="toolbar" aria-label="Run and submit">
          <RunButtons onRun={() => sendRef.current('run')} onSubmit={() => sendRef.current('submit')} disabled={busy || !canSubmit} />
        </div>
      </div>
    );
  }

  return (
    <div className="workspace">
      <Group orientation="horizontal" className="panes" defaultLayout={initialLayout.columns} onLayoutChanged={(columns) => saveLayout({ columns })}>
        <Panel id="statement" defaultSize="42%" minSize="20%">
          {description}
        </Panel>
        <Separator className="separator vertical" />
        <Panel id="code" minSize="30%">
          <Group orientation="vertical" defaultLayout={initialLayout.rows} onLayoutChanged={(rows) => saveLayout({ rows })}>
            <Panel id="editor" defaultSize="55%" minSize="15%">
              {editor}
            </Panel>
            <Separator className="separator horizontal" />
            <Panel id="console" minSize="15%">
              {consolePane}
            </Panel>
          </Group>
        </Panel>
      </Group>
    </div>
  );
}
