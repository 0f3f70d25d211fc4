import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CheckerSpec, ProblemKind } from '@quickcode/protocol';
import type { CheckResult } from './values.js';

export interface CheckRequest {
  id: number;
  spec: CheckerSpec;
  kind: ProblemKind;
  actual: string;
  expected: string;
  input: string;
  slug: string;
}
export interface CheckResponse {
  id: number;
  result: CheckResult;
}
export interface CheckThreadData {
  problemsDir: string;
  /** tsx's API and the thread's TypeScript entry, loaded by BOOT. */
  tsxApi: string;
  entry: string;
}

export interface CheckerPoolOptions {
  /** Checker threads; checks beyond them wait their turn. */
  threads: number;
  /** One check's budget; past it the thread is ended and the check is an internal error. */
  timeoutMs: number;
  /** Heap limit of each checker thread. */
  memoryMb: number;
  /** Where problems/<slug>/checker.ts files are found. */
  problemsDir: string;
}

interface Pending {
  request: CheckRequest;
  resolve(result: CheckResult): void;
}

interface Slot {
  thread: Worker;
  /** Set once the thread has loaded its checkers: a check's deadline never pays for that. */
  ready: boolean;
  busy?: { pending: Pending; timer: NodeJS.Timeout };
}

const entry = new URL('./check-thread.ts', import.meta.url).href;
const tsxApi = esmEntryOf('tsx', './esm/api');
// The thread's entry is TypeScript: the thread registers tsx for itself, then loads it
// (a worker thread does not apply an inherited --import loader to its own entry on Node 20).
const BOOT = `const { workerData } = require('node:worker_threads');
import(workerData.tsxApi).then(({ register }) => { register(); return import(workerData.entry); });`;

/** The ESM file of a package's export (createRequire resolves only the CommonJS one). */
function esmEntryOf(pkg: string, subpath: string): string {
  const manifest = createRequire(import.meta.url).resolve(`${pkg}/package.json`);
  const exported = (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { exports: Record<string, { import: { default: string } }> }).exports[subpath];
  if (!exported) throw new Error(`${pkg} has no export ${subpath}`);
  return pathToFileURL(path.join(path.dirname(manifest), exported.import.default)).href;
}

/**
 * A few worker threads that run checkers, each check with a deadline. A check that runs
 * out of time or memory ends its thread (a new one takes its place) and is reported as an
 * internal error: built-in checkers are bounded, so only a broken checker gets there.
 */
export class CheckerPool {
  private readonly slots = new Set<Slot>();
  private readonly waiting: Pending[] = [];
  private nextId = 1;
  private closed = false;

  constructor(private readonly options: CheckerPoolOptions) {}

  check(request: Omit<CheckRequest, 'id'>): Promise<CheckResult> {
    if (this.closed) return Promise.resolve({ ok: false, error: 'the checkers are shut down' });
    return new Promise((resolve) => {
      this.waiting.push({ request: { ...request, id: this.nextId++ }, resolve });
      this.pump();
    });
  }

  /** Ends every thread; checks still waiting or running get an internal error. */
  async close(): Promise<void> {
    this.closed = true;
    for (const p of this.waiting.splice(0)) p.resolve({ ok: false, error: 'the checkers are shut down' });
    await Promise.all([...this.slots].map((slot) => this.retire(slot, 'the checkers are shut down')));
  }

  private pump(): void {
    while (this.waiting.length > 0) {
      const slot = [...this.slots].find((s) => s.ready && !s.busy);
      if (!slot) {
        if (this.slots.size < this.options.threads) this.spawn();
        return;
      }
      this.start(slot, this.waiting.shift() as Pending);
    }
  }

  private spawn(): Slot {
    const thread = new Worker(BOOT, {
      eval: true,
      workerData: { problemsDir: this.options.problemsDir, tsxApi, entry } satisfies CheckThreadData,
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: this.options.memoryMb },
      stdout: false,
      stderr: false,
    });
    const slot: Slot = { thread, ready: false };
    thread.on('message', (response: CheckResponse | 'ready') => {
      if (response === 'ready') {
        slot.ready = true;
        this.pump();
      } else if (slot.busy?.pending.request.id === response.id) {
        this.finish(slot, response.result);
      }
    });
    thread.on('error', (err) => void this.retire(slot, `the checker failed: ${err.message}`));
    thread.on('exit', () => void this.retire(slot, 'the checker thread ended unexpectedly'));
    thread.unref();
    this.slots.add(slot);
    return slot;
  }

  private start(slot: Slot, pending: Pending): void {
    const timer = setTimeout(() => void this.retire(slot, `the checker did not finish within ${this.options.timeoutMs} ms`), this.options.timeoutMs);
    slot.busy = { pending, timer };
    slot.thread.ref();
    slot.thread.postMessage(pending.request);
  }

  private finish(slot: Slot, result: CheckResult): void {
    const busy = slot.busy;
    if (!busy) return;
    clearTimeout(busy.timer);
    slot.busy = undefined;
    slot.thread.unref();
    busy.pending.resolve(result);
    this.pump();
  }

  /** Ends a thread (stuck, broken or shutting down); its check, if any, gets `error`. */
  private async retire(slot: Slot, error: string): Promise<void> {
    if (!this.slots.delete(slot)) return;
    if (slot.ready) {
      this.finish(slot, { ok: false, error });
    } else if (this.slots.size === 0) {
      // A thread that cannot even start will not start on a second try: fail what waits.
      for (const p of this.waiting.splice(0)) p.resolve({ ok: false, error: `the checker threads cannot start: ${error}` });
    }
    await slot.thread.terminate();
  }
}
