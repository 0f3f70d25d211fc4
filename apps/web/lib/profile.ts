import { listUserSubmissionsWithTitles, problemCountsByDifficulty, userActivity, userSolvedProblems } from '@quickcode/db';
import { services } from './services';

const DIFFICULTIES = ['Easy', 'Medium', 'Hard'] as const;

/** What the profile page shows: solved counts by difficulty, recent submits, a year of activity. */
export async function profileData(userId: string, now = new Date()) {
  const db = services().database.db;
  const since = new Date(now.getTime() - 371 * 86_400_000);
  const [solved, totals, recent, activity] = await Promise.all([
    userSolvedProblems(db, userId),
    problemCountsByDifficulty(db),
    listUserSubmissionsWithTitles(db, userId, 20),
    userActivity(db, userId, since),
  ]);
  const byDifficulty = DIFFICULTIES.map((difficulty) => ({
    difficulty,
    solved: solved.filter((s) => s.difficulty === difficulty).length,
    total: totals.find((t) => t.difficulty === difficulty)?.n ?? 0,
  }));
  return {
    solvedTotal: solved.length,
    problemTotal: totals.reduce((n, t) => n + t.n, 0),
    byDifficulty,
    recent,
    activity: Object.fromEntries(activity.map((a) => [a.day, a.n])) as Record<string, number>,
  };
}
