import { describe, expect, it } from 'vitest';
import type { TestResult } from '@quickcode/protocol';
import { aggregate } from './aggregate.js';

const test = (index: number, verdict: TestResult['verdict'], extra: Partial<TestResult> = {}): TestResult => ({
  index,
  verdict,
  timeMs: 10 + index,
  memoryKb: 1000 * (index + 1),
  actual: `a${index}`,
  expected: `e${index}`,
  stdout: '',
  stderr: '',
  ...extra,
});
const total = 3;

describe('aggregate', () => {
  it('accepts when every test passed, summing time and keeping peak memory', () => {
    const { event } = aggregate({ submissionId: 's', mode: 'submit', result: { compiled: true, total, tests: [test(0, 'AC'), test(1, 'AC'), test(2, 'AC')] } });
    expect(event).toMatchObject({ verdict: 'AC', passed: 3, total: 3, timeMs: 33, memoryKb: 3000 });
    expect(event.failedTest).toBeUndefined();
    expect(event.outputs).toBeUndefined();
  });

  it('takes the verdict of the first failing test, whatever order results arrive in', () => {
    const { event } = aggregate({
      submissionId: 's',
      mode: 'submit',
      result: { compiled: true, total, tests: [test(2, 'TLE', { input: 'i2' }), test(0, 'AC'), test(1, 'WA', { stderr: 'oops', input: 'i1' })] },
    });
    expect(event.verdict).toBe('WA');
    expect(event.passed).toBe(1);
    expect(event.failedTest).toEqual({ index: 1, input: 'i1', expected: 'e1', actual: 'a1' });
    expect(event.stderr).toBe('oops');
  });

  it('reports CE with the compiler output and no tests', () => {
    const { event, tests } = aggregate({ submissionId: 's', mode: 'submit', result: { compiled: false, compileOutput: 'main.cpp:1: error', total, tests: [] } });
    expect(event).toMatchObject({ verdict: 'CE', passed: 0, total: 3, compileOutput: 'main.cpp:1: error' });
    expect(tests).toEqual([]);
  });

  it('reports IE when the platform failed', () => {
    const { event } = aggregate({ submissionId: 's', mode: 'submit', result: { compiled: true, internalError: 'sandbox gone', total, tests: [] } });
    expect(event.verdict).toBe('IE');
  });

  it('never accepts when results are missing', () => {
    const { event } = aggregate({ submissionId: 's', mode: 'submit', result: { compiled: true, total, tests: [test(0, 'AC')] } });
    expect(event.verdict).toBe('IE');
  });

  it('carries outputs and per-test stdout in run mode', () => {
    const { event } = aggregate({
      submissionId: 's',
      mode: 'run',
      result: { compiled: true, total: 2, tests: [test(0, 'AC', { stdout: 'hi' }), test(1, 'AC')] },
    });
    expect(event.outputs).toEqual(['a0', 'a1']);
    expect(event.stdouts).toEqual(['hi', '']);
  });
});
