import type { UserRow } from '@quickcode/db';
import { sessionCookie } from './cookies';
import { issueGuest, userFromCookieHeader } from './sessions';
import { services } from './services';

/**
 * The submitter for POST /api/submissions: the session's user, or in guest mode a guest
 * created only once the submission is valid (so bad requests leave no rows behind).
 */
export async function submitter(cookieHeader: string | null | undefined): Promise<
  { ok: true; userId: string | (() => Promise<string>); cookie: () => string | undefined } | { ok: false }
> {
  const user = await userFromCookieHeader(cookieHeader);
  if (user) return maySubmit(user) ? { ok: true, userId: user.id, cookie: () => undefined } : { ok: false };
  if (services().config.QUICKCODE_AUTH !== 'guest') return { ok: false };
  let setCookie: string | undefined;
  return {
    ok: true,
    userId: async () => {
      const guest = await issueGuest();
      setCookie = sessionCookie(guest.token, guest.maxAge);
      return guest.user.id;
    },
    cookie: () => setCookie,
  };
}

/** May this user submit code? In `required` mode guests may not. */
export function maySubmit(user: UserRow | undefined): user is UserRow {
  if (!user) return false;
  return services().config.QUICKCODE_AUTH === 'guest' || !user.isGuest;
}
