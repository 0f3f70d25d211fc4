/**
 * Where to go after signing in or up: the `next` parameter when it is a path on this site,
 * else `fallback`. Anything that could leave the site (`//host`, `https:`, `/\host`) is refused.
 */
export function safeReturnPath(next: string | null | undefined, fallback = '/'): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  if ([...next].some((c) => c.charCodeAt(0) < 0x20)) return fallback;
  if (next === '/signin' || next.startsWith('/signin?') || next === '/signup' || next.startsWith('/signup?')) return fallback;
  return next;
}

/** The sign-in (or sign-up) address that comes back to `here`. */
export function signInHref(page: '/signin' | '/signup', here: string): string {
  // Moving between sign-in and sign-up keeps the page that sent the viewer.
  const onAuthPage = /^\/sign(in|up)(\?|$)/.test(here);
  const back = onAuthPage ? safeReturnPath(new URLSearchParams(here.split('?')[1] ?? '').get('next'), '') : safeReturnPath(here, '');
  return back && back !== '/' ? `${page}?next=${encodeURIComponent(back)}` : page;
}
