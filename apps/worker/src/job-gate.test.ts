import { describe, expect, it } from 'vitest';
import { JobGate } from './job-gate.js';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}
const settle = () => new Promise((r) => setImmediate(r));

describe('JobGate', () => {
  it('runs at most `capacity` tasks at once and starts the others in arrival order', async () => {
    const gate = new JobGate(2);
    const blockers = Array.from({ length: 5 }, deferred);
    const started: number[] = [];
    let peak = 0;
    const runs = blockers.map((b, i) =>
      gate.run(async () => {
        started.push(i);
        peak = Math.max(peak, gate.running);
        await b.promise;
        return i;
      }),
    );
    await settle();
    expect(started).toEqual([0, 1]);
    expect(gate.queued).toBe(3);
    blockers[1]!.resolve();
    await settle();
    expect(started).toEqual([0, 1, 2]);
    for (const b of blockers) b.resolve();
    expect(await Promise.all(runs)).toEqual([0, 1, 2, 3, 4]);
    expect(started).toEqual([0, 1, 2, 3, 4]);
    expect(peak).toBe(2);
    expect(gate.running).toBe(0);
    expect(gate.queued).toBe(0);
  });

  it('gives the slot back when a task fails', async () => {
    const gate = new JobGate(1);
    await expect(gate.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(gate.running).toBe(0);
    expect(await gate.run(() => Promise.resolve('next'))).toBe('next');
  });

  it('refuses a capacity below one', () => {
    expect(() => new JobGate(0)).toThrow(/at least 1/);
  });
});
