import { describe, expect, it } from 'vitest';
import type { ServerMessage } from '@quickcode/protocol';
import { applyMessage, progress, startRun } from './submission-state';

const id = 'sub-1';
const queued = { ...startRun('submit', 0), id, phase: 'queued' as const };

describe('applyMessage', () => {
  it('follows status, tests and result in order', () => {
    let s = applyMessage(queued, { type: 'status', id, status: 'compiling' });
    expect(s.phase).toBe('compiling');
    s = applyMessage(s, { type: 'test', id, index: 0, total: 3, verdict: 'AC', timeMs: 5, memoryKb: 100 });
    expect(progress(s).label).toBe('Running test 2/3');
    expect(progress(s).fraction).toBeCloseTo(1 / 3);
    s = applyMessage(s, { type: 'result', id, verdict: 'AC', passed: 3, total: 3, timeMs: 9, memoryKb: 120 });
    expect(s.phase).toBe('finished');
    expect(progress(s).fraction).toBe(1);
  });
  it('ignores other submissions, late statuses and anything after the result', () => {
    const other: ServerMessage = { type: 'status', id: 'other', status: 'running' };
    expect(applyMessage(queued, other)).toBe(queued);
    const running = applyMessage(queued, { type: 'status', id, status: 'running' });
    expect(applyMessage(running, { type: 'status', id, status: 'queued' }).phase).toBe('running');
    const done = applyMessage(running, { type: 'result', id, verdict: 'WA', passed: 0, total: 1, timeMs: 1, memoryKb: 1 });
    expect(applyMessage(done, { type: 'result', id, verdict: 'AC', passed: 1, total: 1, timeMs: 1, memoryKb: 1 }).result?.verdict).toBe('WA');
  });
  it('counts a repeated test event once', () => {
    const t = { type: 'test', id, index: 0, total: 2, verdict: 'AC', timeMs: 1, memoryKb: 1 } as const;
    const s = applyMessage(applyMessage(queued, t), t);
    expect(s.tests).toHaveLength(1);
  });
});
