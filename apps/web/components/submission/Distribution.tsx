'use client';

import { useEffect, useState } from 'react';
import { beatsPercent, histogram } from '../../lib/distribution';
import { formatMemory, formatRuntime } from '../../lib/format';

type Metric = 'runtime' | 'memory';
interface Stats {
  timeMs: number[];
  memoryKb: number[];
}

const W = 520;
const H = 150;
const LEFT = 44;
const RIGHT = 10;
const TOP = 18;
const BOTTOM = 36;

/** A histogram with both axes labelled and the bar holding this submission marked "You". */
function Chart({ values, mine, format, label, axis }: { values: number[]; mine: number; format(v: number): string; label: string; axis: string }) {
  const bins = histogram(values, 24);
  const top = Math.max(1, ...bins.map((b) => b.count));
  const plotW = W - LEFT - RIGHT;
  const plotH = H - TOP - BOTTOM;
  const baseline = TOP + plotH;
  const barW = plotW / Math.max(1, bins.length);
  const mineIndex = bins.findIndex((b) => mine >= b.from && mine < b.to);
  return (
    <svg className="chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
      <line x1={LEFT} x2={W - RIGHT} y1={baseline} y2={baseline} className="axis" />
      <line x1={LEFT} x2={LEFT} y1={TOP} y2={baseline} className="axis" />
      <text x={LEFT - 6} y={TOP + 4} className="tick" textAnchor="end">
        {top}
      </text>
      <text x={LEFT - 6} y={baseline} className="tick" textAnchor="end">
        0
      </text>
      <text className="axis-label" transform={`translate(12 ${TOP + plotH / 2}) rotate(-90)`} textAnchor="middle">
        Submissions
      </text>
      {bins.map((b, i) => {
        const h = Math.round((plotH * b.count) / top);
        return (
          <rect key={i} x={LEFT + i * barW + 1} y={baseline - h} width={Math.max(1, barW - 2)} height={h} rx={2} className={i === mineIndex ? 'bar mine' : 'bar'}>
            <title>{`${format(b.from)}–${format(b.to)}: ${b.count} submission${b.count === 1 ? '' : 's'}`}</title>
          </rect>
        );
      })}
      {mineIndex >= 0 && (
        <text className="mine-label" x={LEFT + mineIndex * barW + barW / 2} y={Math.max(TOP - 4, baseline - Math.round((plotH * bins[mineIndex]!.count) / top) - 4)} textAnchor="middle">
          You
        </text>
      )}
      {bins.length > 0 && (
        <>
          <text x={LEFT} y={baseline + 14} className="tick">
            {format(bins[0]!.from)}
          </text>
          <text x={W - RIGHT} y={baseline + 14} className="tick" textAnchor="end">
            {format(bins[bins.length - 1]!.to)}
          </text>
        </>
      )}
      <text x={LEFT + plotW / 2} y={H - 4} className="axis-label" textAnchor="middle">
        {axis}
      </text>
    </svg>
  );
}

/** Where this accepted submission stands among accepted submissions in the same language. */
export function Distribution({ slug, language, timeMs, memoryKb }: { slug: string; language: string; timeMs: number; memoryKb: number }) {
  const [stats, setStats] = useState<Stats | undefined>();
  const [metric, setMetric] = useState<Metric>('runtime');
  useEffect(() => {
    let live = true;
    fetch(`/api/problems/${encodeURIComponent(slug)}/stats?language=${encodeURIComponent(language)}`)
      .then((r) => (r.ok ? (r.json() as Promise<Stats>) : undefined))
      .then((s) => live && s && setStats(s))
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [slug, language, timeMs]);
  const runtimeBeats = stats ? `Beats ${beatsPercent(stats.timeMs, Math.round(timeMs))}%` : '';
  const memoryBeats = stats ? `Beats ${beatsPercent(stats.memoryKb, Math.round(memoryKb))}%` : '';
  return (
    <div className="distribution">
      <div className="metric-cards" role="tablist" aria-label="Distribution">
        <button type="button" role="tab" className="metric-card" aria-selected={metric === 'runtime'} onClick={() => setMetric('runtime')}>
          <span className="muted small">Runtime</span>
          <strong>{formatRuntime(timeMs)}</strong>
          <span className="beats">{runtimeBeats}</span>
        </button>
        <button type="button" role="tab" className="metric-card" aria-selected={metric === 'memory'} onClick={() => setMetric('memory')}>
          <span className="muted small">Memory</span>
          <strong>{formatMemory(memoryKb)}</strong>
          <span className="beats">{memoryBeats}</span>
        </button>
      </div>
      {stats &&
        (metric === 'runtime' ? (
          <Chart values={stats.timeMs} mine={Math.round(timeMs)} format={formatRuntime} axis="Runtime (ms)" label={`Runtime distribution of ${stats.timeMs.length} accepted submissions`} />
        ) : (
          <Chart values={stats.memoryKb} mine={Math.round(memoryKb)} format={formatMemory} axis="Memory" label={`Memory distribution of ${stats.memoryKb.length} accepted submissions`} />
        ))}
    </div>
  );
}
