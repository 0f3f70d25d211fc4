'use client';

import { useEffect, useState } from 'react';
import type { LanguageId } from '@quickcode/protocol';
import { editorLanguage } from '../../lib/languages-client';
import { effectiveTheme } from '../../lib/client/theme';

/** Submitted code, highlighted by Monaco's own tokenizer (loaded on demand), with a copy button. */
export function CodeView({ code, language }: { code: string; language: string }) {
  const [html, setHtml] = useState<string | undefined>();
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    let live = true;
    const id = editorLanguage[language as LanguageId];
    if (!id) return;
    void import('../editor/monaco-setup').then(async ({ monaco, loadLanguage }) => {
      await loadLanguage(id);
      monaco.editor.setTheme(effectiveTheme() === 'light' ? 'vs' : 'vs-dark');
      // colorize escapes the text itself: the result holds only Monaco's spans around it.
      const colored = await monaco.editor.colorize(code, id, { tabSize: 4 });
      if (live) setHtml(colored);
    });
    return () => {
      live = false;
    };
  }, [code, language]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
  };

  return (
    <div className="code-view-box">
      <div className="code-view-bar">
        <span className="io-label">Code</span>
        <button type="button" className="button ghost small" onClick={copy}>
          {copied === 'copied' ? 'Copied' : 'Copy code'}
        </button>
        <span className="sr-only" role="status">
          {copied === 'copied' ? 'Code copied to the clipboard' : copied === 'failed' ? 'The browser did not allow copying' : ''}
        </span>
      </div>
      {html === undefined ? (
        <pre className="code-view" aria-label="Submitted code">
          {code}
        </pre>
      ) : (
        <pre className="code-view highlighted" aria-label="Submitted code" dangerouslySetInnerHTML={{ __html: html }} />
      )}
    </div>
  );
}
