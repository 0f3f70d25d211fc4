import { parentPort, workerData } from 'node:worker_threads';
import { compareAnswer } from './compare.js';
import { checkCustom } from './custom.js';
import type { CheckRequest, CheckResponse, CheckThreadData } from './checker-pool.js';

/**
 * A checker thread: answers one CheckRequest at a time (the pool never sends a second before
 * the first is answered). Whatever a check costs is spent here, off the worker's event loop.
 */
const port = parentPort;
if (!port) throw new Error('check-thread.ts runs as a worker thread only');
const { problemsDir } = workerData as CheckThreadData;

port.on('message', (request: CheckRequest) => {
  void answer(request).then((response) => port.postMessage(response));
});
port.postMessage('ready');

async function answer({ id, spec, kind, actual, expected, input, slug }: CheckRequest): Promise<CheckResponse> {
  try {
    const result = spec === 'custom' ? await checkCustom(problemsDir, slug, input, expected, actual) : compareAnswer(spec, kind, actual, expected);
    return { id, result };
  } catch (err) {
    return { id, result: { ok: false, error: `the checker failed: ${(err as Error).message}` } };
  }
}
