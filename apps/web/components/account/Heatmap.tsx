import { heatmapCells } from '../../lib/heatmap';

const CELL = 11;
const GAP = 3;

export function Heatmap({ activity, today }: { activity: Record<string, number>; today: Date }) {
  const cells = heatmapCells(activity, today);
  const weeks = (cells[cells.length - 1]?.week ?? 0) + 1;
  const total = cells.reduce((n, c) => n + c.count, 0);
  return (
    <figure className="heatmap-figure">
      <figcaption className="muted small">{total} submissions in the past year</figcaption>
      <svg className="heatmap" viewBox={`0 0 ${weeks * (CELL + GAP)} ${7 * (CELL + GAP)}`} role="img" aria-label={`Activity heatmap: ${total} submissions in the past year`}>
        {cells.map((c) => (
          <rect key={c.day} x={c.week * (CELL + GAP)} y={c.weekday * (CELL + GAP)} width={CELL} height={CELL} className={`heat-${c.level}`}>
            <title>{`${c.count} submission${c.count === 1 ? '' : 's'} on ${c.day}`}</title>
          </rect>
        ))}
      </svg>
    </figure>
  );
}
