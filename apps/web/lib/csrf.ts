/** What the CSRF check needs to know about a request. */
export interface RequestFacts {
  method: string;
  /** The Host header the client used. */
  host: string | undefined;
  origin: string | undefined;
  secFetchSite: string | undefined;
  contentType: string | undefined;
  /** Whether the request carries the session cookie (ambient authority worth forging). */
  hasSession: boolean;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** True when `origin` names the host the request was sent to. A missing Origin is not a match. */
export function isSameOrigin(origin: string | undefined, host: string | undefined): boolean {
  if (!origin || !host || origin === 'null') return false;
  try {
    return new URL(origin).host.toLowerCase() === host.toLowerCase();
  } catch {
    return false;
  }
}

/**
 * Why a state-changing request must be refused as a possible cross-site forgery, or undefined.
 * Browsers send Origin (and Sec-Fetch-Site) on every POST, so a foreign one is refused; a
 * request without either comes from a script, which may post freely unless it carries a
 * session cookie without declaring JSON (what an old browser's cross-site form would do).
 */
export function csrfViolation(r: RequestFacts): string | undefined {
  if (SAFE_METHODS.has(r.method.toUpperCase())) return undefined;
  if (r.origin !== undefined) {
    return isSameOrigin(r.origin, r.host) ? undefined : 'Requests that change state must come from this site.';
  }
  if (r.secFetchSite && r.secFetchSite !== 'same-origin' && r.secFetchSite !== 'none') {
    return 'Requests that change state must come from this site.';
  }
  if (r.hasSession && !(r.contentType ?? '').toLowerCase().startsWith('application/json')) {
    return 'Send the body as JSON (Content-Type: application/json) from this site.';
  }
  return undefined;
}

/** WebSocket upgrades: browsers always send Origin, which must be this host; other clients send none. */
export function upgradeOriginAllowed(origin: string | undefined, host: string | undefined): boolean {
  return origin === undefined || isSameOrigin(origin, host);
}
