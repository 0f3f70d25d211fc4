'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { LanguageId } from '@quickcode/protocol';
import { load, save, storageKeys } from './storage';

/** The editor's language and code, kept per problem and language in localStorage. */
export function useCode(slug: string, starterCode: Record<string, string>, defaultLanguage: LanguageId) {
  const [language, setLanguageState] = useState<LanguageId>(defaultLanguage);
  const [code, setCodeState] = useState(starterCode[defaultLanguage] ?? '');
  const [loaded, setLoaded] = useState(false);
  // The latest text, readable before React re-renders (a shortcut pressed right after a paste).
  const latest = useRef(code);
  latest.current = code;

  useEffect(() => {
    const stored = load('local', storageKeys.language) as LanguageId | null;
    const lang = stored && stored in starterCode ? stored : defaultLanguage;
    setLanguageState(lang);
    setCodeState(load('local', storageKeys.code(slug, lang)) ?? starterCode[lang] ?? '');
    setLoaded(true);
  }, [slug, starterCode, defaultLanguage]);

  const setLanguage = useCallback(
    (lang: LanguageId) => {
      save('local', storageKeys.language, lang);
      setLanguageState(lang);
      setCodeState(load('local', storageKeys.code(slug, lang)) ?? starterCode[lang] ?? '');
    },
    [slug, starterCode],
  );

  const setCode = useCallback(
    (text: string) => {
      latest.current = text;
      setCodeState(text);
      save('local', storageKeys.code(slug, language), text);
    },
    [slug, language],
  );

  const reset = useCallback(() => {
    save('local', storageKeys.code(slug, language), null);
    setCodeState(starterCode[language] ?? '');
  }, [slug, language, starterCode]);

  const currentCode = useCallback(() => latest.current, []);
  return { language, setLanguage, code, setCode, currentCode, reset, loaded };
}
