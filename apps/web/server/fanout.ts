import type { Redis } from 'ioredis';
import type { Logger } from 'pino';

/** Receives one submission's events: the raw JSON (forwarded unchanged) and its parsed type. */
export type Listener = (raw: string, type: string | undefined) => void;

/** A watched submission's stored `result` event as JSON, or null while it is unfinished. */
export type StoredResult = (id: string) => Promise<string | null>;

/**
 * One Redis subscriber shared by every WebSocket: a channel is subscribed while at least
 * one listener watches its submission, and each event goes only to that submission's
 * listeners. After the `result` event nothing more can come, so its listeners are dropped.
 */
export class Fanout {
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly subscribing = new Map<string, Promise<unknown>>();

  /**
   * `storedResult`, when given, closes the gap of a reconnection (Redis restarted, or a
   * Sentinel failover): the subscriber re-subscribes by itself, but a result published
   * while it was away is gone, so each still-watched submission is looked up in the
   * database and its stored result delivered.
   */
  constructor(
    private readonly subscriber: Redis,
    private readonly channelOf: (id: string) => string,
    private readonly logger: Logger,
    private readonly storedResult?: StoredResult,
  ) {
    const prefix = channelOf('');
    subscriber.on('message', (channel: string, message: string) => {
      if (channel.startsWith(prefix)) this.dispatch(channel.slice(prefix.length), message);
    });
    // Every 'ready' is taken as a reconnection. The subscriber connects as it is made, so its
    // first 'ready' may come before this listener exists: the first one seen here can already be
    // a failover's. On a first connection nothing is watched, and the catch-up does nothing.
    subscriber.on('ready', () => {
      // ioredis emits 'ready' before it re-sends the old subscriptions (in the same tick): the
      // catch-up waits a turn, so its PING goes after them and is answered only once they hold.
      setImmediate(() => void this.catchUp());
    });
  }

  /** Deliver results stored while the subscriber was disconnected (see the constructor). */
  async catchUp(): Promise<void> {
    if (!this.storedResult) return;
    // PING is answered after the re-subscriptions ioredis sent on reconnecting: from here on nothing is missed.
    await this.subscriber.ping().catch(() => {});
    const ids = [...this.listeners.keys()];
    if (ids.length === 0) return;
    this.logger.info({ watched: ids.length }, 'events subscriber reconnected; checking watched submissions for missed results');
    for (const id of ids) {
      try {
        const result = await this.storedResult(id);
        if (result && this.listeners.has(id)) this.dispatch(id, result);
      } catch (err) {
        this.logger.warn({ err: (err as Error).message, id }, 'could not check a watched submission after a reconnection');
      }
    }
  }

  /** Resolves once the channel is subscribed, so no event published afterwards is missed. */
  async watch(id: string, listener: Listener): Promise<void> {
    let set = this.listeners.get(id);
    if (!set) {
      set = new Set();
      this.listeners.set(id, set);
      const done = this.subscriber
        .subscribe(this.channelOf(id))
        .catch((err: unknown) => {
          // Forget the watchers, so the next watch subscribes again instead of trusting a dead channel.
          this.listeners.delete(id);
          throw err;
        })
        .finally(() => this.subscribing.delete(id));
      this.subscribing.set(id, done);
    }
    set.add(listener);
    await this.subscribing.get(id);
  }

  unwatch(id: string, listener: Listener): void {
    const set = this.listeners.get(id);
    if (!set?.delete(listener) || set.size > 0) return;
    this.listeners.delete(id);
    this.subscriber.unsubscribe(this.channelOf(id)).catch((err: unknown) => this.logger.warn({ err, id }, 'unsubscribe failed'));
  }

  isWatching(id: string, listener: Listener): boolean {
    return this.listeners.get(id)?.has(listener) ?? false;
  }

  /** Channels currently subscribed (for metrics and tests). */
  get size(): number {
    return this.listeners.size;
  }

  private dispatch(id: string, message: string): void {
    const set = this.listeners.get(id);
    if (!set) return;
    let type: string | undefined;
    try {
      type = (JSON.parse(message) as { type?: string }).type;
    } catch {
      this.logger.warn({ id }, 'dropped a malformed event');
      return;
    }
    for (const listener of [...set]) listener(message, type);
    if (type === 'result') for (const listener of [...set]) this.unwatch(id, listener);
  }
}
