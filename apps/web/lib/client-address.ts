import { isIPv6 } from 'node:net';

/**
 * The custom server writes the client's address and scheme on every request it hands to
 * Next (replacing anything a client sent), so route handlers can limit and set cookies by them.
 */
export const CLIENT_ADDRESS_HEADER = 'x-quickcode-client-address';
export const CLIENT_SECURE_HEADER = 'x-quickcode-secure';

/** What the server knows of the peer: its socket address, whether TLS, and the forwarding headers. */
export interface PeerFacts {
  remoteAddress: string | undefined;
  encrypted: boolean;
  forwardedFor: string | undefined;
  forwardedProto: string | undefined;
}

/**
 * The unit limits are counted in: an IPv4 address, or an IPv6 /64 (one subscriber's
 * network usually has a whole /64, so counting single IPv6 addresses would not bound anyone).
 */
export function addressKey(raw: string): string {
  const address = raw.trim().replace(/^\[|\]$/g, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1] as string;
  if (!isIPv6(address)) return address || 'unknown';
  const [head = '', tail = ''] = address.toLowerCase().split('::');
  const headParts = head ? head.split(':') : [];
  const tailParts = tail ? tail.split(':') : [];
  const missing = 8 - headParts.length - tailParts.length;
  const full = address.includes('::') ? [...headParts, ...Array<string>(Math.max(0, missing)).fill('0'), ...tailParts] : headParts;
  return `${full
    .slice(0, 4)
    .map((p) => p.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

/**
 * The client's address: the socket's peer, or behind a trusted proxy the last address that
 * proxy appended to X-Forwarded-For (earlier entries are whatever the client claimed).
 */
export function clientAddress(peer: PeerFacts, trustProxy: boolean): string {
  if (trustProxy && peer.forwardedFor) {
    const last = peer.forwardedFor.split(',').pop()?.trim();
    if (last) return addressKey(last);
  }
  return addressKey(peer.remoteAddress ?? 'unknown');
}

/** Whether the client reached us over HTTPS: TLS on the socket, or the trusted proxy says so. */
export function isSecure(peer: PeerFacts, trustProxy: boolean): boolean {
  if (peer.encrypted) return true;
  return trustProxy && (peer.forwardedProto ?? '').split(',')[0]?.trim().toLowerCase() === 'https';
}
