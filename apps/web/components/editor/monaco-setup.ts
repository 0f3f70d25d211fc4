'use client';

import { loader } from '@monaco-editor/react';
import * as monaco from 'monaco-editor/editor/editor.api';
import type { LanguageId } from '@quickcode/protocol';
import { completionWords } from '../../lib/completion-words';
import { editorLanguage } from '../../lib/languages-client';
import './monaco-features';

type WorkerFactory = () => Worker;

// Workers are bundled with the app and served from this origin (no CDN), each started only
// when Monaco first asks for it: the TypeScript one only once JavaScript or TypeScript is open.
const workers: Record<string, WorkerFactory> = {
  typescript: () => new Worker(new URL('monaco-editor/language/typescript/ts.worker.js', import.meta.url), { type: 'module' }),
  javascript: () => new Worker(new URL('monaco-editor/language/typescript/ts.worker.js', import.meta.url), { type: 'module' }),
  editorWorkerService: () => new Worker(new URL('monaco-editor/editor/editor.worker.js', import.meta.url), { type: 'module' }),
};

(self as unknown as { MonacoEnvironment: monaco.Environment }).MonacoEnvironment = {
  getWorker: (_workerId: string, label: string) => (workers[label] ?? workers.editorWorkerService!)(),
};

// Monaco's language definitions, by its language id: each registers its tokenizer (itself
// fetched when a model first uses it); JavaScript and TypeScript add their language service.
const definitions: Record<string, () => Promise<unknown>> = {
  python: () => import('monaco-editor/languages/definitions/python/register'),
  cpp: () => import('monaco-editor/languages/definitions/cpp/register'),
  c: () => import('monaco-editor/languages/definitions/cpp/register'),
  java: () => import('monaco-editor/languages/definitions/java/register'),
  go: () => import('monaco-editor/languages/definitions/go/register'),
  rust: () => import('monaco-editor/languages/definitions/rust/register'),
  javascript: () => Promise.all([import('monaco-editor/languages/definitions/javascript/register'), import('monaco-editor/languages/features/typescript/register')]),
  typescript: () => Promise.all([import('monaco-editor/languages/definitions/typescript/register'), import('monaco-editor/languages/features/typescript/register')]),
};
const loaded = new Map<string, Promise<void>>();

/** Load one language's definition (once) before an editor or a colouring uses it. */
export function loadLanguage(id: string): Promise<void> {
  let done = loaded.get(id);
  if (!done) {
    done = (definitions[id]?.() ?? Promise.resolve()).then(() => undefined);
    loaded.set(id, done);
  }
  return done;
}

// JavaScript and TypeScript complete through Monaco's own language service; the others get
// their keywords, common builtins and a few snippets, beside the words already in the file.
for (const [id, words] of Object.entries(completionWords)) {
  if (!words) continue;
  monaco.languages.registerCompletionItemProvider(editorLanguage[id as LanguageId], {
    provideCompletionItems(model, position) {
      const word = model.getWordUntilPosition(position);
      const range = { startLineNumber: position.lineNumber, endLineNumber: position.lineNumber, startColumn: word.startColumn, endColumn: word.endColumn };
      const { Keyword, Function: Builtin, Snippet } = monaco.languages.CompletionItemKind;
      return {
        suggestions: [
          ...words.keywords.map((w) => ({ label: w, kind: Keyword, insertText: w, range })),
          ...words.builtins.map((w) => ({ label: w, kind: Builtin, insertText: w, range })),
          ...words.snippets.map((s) => ({
            label: s.label,
            kind: Snippet,
            detail: s.detail,
            insertText: s.body,
            insertTextRules: monaco.languages.CompletionItemInsertTextRule.InsertAsSnippet,
            range,
          })),
        ],
      };
    },
  });
}

loader.config({ monaco });

export { monaco };
