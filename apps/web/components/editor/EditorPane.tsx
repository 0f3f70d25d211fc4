'use client';

import dynamic from 'next/dynamic';
import type { LanguageId } from '@quickcode/protocol';
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
}

export function EditorPane(props: EditorPaneProps) {
  return (
    <section className="pane editor-pane" aria-label="Code">
      <EditorToolbar {...props} />
      <div className="editor-host">
        {props.ready && (
          <CodeEditor
            language={editorLanguage[props.language]}
            value={props.code}
            onChange={props.onCode}
            markers={props.markers}
            onRun={props.onRun}
            onSubmit={props.onSubmit}
          />
        )}
      </div>
    </section>
  );
}
