import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * A hung compiler must not hang the worker's start, but a slow machine must still start:
 * gcc -O2 of launcher.c needs 0.7 s of CPU, but took 37 s of wall time on this loaded 2-core
 * host and over 60 s in the emulated VM of test:cgroup2 (the old timeout).
 */
const BUILD_TIMEOUT_MS = 300_000;

/** Where the launcher's C source lives, next to this file. */
const SOURCE = new URL('./launcher.c', import.meta.url);

/**
 * Compile qc-launch once into `binDir` (named by the hash of its source, so an edited
 * launcher is rebuilt and an old one is never used). Returns the binary's path.
 * A C exec helper costs ~19 ms per run; a shell script doing the same ~150 ms.
 */
export async function ensureLauncher(binDir: string): Promise<string> {
  const source = await fsp.readFile(SOURCE);
  const hash = createHash('sha256').update(source).digest('hex').slice(0, 12);
  const target = path.join(binDir, `qc-launch-${hash}`);
  if (fs.existsSync(target)) return target;
  await fsp.mkdir(binDir, { recursive: true, mode: 0o755 });
  const srcCopy = path.join(binDir, `qc-launch-${hash}.${process.pid}.c`);
  const tmp = `${target}.${process.pid}.tmp`;
  await fsp.writeFile(srcCopy, source);
  try {
    await run('gcc', ['-O2', '-Wall', '-o', tmp, srcCopy], { timeout: BUILD_TIMEOUT_MS });
    await fsp.chmod(tmp, 0o755);
    // rename is atomic: a concurrent worker compiling the same source cannot see half a file.
    await fsp.rename(tmp, target);
  } catch (err) {
    const { stderr = '', killed = false } = err as { stderr?: string; killed?: boolean };
    const why = killed ? `gcc did not finish within ${BUILD_TIMEOUT_MS / 1000} s and was stopped` : (err as Error).message.split('\n')[0];
    throw new Error(`Could not build the sandbox launcher with gcc (${why}). ${stderr}`.trim());
  } finally {
    await fsp.rm(srcCopy, { force: true });
    await fsp.rm(tmp, { force: true });
  }
  return target;
}
