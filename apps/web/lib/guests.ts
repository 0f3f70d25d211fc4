import { randomUUID } from 'node:crypto';
import { createUser, deleteIdleGuests, guestForSession, type UserRow } from '@quickcode/db';
import { withinLimit } from './rate-limit';
import { fail, type Outcome } from './result';
import { services } from './services';
import { DAY_MS, guestSessionExpiry, hashToken, newToken, userFromToken } from './sessions';

/**
 * The guest a request needs now, created on first need (QUICKCODE_AUTH=guest). A page load
 * only hands out a cookie token; the rows are made when that token first submits. With a
 * token, the guest owns that token's session; without one (a script), a new guest gets a
 * session when `withSession` (HTTP sets its cookie) or none (a WebSocket without cookies).
 * New guests are limited per client address.
 */
export async function guestFor(opts: { token?: string; address: string; withSession: boolean }): Promise<Outcome<{ user: UserRow; newToken?: string }>> {
  if (opts.token) {
    const known = await userFromToken(opts.token);
    if (known) return { ok: true, user: known };
  }
  const { config, database } = services();
  const mayCreate = () => withinLimit(`guest:${opts.address}`, config.QUICKCODE_GUESTS_PER_ADDRESS_PER_HOUR, 3600);
  const refused = () => fail(429, 'too_many_requests', 'Too many guest identities were made from your network this hour; sign in, or keep your session cookie.', 60);
  if (!opts.token && !opts.withSession) {
    if (!(await mayCreate())) return refused();
    const id = randomUUID();
    await createUser(database.db, { id, isGuest: true });
    return { ok: true, user: { id, username: null, passwordHash: null, isGuest: true, createdAt: new Date() } };
  }
  const token = opts.token ?? newToken();
  const outcome = await guestForSession(database.db, { sessionId: hashToken(token), newUserId: randomUUID(), expiresAt: guestSessionExpiry(), mayCreate });
  if ('refused' in outcome) return refused();
  return { ok: true, user: outcome.user, newToken: opts.token ? undefined : token };
}

const SWEEP_INTERVAL_MS = 3_600_000;

/** Every hour, delete expired sessions and guests idle for QUICKCODE_GUEST_IDLE_DAYS. Returns the stop function. */
export function startGuestSweep(): () => void {
  const sweep = () => {
    const { config, database, logger } = services();
    deleteIdleGuests(database.db, new Date(Date.now() - config.QUICKCODE_GUEST_IDLE_DAYS * DAY_MS)).then(
      (deleted) => {
        if (deleted.guests + deleted.sessions > 0) logger.info(deleted, 'deleted idle guests and expired sessions');
      },
      (err: Error) => logger.warn({ err: err.message }, 'guest sweep failed'),
    );
  };
  const first = setTimeout(sweep, 60_000);
  const timer = setInterval(sweep, SWEEP_INTERVAL_MS);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
