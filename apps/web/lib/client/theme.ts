'use client';

export type Theme = 'dark' | 'light';

/** The theme in effect: the one chosen (on <html data-theme>), else the operating system's. */
export function effectiveTheme(): Theme {
  const chosen = document.documentElement.dataset.theme;
  if (chosen === 'light' || chosen === 'dark') return chosen;
  return window.matchMedia('(prefers-color-scheme: light)').matches ? 'light' : 'dark';
}

/** Call `listener` whenever the effective theme may have changed (a choice here, or the OS switching). */
export function onThemeChange(listener: () => void): () => void {
  const media = window.matchMedia('(prefers-color-scheme: light)');
  window.addEventListener('qc-theme', listener);
  media.addEventListener('change', listener);
  return () => {
    window.removeEventListener('qc-theme', listener);
    media.removeEventListener('change', listener);
  };
}
