import Link from 'next/link';
import type { LanguageId } from '@quickcode/protocol';
import { Heatmap } from '../../components/account/Heatmap';
import { VerdictText } from '../../components/submission/VerdictText';
import { currentUser } from '../../lib/current-user';
import { formatAgo, formatMemory, formatRuntime } from '../../lib/format';
import { languageNames } from '../../lib/languages-client';
import { profileData } from '../../lib/profile';

export const metadata = { title: 'Profile' };

const COLORS = { Easy: 'var(--easy)', Medium: 'var(--medium)', Hard: 'var(--hard)' } as const;

export default async function ProfilePage() {
  const user = await currentUser();
  if (!user) {
    return (
      <div className="page">
        <h1>Profile</h1>
        <p>
          <Link href="/signin">Sign in</Link> to see your progress.
        </p>
      </div>
    );
  }
  const now = new Date();
  const data = await profileData(user.id, now);
  const name = user.isGuest ? 'Guest' : user.username;
  return (
    <div className="page">
      <h1>{name}</h1>
      {user.isGuest && (
        <p className="muted">
          You are a guest. <Link href="/signup">Sign up</Link> to keep this progress under a name.
        </p>
      )}
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
                        <VerdictText verdict={s.status === 'finished' ? s.verdict : null} />
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
    </div>
  );
}
