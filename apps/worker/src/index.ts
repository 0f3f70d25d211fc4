export { startWorker, type RunningWorker, type WorkerOptions } from './worker.js';
export { executeJob } from './judge.js';
