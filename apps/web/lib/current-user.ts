import { cookies } from 'next/headers';
import type { UserRow } from '@quickcode/db';
import { SESSION_COOKIE } from './cookies';
import { userFromToken } from './sessions';

/** The signed-in user (or guest) of the page being rendered. */
export async function currentUser(): Promise<UserRow | undefined> {
  const jar = await cookies();
  return userFromToken(jar.get(SESSION_COOKIE)?.value);
}

export type Theme = 'dark' | 'light';

export async function currentTheme(): Promise<Theme> {
  const jar = await cookies();
  return jar.get('qc_theme')?.value === 'light' ? 'light' : 'dark';
}
