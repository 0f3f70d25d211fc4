export const keyBindings = ['standard', 'vim', 'emacs'] as const;
export type KeyBinding = (typeof keyBindings)[number];

export interface EditorSettings {
  fontSize: number;
  tabSize: number;
  keyBinding: KeyBinding;
}

export const defaultEditorSettings: EditorSettings = { fontSize: 14, tabSize: 4, keyBinding: 'standard' };
export const fontSizes = [12, 13, 14, 15, 16, 18, 20, 22] as const;
export const tabSizes = [2, 4, 8] as const;

/** Settings saved by an earlier visit; each malformed or unknown value falls back to its default. */
export function parseEditorSettings(raw: string | null): EditorSettings {
  let value: Partial<Record<keyof EditorSettings, unknown>> = {};
  try {
    if (raw) value = JSON.parse(raw) as typeof value;
  } catch {}
  if (typeof value !== 'object' || value === null) value = {};
  const pick = <T>(allowed: readonly T[], v: unknown, fallback: T): T => (allowed.includes(v as T) ? (v as T) : fallback);
  return {
    fontSize: pick(fontSizes as readonly number[], value.fontSize, defaultEditorSettings.fontSize),
    tabSize: pick(tabSizes as readonly number[], value.tabSize, defaultEditorSettings.tabSize),
    keyBinding: pick(keyBindings, value.keyBinding, defaultEditorSettings.keyBinding),
  };
}
