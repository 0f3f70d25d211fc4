import { cookies } from 'next/headers';
import type { UserRow } from '@quickcode/db';
import { SESSION_COOKIE } from './cookies';
import { services } from './services';
import { isWellFormedToken, userFromToken } from './sessions';

/**
 * The id of a guest whose cookie was issued but who has not submitted yet, so has no row.
 * It matches no row (ids are UUIDs), so such a guest owns nothing and sees nobody's code.
 */
export const PENDING_GUEST_ID = '';

/**
 * The signed-in user (or guest) of the page being rendered. In guest mode a visitor holding a
 * guest cookie is a guest even before its row exists (rows are made on its first submission).
 */
export async function currentUser(): Promise<UserRow | undefined> {
  const jar = await cookies();
  const token = jar.get(SESSION_COOKIE)?.value;
  const user = await userFromToken(token);
  if (user || !isWellFormedToken(token) || services().config.QUICKCODE_AUTH !== 'guest') return user;
  return { id: PENDING_GUEST_ID, username: null, passwordHash: null, isGuest: true, createdAt: new Date() };
}

export type Theme = 'dark' | 'light';

export async function currentTheme(): Promise<Theme> {
  const jar = await cookies();
  return jar.get('qc_theme')?.value === 'light' ? 'light' : 'dark';
}
