export interface HeatCell {
  day: string;
  count: number;
  level: 0 | 1 | 2 | 3 | 4;
  week: number;
  weekday: number;
}

/** 53 weeks of UTC days ending today, Sunday-first columns, with a 0-4 intensity level. */
export function heatmapCells(counts: Record<string, number>, today: Date): HeatCell[] {
  const end = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  const endWeekday = new Date(end).getUTCDay();
  const start = end - (52 * 7 + endWeekday) * 86_400_000;
  const cells: HeatCell[] = [];
  for (let t = start, i = 0; t <= end; t += 86_400_000, i++) {
    const day = new Date(t).toISOString().slice(0, 10);
    const count = counts[day] ?? 0;
    const level = count === 0 ? 0 : count < 2 ? 1 : count < 4 ? 2 : count < 8 ? 3 : 4;
    cells.push({ day, count, level, week: Math.floor(i / 7), weekday: i % 7 });
  }
  return cells;
}
