import { languageIds, WORKER_TTL_MS, workerInfoSchema, type LanguageId, type LanguageInfo, type WorkerInfo } from '@quickcode/protocol';
import { languageNames } from './languages-client';
import { services } from './services';

export { languageNames };

export function isLanguageId(value: string): value is LanguageId {
  return (languageIds as readonly string[]).includes(value);
}

/** Workers whose heartbeat is recent, from the hash's raw values. Malformed entries are skipped. */
export function parseLiveWorkers(raw: Record<string, string>, now: number): WorkerInfo[] {
  const live: WorkerInfo[] = [];
  for (const value of Object.values(raw)) {
    let json: unknown;
    try {
      json = JSON.parse(value);
    } catch {
      continue;
    }
    const parsed = workerInfoSchema.safeParse(json);
    if (parsed.success && now - parsed.data.seenAt < WORKER_TTL_MS) live.push(parsed.data);
  }
  return live;
}

/** The union of the workers' languages, one entry per id, in the protocol's order. */
export function unionLanguages(workers: WorkerInfo[]): LanguageInfo[] {
  const byId = new Map<LanguageId, LanguageInfo>();
  for (const w of workers) for (const l of w.languages) if (!byId.has(l.id)) byId.set(l.id, l);
  return languageIds.flatMap((id) => {
    const info = byId.get(id);
    return info ? [info] : [];
  });
}

// Submissions check the live set on every request; a short cache keeps that to one HGETALL a second.
const CACHE_MS = 1000;
let cache: { at: number; workers: WorkerInfo[] } | undefined;

export async function liveWorkers(): Promise<WorkerInfo[]> {
  const now = Date.now();
  if (cache && now - cache.at < CACHE_MS) return cache.workers;
  const { redis, keys } = services();
  const workers = parseLiveWorkers(await redis.hgetall(keys.workers), now);
  cache = { at: now, workers };
  return workers;
}

export async function liveLanguages(): Promise<LanguageInfo[]> {
  return unionLanguages(await liveWorkers());
}
