'use client';

import type { LanguageId } from '@quickcode/protocol';
import type { EditorSettings } from '../../lib/editor-settings';
import { SignInLink } from '../layout/SignInLink';
import type { LanguageOption } from '../problem/types';
import { EditorSettingsMenu } from './EditorSettingsMenu';

export interface EditorToolbarProps {
  languages: LanguageOption[];
  language: LanguageId;
  onLanguage(id: LanguageId): void;
  onReset(): void;
  onRun(): void;
  onSubmit(): void;
  busy: boolean;
  canSubmit: boolean;
  settings: EditorSettings;
  onSettings(patch: Partial<EditorSettings>): void;
  showActions?: boolean;
}

export function EditorToolbar({ languages, language, onLanguage, onReset, onRun, onSubmit, busy, canSubmit, settings, onSettings, showActions = true }: EditorToolbarProps) {
  const current = languages.find((l) => l.id === language);
  return (
    <div className="toolbar">
      <label className="sr-only" htmlFor="language-select">
        Language
      </label>
      <select id="language-select" aria-label="Language" value={language} onChange={(e) => onLanguage(e.target.value as LanguageId)}>
        {languages.map((l) => (
          <option key={l.id} value={l.id}>
            {l.label}
            {l.available ? '' : ' (offline)'}
          </option>
        ))}
      </select>
      {current?.version && <span className="muted small">{current.version}</span>}
      <button
        type="button"
        className="icon-button"
        aria-label="Reset code to the starter template"
        title="Reset code"
        onClick={() => {
          if (window.confirm('Replace your code with the starter template?')) onReset();
        }}
      >
        ↺
      </button>
      <EditorSettingsMenu settings={settings} onChange={onSettings} />
      <div className="toolbar-spacer" />
      {!canSubmit && <SignInLink className="small">Sign in to run code</SignInLink>}
      {showActions && <RunButtons onRun={onRun} onSubmit={onSubmit} disabled={busy || !canSubmit} />}
    </div>
  );
}

/** Run and Submit, with their shortcuts. */
export function RunButtons({ onRun, onSubmit, disabled }: { onRun(): void; onSubmit(): void; disabled: boolean }) {
  return (
    <>
      <button type="button" className="button" onClick={onRun} disabled={disabled} title="Run (Ctrl+')" aria-keyshortcuts="Control+'">
        Run
      </button>
      <button type="button" className="button success" onClick={onSubmit} disabled={disabled} title="Submit (Ctrl+Enter)" aria-keyshortcuts="Control+Enter">
        Submit
      </button>
    </>
  );
}
