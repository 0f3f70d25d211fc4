import { createHash, randomBytes } from 'node:crypto';
import { createSession, deleteSession, extendSession, getSessionWithUser, type UserRow } from '@quickcode/db';
import { parseCookies, SESSION_COOKIE } from './cookies';
import { services } from './services';

/**
 * A guest's cookie lives long; its server-side session slides forward while used and the
 * guest is deleted once idle (QUICKCODE_GUEST_IDLE_DAYS), after which the cookie names nobody.
 */
export const GUEST_COOKIE_DAYS = 365;
export const USER_SESSION_DAYS = 30;
export const DAY_MS = 86_400_000;

/** Only the hash is stored: a leaked sessions table does not let anyone sign in. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** A token this server could have issued (32 random bytes, base64url). Anything else is ignored. */
export function isWellFormedToken(token: string | undefined): token is string {
  return token !== undefined && /^[A-Za-z0-9_-]{43}$/.test(token);
}

export function guestSessionExpiry(now = Date.now()): Date {
  return new Date(now + services().config.QUICKCODE_GUEST_IDLE_DAYS * DAY_MS);
}

/** The user of a session token; a guest's session is slid forward (at most one write a day). */
export async function userFromToken(token: string | undefined): Promise<UserRow | undefined> {
  if (!isWellFormedToken(token)) return undefined;
  const db = services().database.db;
  const id = hashToken(token);
  const session = await getSessionWithUser(db, id);
  if (!session) return undefined;
  const renewed = guestSessionExpiry();
  if (session.user.isGuest && renewed.getTime() - session.expiresAt.getTime() > DAY_MS) await extendSession(db, id, renewed);
  return session.user;
}

export function tokenFromCookieHeader(header: string | null | undefined): string | undefined {
  const token = parseCookies(header)[SESSION_COOKIE];
  return isWellFormedToken(token) ? token : undefined;
}

export async function userFromCookieHeader(header: string | null | undefined): Promise<UserRow | undefined> {
  return userFromToken(tokenFromCookieHeader(header));
}

/** Start a session for a user; returns the token for the cookie and its lifetime in seconds. */
export async function startSession(userId: string, days: number): Promise<{ token: string; maxAge: number }> {
  const token = newToken();
  await createSession(services().database.db, {
    id: hashToken(token),
    userId,
    expiresAt: new Date(Date.now() + days * DAY_MS),
  });
  return { token, maxAge: (days * DAY_MS) / 1000 };
}

export async function endSession(token: string | undefined): Promise<void> {
  if (token) await deleteSession(services().database.db, hashToken(token));
}
