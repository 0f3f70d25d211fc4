import Link from 'next/link';
import { ProblemTable } from '../components/problems/ProblemTable';
import { currentUser } from '../lib/current-user';
import { problemCatalogue } from '../lib/problems';

export default async function ProblemsPage() {
  const user = await currentUser();
  const problems = await problemCatalogue(user?.id);
  return (
    <div className="page">
      <h1>Problems</h1>
      <p className="muted">
        Practising topic by topic? Follow the <Link href="/study-plan">study plan</Link>.
      </p>
      <ProblemTable problems={problems} />
    </div>
  );
}
