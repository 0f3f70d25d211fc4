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

/** Health as the protocol words it; `ok` is false when Redis or the database fails. */
export async function checkHealth(): Promise<{ ok: boolean; body: Health & { error?: { code: 'unavailable'; message: string } } }> {
  const { redis, database } = services();
  const [redisState, dbState] = await Promise.all([probe(() => redis.ping(), 'Redis'), probe(() => database.ping(), 'The database')]);
  const workers = redisState === 'ok' ? (await liveWorkers().catch(() => [])).length : 0;
  const ok = redisState === 'ok' && dbState === 'ok';
  const body: Health & { error?: { code: 'unavailable'; message: string } } = { status: ok ? 'ok' : 'degraded', redis: redisState, db: dbState, workers };
  if (!ok) {
    const failing = [redisState !== 'ok' && 'Redis', dbState !== 'ok' && 'the database'].filter(Boolean).join(' and ');
    body.error = { code: 'unavailable', message: `${failing} cannot be reached.` };
  }
  return { ok, body };
}
