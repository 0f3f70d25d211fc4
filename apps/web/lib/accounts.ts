import { randomUUID } from 'node:crypto';
import bcrypt from 'bcryptjs';
import { claimGuest, createUser, deleteGuest, deleteUserSessions, getUserByUsername, reassignSubmissions, type UserRow } from '@quickcode/db';
import { credentialsSchema } from './account-schema';
import { withinLimit } from './rate-limit';
import { fail, type Outcome } from './result';
import { services } from './services';
import { startSession, USER_SESSION_DAYS } from './sessions';

const BCRYPT_ROUNDS = 10;
const SIGNIN_WINDOW_SECONDS = 300;

type Session = { username: string; token: string; maxAge: number };

function parse(input: unknown): Outcome<{ username: string; password: string }> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return fail(400, 'bad_request', parsed.error.issues[0]?.message ?? 'Username and password are required.');
  return { ok: true, ...parsed.data };
}

/**
 * Create an account. A guest signing up keeps everything it did: its row becomes the
 * account, and its old guest sessions end.
 */
export async function signUp(input: unknown, current: UserRow | undefined): Promise<Outcome<Session>> {
  const creds = parse(input);
  if (!creds.ok) return creds;
  const db = services().database.db;
  if (await getUserByUsername(db, creds.username)) return fail(400, 'bad_request', `The username "${creds.username}" is taken; choose another.`);
  const hash = await bcrypt.hash(creds.password, BCRYPT_ROUNDS);
  let userId: string;
  try {
    if (current?.isGuest) {
      userId = current.id;
      await claimGuest(db, userId, creds.username, hash);
      await deleteUserSessions(db, userId);
    } else {
      userId = randomUUID();
      await createUser(db, { id: userId, username: creds.username, passwordHash: hash, isGuest: false });
    }
  } catch {
    return fail(400, 'bad_request', `The username "${creds.username}" is taken; choose another.`);
  }
  return { ok: true, username: creds.username, ...(await startSession(userId, USER_SESSION_DAYS)) };
}

/**
 * Sign in; a guest's submissions move to the account it signs in to. Attempts are limited per
 * client address and per (address, account), never per account alone: guessing from one
 * address must not lock the account's owner out everywhere else.
 */
export async function signIn(input: unknown, current: UserRow | undefined, clientAddress: string): Promise<Outcome<Session>> {
  const creds = parse(input);
  if (!creds.ok) return fail(400, 'bad_request', 'Enter your username and password.');
  const { config } = services();
  const account = creds.username.toLowerCase();
  const allowed =
    (await withinLimit(`signin:address:${clientAddress}`, config.QUICKCODE_SIGNIN_ATTEMPTS_PER_ADDRESS, SIGNIN_WINDOW_SECONDS)) &&
    (await withinLimit(`signin:pair:${clientAddress}:${account}`, config.QUICKCODE_SIGNIN_ATTEMPTS_PER_ACCOUNT, SIGNIN_WINDOW_SECONDS));
  if (!allowed) return fail(429, 'too_many_requests', 'Too many sign-in attempts from your network; wait five minutes and try again.', SIGNIN_WINDOW_SECONDS);
  const db = services().database.db;
  const user = await getUserByUsername(db, creds.username);
  const valid = user?.passwordHash ? await bcrypt.compare(creds.password, user.passwordHash) : false;
  if (!user || !valid) return fail(401, 'unauthorized', 'The username or password is wrong.');
  if (current?.isGuest && current.id !== user.id) {
    await reassignSubmissions(db, current.id, user.id);
    await deleteGuest(db, current.id);
  }
  return { ok: true, username: user.username ?? creds.username, ...(await startSession(user.id, USER_SESSION_DAYS)) };
}
