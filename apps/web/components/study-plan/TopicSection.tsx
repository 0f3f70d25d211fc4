import Link from 'next/link';
import type { TopicProgress } from '../../lib/study-plan';
import { DifficultyBadge } from '../problem/DifficultyBadge';
import styles from './study-plan.module.css';

const STATUS_LABEL = { solved: 'Solved', attempted: 'Attempted' } as const;
const STATUS_ICON = { solved: '✓', attempted: '◐' } as const;

/** One topic of the study plan: its progress bar and its problems in order. */
export function TopicSection({ topic }: { topic: TopicProgress }) {
  const total = topic.problems.length;
  const percent = Math.round((100 * topic.solved) / total);
  const id = `topic-${topic.topic.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return (
    <section className={styles.topic} aria-labelledby={id}>
      <header className={styles.header}>
        <h2 id={id}>{topic.topic}</h2>
        <span className="muted small">
          {topic.solved}/{total} solved{topic.attempted > 0 ? ` · ${topic.attempted} attempted` : ''}
        </span>
      </header>
      <div className={`solved-bar ${styles.bar}`} role="progressbar" aria-label={`${topic.topic} progress`} aria-valuemin={0} aria-valuemax={total} aria-valuenow={topic.solved}>
        <div className="track">
          <div className={`fill ${styles.fill}`} style={{ width: `${percent}%` }} />
        </div>
      </div>
      <table className="table problems">
        <tbody>
          {topic.problems.map((p) => (
            <tr key={p.slug}>
              <td className={`status-col ${p.status ?? ''}`} title={p.status ? STATUS_LABEL[p.status] : 'Todo'}>
                {p.status ? <span aria-label={STATUS_LABEL[p.status]}>{STATUS_ICON[p.status]}</span> : null}
              </td>
              <td>
                <Link href={`/problems/${p.slug}`}>
                  {p.number !== null ? `${p.number}. ` : ''}
                  {p.title}
                </Link>
              </td>
              <td>
                <DifficultyBadge difficulty={p.difficulty} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
