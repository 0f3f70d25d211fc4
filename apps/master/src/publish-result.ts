import type { Redis } from 'ioredis';
import type { RedisKeys, ResultEvent } from '@quickcode/protocol';

/** Published results are remembered this long, so a redelivered one is not published twice. */
const PUBLISHED_TTL_S = 86_400;

/**
 * Sends a stored verdict to the submission's subscribers, marks it published and drops its
 * live status, in one round trip (MULTI: all three happen or none).
 */
export async function publishResult(redis: Redis, keys: RedisKeys, event: ResultEvent): Promise<void> {
  const replies = await redis.multi().publish(keys.events(event.id), JSON.stringify(event)).set(keys.published(event.id), '1', 'EX', PUBLISHED_TTL_S).del(keys.status(event.id)).exec();
  const failed = replies?.find(([err]) => err);
  if (!replies || failed) throw new Error(`publishing the result of ${event.id} failed: ${failed?.[0]?.message ?? 'transaction aborted'}`);
}
