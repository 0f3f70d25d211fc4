'use client';

import type { ServerMessage, SubmissionRequest } from '@quickcode/protocol';
import { reconnectDelay } from './backoff';

export type ConnectionState = 'idle' | 'connecting' | 'open' | 'reconnecting';
type MessageListener = (message: ServerMessage) => void;
type StateListener = (state: ConnectionState) => void;

const PING_MS = 25_000;
/** A submit not confirmed by then (even across reconnects) is reported as failed. */
const SUBMIT_TIMEOUT_MS = 30_000;

/** A subscribe carries a requestId derived from the id, so an error about it can be told apart. */
export const subscribeRequestId = (id: string) => `subscribe:${id}`;
const subscribeMessage = (id: string) => ({ type: 'subscribe', id, requestId: subscribeRequestId(id) });

/**
 * The page's one WebSocket to /ws. Reconnects with jittered backoff and, once back,
 * subscribes again to every submission still being watched, so no verdict is lost.
 */
class Socket {
  private ws: WebSocket | undefined;
  private attempt = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pinger: ReturnType<typeof setInterval> | undefined;
  private readonly outbox: string[] = [];
  private readonly watching = new Set<string>();
  private readonly listeners = new Set<MessageListener>();
  private readonly stateListeners = new Set<StateListener>();
  /** Submits awaiting `submitted`: resent after a reconnect with the same requestId, which the server deduplicates. */
  private readonly pending = new Map<string, { text: string; resolve: (id: string) => void; reject: (err: Error) => void }>();
  state: ConnectionState = 'idle';

  onMessage(listener: MessageListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  onState(listener: StateListener): () => void {
    this.stateListeners.add(listener);
    listener(this.state);
    return () => {
      this.stateListeners.delete(listener);
    };
  }

  /** Send a submission; resolves with its id once the server has queued it. */
  submit(request: SubmissionRequest): Promise<string> {
    const requestId = Math.random().toString(36).slice(2) + Date.now().toString(36);
    const text = JSON.stringify({ type: 'submit', requestId, ...request });
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(requestId);
        reject(new Error('The server did not confirm the submission in time; check your connection and try again.'));
      }, SUBMIT_TIMEOUT_MS);
      this.pending.set(requestId, {
        text,
        resolve: (id) => {
          clearTimeout(timer);
          this.watching.add(id);
          resolve(id);
        },
        reject: (err) => {
          clearTimeout(timer);
          reject(err);
        },
      });
      this.sendText(text);
    });
  }

  /** Watch a submission's events (again after a reconnect or a reload). */
  watch(id: string): void {
    this.watching.add(id);
    this.send(subscribeMessage(id));
  }

  unwatch(id: string): void {
    this.watching.delete(id);
  }

  private send(message: object): void {
    this.sendText(JSON.stringify(message));
  }

  private sendText(text: string): void {
    this.ensureConnected();
    if (this.ws?.readyState === WebSocket.OPEN) this.ws.send(text);
    else this.outbox.push(text);
  }

  ensureConnected(): void {
    if (this.ws || this.timer) return;
    this.connect();
  }

  private setState(state: ConnectionState): void {
    this.state = state;
    for (const l of this.stateListeners) l(state);
  }

  private connect(): void {
    this.timer = undefined;
    this.setState(this.attempt === 0 ? 'connecting' : 'reconnecting');
    const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws`;
    const ws = new WebSocket(url);
    this.ws = ws;
    ws.onopen = () => {
      this.attempt = 0;
      this.setState('open');
      for (const id of this.watching) ws.send(JSON.stringify(subscribeMessage(id)));
      const queued = this.outbox.splice(0);
      for (const p of this.pending.values()) if (!queued.includes(p.text)) ws.send(p.text);
      for (const text of queued) ws.send(text);
      this.pinger = setInterval(() => ws.send('{"type":"ping"}'), PING_MS);
    };
    ws.onmessage = (event) => this.receive(String(event.data));
    ws.onclose = () => {
      clearInterval(this.pinger);
      this.ws = undefined;
      this.setState('reconnecting');
      this.timer = setTimeout(() => this.connect(), reconnectDelay(this.attempt++));
    };
  }

  private receive(text: string): void {
    let message: ServerMessage;
    try {
      message = JSON.parse(text) as ServerMessage;
    } catch {
      return;
    }
    if (message.type === 'submitted' && message.requestId) {
      this.pending.get(message.requestId)?.resolve(message.id);
      this.pending.delete(message.requestId);
    } else if (message.type === 'error' && message.requestId && this.pending.has(message.requestId)) {
      this.pending.get(message.requestId)?.reject(new Error(message.message));
      this.pending.delete(message.requestId);
      return;
    } else if (message.type === 'result') {
      this.watching.delete(message.id);
    }
    for (const l of this.listeners) l(message);
  }

  /** For tests and the connection indicator: drop the connection as a network failure would. */
  dropForTest(): void {
    this.ws?.close();
  }
}

let socket: Socket | undefined;

export function getSocket(): Socket {
  socket ??= new Socket();
  return socket;
}
