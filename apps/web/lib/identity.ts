import type { UserRow } from '@quickcode/db';
import { CLIENT_ADDRESS_HEADER, CLIENT_SECURE_HEADER } from './client-address';
import { sessionCookie } from './cookies';
import { guestFor } from './guests';
import { fail, type Outcome } from './result';
import { services } from './services';
import { GUEST_COOKIE_DAYS, tokenFromCookieHeader, userFromToken } from './sessions';

/** Where a request came from, as the custom server recorded it. */
export interface Requester {
  address: string;
  /** Served over HTTPS: cookies get `Secure`. */
  secure: boolean;
}

export function requesterOf(headers: Headers): Requester {
  return { address: headers.get(CLIENT_ADDRESS_HEADER) ?? 'unknown', secure: headers.get(CLIENT_SECURE_HEADER) === '1' };
}

/** Whether cookies set for this request carry `Secure` (QUICKCODE_SECURE_COOKIES). */
export function secureCookies(secure: boolean): boolean {
  const setting = services().config.QUICKCODE_SECURE_COOKIES;
  return setting === 'always' || (setting === 'auto' && secure);
}

/**
 * Who may submit code, the one rule the problem page, HTTP and the WebSocket all apply: anyone
 * with an account, and guests in `guest` mode. A visitor with no user yet counts as the guest
 * their first submission would make.
 */
export function maySubmit(user: Pick<UserRow, 'isGuest'> | undefined): boolean {
  return services().config.QUICKCODE_AUTH === 'guest' || (user !== undefined && !user.isGuest);
}

/**
 * Who submits, for HTTP and for one WebSocket connection alike: the session's user, or in
 * guest mode a guest made on the first submission that needs one, once (concurrent
 * submissions of one connection share that one guest).
 */
export class Submitter {
  private pending: Promise<Outcome<{ user: UserRow }>> | undefined;
  private issuedToken: string | undefined;

  private constructor(
    private user: UserRow | undefined,
    private readonly token: string | undefined,
    private readonly requester: Requester,
    /** HTTP: a new guest gets a session and a cookie. A WebSocket cannot set one. */
    private readonly withSession: boolean,
  ) {}

  static async fromCookie(cookieHeader: string | null | undefined, requester: Requester, withSession: boolean): Promise<Submitter> {
    const token = tokenFromCookieHeader(cookieHeader);
    return new Submitter(await userFromToken(token), token, requester, withSession);
  }

  get known(): UserRow | undefined {
    return this.user;
  }

  get address(): string {
    return this.requester.address;
  }

  /** The user, creating the guest if this is its first need; refused in `required` mode without an account. */
  identity(): Promise<Outcome<{ user: UserRow }>> {
    if (!maySubmit(this.user)) return Promise.resolve(fail(401, 'unauthorized', 'Sign in to submit code.'));
    if (this.user) return Promise.resolve({ ok: true, user: this.user });
    this.pending ??= guestFor({ token: this.token, address: this.requester.address, withSession: this.withSession }).then(
      (outcome) => {
        if (outcome.ok) {
          this.user = outcome.user;
          this.issuedToken = outcome.newToken;
        } else this.pending = undefined;
        return outcome;
      },
      (err: unknown) => {
        this.pending = undefined;
        throw err;
      },
    );
    return this.pending;
  }

  /** The Set-Cookie for a guest session issued while answering, if any. */
  setCookie(): string | undefined {
    return this.issuedToken ? sessionCookie(this.issuedToken, GUEST_COOKIE_DAYS * 86_400, secureCookies(this.requester.secure)) : undefined;
  }
}
