import { describe, expect, it } from 'vitest';
import { formatAgo, formatMemory, formatRuntime } from './format';

describe('format', () => {
  it('formats runtime and memory', () => {
    expect(formatRuntime(12.4)).toBe('12 ms');
    expect(formatRuntime(null)).toBe('—');
    expect(formatMemory(512)).toBe('512 KB');
    expect(formatMemory(17_000)).toBe('16.6 MB');
  });
  it('formats ages', () => {
    const now = Date.parse('2025-01-01T12:00:00Z');
    expect(formatAgo(new Date(now - 5_000), now)).toBe('just now');
    expect(formatAgo(new Date(now - 3 * 3_600_000), now)).toBe('3 hours ago');
    expect(formatAgo(new Date(now - 86_400_000), now)).toBe('1 day ago');
  });
});
