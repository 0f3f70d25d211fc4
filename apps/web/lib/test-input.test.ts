import { describe, expect, it } from 'vitest';
import { joinTestInput, knownExpected, splitTestInput } from './test-input';

describe('test input fields', () => {
  it('splits one value per parameter and joins them back', () => {
    expect(splitTestInput('[2,7,11,15]\n9\n', 2)).toEqual(['[2,7,11,15]', '9']);
    expect(joinTestInput(['[2,7,11,15]', '9'])).toBe('[2,7,11,15]\n9');
  });
  it('pads missing values and keeps extra lines with the last one', () => {
    expect(splitTestInput('[1]', 2)).toEqual(['[1]', '']);
    expect(splitTestInput('[1]\n2\n3', 2)).toEqual(['[1]', '2 3']);
  });
  it('keeps a value on its line', () => {
    expect(joinTestInput(['[1,\n2]', '3'])).toBe('[1, 2]\n3');
  });
  it('finds the expected output of an example', () => {
    expect(knownExpected('[2,7,11,15]\n9', ['[3,3]\n6', '[2,7,11,15]\n9\n'], ['[0,1]\n', '[0,1]\n'])).toBe('[0,1]');
    expect(knownExpected('[1]\n1', ['[3,3]\n6'], ['[0,1]'])).toBeUndefined();
  });
});
