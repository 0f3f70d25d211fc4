'use client';

import { useEffect, useRef, useState } from 'react';
import { fontSizes, keyBindings, tabSizes, type EditorSettings, type KeyBinding } from '../../lib/editor-settings';

const BINDING_LABELS: Record<KeyBinding, string> = { standard: 'Standard', vim: 'Vim', emacs: 'Emacs' };

/** The gear in the editor's toolbar: font size, tab size and key bindings. */
export function EditorSettingsMenu({ settings, onChange }: { settings: EditorSettings; onChange(patch: Partial<EditorSettings>): void }) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (e: MouseEvent | KeyboardEvent) => {
      if (e instanceof KeyboardEvent ? e.key === 'Escape' : !root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('mousedown', close);
      document.removeEventListener('keydown', close);
    };
  }, [open]);
  return (
    <div className="menu" ref={root}>
      <button type="button" className="icon-button" aria-label="Editor settings" aria-expanded={open} title="Editor settings" onClick={() => setOpen((o) => !o)}>
        ⚙
      </button>
      {open && (
        <div className="menu-panel" role="group" aria-label="Editor settings">
          <label>
            Font size
            <select value={settings.fontSize} onChange={(e) => onChange({ fontSize: Number(e.target.value) })}>
              {fontSizes.map((s) => (
                <option key={s} value={s}>
                  {s}px
                </option>
              ))}
            </select>
          </label>
          <label>
            Tab size
            <select value={settings.tabSize} onChange={(e) => onChange({ tabSize: Number(e.target.value) })}>
              {tabSizes.map((s) => (
                <option key={s} value={s}>
                  {s} spaces
                </option>
              ))}
            </select>
          </label>
          <label>
            Key bindings
            <select value={settings.keyBinding} onChange={(e) => onChange({ keyBinding: e.target.value as KeyBinding })}>
              {keyBindings.map((b) => (
                <option key={b} value={b}>
                  {BINDING_LABELS[b]}
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
    </div>
  );
}
