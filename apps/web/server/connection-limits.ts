import fs from 'node:fs';

/** The process's soft limit on open files, or undefined where /proc is not available. */
export function openFileLimit(): number | undefined {
  try {
    const line = fs
      .readFileSync('/proc/self/limits', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('Max open files'));
    const soft = line?.split(/\s{2,}/)[1];
    const n = Number(soft);
    return Number.isFinite(n) && n > 0 ? n : undefined;
  } catch {
    return undefined;
  }
}

/** File descriptors kept for everything that is not a client socket: Redis, the database, Next's files, workers' pipes. */
const RESERVED_FDS = 512;

/**
 * How many sockets the web process may hold: in total (any TCP connection, HTTP or not),
 * and as WebSockets (the configured cap, else half the descriptors left after the
 * reserve), so a flood of WebSockets always leaves room for HTTP.
 */
export function connectionBudget(configuredWebSockets: number, fdLimit = openFileLimit()): { sockets: number; webSockets: number } {
  const usable = fdLimit === undefined ? 65_536 : Math.max(256, fdLimit - RESERVED_FDS);
  const webSockets = configuredWebSockets > 0 ? Math.min(configuredWebSockets, usable - 128) : Math.floor(usable / 2);
  return { sockets: usable, webSockets: Math.max(1, webSockets) };
}
