import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** A stand-in for the browser's WebSocket that the test opens, closes and talks through by hand. */
class FakeSocket {
  static readonly OPEN = 1;
  static all: FakeSocket[] = [];
  readyState = 0;
  sent: string[] = [];
  onopen: (() => void) | null = null;
  onclose: (() => void) | null = null;
  onmessage: ((event: { data: string }) => void) | null = null;
  constructor(readonly url: string) {
    FakeSocket.all.push(this);
  }
  send(text: string): void {
    this.sent.push(text);
  }
  close(): void {
    this.drop();
  }
  open(): void {
    this.readyState = FakeSocket.OPEN;
    this.onopen?.();
  }
  drop(): void {
    this.readyState = 3;
    this.onclose?.();
  }
  receive(message: object): void {
    this.onmessage?.({ data: JSON.stringify(message) });
  }
  submits(): { requestId: string }[] {
    return this.sent.map((t) => JSON.parse(t) as { type: string; requestId: string }).filter((m) => m.type === 'submit');
  }
}

const request = { problem: 'two-sum', language: 'python' as const, code: 'pass', mode: 'submit' as const };
const latest = () => FakeSocket.all[FakeSocket.all.length - 1]!;

async function freshSocket() {
  vi.resetModules();
  const { getSocket } = await import('./socket');
  return getSocket();
}

describe('the page socket holds a submit until the server confirms it', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    FakeSocket.all = [];
    vi.stubGlobal('WebSocket', FakeSocket);
    vi.stubGlobal('location', { protocol: 'http:', host: 'localhost:3000' });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('never turns a held submit into an error, and resends it under the same requestId', async () => {
    const socket = await freshSocket();
    let outcome: string | undefined;
    socket.submit(request, 'click-1').then(
      (id) => (outcome = `id ${id}`),
      (err: Error) => (outcome = `error ${err.message}`),
    );
    latest().drop(); // the connection fails before opening
    await vi.advanceTimersByTimeAsync(120_000);
    expect(outcome).toBeUndefined();
    expect(socket.cancellable('click-1')).toBe(true);

    latest().open();
    expect(
      latest()
        .submits()
        .map((m) => m.requestId),
    ).toEqual(['click-1']);
    expect(socket.cancellable('click-1')).toBe(false);
    latest().drop(); // sent, but the confirmation never came back
    await vi.advanceTimersByTimeAsync(20_000);
    latest().open();
    expect(
      latest()
        .submits()
        .map((m) => m.requestId),
    ).toEqual(['click-1']);
    latest().receive({ type: 'submitted', requestId: 'click-1', id: 'sub-1' });
    await vi.advanceTimersByTimeAsync(0);
    expect(outcome).toBe('id sub-1');
    expect(socket.cancel('click-1')).toBe(false);
  });

  it('cancels a submit only while no connection has carried it', async () => {
    const socket = await freshSocket();
    let outcome: string | undefined;
    socket.submit(request, 'click-2').catch((err: Error) => (outcome = err.message));
    latest().drop();
    expect(socket.cancel('click-2')).toBe(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(outcome).toBe('cancelled');
    await vi.advanceTimersByTimeAsync(20_000);
    latest().open();
    expect(latest().submits()).toEqual([]);
  });

  it('reports the server refusing the submit', async () => {
    const socket = await freshSocket();
    let outcome: string | undefined;
    socket.submit(request, 'click-3').catch((err: Error) => (outcome = err.message));
    latest().open();
    latest().receive({ type: 'error', requestId: 'click-3', code: 'too_many_requests', message: 'Too many submissions in flight.' });
    await vi.advanceTimersByTimeAsync(0);
    expect(outcome).toBe('Too many submissions in flight.');
  });
});
