import type { LanguageId, Verdict } from '@quickcode/protocol';

// Browser code imports only types from @quickcode/protocol (its index also loads Node-only
// configuration code), so the few display tables it needs live here, checked by their types.

/** Display names used before any worker has reported its own. */
export const languageNames: Record<LanguageId, string> = {
  python: 'Python 3',
  javascript: 'JavaScript',
  typescript: 'TypeScript',
  cpp: 'C++',
  java: 'Java',
  go: 'Go',
  rust: 'Rust',
  c: 'C',
};

/** Monaco's language id for each of ours. */
export const editorLanguage: Record<LanguageId, string> = {
  python: 'python',
  javascript: 'javascript',
  typescript: 'typescript',
  cpp: 'cpp',
  java: 'java',
  go: 'go',
  rust: 'rust',
  c: 'c',
};

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
