import type { UserRow } from '@quickcode/db';
import { sessionCookie } from './cookies';
import { issueGuest, userFromCookieHeader } from './sessions';
import { services } from './services';

export interface Identity {
  user?: UserRow;
  /** Set when a guest identity was just issued: the response must carry it. */
  setCookie?: string;
}

/**
 * Who is making this request. With `create`, a client without a session gets a guest
 * identity in guest mode (scripts and cookie-less clients included).
 */
export async function identify(cookieHeader: string | null | undefined, create: boolean): Promise<Identity> {
  const user = await userFromCookieHeader(cookieHeader);
  if (user) return { user };
  if (!create || services().config.QUICKCODE_AUTH !== 'guest') return {};
  const guest = await issueGuest();
  return { user: guest.user, setCookie: sessionCookie(guest.token, guest.maxAge) };
}

/** May this user submit code? In `required` mode guests may not. */
export function maySubmit(user: UserRow | undefined): user is UserRow {
  if (!user) return false;
  return services().config.QUICKCODE_AUTH === 'guest' || !user.isGuest;
}
