import { describe, expect, it } from 'vitest';
import { addressKey, clientAddress, isSecure } from './client-address';

const peer = (over: Partial<Parameters<typeof clientAddress>[0]> = {}) => ({
  remoteAddress: '10.0.0.1',
  encrypted: false,
  forwardedFor: undefined,
  forwardedProto: undefined,
  ...over,
});

describe('client address', () => {
  it('counts IPv4 (also IPv4-mapped) by address and IPv6 by /64', () => {
    expect(addressKey('::ffff:127.0.0.1')).toBe('127.0.0.1');
    expect(addressKey('2001:db8:0:12:aaaa::1')).toBe('2001:db8:0:12::/64');
    expect(addressKey('2001:db8:0:12:bbbb:1:2:3')).toBe('2001:db8:0:12::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
  });
  it('ignores X-Forwarded-For unless the proxy is trusted, and then takes the entry it appended', () => {
    const forwarded = peer({ forwardedFor: '6.6.6.6, 203.0.113.9' });
    expect(clientAddress(forwarded, false)).toBe('10.0.0.1');
    expect(clientAddress(forwarded, true)).toBe('203.0.113.9');
  });
  it('is secure over TLS, or when a trusted proxy says https', () => {
    expect(isSecure(peer({ forwardedProto: 'https' }), false)).toBe(false);
    expect(isSecure(peer({ forwardedProto: 'https' }), true)).toBe(true);
    expect(isSecure(peer({ forwardedProto: 'http' }), true)).toBe(false);
    expect(isSecure(peer({ encrypted: true }), false)).toBe(true);
  });
});
