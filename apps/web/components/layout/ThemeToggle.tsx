'use client';

import { useState } from 'react';

/** Switches dark/light; the cookie lets the server render the chosen theme without a flash. */
export function ThemeToggle({ initial }: { initial: 'dark' | 'light' }) {
  const [theme, setTheme] = useState(initial);
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
