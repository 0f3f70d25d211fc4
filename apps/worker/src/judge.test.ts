import { describe, expect, it } from 'vitest';
import { answerOfRun, runVerdict } from './judge.js';
import type { SandboxResult } from './sandbox/types.js';

const ok: SandboxResult = { exitCode: 0, signal: null, cpuMs: 5, wallMs: 9, memoryKb: 100, limitExceeded: null, stdout: '', stderr: '' };

describe('runVerdict', () => {
  it('is null for a clean exit and names the limit otherwise', () => {
    expect(runVerdict(ok)).toBeNull();
    expect(runVerdict({ ...ok, limitExceeded: 'cpu', exitCode: null, signal: 'SIGKILL' })).toBe('TLE');
    expect(runVerdict({ ...ok, limitExceeded: 'wall', exitCode: null, signal: 'SIGKILL' })).toBe('TLE');
    expect(runVerdict({ ...ok, limitExceeded: 'memory', exitCode: null, signal: 'SIGKILL' })).toBe('MLE');
    expect(runVerdict({ ...ok, limitExceeded: 'output' })).toBe('OLE');
    expect(runVerdict({ ...ok, exitCode: 1 })).toBe('RE');
    expect(runVerdict({ ...ok, exitCode: null, signal: 'SIGSEGV' })).toBe('RE');
    expect(runVerdict({ ...ok, internalError: 'boom' })).toBe('IE');
  });
});

describe('answerOfRun: the one answer a test process wrote to its own answer file', () => {
  it('takes exactly one well-formed line numbered 0', () => {
    expect(answerOfRun('0 17 [0,1]\n')).toEqual({ output: '[0,1]' });
  });

  it('ignores the time the program claims: only the answer is kept', () => {
    const a = answerOfRun('0 0 [1,2]\n');
    expect(a).toEqual({ output: '[1,2]' });
  });

  it('refuses no answer, an unfinished line, a wrong number and extra lines', () => {
    expect(answerOfRun('')).toHaveProperty('error');
    expect(answerOfRun(undefined)).toHaveProperty('error');
    expect(answerOfRun('0 1 [0,1]')).toHaveProperty('error');
    expect(answerOfRun('1 1 [0,1]\n')).toHaveProperty('error');
    expect(answerOfRun('garbage\n')).toHaveProperty('error');
    // Answers written at import time ahead of the driver's own: more than one line.
    expect(answerOfRun('0 0 [0,1]\n1 0 [0,1]\n0 12 [2,3]\n')).toHaveProperty('error');
    expect(answerOfRun('0 0 [0,1]\n0 12 [2,3]\n')).toHaveProperty('error');
  });
});
