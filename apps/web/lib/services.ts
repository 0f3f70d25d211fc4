import type { Database } from '@quickcode/db';
import type { Config } from '@quickcode/config';
import type { RedisKeys } from '@quickcode/protocol';
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';

/**
 * What the custom server opened once at start. Next bundles route handlers and server
 * components separately from the server's own modules, so the registry lives on
 * globalThis: every copy of this module sees the same services.
 */
export interface Services {
  config: Config;
  database: Database;
  /** Commands only; the Pub/Sub subscriber belongs to the WebSocket gateway. */
  redis: Redis;
  judgeQueue: Queue;
  keys: RedisKeys;
  logger: Logger;
}

const slot = Symbol.for('quickcode.web.services');
type Holder = { [slot]?: Services };

export function setServices(services: Services | undefined): void {
  (globalThis as Holder)[slot] = services;
}

export function services(): Services {
  const s = (globalThis as Holder)[slot];
  if (!s) throw new Error('QuickCode services are not started: run the web server through startWeb().');
  return s;
}
