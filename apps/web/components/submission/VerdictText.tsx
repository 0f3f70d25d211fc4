import type { Verdict } from '@quickcode/protocol';
import { verdictLabels } from '../../lib/languages-client';

export function VerdictText({ verdict, as: Tag = 'span' }: { verdict: string | null; as?: 'span' | 'h2' }) {
  if (!verdict) return <Tag className="verdict pending">Pending</Tag>;
  const label = verdictLabels[verdict as Verdict] ?? verdict;
  return <Tag className={`verdict ${verdict === 'AC' ? 'ok' : 'bad'}`}>{label}</Tag>;
}
