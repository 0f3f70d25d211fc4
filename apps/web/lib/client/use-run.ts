'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { SubmissionMode, SubmissionRequest } from '@quickcode/protocol';
import { applyMessage, startRun, type RunState } from '../submission-state';
import { getSocket, newRequestId, subscribeRequestId, type ConnectionState } from './socket';
import { load, save, storageKeys } from './storage';

/** What sessionStorage keeps of the run in progress: its id once known, the request until then. */
interface Held {
  requestId: string;
  mode: SubmissionMode;
  startedAt: number;
  id?: string;
  request?: SubmissionRequest;
}

/**
 * Runs and submits over the WebSocket, following the submission's events. Each click gets one
 * requestId, kept with the request in sessionStorage until the server confirms it, so a
 * reconnect or a reload resends the same id and learns the submission it made, never a second one.
 */
export function useRun(slug: string) {
  const [run, setRun] = useState<RunState | undefined>();
  const [finishedCount, setFinishedCount] = useState(0);
  const [connection, setConnection] = useState<ConnectionState>('idle');
  // Whether the connection dropped while this click was unconfirmed: it stays "held" until confirmed.
  const [dropped, setDropped] = useState(false);
  // Set synchronously, so a double click or a held shortcut sends one submission, not two.
  const sending = useRef(false);
  const requestId = useRef<string | undefined>(undefined);

  const send = useCallback(
    async (held: Held, request: SubmissionRequest) => {
      requestId.current = held.requestId;
      save('session', storageKeys.inFlight(slug), JSON.stringify({ ...held, request }));
      try {
        const id = await getSocket().submit(request, held.requestId);
        if (requestId.current !== held.requestId) return;
        save('session', storageKeys.inFlight(slug), JSON.stringify({ requestId: held.requestId, mode: held.mode, startedAt: held.startedAt, id }));
        setRun((state) => (state && !state.id ? { ...state, id, phase: state.phase === 'sending' ? 'queued' : state.phase } : state));
      } catch (err) {
        if (requestId.current !== held.requestId || (err as Error).message === 'superseded') return;
        sending.current = false;
        save('session', storageKeys.inFlight(slug), null);
        const message = (err as Error).message === 'cancelled' ? 'Cancelled: the submission was never sent.' : (err as Error).message;
        setRun((state) => (state ? { ...state, phase: 'failed', error: message } : state));
      }
    },
    [slug],
  );

  useEffect(() => {
    const socket = getSocket();
    const offState = socket.onState(setConnection);
    const off = socket.onMessage((message) => {
      setRun((state) => (state ? applyMessage(state, message) : state));
      if (message.type === 'error') {
        setRun((state) => (state?.id && message.requestId === subscribeRequestId(state.id) && state.phase !== 'finished' ? { ...state, phase: 'failed', error: message.message } : state));
      }
    });
    const saved = load('session', storageKeys.inFlight(slug));
    if (saved) {
      try {
        const held = JSON.parse(saved) as Held;
        sending.current = true;
        if (held.id) {
          requestId.current = held.requestId;
          setRun({ ...startRun(held.mode, held.startedAt), id: held.id, phase: 'queued' });
          socket.watch(held.id);
        } else if (held.request && held.requestId) {
          // Left before the server confirmed it: ask again under the same id.
          setRun(startRun(held.mode, held.startedAt));
          void send(held, held.request);
        } else {
          throw new Error('unusable');
        }
      } catch {
        sending.current = false;
        save('session', storageKeys.inFlight(slug), null);
      }
    }
    socket.ensureConnected();
    return () => {
      off();
      offState();
    };
  }, [slug, send]);

  useEffect(() => {
    if (run?.phase === 'sending' && connection !== 'open') setDropped(true);
    if (run?.phase !== 'sending') setDropped(false);
  }, [run?.phase, connection]);

  useEffect(() => {
    if (run?.phase === 'finished' || run?.phase === 'failed') {
      sending.current = false;
      save('session', storageKeys.inFlight(slug), null);
      if (run.phase === 'finished') setFinishedCount((n) => n + 1);
    }
  }, [run?.phase, slug]);

  const start = useCallback(
    async (request: SubmissionRequest) => {
      if (sending.current) return;
      sending.current = true;
      const startedAt = Date.now();
      setRun(startRun(request.mode, startedAt));
      await send({ requestId: newRequestId(), mode: request.mode, startedAt }, request);
    },
    [send],
  );

  /** Cancel the click still waiting for a connection; false once the server may have it. */
  const cancel = useCallback((): boolean => {
    const id = requestId.current;
    return id !== undefined && getSocket().cancel(id);
  }, []);

  const busy = run !== undefined && run.phase !== 'finished' && run.phase !== 'failed';
  // Held: sent nowhere yet, or sent on a connection that dropped before the server answered.
  const held = run?.phase === 'sending' && (connection !== 'open' || dropped);
  const cancellable = held && requestId.current !== undefined && getSocket().cancellable(requestId.current);
  return { run, start, busy, finishedCount, held, cancellable, cancel };
}
