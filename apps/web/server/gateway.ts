import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { getSubmission, type UserRow } from '@quickcode/db';
import { MAX_WS_MESSAGE_BYTES, type ServerMessage } from '@quickcode/protocol';
import { WebSocketServer, type WebSocket } from 'ws';
import { upgradeOriginAllowed } from '../lib/csrf';
import { maySubmit } from '../lib/identity';
import { createGuestUser, userFromCookieHeader } from '../lib/sessions';
import { services } from '../lib/services';
import { submit } from '../lib/submissions';
import type { Fanout, Listener } from './fanout';

const LIVE_STATUSES = new Set(['queued', 'compiling', 'running']);
/** A client that stops reading is cut off rather than buffered without bound. */
const MAX_BUFFERED_BYTES = 8 * 1024 * 1024;
const HEARTBEAT_MS = 30_000;
/** How long a submit's requestId is remembered, so a client resending it after a reconnect gets the same submission. */
const REQUEST_MEMORY_SECONDS = 600;
const requestKey = (prefix: string, userId: string, requestId: string) => `${prefix}:request:${userId}:${requestId}`;

/** One browser tab or script: who it is and which submissions it watches. */
class Connection {
  private readonly watched = new Map<string, Listener>();
  alive = true;

  constructor(
    private readonly ws: WebSocket,
    private user: UserRow | undefined,
    private readonly fanout: Fanout,
  ) {}

  send(message: ServerMessage | string): void {
    if (this.ws.readyState !== this.ws.OPEN) return;
    if (this.ws.bufferedAmount > MAX_BUFFERED_BYTES) {
      this.ws.terminate();
      return;
    }
    this.ws.send(typeof message === 'string' ? message : JSON.stringify(message));
  }

  async handle(data: string): Promise<void> {
    let message: unknown;
    try {
      message = JSON.parse(data);
    } catch {
      this.send({ type: 'error', code: 'invalid_json', message: 'The message is not valid JSON.' });
      return;
    }
    const m = (typeof message === 'object' && message !== null ? message : {}) as Record<string, unknown>;
    const requestId = typeof m.requestId === 'string' && m.requestId.length <= 200 ? m.requestId : undefined;
    switch (m.type) {
      case 'ping':
        return this.send({ type: 'pong' });
      case 'subscribe':
        if (typeof m.id !== 'string' || m.id.length === 0 || m.id.length > 100) {
          return this.send({ type: 'error', requestId, code: 'bad_request', message: 'A subscribe message needs the submission "id".' });
        }
        return this.subscribe(m.id, requestId);
      case 'submit': {
        const { type: _type, requestId: _requestId, ...body } = m;
        return this.submit(body, requestId);
      }
      default:
        return this.send({
          type: 'error',
          requestId,
          code: 'unknown_message',
          message: `Unknown message type ${JSON.stringify(m.type ?? null)}; use submit, subscribe or ping.`,
        });
    }
  }

  private async submit(body: Record<string, unknown>, requestId: string | undefined): Promise<void> {
    const guestMode = services().config.QUICKCODE_AUTH === 'guest';
    if (!(this.user ? maySubmit(this.user) : guestMode)) {
      return this.send({ type: 'error', requestId, code: 'unauthorized', message: 'Sign in to submit code.' });
    }
    const { redis, keys } = services();
    if (this.user && requestId) {
      const earlier = await redis.get(requestKey(keys.prefix, this.user.id, requestId));
      if (earlier) {
        this.send({ type: 'submitted', requestId, id: earlier });
        return this.subscribe(earlier, undefined);
      }
    }
    // Events published before `submitted` is sent wait here, so the client sees them in order.
    const early: string[] = [];
    let ready = false;
    let watchedId: string | undefined;
    const listener: Listener = (raw) => (ready ? this.send(raw) : early.push(raw));
    const outcome = await submit(body, {
      // A connection without a session becomes a guest with its first valid submission.
      userId: this.user ? this.user.id : async () => (this.user ??= await createGuestUser()).id,
      beforeEnqueue: async (id) => {
        watchedId = id;
        this.watched.set(id, listener);
        await this.fanout.watch(id, listener);
      },
    }).catch((err: unknown) => {
      services().logger.error({ err }, 'submit failed');
      return { ok: false as const, code: 'internal' as const, message: 'The submission could not be queued; try again in a moment.' };
    });
    if (!outcome.ok) {
      if (watchedId) this.forget(watchedId);
      return this.send({ type: 'error', requestId, code: outcome.code, message: outcome.message });
    }
    if (requestId && this.user) await redis.set(requestKey(keys.prefix, this.user.id, requestId), outcome.id, 'EX', REQUEST_MEMORY_SECONDS);
    this.send({ type: 'submitted', requestId, id: outcome.id });
    this.send({ type: 'status', id: outcome.id, status: 'queued' });
    ready = true;
    for (const raw of early) this.send(raw);
  }

  private async subscribe(id: string, requestId: string | undefined): Promise<void> {
    if (this.watched.has(id) && this.fanout.isWatching(id, this.watched.get(id)!)) return;
    const listener: Listener = (raw) => this.send(raw);
    this.watched.set(id, listener);
    await this.fanout.watch(id, listener);
    const { database, redis, keys } = services();
    const row = await getSubmission(database.db, id);
    if (!row) {
      this.forget(id);
      return this.send({ type: 'error', requestId, code: 'not_found', message: `There is no submission "${id}".` });
    }
    if (!this.fanout.isWatching(id, listener)) return; // its result arrived meanwhile
    if (row.status === 'finished') {
      this.forget(id);
      if (row.result) this.send(JSON.stringify(row.result));
      return;
    }
    const live = await redis.get(keys.status(id));
    const status = live && LIVE_STATUSES.has(live) ? live : LIVE_STATUSES.has(row.status) ? row.status : 'queued';
    if (this.fanout.isWatching(id, listener)) this.send({ type: 'status', id, status: status as 'queued' });
  }

  private forget(id: string): void {
    const listener = this.watched.get(id);
    this.watched.delete(id);
    if (listener) this.fanout.unwatch(id, listener);
  }

  close(): void {
    for (const id of [...this.watched.keys()]) this.forget(id);
  }
}

export interface Gateway {
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  /** Open connections, for /metrics. */
  readonly size: number;
  close(): Promise<void>;
}

/** The /ws endpoint: authenticates by the session cookie, checks Origin, forwards submission events. */
export function createGateway(fanout: Fanout): Gateway {
  const wss = new WebSocketServer({ noServer: true, perMessageDeflate: false, maxPayload: MAX_WS_MESSAGE_BYTES, clientTracking: true });
  const connections = new Map<WebSocket, Connection>();

  const heartbeat = setInterval(() => {
    for (const [ws, conn] of connections) {
      if (!conn.alive) {
        ws.terminate();
        continue;
      }
      conn.alive = false;
      ws.ping();
    }
  }, HEARTBEAT_MS);
  heartbeat.unref();

  function reject(socket: Duplex, status: string): void {
    socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  }

  return {
    get size() {
      return connections.size;
    },
    handleUpgrade(req, socket, head) {
      socket.on('error', () => {});
      if (!upgradeOriginAllowed(req.headers.origin, req.headers.host)) return reject(socket, '403 Forbidden');
      userFromCookieHeader(req.headers.cookie)
        .then((user) => {
          // Without a session a connection may still watch; submitting is refused per message in `required` mode.
          wss.handleUpgrade(req, socket, head, (ws) => {
            const conn = new Connection(ws, user, fanout);
            connections.set(ws, conn);
            ws.on('pong', () => (conn.alive = true));
            ws.on('message', (data, isBinary) => {
              conn.alive = true;
              if (isBinary) return conn.send({ type: 'error', code: 'bad_request', message: 'Send JSON text frames.' });
              conn.handle(data.toString()).catch((err: unknown) => {
                services().logger.error({ err }, 'websocket message failed');
                conn.send({ type: 'error', code: 'internal', message: 'The server failed to handle that message; try again.' });
              });
            });
            ws.on('close', () => {
              connections.delete(ws);
              conn.close();
            });
            ws.on('error', () => ws.terminate());
          });
        })
        .catch((err: unknown) => {
          services().logger.error({ err }, 'websocket authentication failed');
          reject(socket, '503 Service Unavailable');
        });
    },
    async close() {
      clearInterval(heartbeat);
      for (const ws of connections.keys()) ws.terminate();
      connections.clear();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
