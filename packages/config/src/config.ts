import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { languageIdSchema, repoRoot } from '@quickcode/protocol';

const int = () => z.coerce.number().int();

/** `true`/`1`/`yes` or `false`/`0`/`no`, as environment variables spell booleans. */
const flag = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => v === 'true' || v === '1' || v === 'yes');

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

/** The front door: what one client may take from the web process. */
const frontDoorSettings = {
  /** Unfinished submissions one user may have at once. */
  QUICKCODE_MAX_IN_FLIGHT_PER_USER: int().positive().default(10),
  /** Unfinished submissions all guests of one client address may have at once (signed-in users are not counted). */
  QUICKCODE_MAX_IN_FLIGHT_PER_ADDRESS: int().positive().default(10),
  /** Guest identities one client address may create per hour. */
  QUICKCODE_GUESTS_PER_ADDRESS_PER_HOUR: int().positive().default(60),
  /** A guest unused this many days is deleted (its submissions stay, without an owner). */
  QUICKCODE_GUEST_IDLE_DAYS: int().positive().default(30),
  /** Open WebSocket connections of one web process, in total and per client address; 0 = derived from the file-descriptor limit. */
  QUICKCODE_MAX_CONNECTIONS: int().nonnegative().default(0),
  QUICKCODE_MAX_CONNECTIONS_PER_ADDRESS: int().positive().default(64),
  /** Sign-in attempts per client address, and per (address, account), in 5 minutes. */
  QUICKCODE_SIGNIN_ATTEMPTS_PER_ADDRESS: int().positive().default(30),
  QUICKCODE_SIGNIN_ATTEMPTS_PER_ACCOUNT: int().positive().default(10),
  /** Behind a reverse proxy: take the client address from X-Forwarded-For and the scheme from X-Forwarded-Proto. */
  QUICKCODE_TRUST_PROXY: flag.default(false),
  /** `auto`: cookies are `Secure` when the request came over HTTPS; `always`; `never`. */
  QUICKCODE_SECURE_COOKIES: z.enum(['auto', 'always', 'never']).default('auto'),
  /** A language some worker offered within this many seconds is still accepted (queued) while no live worker offers it. */
  QUICKCODE_LANGUAGE_GRACE_SECONDS: int().nonnegative().default(3600),
};

/** The non-empty, trimmed items of a comma-separated setting. */
function commaSeparated(value: string): string[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Every environment variable QuickCode reads, with its default. Read nowhere else. */
export const configSchema = z.object({
  PORT: int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  REDIS_URL: z.string().default('redis://127.0.0.1:6379'),
  // Redis Sentinel: when REDIS_SENTINELS is set, every connection asks these Sentinels for the
  // current primary and follows a failover; REDIS_URL then only lends its credentials and
  // database number to the data nodes.
  /** Comma-separated `host:port` of Redis Sentinels, e.g. `s1:26379,s2:26379,[::1]:26379`. */
  REDIS_SENTINELS: z
    .string()
    .transform((value, ctx) => {
      const list = commaSeparated(value).map(parseHostPort);
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
  DATABASE_URL: z.string().optional(),
  QUICKCODE_DATA_DIR: z.string().default('./.quickcode'),
  QUICKCODE_WORKERS: int().min(0).default(os.availableParallelism()),
  QUICKCODE_AUTH: z.enum(['guest', 'required']).default('guest'),
  /** Submissions one worker judges at once, across all its languages. */
  QUICKCODE_SANDBOX_CONCURRENCY: int().min(1).default(os.availableParallelism()),
  /** The languages a worker serves (comma-separated ids; default every one whose self-test passes): pools of workers per language. */
  QUICKCODE_LANGUAGES: z
    .string()
    .transform((value, ctx) => {
      const parsed = z.array(languageIdSchema).min(1).safeParse(commaSeparated(value));
      if (!parsed.success) {
        ctx.addIssue({ code: 'custom', message: `expected comma-separated language ids (${languageIdSchema.options.join(', ')})` });
        return z.NEVER;
      }
      return [...new Set(parsed.data)];
    })
    .optional(),
  /** Where workers keep sandbox boxes and the launcher (must be enterable by uid 65534). */
  QUICKCODE_SANDBOX_DIR: z.string().default(path.join(os.tmpdir(), 'quickcode-sandbox')),
  /** cgroup v2: the cgroup delegated to the worker (systemd Delegate=yes), as a path under the v2 mount; default its own. */
  QUICKCODE_CGROUP: z.string().optional(),
  /** Root-owned cache of the C++ precompiled header. */
  QUICKCODE_PCH_DIR: z.string().default('/var/cache/quickcode/pch'),
  /** Checker threads per worker; a check's deadline and each thread's heap. */
  QUICKCODE_CHECKER_THREADS: int().min(1).default(Math.min(2, os.availableParallelism())),
  QUICKCODE_CHECKER_TIMEOUT_MS: int().positive().default(5000),
  QUICKCODE_CHECKER_MEMORY_MB: int().min(16).default(256),
  /** Prefix of every Redis key; tests set their own. */
  QUICKCODE_REDIS_PREFIX: z.string().default('qc'),
  /** Where problems/<slug>/ packages are read from. */
  QUICKCODE_PROBLEMS_DIR: z.string().optional(),
  /** First port of master/worker `/metrics` servers (the web serves /metrics on its own port); 0 turns them off. */
  QUICKCODE_METRICS_PORT: int().min(0).max(65535).default(9464),
  /** Submissions waiting beyond this make new ones get 429 with Retry-After. */
  QUICKCODE_MAX_QUEUE_DEPTH: int().positive().default(5000),
  /** The master's recovery sweep: how often, and how old an unfinished submission must be. */
  QUICKCODE_RECOVERY_INTERVAL_MS: int().positive().default(10_000),
  QUICKCODE_RECOVERY_GRACE_MS: int().nonnegative().default(60_000),
  LOG_LEVEL: z.string().default('info'),
  ...frontDoorSettings,
});
export type Config = z.infer<typeof configSchema> & { problemsDir: string; dataDir: string; sandboxDir: string; pchDir: string };

/** Parse the environment once; a bad value stops the process with a sentence naming it. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
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
    sandboxDir: path.resolve(c.QUICKCODE_SANDBOX_DIR),
    pchDir: path.resolve(c.QUICKCODE_PCH_DIR),
  };
}
