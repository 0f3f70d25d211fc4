import { describe, expect, it } from 'vitest';
import { connectionBudget, openFileLimit } from './connection-limits';

describe('connection budget', () => {
  it("reads this process's open-file limit on Linux", () => {
    expect(openFileLimit()).toBeGreaterThan(0);
  });
  it('keeps descriptors for HTTP whatever WebSocket cap is configured', () => {
    expect(connectionBudget(0, 20_000)).toEqual({ sockets: 19_488, webSockets: 9_744 });
    expect(connectionBudget(100_000, 20_000)).toEqual({ sockets: 19_488, webSockets: 19_360 });
    expect(connectionBudget(2000, 20_000)).toEqual({ sockets: 19_488, webSockets: 2000 });
    expect(connectionBudget(0, 1024).webSockets).toBeLessThan(1024 - 512);
  });
});
