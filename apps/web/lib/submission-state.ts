import type { ResultEvent, ServerMessage, SubmissionMode, TestEvent } from '@quickcode/protocol';

export type Phase = 'sending' | 'queued' | 'compiling' | 'running' | 'finished' | 'failed';

/** What the console shows for one run or submit, built from the submission's events. */
export interface RunState {
  id?: string;
  mode: SubmissionMode;
  phase: Phase;
  /** Finished tests by index. */
  tests: TestEvent[];
  total?: number;
  result?: ResultEvent;
  /** Why the submission could not be sent or judged. */
  error?: string;
  startedAt: number;
}

const ORDER: Record<Phase, number> = { sending: 0, queued: 1, compiling: 2, running: 3, finished: 4, failed: 4 };

export function startRun(mode: SubmissionMode, now: number): RunState {
  return { mode, phase: 'sending', tests: [], startedAt: now };
}

/** Apply one server message; messages for other submissions and late or repeated ones change nothing. */
export function applyMessage(state: RunState, message: ServerMessage): RunState {
  if (!('id' in message) || message.type === 'submitted' || message.id !== state.id) return state;
  if (state.phase === 'finished') return state;
  switch (message.type) {
    case 'status':
      // A status read before a later event arrived can come late: never go backwards.
      return ORDER[message.status] > ORDER[state.phase] ? { ...state, phase: message.status } : state;
    case 'test': {
      const tests = state.tests.filter((t) => t.index !== message.index);
      tests.push(message);
      tests.sort((a, b) => a.index - b.index);
      return { ...state, phase: 'running', tests, total: message.total };
    }
    case 'result':
      return { ...state, phase: 'finished', result: message, total: message.total };
    default:
      return state;
  }
}

/** "Running test 3/10" style progress: tests done, total, fraction for the bar. */
export function progress(state: RunState): { done: number; total?: number; fraction: number; label: string } {
  const done = state.result ? state.result.total : state.tests.length;
  const total = state.total;
  const fraction = state.phase === 'finished' ? 1 : total ? done / total : 0;
  let label: string;
  switch (state.phase) {
    case 'sending':
      label = 'Sending…';
      break;
    case 'queued':
      label = 'Queued…';
      break;
    case 'compiling':
      label = 'Compiling…';
      break;
    case 'running':
      label = total ? `Running test ${Math.min(done + 1, total)}/${total}` : 'Running…';
      break;
    case 'finished':
      label = 'Finished';
      break;
    default:
      label = 'Failed';
  }
  return { done, total, fraction, label };
}
