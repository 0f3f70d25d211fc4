import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';
import type { Config } from '@quickcode/config';
import { CLIENT_ADDRESS_HEADER, CLIENT_SECURE_HEADER, clientAddress, isSecure, type PeerFacts } from '../lib/client-address';
import { withCookie, parseCookies, SESSION_COOKIE, sessionCookie } from '../lib/cookies';
import { csrfViolation } from '../lib/csrf';
import { secureCookies } from '../lib/identity';
import { errorBody } from '../lib/result';
import { GUEST_COOKIE_DAYS, isWellFormedToken, newToken } from '../lib/sessions';

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

export function peerFacts(req: IncomingMessage): PeerFacts {
  return {
    remoteAddress: req.socket.remoteAddress,
    encrypted: Boolean((req.socket as TLSSocket).encrypted),
    forwardedFor: header(req, 'x-forwarded-for'),
    forwardedProto: header(req, 'x-forwarded-proto'),
  };
}

function isPageNavigation(req: IncomingMessage, pathname: string): boolean {
  return req.method === 'GET' && !pathname.startsWith('/api/') && !pathname.startsWith('/_next/') && !/\.[a-z0-9]+$/i.test(pathname) && (header(req, 'accept') ?? '').includes('text/html');
}

/**
 * What runs before Next sees a request: record the client's address and scheme, refuse
 * cross-site writes, and give a browser without a session a guest token on its first
 * page, so the page, its API calls and its WebSocket all act as one guest. The token names
 * nobody yet: the guest's rows are made when it first submits.
 */
export function withGuards(config: Config, next: Handler): Handler {
  return async (req, res) => {
    const pathname = (req.url ?? '/').split('?')[0] ?? '/';
    const peer = peerFacts(req);
    const secure = isSecure(peer, config.QUICKCODE_TRUST_PROXY);
    req.headers[CLIENT_ADDRESS_HEADER] = clientAddress(peer, config.QUICKCODE_TRUST_PROXY);
    req.headers[CLIENT_SECURE_HEADER] = secure ? '1' : '0';
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
    } else if (config.QUICKCODE_AUTH === 'guest' && isPageNavigation(req, pathname) && !isWellFormedToken(token)) {
      const issued = newToken();
      res.setHeader('set-cookie', sessionCookie(issued, GUEST_COOKIE_DAYS * 86_400, secureCookies(secure)));
      req.headers.cookie = withCookie(req.headers.cookie, SESSION_COOKIE, issued);
    }
    await next(req, res);
  };
}
