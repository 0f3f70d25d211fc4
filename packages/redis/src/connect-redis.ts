import { Redis, type RedisOptions } from 'ioredis';
import type { Config } from '@quickcode/config';

/** The part of the configuration that says where Redis is. */
export type RedisSettings = Pick<Config, 'REDIS_URL' | 'REDIS_SENTINELS' | 'REDIS_SENTINEL_NAME' | 'REDIS_SENTINEL_PASSWORD'>;

export interface ConnectOptions {
  /** Shown by `CLIENT LIST`, so an operator sees which role holds which connection. */
  name: string;
  /**
   * `null`: a command waits through any outage or failover and then runs (BullMQ workers,
   * the master, the worker's results). A number: the command fails after that many reconnect
   * attempts, so a web request can answer 503 instead of hanging.
   */
  maxRetriesPerRequest: number | null;
  /** One attempt, no reconnection: for "does Redis answer?" probes. */
  probe?: { timeoutMs: number };
  /** Where each connection error goes (a reconnect refused, the primary lost); without it ioredis prints them as unhandled. */
  logger?: { warn(details: object, message: string): void };
}

/**
 * The one way QuickCode opens a Redis connection, for every role and every purpose:
 * `REDIS_URL` directly, or, when `REDIS_SENTINELS` is set, whichever server the Sentinels
 * name as the primary, found again after every disconnect and on every `+switch-master`.
 */
export function createRedis(settings: RedisSettings, options: ConnectOptions): Redis {
  const redisOptions = connectionOptions(settings, options);
  const redis = settings.REDIS_SENTINELS ? new Redis(redisOptions) : new Redis(settings.REDIS_URL, redisOptions);
  const { logger } = options;
  if (logger) redis.on('error', (err: Error) => logger.warn({ err: err.message, connection: options.name }, 'redis connection error'));
  return redis;
}

function connectionOptions(settings: RedisSettings, options: ConnectOptions): RedisOptions {
  const common: RedisOptions = {
    connectionName: options.name,
    maxRetriesPerRequest: options.maxRetriesPerRequest,
    // A primary demoted under us answers writes with READONLY: reconnect (to the new primary) and resend.
    reconnectOnError: (err) => (err.message.startsWith('READONLY') ? 2 : false),
    ...(options.probe ? { lazyConnect: true, connectTimeout: options.probe.timeoutMs, retryStrategy: () => null, sentinelRetryStrategy: () => null } : {}),
  };
  const sentinels = settings.REDIS_SENTINELS;
  if (!sentinels) return common;
  // The data nodes' credentials and database number still come from REDIS_URL.
  const url = new URL(settings.REDIS_URL);
  return {
    ...common,
    sentinels,
    name: settings.REDIS_SENTINEL_NAME,
    role: 'master',
    sentinelPassword: settings.REDIS_SENTINEL_PASSWORD,
    username: url.username ? decodeURIComponent(url.username) : undefined,
    password: url.password ? decodeURIComponent(url.password) : undefined,
    db: Number(url.pathname.slice(1)) || 0,
    // No `failoverDetector`: under load its disconnect on +switch-master can land while a
    // reconnection is resolving the primary, and ioredis then stays closed for good (seen in
    // the failover test). A dead primary closes the connection anyway, a demoted one answers
    // writes with READONLY (above), and a subscriber on it still receives what the new primary
    // publishes (replicas propagate PUBLISH).
  };
}

/** Where Redis is, in words for log lines and error messages (no password). */
export function describeRedis(settings: RedisSettings): string {
  if (settings.REDIS_SENTINELS) {
    const list = settings.REDIS_SENTINELS.map((s) => (s.host.includes(':') ? `[${s.host}]:${s.port}` : `${s.host}:${s.port}`)).join(',');
    return `the primary "${settings.REDIS_SENTINEL_NAME}" of the Sentinels ${list}`;
  }
  return settings.REDIS_URL.replace(/\/\/[^@/]*@/, '//');
}

/** True when the configured Redis (through its Sentinels, if any) answers PING within `timeoutMs`. */
export async function redisAnswers(settings: RedisSettings, timeoutMs = 1500): Promise<boolean> {
  const client = createRedis(settings, { name: 'quickcode-probe', maxRetriesPerRequest: 0, probe: { timeoutMs } });
  client.on('error', () => {});
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}
