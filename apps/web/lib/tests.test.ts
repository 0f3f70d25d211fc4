import { describe, expect, it } from 'vitest';
import type { ProblemConfig } from '@quickcode/protocol';
import { testProblem } from './tests';

const twoSum = {
  title: 'Two Sum',
  difficulty: 'Easy',
  tags: [],
  kind: 'function',
  function: {
    name: 'twoSum',
    params: [
      { name: 'nums', type: 'int[]' },
      { name: 'target', type: 'int' },
    ],
    returns: 'int[]',
  },
  limits: { timeMs: 2000, memoryMb: 256, outputKb: 1024 },
  checker: 'any-order',
  samples: ['1'],
  topic: null,
  number: 1,
  hints: [],
  editorial: null,
} as ProblemConfig;

describe('testProblem', () => {
  it('accepts a well-formed test', () => {
    expect(testProblem(twoSum, 0, '[2,7,11,15]\n9')).toBeUndefined();
  });
  it('names the test and the line', () => {
    const message = testProblem(twoSum, 1, '[2,7,11,15]\nnine');
    expect(message).toMatch(/^Test 2, line 2/);
    expect(testProblem(twoSum, 0, '[1,2]')).toMatch(/^Test 1, line 2/);
  });
});
