import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';

export interface SentinelAddress {
  host: string;
  port: number;
}

/** `host:port` or `[v6]:port`; null when it is neither. */
function parseHostPort(text: string): SentinelAddress | null {
  const match = /^(?:\[([^\]]+)\]|([^:[\]]+)):(\d{1,5})$/.exec(text);
  const port = Number(match?.[3]);
  const host = match?.[1] ?? match?.[2];
  return host && port > 0 && port <= 65535 ? { host, port } : null;
}

const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  REDIS_URL: z.string().default('redis://127.0.0.1:6379'),
  // --- Redis Sentinel (deploy): when REDIS_SENTINELS is set, every connection asks these
  // Sentinels for the current primary and follows a failover; REDIS_URL then only lends its
  // credentials and database number to the data nodes.
  /** Comma-separated `host:port` of Redis Sentinels, e.g. `s1:26379,s2:26379,[::1]:26379`. */
  REDIS_SENTINELS: z
    .string()
    .transform((value, ctx) => {
      const list = value.split(',').map((s) => s.trim()).filter(Boolean).map(parseHostPort);
      if (list.length === 0 || list.some((s) => s === null)) {
        ctx.addIssue({ code: 'custom', message: 'expected comma-separated host:port pairs' });
        return z.NEVER;
      }
      return list as SentinelAddress[];
    })
    .optional(),
  /** The name the Sentinels monitor the primary under (`sentinel monitor <name> ...`). */
  REDIS_SENTINEL_NAME: z.string().min(1).default('mymaster'),
  /** Password of the Sentinels themselves (`requirepass` in sentinel.conf), when they have one. */
  REDIS_SENTINEL_PASSWORD: z.string().optional(),
  // --- end Redis Sentinel
  DATABASE_URL: z.string().optional(),
  QUICKCODE_DATA_DIR: z.string().default('./.quickcode'),
  QUICKCODE_WORKERS: z.coerce.number().int().min(0).default(os.availableParallelism()),
  QUICKCODE_AUTH: z.enum(['guest', 'required']).default('guest'),
  QUICKCODE_SANDBOX_CONCURRENCY: z.coerce.number().int().min(1).default(os.availableParallelism()),
  /** Prefix of every Redis key; tests set their own. */
  QUICKCODE_REDIS_PREFIX: z.string().default('qc'),
  /** Where problems/<slug>/ packages are read from. */
  QUICKCODE_PROBLEMS_DIR: z.string().optional(),
  /** First port of master/worker `/metrics` servers (the web serves /metrics on its own port); 0 turns them off. */
  QUICKCODE_METRICS_PORT: z.coerce.number().int().min(0).max(65535).default(9464),
  /** Submissions waiting beyond this make new ones get 429 with Retry-After. */
  QUICKCODE_MAX_QUEUE_DEPTH: z.coerce.number().int().positive().default(5000),
  /** Unfinished submissions one user may have at once. */
  QUICKCODE_MAX_IN_FLIGHT_PER_USER: z.coerce.number().int().positive().default(10),
  /** The master's recovery sweep: how often, and how old an unfinished submission must be. */
  QUICKCODE_RECOVERY_INTERVAL_MS: z.coerce.number().int().positive().default(10_000),
  QUICKCODE_RECOVERY_GRACE_MS: z.coerce.number().int().nonnegative().default(60_000),
  LOG_LEVEL: z.string().default('info'),
});
export type Config = z.infer<typeof configSchema> & { problemsDir: string; dataDir: string };

/** Parse the environment once; a bad value stops the process with a sentence naming it. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid environment variable ${String(issue?.path[0])}: ${issue?.message}`);
  }
  const c = parsed.data;
  return {
    ...c,
    problemsDir: path.resolve(c.QUICKCODE_PROBLEMS_DIR ?? path.join(repoRoot(), 'problems')),
    dataDir: path.resolve(c.QUICKCODE_DATA_DIR),
  };
}

/** The repository root, found from this file's location (packages/protocol/src). */
export function repoRoot(): string {
  return path.resolve(new URL('.', import.meta.url).pathname, '../../..');
}
