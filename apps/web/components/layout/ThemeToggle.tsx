'use client';

import { useEffect, useState } from 'react';
import { effectiveTheme, onThemeChange, type Theme } from '../../lib/client/theme';

/**
 * Switches dark/light. Until the viewer chooses, the page follows the operating system; a choice
 * is kept in a cookie so the server renders it without a flash.
 */
export function ThemeToggle({ initial }: { initial: Theme | undefined }) {
  const [theme, setTheme] = useState<Theme | undefined>(initial);
  useEffect(() => {
    setTheme(effectiveTheme());
    return onThemeChange(() => setTheme(effectiveTheme()));
  }, []);
  if (!theme) return <span className="icon-button placeholder" aria-hidden="true" />;
  const next = theme === 'dark' ? 'light' : 'dark';
  return (
    <button
      type="button"
      className="icon-button"
      aria-label={`Switch to ${next} theme`}
      title={`Switch to ${next} theme`}
      onClick={() => {
        document.documentElement.dataset.theme = next;
        document.cookie = `qc_theme=${next}; Path=/; Max-Age=31536000; SameSite=Lax`;
        window.dispatchEvent(new CustomEvent('qc-theme', { detail: next }));
        setTheme(next);
      }}
    >
      {theme === 'dark' ? '☾' : '☀'}
    </button>
  );
}
