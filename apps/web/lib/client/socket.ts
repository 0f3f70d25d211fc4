'use client';

import type { ServerMessage, SubmissionRequest } from '@quickcode/protocol';
import { reconnectDelay } from './backoff';

export type ConnectionState = 'idle' | 'connecting' | 'open' | 'reconnecting';
type MessageListener = (message: ServerMessage) => void;
type StateListener = (state: ConnectionState) => void;

const PING_MS = 25_000;

/** A subscribe carries a requestId derived from the id, so an error about it can be told apart. */
export const subscribeRequestId = (id: string) => `subscribe:${id}`;
const subscribeMessage = (id: string) => ({ type: 'subscribe', id, requestId: subscribeRequestId(id) });

/** A fresh id for one click of Run or Submit: the server makes at most one submission per id. */
export function newRequestId(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

interface PendingSubmit {
  text: string;
  /** Whether it went out on some connection: the server may have it, so it can no longer be cancelled. */
  written: boolean;
  resolve(id: string): void;
  reject(err: Error): void;
}

/**
 * The page's one WebSocket to /ws. Reconnects with jittered backoff and, once back,
 * subscribes again to every submission still being watched, so no verdict is lost.
 * A submit is held until the server confirms it: never timed out into an error while it may
 * still be judged, resent with the same requestId after a reconnect (the server answers a
 * repeated id with the submission it already made), and cancellable only before it was sent.
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
  private readonly pending = new Map<string, PendingSubmit>();
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

  /** Send a submission under `requestId`; resolves with its id once the server has queued it. */
  submit(request: SubmissionRequest, requestId: string): Promise<string> {
    const earlier = this.pending.get(requestId);
    if (earlier) earlier.reject(new Error('superseded'));
    const text = JSON.stringify({ type: 'submit', requestId, ...request });
    return new Promise((resolve, reject) => {
      const entry: PendingSubmit = {
        text,
        written: false,
        resolve: (id) => {
          this.watching.add(id);
          resolve(id);
        },
        reject,
      };
      this.pending.set(requestId, entry);
      this.ensureConnected();
      if (this.ws?.readyState === WebSocket.OPEN) this.writePending(this.ws, entry);
    });
  }

  /** Drop a submit the server cannot have seen; false (and nothing changes) once it was sent. */
  cancel(requestId: string): boolean {
    const entry = this.pending.get(requestId);
    if (!entry || entry.written) return false;
    this.pending.delete(requestId);
    entry.reject(new Error('cancelled'));
    return true;
  }

  /** Whether a submit is still waiting and can be cancelled (never sent). */
  cancellable(requestId: string): boolean {
    const entry = this.pending.get(requestId);
    return entry !== undefined && !entry.written;
  }

  /** Watch a submission's events (again after a reconnect or a reload). */
  watch(id: string): void {
    this.watching.add(id);
    this.send(subscribeMessage(id));
  }

  unwatch(id: string): void {
    this.watching.delete(id);
  }

  private writePending(ws: WebSocket, entry: PendingSubmit): void {
    ws.send(entry.text);
    entry.written = true;
  }

  private send(message: object): void {
    this.ensureConnected();
    const text = JSON.stringify(message);
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
      for (const entry of this.pending.values()) this.writePending(ws, entry);
      for (const text of this.outbox.splice(0)) ws.send(text);
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
}

let socket: Socket | undefined;

export function getSocket(): Socket {
  socket ??= new Socket();
  return socket;
}
