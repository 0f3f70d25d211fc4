import { describe, expect, it } from 'vitest';
import { beatsPercent, histogram } from './distribution';

describe('distribution', () => {
  it('beats the share of others that were slower', () => {
    expect(beatsPercent([10, 20, 30, 40, 20], 20)).toBe(50);
    expect(beatsPercent([5], 5)).toBe(100);
    expect(beatsPercent([1, 2, 3], 3)).toBe(0);
  });
  it('bins every value once', () => {
    const bins = histogram([1, 2, 3, 50, 100], 10);
    expect(bins).toHaveLength(10);
    expect(bins.reduce((n, b) => n + b.count, 0)).toBe(5);
    expect(bins[0]!.from).toBe(1);
    expect(bins[9]!.to).toBeGreaterThan(100);
    expect(histogram([])).toEqual([]);
  });
  it('centres a narrow range without going below zero', () => {
    const lone = histogram([7, 7], 5);
    expect(lone.map((b) => b.count)).toEqual([0, 0, 2, 0, 0]);
    expect(lone[0]!.from).toBe(5);
    expect(histogram([1], 5)[0]!.from).toBe(0);
  });
});
