'use client';

import { useEffect, useState } from 'react';
import { getSocket, type ConnectionState } from '../../lib/client/socket';

const LABELS: Record<ConnectionState, string> = {
  idle: '',
  connecting: 'Connecting…',
  open: 'Live',
  reconnecting: 'Reconnecting…',
};

/** Shows the live connection's state once a page uses it. */
export function ConnectionIndicator() {
  const [state, setState] = useState<ConnectionState>('idle');
  useEffect(() => getSocket().onState(setState), []);
  if (state === 'idle') return null;
  return (
    <span className={`connection ${state}`} role="status" aria-label={`Connection: ${LABELS[state]}`} title={LABELS[state]}>
      <span className="connection-dot" aria-hidden="true" />
      <span className="small">{LABELS[state]}</span>
    </span>
  );
}
