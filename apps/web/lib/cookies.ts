export const SESSION_COOKIE = 'qc_session';

/** Parse a Cookie header into name -> value (first occurrence wins, as browsers send the most specific first). */
export function parseCookies(header: string | null | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!header) return out;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim();
    if (!name || name in out) continue;
    const raw = part.slice(eq + 1).trim();
    try {
      out[name] = decodeURIComponent(raw);
    } catch {
      out[name] = raw;
    }
  }
  return out;
}

/**
 * The session cookie: httpOnly so scripts cannot read it, SameSite=Lax so other sites cannot
 * post with it, and Secure when the page was served over HTTPS.
 */
export function sessionCookie(token: string, maxAgeSeconds: number, secure = false): string {
  return `${SESSION_COOKIE}=${encodeURIComponent(token)}; Path=/; Max-Age=${maxAgeSeconds}; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`;
}

export function clearedSessionCookie(secure = false): string {
  return `${SESSION_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`;
}

/** Put a freshly issued cookie on an incoming request too, so the rest of its handling sees it. */
export function withCookie(header: string | undefined, name: string, value: string): string {
  const pair = `${name}=${encodeURIComponent(value)}`;
  const rest = (header ?? '')
    .split(';')
    .map((p) => p.trim())
    .filter((p) => p && !p.startsWith(`${name}=`));
  return [pair, ...rest].join('; ');
}
