import Link from 'next/link';
import type { LanguageId } from '@quickcode/protocol';
import { formatAgo, formatMemory, formatRuntime } from '../../lib/format';
import { languageNames } from '../../lib/languages-client';
import type { profileData } from '../../lib/profile';
import { VerdictText } from '../submission/VerdictText';
import { Heatmap } from './Heatmap';

const COLORS = { Easy: 'var(--easy)', Medium: 'var(--medium)', Hard: 'var(--hard)' } as const;

/** Solved counts, the activity heatmap and recent submissions (linked to their pages for their owner). */
export function ProfileView({ data, now, ownerView }: { data: Awaited<ReturnType<typeof profileData>>; now: Date; ownerView: boolean }) {
  return (
    <div className="profile-grid">
      <section className="card" aria-labelledby="solved-heading">
        <h2 id="solved-heading">Solved</h2>
        <p>
          <strong className="big-number">{data.solvedTotal}</strong> <span className="muted">/ {data.problemTotal} problems</span>
        </p>
        <div className="solved-bars">
          {data.byDifficulty.map((d) => (
            <div key={d.difficulty} className="solved-bar" aria-label={`${d.difficulty}: ${d.solved} of ${d.total} solved`}>
              <div className="small">
                <span className={`difficulty difficulty-${d.difficulty.toLowerCase()}`}>{d.difficulty}</span>{' '}
                <span className="muted">
                  {d.solved}/{d.total}
                </span>
              </div>
              <div className="track">
                <div className="fill" style={{ width: `${d.total ? (100 * d.solved) / d.total : 0}%`, background: COLORS[d.difficulty] }} />
              </div>
            </div>
          ))}
        </div>
      </section>
      <div>
        <section className="card" aria-labelledby="activity-heading">
          <h2 id="activity-heading">Activity</h2>
          <Heatmap activity={data.activity} today={now} />
        </section>
        <section className="card" aria-labelledby="recent-heading">
          <h2 id="recent-heading">Recent submissions</h2>
          {data.recent.length === 0 ? (
            <p className="muted">Nothing submitted yet.</p>
          ) : (
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Problem</th>
                  <th scope="col">Result</th>
                  <th scope="col">Language</th>
                  <th scope="col">Runtime</th>
                  <th scope="col">Memory</th>
                  <th scope="col">When</th>
                </tr>
              </thead>
              <tbody>
                {data.recent.map((s) => (
                  <tr key={s.id}>
                    <td>
                      <Link href={`/problems/${s.problemSlug}`}>{s.title}</Link>
                    </td>
                    <td>
                      {ownerView ? (
                        <Link href={`/submissions/${s.id}`} aria-label={`Submission to ${s.title}, ${formatAgo(s.createdAt, now.getTime())}`}>
                          <VerdictText verdict={s.status === 'finished' ? s.verdict : null} />
                        </Link>
                      ) : (
                        <VerdictText verdict={s.status === 'finished' ? s.verdict : null} />
                      )}
                    </td>
                    <td>{languageNames[s.language as LanguageId] ?? s.language}</td>
                    <td>{formatRuntime(s.timeMs)}</td>
                    <td>{formatMemory(s.memoryKb)}</td>
                    <td className="muted">{formatAgo(s.createdAt, now.getTime())}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </div>
    </div>
  );
}
