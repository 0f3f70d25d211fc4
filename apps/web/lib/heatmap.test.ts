import { describe, expect, it } from 'vitest';
import { heatmapCells } from './heatmap';

describe('heatmapCells', () => {
  it('covers 53 weeks ending today, Sunday first', () => {
    const today = new Date('2025-06-18T15:00:00Z'); // a Wednesday
    const cells = heatmapCells({ '2025-06-18': 3, '2025-06-01': 9 }, today);
    expect(cells[cells.length - 1]).toMatchObject({ day: '2025-06-18', count: 3, level: 2, weekday: 3, week: 52 });
    expect(cells[0]!.weekday).toBe(0);
    expect(new Date(cells[0]!.day).getUTCDay()).toBe(0);
    expect(cells.find((c) => c.day === '2025-06-01')!.level).toBe(4);
  });
});
