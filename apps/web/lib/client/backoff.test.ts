import { describe, expect, it } from 'vitest';
import { reconnectDelay } from './backoff';

describe('reconnectDelay', () => {
  it('grows exponentially with jitter between half and all of the ceiling', () => {
    expect(reconnectDelay(0, () => 0)).toBe(250);
    expect(reconnectDelay(0, () => 1)).toBe(500);
    expect(reconnectDelay(3, () => 0.5)).toBe(3000);
  });
  it('is capped', () => {
    expect(reconnectDelay(50, () => 1)).toBe(15_000);
  });
});
