import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { SubmissionDetailView, type SubmissionDetailData } from '../../../components/submission/SubmissionDetail';
import { currentUser } from '../../../lib/current-user';
import { problemDetail } from '../../../lib/problems';
import { submissionView } from '../../../lib/submission-view';

export const metadata: Metadata = { title: 'Submission' };

type Props = { params: Promise<{ id: string }> };

/** One past submission at its own address (its code shown to its owner only). */
export default async function SubmissionPage({ params }: Props) {
  const { id } = await params;
  const user = await currentUser();
  const view = await submissionView(id, user?.id);
  if (!view) notFound();
  const problem = await problemDetail(view.problem);
  return (
    <div className="page submission-page">
      <p className="muted small">
        <Link href={`/problems/${view.problem}`}>{problem ? `${problem.number ? `${problem.number}. ` : ''}${problem.title}` : view.problem}</Link> · Submission
      </p>
      <SubmissionDetailView detail={view as unknown as SubmissionDetailData} permalink={false} />
    </div>
  );
}
