import { schema } from '@quickcode/db';
import { studyTopicSchema, studyTopics, type Difficulty, type StudyTopic } from '@quickcode/protocol';
import { problemCatalogue, type CatalogueEntry } from './problems';
import { services } from './services';

export interface TopicProgress {
  topic: StudyTopic | 'More problems';
  problems: CatalogueEntry[];
  solved: number;
  attempted: number;
}

const DIFFICULTY_ORDER: Record<Difficulty, number> = { Easy: 0, Medium: 1, Hard: 2 };

/**
 * Problems grouped by study topic in the plan's order, easiest first within a topic, with the
 * viewer's solved/attempted counts per topic. Problems without a topic come last; empty topics are left out.
 */
export function groupByTopic(entries: CatalogueEntry[], topicOf: ReadonlyMap<string, StudyTopic>): TopicProgress[] {
  const order = [...studyTopics, 'More problems'] as const;
  const groups = new Map<TopicProgress['topic'], CatalogueEntry[]>(order.map((t) => [t, []]));
  for (const entry of entries) groups.get(topicOf.get(entry.slug) ?? 'More problems')?.push(entry);
  const plan: TopicProgress[] = [];
  for (const topic of order) {
    const problems = (groups.get(topic) ?? []).sort(
      (a, b) => DIFFICULTY_ORDER[a.difficulty] - DIFFICULTY_ORDER[b.difficulty] || (a.number ?? Infinity) - (b.number ?? Infinity) || a.title.localeCompare(b.title),
    );
    if (problems.length === 0) continue;
    plan.push({
      topic,
      problems,
      solved: problems.filter((p) => p.status === 'solved').length,
      attempted: problems.filter((p) => p.status === 'attempted').length,
    });
  }
  return plan;
}

/** The study plan with the progress of `userId` (none for a visitor without an identity). */
export async function studyPlan(userId: string | undefined): Promise<TopicProgress[]> {
  const db = services().database.db;
  const [entries, rows] = await Promise.all([problemCatalogue(userId), db.select({ slug: schema.problems.slug, config: schema.problems.config }).from(schema.problems)]);
  const topicOf = new Map<string, StudyTopic>();
  for (const row of rows) {
    const topic = studyTopicSchema.safeParse((row.config as { topic?: unknown }).topic);
    if (topic.success) topicOf.set(row.slug, topic.data);
  }
  return groupByTopic(entries, topicOf);
}
