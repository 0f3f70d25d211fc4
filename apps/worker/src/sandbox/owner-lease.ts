import { randomBytes } from 'node:crypto';
import fs from 'node:fs';

/** Past this without renewal a sandbox's owner counts as gone, and any worker sweeps what it left (ms). */
export const LEASE_MS = 60_000;
/** How often a live sandbox renews its lease (ms); well inside LEASE_MS, so a busy event loop does not lose it. */
export const RENEW_MS = 5_000;

/**
 * Who owns a sandbox's cgroups, boxes and run files, and whether that owner still lives.
 *
 * The id is random, not a pid: workers in containers have pid namespaces of their own yet may
 * share the host's cgroup tree (or a sandbox directory), and one worker's pid means nothing in
 * another's /proc. Liveness is a lease instead: the owner keeps renewing the modification time
 * of its lease files (its worker cgroup in every hierarchy, a file under the sandbox root); files
 * left unrenewed for LEASE_MS belong to a dead owner. A cgroup directory's mtime is settable on
 * cgroup v1 and v2 alike, and every process on a host reads the same clock.
 */
export class OwnerLease {
  /** 12 hex digits: no '-', which separates the owner from the rest of a box or run file name. */
  readonly id = randomBytes(6).toString('hex');

  /** True when one of `files` was renewed within the last LEASE_MS. */
  static held(files: string[], now = Date.now()): boolean {
    return files.some((file) => {
      try {
        return now - fs.statSync(file).mtimeMs < LEASE_MS;
      } catch {
        return false;
      }
    });
  }

  /**
   * Renews `files` every RENEW_MS for as long as this process lives, and every LEASE_MS runs `sweep` (what other
   * owners left since, e.g. a crashed worker whose replacement started at once, inside its lease).
   */
  hold(files: () => string[], sweep: () => Promise<void>): void {
    let sinceSweep = 0;
    let sweeping = false;
    const timer = setInterval(() => {
      const now = new Date();
      for (const file of files()) {
        try {
          fs.utimesSync(file, now, now);
        } catch {}
      }
      sinceSweep += RENEW_MS;
      if (sinceSweep < LEASE_MS || sweeping) return;
      sinceSweep = 0;
      sweeping = true;
      void sweep()
        .catch(() => {})
        .finally(() => (sweeping = false));
    }, RENEW_MS);
    timer.unref();
  }
}
