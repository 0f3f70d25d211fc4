'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { SubmissionMode, SubmissionRequest } from '@quickcode/protocol';
import { applyMessage, startRun, type RunState } from '../submission-state';
import { getSocket, subscribeRequestId } from './socket';
import { load, save, storageKeys } from './storage';

/**
 * Runs and submits over the WebSocket, following the submission's events. The id of a
 * submission still being judged is kept in sessionStorage, so a reload picks it up again.
 */
export function useRun(slug: string) {
  const [run, setRun] = useState<RunState | undefined>();
  const [finishedCount, setFinishedCount] = useState(0);
  // Set synchronously, so a double click or a held shortcut sends one submission, not two.
  const sending = useRef(false);

  useEffect(() => {
    const socket = getSocket();
    const off = socket.onMessage((message) => {
      setRun((state) => (state ? applyMessage(state, message) : state));
      if (message.type === 'error') {
        setRun((state) =>
          state?.id && message.requestId === subscribeRequestId(state.id) && state.phase !== 'finished'
            ? { ...state, phase: 'failed', error: message.message }
            : state,
        );
      }
    });
    const saved = load('session', storageKeys.inFlight(slug));
    if (saved) {
      try {
        const { id, mode, startedAt } = JSON.parse(saved) as { id: string; mode: SubmissionMode; startedAt: number };
        sending.current = true;
        setRun({ ...startRun(mode, startedAt), id, phase: 'queued' });
        socket.watch(id);
      } catch {
        save('session', storageKeys.inFlight(slug), null);
      }
    }
    socket.ensureConnected();
    return () => {
      off();
    };
  }, [slug]);

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
      try {
        const id = await getSocket().submit(request);
        save('session', storageKeys.inFlight(slug), JSON.stringify({ id, mode: request.mode, startedAt }));
        setRun((state) => (state && !state.id ? { ...state, id, phase: state.phase === 'sending' ? 'queued' : state.phase } : state));
      } catch (err) {
        sending.current = false;
        setRun((state) => (state ? { ...state, phase: 'failed', error: (err as Error).message } : state));
      }
    },
    [slug],
  );

  const busy = run !== undefined && run.phase !== 'finished' && run.phase !== 'failed';
  return { run, start, busy, finishedCount };
}
