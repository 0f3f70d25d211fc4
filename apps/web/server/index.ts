import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getSubmission, type Database } from '@quickcode/db';
import { redisKeys, type Config } from '@quickcode/protocol';
import { Queue } from 'bullmq';
import type { Logger } from 'pino';
import { createMetrics } from '@quickcode/metrics';
import { createRedis } from '@quickcode/redis';
import { closeBackpressure, queueDepth } from '../lib/backpressure';
import { setServices } from '../lib/services';
import { Fanout } from './fanout';
import { createGateway } from './gateway';
import { withGuards } from './http';

export interface WebServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Start the web role: Next.js pages and API routes plus the /ws gateway on one port.
 * Owns its Redis connections, the judge queue producer and the Next app; close() ends them all.
 */
export async function startWeb(opts: { config: Config; database: Database; logger: Logger }): Promise<WebServer> {
  const { config, database } = opts;
  const logger = opts.logger.child({ role: 'web' });
  const keys = redisKeys(config.QUICKCODE_REDIS_PREFIX);
  // Requests fail after a few reconnect attempts (503 with Retry-After) rather than hang through a failover.
  const redis = createRedis(config, { name: 'quickcode-web', maxRetriesPerRequest: 3 });
  // The subscriber waits instead: a watch made during a failover subscribes once the new primary is found.
  const subscriber = createRedis(config, { name: 'quickcode-web-events', maxRetriesPerRequest: null });
  for (const conn of [redis, subscriber]) conn.on('error', (err: Error) => logger.warn({ err: err.message }, 'redis connection error'));
  const judgeQueue = new Queue(keys.judgeQueue, { connection: redis, prefix: keys.bullPrefix });
  judgeQueue.on('error', (err: Error) => logger.warn({ err: err.message }, 'judge queue error'));
  setServices({ config, database, redis, judgeQueue, keys, logger });

  // Next reads NODE_ENV when it loads; the web role always serves the production build.
  (process.env as Record<string, string>).NODE_ENV ??= 'production';
  const { default: next } = await import('next');
  const app = next({ dev: false, dir: webDir, hostname: config.HOST, port: config.PORT });
  await app.prepare();
  const handle = app.getRequestHandler();

  const fanout = new Fanout(subscriber, keys.events, logger, async (id) => {
    const row = await getSubmission(database.db, id);
    return row?.status === 'finished' && row.result ? JSON.stringify(row.result) : null;
  });
  const gateway = createGateway(fanout);
  const guarded = withGuards(async (req, res) => handle(req, res));
  const metrics = createMetrics('web', { queueDepths: async () => ({ all: await queueDepth() }) });
  const server = http.createServer((req, res) => {
    if ((req.url ?? '').split('?')[0] === '/metrics') {
      metrics.websocketConnections.set(gateway.size);
      metrics.registry.metrics().then(
        (body) => res.writeHead(200, { 'content-type': metrics.registry.contentType }).end(body),
        (err: Error) => res.writeHead(503, { 'content-type': 'text/plain' }).end(err.message),
      );
      return;
    }
    guarded(req, res).catch((err: unknown) => {
      logger.error({ err, url: req.url }, 'request failed');
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { code: 'internal', message: 'The server failed to answer; try again.' } }));
      } else res.destroy();
    });
  });
  server.on('upgrade', (req, socket, head) => {
    if ((req.url ?? '').split('?')[0] === '/ws') gateway.handleUpgrade(req, socket, head);
    else socket.destroy();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.PORT, config.HOST, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const shownHost = config.HOST === '0.0.0.0' || config.HOST === '::' ? '127.0.0.1' : config.HOST;
  const url = `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${port}`;
  logger.info({ url }, 'web listening');

  let closing: Promise<void> | undefined;
  return {
    url,
    port,
    close: () =>
      (closing ??= (async () => {
        await gateway.close();
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await app.close().catch(() => {});
        await closeBackpressure();
        await judgeQueue.close().catch(() => {});
        await Promise.all([redis.quit().catch(() => redis.disconnect()), subscriber.quit().catch(() => subscriber.disconnect())]);
        setServices(undefined);
      })()),
  };
}
