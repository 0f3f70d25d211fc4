import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Box } from './types.js';

const run = promisify(execFile);

/** The unprivileged identity every sandboxed process runs as (nobody). */
export const SANDBOX_UID = 65534;
export const SANDBOX_GID = 65534;

/**
 * Boxes are size-limited tmpfs mounts when the worker may mount (root with CAP_SYS_ADMIN):
 * a plain directory would let a program fill the host's disk. Without that right a box
 * is a directory, and `quota` is false.
 */
export class BoxFactory {
  private readonly dir: string;
  private readonly owner: string;
  private readonly sizeBytes: number;
  private canMount: boolean | null = null;

  constructor(dir: string, owner: string, sizeBytes: number) {
    this.dir = dir;
    this.owner = owner;
    this.sizeBytes = sizeBytes;
  }

  get quota(): boolean {
    return this.canMount === true;
  }

  async create(): Promise<Box> {
    const dir = path.join(this.dir, `${this.owner}-${randomBytes(6).toString('hex')}`);
    await fsp.mkdir(dir, { mode: 0o755 });
    let mounted = false;
    if (this.canMount !== false) {
      try {
        await run('/bin/mount', ['-t', 'tmpfs', '-o', `size=${this.sizeBytes},mode=0755,uid=${SANDBOX_UID},gid=${SANDBOX_GID},nosuid,nodev`, 'tmpfs', dir]);
        mounted = true;
        this.canMount = true;
      } catch {
        this.canMount = false;
      }
    }
    if (!mounted) await fsp.chown(dir, SANDBOX_UID, SANDBOX_GID);
    return new HostBox(dir, mounted);
  }

  /** Remove boxes whose owning worker process is gone (a crash left them behind). */
  async sweep(isLive: (owner: string) => boolean): Promise<number> {
    let removed = 0;
    for (const name of await fsp.readdir(this.dir).catch(() => [] as string[])) {
      const owner = name.slice(0, name.lastIndexOf('-'));
      if (isLive(owner)) continue;
      await destroy(path.join(this.dir, name), true);
      removed++;
    }
    return removed;
  }
}

async function destroy(dir: string, maybeMounted: boolean): Promise<void> {
  if (maybeMounted) {
    try {
      await run('/bin/umount', ['-l', dir]);
    } catch {}
  }
  await fsp.rm(dir, { recursive: true, force: true });
}

class HostBox implements Box {
  readonly dir: string;
  private readonly mounted: boolean;
  private disposed = false;

  constructor(dir: string, mounted: boolean) {
    this.dir = dir;
    this.mounted = mounted;
  }

  async writeFile(name: string, data: string | Uint8Array, mode = 0o644): Promise<string> {
    const target = this.resolve(name);
    // A program that ran in this box may have left a symlink or FIFO under this name:
    // remove whatever is there, then create exclusively so nothing is followed.
    await fsp.rm(target, { force: true, recursive: true });
    const fh = await fsp.open(target, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | fs.constants.O_NOFOLLOW, mode);
    try {
      await fh.writeFile(data);
    } finally {
      await fh.close();
    }
    return target;
  }

  async readFile(name: string, maxBytes: number): Promise<Buffer | null> {
    let fh: fsp.FileHandle;
    try {
      fh = await fsp.open(this.resolve(name), fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW | fs.constants.O_NONBLOCK);
    } catch {
      return null;
    }
    try {
      if (!(await fh.stat()).isFile()) return null;
      const buf = Buffer.alloc(maxBytes);
      const { bytesRead } = await fh.read(buf, 0, maxBytes, 0);
      return buf.subarray(0, bytesRead);
    } finally {
      await fh.close();
    }
  }

  async dispose(): Promise<void> {
    if (this.disposed) return;
    this.disposed = true;
    await destroy(this.dir, this.mounted);
  }

  /** Flat names only: a directory inside the box may be a symlink a program planted. */
  private resolve(name: string): string {
    if (!/^[A-Za-z0-9_.-]+$/.test(name) || name === '.' || name === '..') throw new Error(`not a plain file name for a box: ${name}`);
    return path.join(this.dir, name);
  }
}
