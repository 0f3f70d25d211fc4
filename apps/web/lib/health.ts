import type { Health } from '@quickcode/protocol';
import { liveWorkers } from './languages';
import { services } from './services';

const CHECK_TIMEOUT_MS = 2000;

function withTimeout<T>(work: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

async function probe(work: () => Promise<unknown>, what: string): Promise<string> {
  try {
    await withTimeout(work(), what);
    return 'ok';
  } catch (err) {
    return `down: ${(err as Error).message}`;
  }
}

type HealthBody = Health & { error?: { code: 'unavailable'; message: string } };

/**
 * Health as the protocol words it. `ok` (the HTTP status) is false when Redis or the database
 * fails; `status` is also `degraded` while no worker has passed its self-test (submissions
 * are then queued, not judged), with the degraded parts named.
 */
export async function checkHealth(): Promise<{ ok: boolean; body: HealthBody }> {
  const { redis, database } = services();
  const [redisState, dbState] = await Promise.all([probe(() => redis.ping(), 'Redis'), probe(() => database.ping(), 'The database')]);
  const workers = redisState === 'ok' ? (await liveWorkers().catch(() => [])).length : 0;
  const ok = redisState === 'ok' && dbState === 'ok';
  const degraded = [redisState !== 'ok' && 'redis', dbState !== 'ok' && 'db', workers === 0 && 'workers'].filter((d): d is string => Boolean(d));
  const body: HealthBody = { status: degraded.length === 0 ? 'ok' : 'degraded', redis: redisState, db: dbState, workers };
  if (degraded.length > 0) body.degraded = degraded;
  if (!ok) {
    const failing = [redisState !== 'ok' && 'Redis', dbState !== 'ok' && 'the database'].filter(Boolean).join(' and ');
    body.error = { code: 'unavailable', message: `${failing} cannot be reached.` };
  } else if (workers === 0) {
    body.message = 'No worker has passed its self-test yet: submissions wait in the queue until one does.';
  }
  return { ok, body };
}
