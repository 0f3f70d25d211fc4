'use client';

import Editor, { type OnMount } from '@monaco-editor/react';
import { useEffect, useRef, useState } from 'react';
import type { CompileMarker } from '../../lib/compile-markers';
import { monaco } from './monaco-setup';

export interface CodeEditorProps {
  language: string;
  value: string;
  onChange(value: string): void;
  markers: CompileMarker[];
  onRun(): void;
  onSubmit(): void;
}

function currentTheme(): string {
  return document.documentElement.dataset.theme === 'light' ? 'vs' : 'vs-dark';
}

/** Monaco, bundled locally; compile errors are shown as markers on their lines. */
export default function CodeEditor({ language, value, onChange, markers, onRun, onSubmit }: CodeEditorProps) {
  const editorRef = useRef<Parameters<OnMount>[0] | null>(null);
  const actions = useRef({ onRun, onSubmit });
  actions.current = { onRun, onSubmit };
  const [theme, setTheme] = useState(currentTheme);

  useEffect(() => {
    const onTheme = () => setTheme(currentTheme());
    window.addEventListener('qc-theme', onTheme);
    return () => window.removeEventListener('qc-theme', onTheme);
  }, []);

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (!model) return;
    monaco.editor.setModelMarkers(
      model,
      'compile',
      markers
        .filter((m) => m.line >= 1 && m.line <= model.getLineCount())
        .map((m) => ({
          severity: m.severity === 'warning' ? monaco.MarkerSeverity.Warning : monaco.MarkerSeverity.Error,
          message: m.message,
          startLineNumber: m.line,
          startColumn: m.column ?? 1,
          endLineNumber: m.line,
          endColumn: model.getLineMaxColumn(m.line),
        })),
    );
  }, [markers, value]);

  const onMount: OnMount = (editor, m) => {
    editorRef.current = editor;
    editor.addCommand(m.KeyMod.CtrlCmd | m.KeyCode.Quote, () => actions.current.onRun());
    editor.addCommand(m.KeyMod.CtrlCmd | m.KeyCode.Enter, () => actions.current.onSubmit());
  };

  return (
    <Editor
      language={language}
      value={value}
      theme={theme}
      onChange={(v) => onChange(v ?? '')}
      onMount={onMount}
      loading={<div className="editor-loading">Loading editor…</div>}
      options={{
        ariaLabel: 'Code editor',
        fontSize: 14,
        minimap: { enabled: false },
        scrollBeyondLastLine: false,
        automaticLayout: true,
        tabSize: 4,
        fixedOverflowWidgets: true,
      }}
    />
  );
}
