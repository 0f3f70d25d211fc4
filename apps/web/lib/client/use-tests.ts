'use client';

import { useCallback, useEffect, useState } from 'react';
import { load, save, storageKeys } from './storage';

/** The console's test cases: the samples at first, then whatever the user edits or adds. */
export function useTestCases(slug: string, samples: string[]) {
  const [tests, setTestsState] = useState<string[]>(samples);

  useEffect(() => {
    const stored = load('local', storageKeys.tests(slug));
    if (!stored) return;
    try {
      const parsed: unknown = JSON.parse(stored);
      if (Array.isArray(parsed) && parsed.every((t) => typeof t === 'string') && parsed.length > 0) setTestsState(parsed);
    } catch {}
  }, [slug]);

  const setTests = useCallback(
    (next: string[]) => {
      setTestsState(next);
      save('local', storageKeys.tests(slug), JSON.stringify(next));
    },
    [slug],
  );

  const resetTests = useCallback(() => {
    save('local', storageKeys.tests(slug), null);
    setTestsState(samples);
  }, [slug, samples]);

  return { tests, setTests, resetTests };
}
