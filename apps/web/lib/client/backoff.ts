/**
 * Delay before reconnect attempt `attempt` (0-based): exponential up to `maxMs`, with jitter
 * between half and all of it, so thousands of clients dropped together do not return together.
 */
export function reconnectDelay(attempt: number, random: () => number = Math.random, baseMs = 500, maxMs = 15_000): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.min(attempt, 16));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
