import { services } from './services';

/**
 * Fixed-window counter in Redis: true while `key` was hit at most `limit` times in the
 * current window. Shared by every web process, so the limit holds across them.
 */
export async function withinLimit(key: string, limit: number, windowSeconds: number): Promise<boolean> {
  const { redis, keys } = services();
  const full = `${keys.prefix}:ratelimit:${key}`;
  const [[, count]] = (await redis.multi().incr(full).expire(full, windowSeconds, 'NX').exec()) as [[Error | null, number]];
  return count <= limit;
}
