import { languages } from '@quickcode/languages';
import type { LanguageId, Verdict } from '@quickcode/protocol';

// Browser code imports only types from @quickcode/protocol (its index also loads Node-only
// configuration code); each language's names come from its folder in packages/languages,
// whose main entry is browser-safe.

const all = Object.values(languages);

/** Display names used before any worker has reported its own. */
export const languageNames = Object.fromEntries(all.map((l) => [l.id, l.name])) as Record<LanguageId, string>;

/** Monaco's language id for each of ours. */
export const editorLanguage = Object.fromEntries(all.map((l) => [l.id, l.monaco])) as Record<LanguageId, string>;

export const verdictLabels: Record<Verdict, string> = {
  AC: 'Accepted',
  WA: 'Wrong Answer',
  TLE: 'Time Limit Exceeded',
  MLE: 'Memory Limit Exceeded',
  RE: 'Runtime Error',
  CE: 'Compilation Error',
  OLE: 'Output Limit Exceeded',
  IE: 'Internal Error',
};
