import type { IncomingMessage, ServerResponse } from 'node:http';
import { CLIENT_ADDRESS_HEADER } from '../lib/client-address';
import { withCookie, parseCookies, SESSION_COOKIE, sessionCookie } from '../lib/cookies';
import { csrfViolation } from '../lib/csrf';
import { errorBody } from '../lib/result';
import { issueGuest, userFromToken } from '../lib/sessions';
import { services } from '../lib/services';

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function isPageNavigation(req: IncomingMessage, pathname: string): boolean {
  return (
    req.method === 'GET' &&
    !pathname.startsWith('/api/') &&
    !pathname.startsWith('/_next/') &&
    !/\.[a-z0-9]+$/i.test(pathname) &&
    (header(req, 'accept') ?? '').includes('text/html')
  );
}

/**
 * What runs before Next sees a request: refuse cross-site writes, and give a browser
 * without a session its guest identity on its first page, so the page, its API calls
 * and its WebSocket all act as that guest.
 */
export function withGuards(next: Handler): Handler {
  return async (req, res) => {
    const pathname = (req.url ?? '/').split('?')[0] ?? '/';
    req.headers[CLIENT_ADDRESS_HEADER] = req.socket.remoteAddress ?? 'unknown';
    const token = parseCookies(req.headers.cookie)[SESSION_COOKIE];
    if (pathname.startsWith('/api/')) {
      const violation = csrfViolation({
        method: req.method ?? 'GET',
        host: header(req, 'host'),
        origin: header(req, 'origin'),
        secFetchSite: header(req, 'sec-fetch-site'),
        contentType: header(req, 'content-type'),
        hasSession: token !== undefined,
      });
      if (violation) {
        res.writeHead(403, { 'content-type': 'application/json' });
        res.end(JSON.stringify(errorBody({ code: 'forbidden', message: violation })));
        return;
      }
    } else if (services().config.QUICKCODE_AUTH === 'guest' && isPageNavigation(req, pathname)) {
      const user = await userFromToken(token);
      if (!user) {
        const guest = await issueGuest();
        res.setHeader('set-cookie', sessionCookie(guest.token, guest.maxAge));
        req.headers.cookie = withCookie(req.headers.cookie, SESSION_COOKIE, guest.token);
      }
    }
    await next(req, res);
  };
}
