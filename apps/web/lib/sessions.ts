import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { createSession, createUser, deleteSession, getSessionUser, type UserRow } from '@quickcode/db';
import { parseCookies, SESSION_COOKIE } from './cookies';
import { services } from './services';

export const GUEST_SESSION_DAYS = 365;
export const USER_SESSION_DAYS = 30;
const DAY_SECONDS = 86_400;

/** Only the hash is stored: a leaked sessions table does not let anyone sign in. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function userFromToken(token: string | undefined): Promise<UserRow | undefined> {
  if (!token || token.length > 200) return undefined;
  return getSessionUser(services().database.db, hashToken(token));
}

export async function userFromCookieHeader(header: string | null | undefined): Promise<UserRow | undefined> {
  return userFromToken(parseCookies(header)[SESSION_COOKIE]);
}

/** Start a session for a user; returns the token for the cookie and its lifetime in seconds. */
export async function startSession(userId: string, days: number): Promise<{ token: string; maxAge: number }> {
  const token = randomBytes(32).toString('base64url');
  await createSession(services().database.db, {
    id: hashToken(token),
    userId,
    expiresAt: new Date(Date.now() + days * DAY_SECONDS * 1000),
  });
  return { token, maxAge: days * DAY_SECONDS };
}

export async function endSession(token: string | undefined): Promise<void> {
  if (token) await deleteSession(services().database.db, hashToken(token));
}

/** A new guest identity with its own session (QUICKCODE_AUTH=guest). */
export async function issueGuest(): Promise<{ user: UserRow; token: string; maxAge: number }> {
  const db = services().database.db;
  const id = randomUUID();
  await createUser(db, { id, isGuest: true });
  const session = await startSession(id, GUEST_SESSION_DAYS);
  return { user: { id, username: null, passwordHash: null, isGuest: true, createdAt: new Date() }, ...session };
}

/** A guest without a session: a WebSocket client that arrived without cookies. */
export async function createGuestUser(): Promise<UserRow> {
  const id = randomUUID();
  await createUser(services().database.db, { id, isGuest: true });
  return { id, username: null, passwordHash: null, isGuest: true, createdAt: new Date() };
}
