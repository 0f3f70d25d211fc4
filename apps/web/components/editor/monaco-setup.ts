'use client';

import { loader } from '@monaco-editor/react';
import * as monaco from 'monaco-editor';

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

loader.config({ monaco });

export { monaco };
