import { describe, expect, it } from 'vitest';
import { superscriptPowers } from './superscript-powers';

describe('superscriptPowers', () => {
  it('raises numbers and single letters to their powers', () => {
    expect(superscriptPowers('- `2 <= nums.length <= 10^4`\n- `-10^9 <= x <= 10^9`')).toBe('- `2 <= nums.length <= 10⁴`\n- `-10⁹ <= x <= 10⁹`');
    expect(superscriptPowers('at most `2^31 - 1`, in O(n^2) time, 10^-6 precision')).toBe('at most `2³¹ - 1`, in O(n²) time, 10⁻⁶ precision');
  });
  it('leaves operators, words and fenced code alone', () => {
    expect(superscriptPowers('`a ^ b`, `x^y`, `nums^2`')).toBe('`a ^ b`, `x^y`, `nums^2`');
    const fenced = 'Example:\n```\nx = 2^3\n```\nthen 10^4';
    expect(superscriptPowers(fenced)).toBe('Example:\n```\nx = 2^3\n```\nthen 10⁴');
  });
});
