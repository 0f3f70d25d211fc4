import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getSubmission, type Database } from '@quickcode/db';
import type { Config } from '@quickcode/config';
import { redisKeys } from '@quickcode/protocol';
import { Queue } from 'bullmq';
import type { Logger } from 'pino';
import { createMetrics } from '@quickcode/metrics';
import { createRedis } from '@quickcode/redis';
import { closeBackpressure, queueDepth } from '../lib/backpressure';
import { startGuestSweep } from '../lib/guests';
import { setServices } from '../lib/services';
import { clientAddress } from '../lib/client-address';
import { connectionBudget } from './connection-limits';
import { Fanout } from './fanout';
import { createGateway } from './gateway';
import { withGuards } from './http';

export interface WebServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Sockets one address may hold beyond its WebSocket cap: its browser's HTTP keep-alive connections. */
const SOCKETS_BEYOND_WEBSOCKETS = 64;

/**
 * Close a new TCP connection at once when its address already holds `max` (not behind a
 * proxy, where every connection comes from the proxy): one client cannot take every descriptor
 * with connections that never finish a request.
 */
function limitSocketsPerAddress(server: http.Server, max: number): void {
  const open = new Map<string, number>();
  server.on('connection', (socket) => {
    const address = clientAddress({ remoteAddress: socket.remoteAddress, encrypted: false, forwardedFor: undefined, forwardedProto: undefined }, false);
    const n = open.get(address) ?? 0;
    if (n >= max) {
      socket.destroy();
      return;
    }
    open.set(address, n + 1);
    socket.once('close', () => {
      const left = (open.get(address) ?? 1) - 1;
      if (left > 0) open.set(address, left);
      else open.delete(address);
    });
  });
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
  const redis = createRedis(config, { name: 'quickcode-web', maxRetriesPerRequest: 3, logger });
  // The subscriber waits instead: a watch made during a failover subscribes once the new primary is found.
  const subscriber = createRedis(config, { name: 'quickcode-web-events', maxRetriesPerRequest: null, logger });
  const judgeQueue = new Queue(keys.judgeQueue, { connection: redis, prefix: keys.bullPrefix });
  // Its connection's errors are logged by createRedis; without a listener BullMQ prints each again.
  judgeQueue.on('error', () => {});
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
  const budget = connectionBudget(config.QUICKCODE_MAX_CONNECTIONS);
  const gateway = createGateway(fanout, { maxConnections: budget.webSockets, maxConnectionsPerAddress: config.QUICKCODE_MAX_CONNECTIONS_PER_ADDRESS });
  const guarded = withGuards(config, async (req, res) => handle(req, res));
  const stopGuestSweep = startGuestSweep();
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
  // Past the budget new sockets are closed at once instead of the process running out of descriptors.
  server.maxConnections = budget.sockets;
  // A client that sends its headers slowly holds a socket: not for long.
  server.headersTimeout = 20_000;
  server.requestTimeout = 120_000;
  if (!config.QUICKCODE_TRUST_PROXY) limitSocketsPerAddress(server, config.QUICKCODE_MAX_CONNECTIONS_PER_ADDRESS + SOCKETS_BEYOND_WEBSOCKETS);
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
        stopGuestSweep();
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
