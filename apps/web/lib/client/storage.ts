'use client';

/** Browser storage that never throws (private mode, full quota, disabled storage). */
export function load(store: 'local' | 'session', key: string): string | null {
  try {
    return (store === 'local' ? localStorage : sessionStorage).getItem(key);
  } catch {
    return null;
  }
}

export function save(store: 'local' | 'session', key: string, value: string | null): void {
  try {
    const s = store === 'local' ? localStorage : sessionStorage;
    if (value === null) s.removeItem(key);
    else s.setItem(key, value);
  } catch {}
}

export const storageKeys = {
  language: 'qc:language',
  editorSettings: 'qc:editor-settings',
  code: (slug: string, language: string) => `qc:code:${slug}:${language}`,
  tests: (slug: string) => `qc:tests:${slug}`,
  /** The submission being judged when the page was left, to resume after a reload. */
  inFlight: (slug: string) => `qc:inflight:${slug}`,
};
