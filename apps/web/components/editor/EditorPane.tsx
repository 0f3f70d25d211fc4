'use client';

import dynamic from 'next/dynamic';
import type { LanguageId } from '@quickcode/protocol';
import { useEditorSettings } from '../../lib/client/use-editor-settings';
import { editorLanguage } from '../../lib/languages-client';
import type { CompileMarker } from '../../lib/compile-markers';
import type { LanguageOption } from '../problem/types';
import { EditorToolbar } from './EditorToolbar';

const CodeEditor = dynamic(() => import('./CodeEditor'), {
  ssr: false,
  loading: () => <div className="editor-loading">Loading editor…</div>,
});

export interface EditorPaneProps {
  languages: LanguageOption[];
  language: LanguageId;
  onLanguage(id: LanguageId): void;
  code: string;
  onCode(code: string): void;
  onReset(): void;
  onRun(): void;
  onSubmit(): void;
  busy: boolean;
  canSubmit: boolean;
  markers: CompileMarker[];
  ready: boolean;
  /** On a phone Run and Submit live in the bottom bar instead. */
  showActions?: boolean;
}

export function EditorPane(props: EditorPaneProps) {
  const { settings, update } = useEditorSettings();
  return (
    <section className="pane editor-pane" aria-label="Code">
      <EditorToolbar {...props} settings={settings} onSettings={update} />
      <div className="editor-host">
        {props.ready && (
          <CodeEditor language={editorLanguage[props.language]} value={props.code} onChange={props.onCode} markers={props.markers} settings={settings} onRun={props.onRun} onSubmit={props.onSubmit} />
        )}
      </div>
    </section>
  );
}
