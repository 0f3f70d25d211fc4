'use client';

import { useCallback, useEffect, useState } from 'react';
import { defaultEditorSettings, parseEditorSettings, type EditorSettings } from '../editor-settings';
import { load, save, storageKeys } from './storage';

/** Font size, tab size and key bindings, kept in localStorage for every problem. */
export function useEditorSettings() {
  const [settings, setSettings] = useState<EditorSettings>(defaultEditorSettings);
  useEffect(() => setSettings(parseEditorSettings(load('local', storageKeys.editorSettings))), []);
  const update = useCallback((patch: Partial<EditorSettings>) => {
    setSettings((current) => {
      const next = { ...current, ...patch };
      save('local', storageKeys.editorSettings, JSON.stringify(next));
      return next;
    });
  }, []);
  return { settings, update };
}
