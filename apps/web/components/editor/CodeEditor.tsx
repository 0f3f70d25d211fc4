'use client';

import Editor, { type OnMount } from '@monaco-editor/react';
import { useEffect, useRef, useState } from 'react';
import { shiftMarkers, type CompileMarker } from '../../lib/compile-markers';
import type { EditorSettings } from '../../lib/editor-settings';
import { effectiveTheme, onThemeChange } from '../../lib/client/theme';
import { enableKeyBinding } from './key-bindings';
import { loadLanguage, monaco } from './monaco-setup';

export interface CodeEditorProps {
  language: string;
  value: string;
  onChange(value: string): void;
  markers: CompileMarker[];
  settings: EditorSettings;
  onRun(): void;
  onSubmit(): void;
}

type StandaloneEditor = Parameters<OnMount>[0];

const monacoTheme = () => (effectiveTheme() === 'light' ? 'vs' : 'vs-dark');

const loading = <div className="editor-loading">Loading editor…</div>;

/**
 * Monaco, bundled locally, with only the language in use loaded. Compile errors are markers (their message shows on hover) that
 * move with the text as lines are added or removed above them, and vanish once their line is edited.
 */
export default function CodeEditor({ language, value, onChange, markers, settings, onRun, onSubmit }: CodeEditorProps) {
  const [editor, setEditor] = useState<StandaloneEditor | null>(null);
  const actions = useRef({ onRun, onSubmit });
  actions.current = { onRun, onSubmit };
  const placed = useRef<CompileMarker[]>([]);
  const status = useRef<HTMLDivElement>(null);
  const [theme, setTheme] = useState(monacoTheme);
  // The language given to Monaco once its definition is loaded (the previous one until then).
  const [loadedLanguage, setLoadedLanguage] = useState<string | undefined>();

  useEffect(() => onThemeChange(() => setTheme(monacoTheme())), []);

  useEffect(() => {
    let live = true;
    void loadLanguage(language).then(() => live && setLoadedLanguage(language));
    return () => {
      live = false;
    };
  }, [language]);

  useEffect(() => {
    const model = editor?.getModel();
    if (!editor || !model) return;
    const apply = () =>
      monaco.editor.setModelMarkers(
        model,
        'compile',
        placed.current.map((m) => ({
          severity: m.severity === 'warning' ? monaco.MarkerSeverity.Warning : monaco.MarkerSeverity.Error,
          message: m.message,
          startLineNumber: m.line,
          startColumn: Math.min(m.column ?? 1, model.getLineMaxColumn(m.line)),
          endLineNumber: m.line,
          endColumn: model.getLineMaxColumn(m.line),
        })),
      );
    placed.current = markers.filter((m) => m.line >= 1 && m.line <= model.getLineCount());
    apply();
    const sub = model.onDidChangeContent((event) => {
      if (placed.current.length === 0) return;
      placed.current = shiftMarkers(
        placed.current,
        event.changes.map((c) => ({ startLine: c.range.startLineNumber, startColumn: c.range.startColumn, endLine: c.range.endLineNumber, endColumn: c.range.endColumn, text: c.text })),
      ).filter((m) => m.line <= model.getLineCount());
      apply();
    });
    return () => sub.dispose();
  }, [editor, markers]);

  useEffect(() => {
    if (!editor || !status.current) return;
    let off: (() => void) | undefined;
    let cancelled = false;
    void enableKeyBinding(editor, settings.keyBinding, status.current).then((dispose) => {
      if (cancelled) dispose();
      else off = dispose;
    });
    return () => {
      cancelled = true;
      off?.();
    };
  }, [editor, settings.keyBinding]);

  const onMount: OnMount = (mounted, m) => {
    mounted.addCommand(m.KeyMod.CtrlCmd | m.KeyCode.Quote, () => actions.current.onRun());
    mounted.addCommand(m.KeyMod.CtrlCmd | m.KeyCode.Enter, () => actions.current.onSubmit());
    setEditor(mounted);
  };

  return (
    <div className="code-editor">
      <div className="code-editor-main">
        {loadedLanguage === undefined ? (
          loading
        ) : (
          <Editor
            language={loadedLanguage}
            value={value}
            theme={theme}
            onChange={(v) => onChange(v ?? '')}
            onMount={onMount}
            loading={loading}
            options={{
              ariaLabel: 'Code editor',
              fontSize: settings.fontSize,
              tabSize: settings.tabSize,
              detectIndentation: false,
              minimap: { enabled: false },
              scrollBeyondLastLine: false,
              automaticLayout: true,
              fixedOverflowWidgets: true,
              quickSuggestions: { other: true, comments: false, strings: false },
            }}
          />
        )}
      </div>
      <div ref={status} className="editor-status small" aria-live="polite" data-testid="key-binding-status" hidden={settings.keyBinding === 'standard'} />
    </div>
  );
}
