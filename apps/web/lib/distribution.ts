export interface Bin {
  from: number;
  to: number;
  count: number;
}

/**
 * Share (0-100, rounded) of the other accepted submissions that did worse than `mine`
 * (a larger value). `values` includes `mine` once; alone, it beats everyone.
 */
export function beatsPercent(values: number[], mine: number): number {
  const others = [...values];
  const self = others.indexOf(mine);
  if (self >= 0) others.splice(self, 1);
  if (others.length === 0) return 100;
  const worse = others.filter((v) => v > mine).length;
  return Math.round((worse / others.length) * 1000) / 10;
}

/**
 * `binCount` equal-width bins (at least one unit wide) covering all values; a narrow range
 * is centred (never below zero), so a lone value shows as one bar, not a wall.
 */
export function histogram(values: number[], binCount = 20): Bin[] {
  if (values.length === 0) return [];
  const min = Math.min(...values);
  const max = Math.max(...values);
  const width = Math.max(1, Math.ceil((max - min + 1) / binCount));
  const spare = binCount * width - (max - min + 1);
  const start = Math.max(0, min - Math.floor(spare / 2));
  const bins: Bin[] = Array.from({ length: binCount }, (_, i) => ({ from: start + i * width, to: start + (i + 1) * width, count: 0 }));
  for (const v of values) {
    const bin = bins[Math.min(binCount - 1, Math.floor((v - start) / width))];
    if (bin) bin.count++;
  }
  return bins;
}
