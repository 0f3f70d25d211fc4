import Link from 'next/link';
import { TopicSection } from '../../components/study-plan/TopicSection';
import { currentUser } from '../../lib/current-user';
import { studyPlan } from '../../lib/study-plan';

export const metadata = { title: 'Study plan' };

export default async function StudyPlanPage() {
  const user = await currentUser();
  const plan = await studyPlan(user?.id);
  const total = plan.reduce((n, t) => n + t.problems.length, 0);
  const solved = plan.reduce((n, t) => n + t.solved, 0);
  return (
    <div className="page">
      <h1>Study plan</h1>
      <p className="muted">
        The interview canon topic by topic, easiest first within each. {solved}/{total} solved. <Link href="/">All problems</Link>
      </p>
      {plan.map((topic) => (
        <TopicSection key={topic.topic} topic={topic} />
      ))}
    </div>
  );
}
