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

// Submissions check the live set on every request; a short cache keeps that to one round trip a second.
const CACHE_MS = 1000;
let cache: { at: number; workers: WorkerInfo[]; seen: Record<string, string> } | undefined;

async function workerState(): Promise<{ workers: WorkerInfo[]; seen: Record<string, string> }> {
  const now = Date.now();
  if (cache && now - cache.at < CACHE_MS) return cache;
  const { redis, keys } = services();
  const [[, raw], [, seen]] = (await redis.multi().hgetall(keys.workers).hgetall(keys.languagesSeen).exec()) as [[Error | null, Record<string, string>], [Error | null, Record<string, string>]];
  cache = { at: now, workers: parseLiveWorkers(raw, now), seen };
  return cache;
}

export async function liveWorkers(): Promise<WorkerInfo[]> {
  return (await workerState()).workers;
}

export async function liveLanguages(): Promise<LanguageInfo[]> {
  return unionLanguages(await liveWorkers());
}

/**
 * Whether a submission in `language` can be taken: a live worker offers it, or one offered
 * it within the grace period (a worker restarting: the submission waits in its queue).
 */
export function languageAvailability(language: LanguageId, state: { workers: WorkerInfo[]; seen: Record<string, string> }, graceMs: number, now: number): 'live' | 'recent' | 'absent' {
  if (state.workers.some((w) => w.languages.some((l) => l.id === language))) return 'live';
  const seenAt = Number(state.seen[language] ?? 0);
  return now - seenAt <= graceMs ? 'recent' : 'absent';
}

export async function languageAvailable(language: LanguageId): Promise<boolean> {
  const graceMs = services().config.QUICKCODE_LANGUAGE_GRACE_SECONDS * 1000;
  return languageAvailability(language, await workerState(), graceMs, Date.now()) !== 'absent';
}
