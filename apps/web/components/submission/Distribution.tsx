'use client';

import { useEffect, useState } from 'react';
import { beatsPercent, histogram } from '../../lib/distribution';
import { formatMemory, formatRuntime } from '../../lib/format';

type Metric = 'runtime' | 'memory';
interface Stats {
  timeMs: number[];
  memoryKb: number[];
}

const W = 480;
const H = 140;
const PAD = 18;

function Chart({ values, mine, format, label }: { values: number[]; mine: number; format(v: number): string; label: string }) {
  const bins = histogram(values, 24);
  const top = Math.max(1, ...bins.map((b) => b.count));
  const barW = (W - PAD * 2) / Math.max(1, bins.length);
  return (
    <svg className="chart" viewBox={`0 0 ${W} ${H + 22}`} role="img" aria-label={label}>
      <line x1={PAD} x2={W - PAD} y1={H} y2={H} className="axis" />
      {bins.map((b, i) => {
        const h = Math.round(((H - PAD) * b.count) / top);
        const isMine = mine >= b.from && mine < b.to;
        return (
          <rect key={i} x={PAD + i * barW + 1} y={H - h} width={Math.max(1, barW - 2)} height={h} rx={2} className={isMine ? 'bar mine' : 'bar'}>
            <title>{`${format(b.from)}–${format(b.to)}: ${b.count}`}</title>
          </rect>
        );
      })}
      {bins.length > 0 && (
        <>
          <text x={PAD} y={H + 16} className="tick">
            {format(bins[0]!.from)}
          </text>
          <text x={W - PAD} y={H + 16} className="tick" textAnchor="end">
            {format(bins[bins.length - 1]!.to)}
          </text>
        </>
      )}
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
  if (!stats) return null;
  const runtimeBeats = beatsPercent(stats.timeMs, Math.round(timeMs));
  const memoryBeats = beatsPercent(stats.memoryKb, Math.round(memoryKb));
  return (
    <div className="distribution">
      <div className="tabs" role="tablist" aria-label="Distribution">
        <button type="button" role="tab" aria-selected={metric === 'runtime'} onClick={() => setMetric('runtime')}>
          Runtime {formatRuntime(timeMs)} · Beats {runtimeBeats}%
        </button>
        <button type="button" role="tab" aria-selected={metric === 'memory'} onClick={() => setMetric('memory')}>
          Memory {formatMemory(memoryKb)} · Beats {memoryBeats}%
        </button>
      </div>
      {metric === 'runtime' ? (
        <Chart values={stats.timeMs} mine={Math.round(timeMs)} format={formatRuntime} label={`Runtime distribution of ${stats.timeMs.length} accepted submissions`} />
      ) : (
        <Chart values={stats.memoryKb} mine={Math.round(memoryKb)} format={formatMemory} label={`Memory distribution of ${stats.memoryKb.length} accepted submissions`} />
      )}
    </div>
  );
}
