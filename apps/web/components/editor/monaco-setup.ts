'use client';

import { loader } from '@monaco-editor/react';
import * as monaco from 'monaco-editor';
import type { LanguageId } from '@quickcode/protocol';
import { completionWords } from '../../lib/completion-words';
import { editorLanguage } from '../../lib/languages-client';

type WorkerFactory = () => Worker;

// Workers are bundled with the app and served from this origin: no CDN is ever contacted.
const workers: Record<string, WorkerFactory> = {
  typescript: () => new Worker(new URL('monaco-editor/language/typescript/ts.worker.js', import.meta.url), { type: 'module' }),
  javascript: () => new Worker(new URL('monaco-editor/language/typescript/ts.worker.js', import.meta.url), { type: 'module' }),
  editorWorkerService: () => new Worker(new URL('monaco-editor/editor/editor.worker.js', import.meta.url), { type: 'module' }),
};

(self as unknown as { MonacoEnvironment: monaco.Environment }).MonacoEnvironment = {
  getWorker: (_workerId: string, label: string) => (workers[label] ?? workers.editorWorkerService!)(),
};

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
