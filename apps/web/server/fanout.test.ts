import { EventEmitter } from 'node:events';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import type { Redis } from 'ioredis';
import { Fanout } from './fanout';

class FakeSubscriber extends EventEmitter {
  channels = new Set<string>();
  calls: string[] = [];
  async subscribe(channel: string) {
    this.calls.push(`sub ${channel}`);
    this.channels.add(channel);
  }
  async unsubscribe(channel: string) {
    this.calls.push(`unsub ${channel}`);
    this.channels.delete(channel);
  }
  async ping() {
    this.calls.push('ping');
    return 'PONG';
  }
  publish(channel: string, message: string) {
    if (this.channels.has(channel)) this.emit('message', channel, message);
  }
}

function setup() {
  const sub = new FakeSubscriber();
  const fanout = new Fanout(sub as unknown as Redis, (id) => `p:events:${id}`, pino({ level: 'silent' }));
  return { sub, fanout };
}

describe('Fanout', () => {
  it('subscribes once per submission and forwards only to its watchers', async () => {
    const { sub, fanout } = setup();
    const a: string[] = [];
    const b: string[] = [];
    const c: string[] = [];
    await fanout.watch('1', (raw) => a.push(raw));
    await fanout.watch('1', (raw) => b.push(raw));
    await fanout.watch('2', (raw) => c.push(raw));
    expect(sub.calls).toEqual(['sub p:events:1', 'sub p:events:2']);
    sub.publish('p:events:1', '{"type":"status","id":"1","status":"running"}');
    expect(a).toHaveLength(1);
    expect(b).toHaveLength(1);
    expect(c).toHaveLength(0);
  });

  it('unsubscribes when the last watcher leaves', async () => {
    const { sub, fanout } = setup();
    const l1 = () => {};
    const l2 = () => {};
    await fanout.watch('1', l1);
    await fanout.watch('1', l2);
    fanout.unwatch('1', l1);
    expect(sub.channels.has('p:events:1')).toBe(true);
    fanout.unwatch('1', l2);
    expect(sub.channels.has('p:events:1')).toBe(false);
    expect(fanout.size).toBe(0);
  });

  it('drops every watcher after the result', async () => {
    const { sub, fanout } = setup();
    const got: (string | undefined)[] = [];
    const l = (_raw: string, type: string | undefined) => got.push(type);
    await fanout.watch('1', l);
    sub.publish('p:events:1', '{"type":"result","id":"1"}');
    expect(got).toEqual(['result']);
    expect(fanout.isWatching('1', l)).toBe(false);
    expect(sub.channels.size).toBe(0);
  });

  it('subscribes again after a failed subscribe', async () => {
    const { sub, fanout } = setup();
    const original = sub.subscribe.bind(sub);
    sub.subscribe = async () => {
      throw new Error('redis down');
    };
    await expect(fanout.watch('1', () => {})).rejects.toThrow('redis down');
    expect(fanout.size).toBe(0);
    sub.subscribe = original;
    await fanout.watch('1', () => {});
    expect(sub.channels.has('p:events:1')).toBe(true);
  });

  it('after a reconnection delivers results stored meanwhile, once, and leaves unfinished ones watched', async () => {
    const sub = new FakeSubscriber();
    const stored = new Map([['done', '{"type":"result","id":"done","verdict":"AC"}']]);
    const fanout = new Fanout(
      sub as unknown as Redis,
      (id) => `p:events:${id}`,
      pino({ level: 'silent' }),
      async (id) => stored.get(id) ?? null,
    );
    const got: string[] = [];
    await fanout.watch('done', (raw) => got.push(raw));
    await fanout.watch('pending', (raw) => got.push(raw));
    // The subscriber connected before the Fanout was made (as in the web role, whose Next.js
    // start takes seconds): the first 'ready' seen here is already a reconnection.
    sub.emit('ready');
    await new Promise((r) => setTimeout(r, 10));
    expect(got).toEqual(['{"type":"result","id":"done","verdict":"AC"}']);
    got.length = 0;
    sub.emit('ready'); // a reconnection: "done" is no longer watched, "pending" has no result yet
    await new Promise((r) => setTimeout(r, 10));
    expect(got).toEqual([]);
    expect(fanout.size).toBe(1);
    stored.set('pending', '{"type":"result","id":"pending","verdict":"WA"}');
    sub.emit('ready');
    await new Promise((r) => setTimeout(r, 10));
    expect(got).toEqual(['{"type":"result","id":"pending","verdict":"WA"}']);
    expect(fanout.size).toBe(0);
  });

  it("checks for missed results only after ioredis's re-subscriptions, which follow its 'ready' in the same tick", async () => {
    const sub = new FakeSubscriber();
    const fanout = new Fanout(
      sub as unknown as Redis,
      (id) => `p:events:${id}`,
      pino({ level: 'silent' }),
      async () => null,
    );
    await fanout.watch('x', () => {});
    sub.calls.length = 0;
    // A reconnection as ioredis does it: 'ready' first, then the old channels again.
    sub.emit('ready');
    void sub.subscribe('p:events:x');
    await new Promise((r) => setTimeout(r, 10));
    expect(sub.calls).toEqual(['sub p:events:x', 'ping']);
  });
});
