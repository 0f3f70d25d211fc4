import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { clientMessageSchema, MAX_JSON_DEPTH, MAX_WS_MESSAGE_BYTES, type ClientMessage, type ErrorMessage, type ServerMessage, type SubmissionRequest } from '@quickcode/protocol';
import type { z } from 'zod';
import { WebSocketServer, type WebSocket } from 'ws';
import { clientAddress, isSecure } from '../lib/client-address';
import { upgradeOriginAllowed } from '../lib/csrf';
import { Submitter } from '../lib/identity';
import { parseBoundedJson } from '../lib/json-guard';
import { services } from '../lib/services';
import { submissionNow } from '../lib/submission-view';
import { submissionRefusal, submit } from '../lib/submissions';
import type { Fanout, Listener } from './fanout';
import { peerFacts } from './http';

/** A client that stops reading is cut off rather than buffered without bound. */
const MAX_BUFFERED_BYTES = 8 * 1024 * 1024;
const HEARTBEAT_MS = 30_000;
/** Messages of one connection being handled at once; more are refused until some finish. */
const MAX_PENDING_MESSAGES = 32;

type Handlers = { [T in ClientMessage['type']]: (message: Extract<ClientMessage, { type: T }>) => Promise<void> | void };

/** Why a message failed `clientMessageSchema`, answered under the request id it carried if any. */
function refusal(raw: unknown, error: z.ZodError): ErrorMessage {
  const m = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const requestId = typeof m.requestId === 'string' && m.requestId.length <= 200 ? m.requestId : undefined;
  switch (m.type) {
    case 'submit': {
      const { code, message } = submissionRefusal(error);
      return { type: 'error', requestId, code, message };
    }
    case 'subscribe':
      return { type: 'error', requestId, code: 'bad_request', message: 'A subscribe message needs the submission "id".' };
    default:
      return { type: 'error', requestId, code: 'unknown_message', message: `Unknown message type ${JSON.stringify(m.type ?? null)}; use submit, subscribe or ping.` };
  }
}

/** One browser tab or script: who it is and which submissions it watches. */
class Connection {
  private readonly watched = new Map<string, Listener>();
  alive = true;
  /** Messages received and not yet answered. */
  pending = 0;

  constructor(
    private readonly ws: WebSocket,
    /** One identity for the connection's life: concurrent submits share one guest. */
    private readonly submitter: Submitter,
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

  /** One handler per message type of the protocol. */
  private readonly handlers: Handlers = {
    ping: () => this.send({ type: 'pong' }),
    subscribe: (m) => this.subscribe(m.id, m.requestId),
    submit: ({ type: _type, requestId, ...request }) => this.submit(request, requestId),
  };

  async handle(data: string): Promise<void> {
    const json = parseBoundedJson(data);
    if (!json.ok) {
      const message = json.reason === 'depth' ? `The message nests deeper than ${MAX_JSON_DEPTH} levels.` : 'The message is not valid JSON.';
      this.send({ type: 'error', code: 'invalid_json', message });
      return;
    }
    const parsed = clientMessageSchema.safeParse(json.value);
    if (!parsed.success) return this.send(refusal(json.value, parsed.error));
    const message = parsed.data;
    return (this.handlers[message.type] as (m: ClientMessage) => Promise<void> | void)(message);
  }

  private async submit(request: SubmissionRequest, requestId: string | undefined): Promise<void> {
    // Events published before `submitted` is sent wait here, so the client sees them in order.
    const early: string[] = [];
    let ready = false;
    let watchedId: string | undefined;
    const listener: Listener = (raw) => (ready ? this.send(raw) : early.push(raw));
    const outcome = await submit(request, {
      submitter: this.submitter,
      requestId,
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
    this.send({ type: 'submitted', requestId, id: outcome.id });
    // A retried request id: the submission it made earlier, watched from its current state.
    if (outcome.existing) return this.subscribe(outcome.id, undefined);
    this.send({ type: 'status', id: outcome.id, status: 'queued' });
    ready = true;
    for (const raw of early) this.send(raw);
  }

  private async subscribe(id: string, requestId: string | undefined): Promise<void> {
    if (this.watched.has(id) && this.fanout.isWatching(id, this.watched.get(id)!)) return;
    const listener: Listener = (raw) => this.send(raw);
    this.watched.set(id, listener);
    await this.fanout.watch(id, listener);
    const now = await submissionNow(id);
    if (!now) {
      this.forget(id);
      return this.send({ type: 'error', requestId, code: 'not_found', message: `There is no submission "${id}".` });
    }
    if (!this.fanout.isWatching(id, listener)) return; // its result arrived meanwhile
    if (now.status === 'finished') {
      this.forget(id);
      if (now.row.result) this.send(JSON.stringify(now.row.result));
      return;
    }
    this.send({ type: 'status', id, status: now.status });
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

export interface GatewayLimits {
  /** Open (and opening) connections in total. */
  maxConnections: number;
  maxConnectionsPerAddress: number;
}

/**
 * The /ws endpoint: checks Origin, caps connections per client address and in total (refusing
 * the upgrade with 429/503 past a cap, so the process keeps file descriptors for HTTP),
 * authenticates by the session cookie, forwards submission events.
 */
export function createGateway(fanout: Fanout, limits: GatewayLimits): Gateway {
  const wss = new WebSocketServer({ noServer: true, perMessageDeflate: false, maxPayload: MAX_WS_MESSAGE_BYTES, clientTracking: false });
  const connections = new Map<WebSocket, Connection>();
  const perAddress = new Map<string, number>();
  let open = 0;

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

  function reject(socket: Duplex, status: string, retryAfter?: number): void {
    const extra = retryAfter === undefined ? '' : `Retry-After: ${retryAfter}\r\n`;
    socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\n${extra}Content-Length: 0\r\n\r\n`);
  }

  /** Count a socket against the caps until it closes, whatever way it ends; false when over a cap. */
  function admit(socket: Duplex, address: string): '429 Too Many Requests' | '503 Service Unavailable' | undefined {
    const mine = perAddress.get(address) ?? 0;
    if (mine >= limits.maxConnectionsPerAddress) return '429 Too Many Requests';
    if (open >= limits.maxConnections) return '503 Service Unavailable';
    open++;
    perAddress.set(address, mine + 1);
    socket.once('close', () => {
      open--;
      const left = (perAddress.get(address) ?? 1) - 1;
      if (left > 0) perAddress.set(address, left);
      else perAddress.delete(address);
    });
    return undefined;
  }

  function accept(req: IncomingMessage, socket: Duplex, head: Buffer, submitter: Submitter): void {
    wss.handleUpgrade(req, socket, head, (ws) => {
      const conn = new Connection(ws, submitter, fanout);
      connections.set(ws, conn);
      ws.on('pong', () => (conn.alive = true));
      ws.on('message', (data, isBinary) => {
        conn.alive = true;
        if (isBinary) return conn.send({ type: 'error', code: 'bad_request', message: 'Send JSON text frames.' });
        if (conn.pending >= MAX_PENDING_MESSAGES) {
          return conn.send({ type: 'error', code: 'too_many_requests', message: 'Too many messages at once on this connection; wait for answers before sending more.' });
        }
        conn.pending++;
        conn
          .handle(data.toString())
          .catch((err: unknown) => {
            services().logger.error({ err }, 'websocket message failed');
            conn.send({ type: 'error', code: 'internal', message: 'The server failed to handle that message; try again.' });
          })
          .finally(() => conn.pending--);
      });
      ws.on('close', () => {
        connections.delete(ws);
        conn.close();
      });
      ws.on('error', () => ws.terminate());
    });
  }

  return {
    get size() {
      return connections.size;
    },
    handleUpgrade(req, socket, head) {
      socket.on('error', () => {});
      if (!upgradeOriginAllowed(req.headers.origin, req.headers.host)) return reject(socket, '403 Forbidden');
      const { config } = services();
      const peer = peerFacts(req);
      const address = clientAddress(peer, config.QUICKCODE_TRUST_PROXY);
      const refused = admit(socket, address);
      if (refused) return reject(socket, refused, 5);
      const requester = { address, secure: isSecure(peer, config.QUICKCODE_TRUST_PROXY) };
      // Without a session a connection may still watch; its first submit makes its guest (or is refused in `required` mode).
      Submitter.fromCookie(req.headers.cookie, requester, false)
        .then((submitter) => {
          if (socket.destroyed) return;
          accept(req, socket, head, submitter);
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
