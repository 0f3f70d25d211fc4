import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { LanguageToolchain, PrecompiledHeaderSpec } from '@quickcode/languages/toolchain';
import { SANDBOX_PATH } from '../../sandbox/bwrap.js';
import type { Sandbox } from '../../sandbox/types.js';
import { resolveLimits } from './limits.js';

/**
 * Precompiled headers (GCC's .gch) for compiled languages whose programs nearly all start
 * with one big header (C++'s <bits/stdc++.h>: a+b takes ~1.8 s of CPU to compile parsing it,
 * ~0.4 s reading a .gch; two-sum's generated driver ~2.7 s and ~1.2 s).
 *
 * - Built by the worker itself, outside the sandbox: the input is one `#include` line, the
 *   system headers under /usr and the language's fixed flags, run with a clean environment;
 *   no user code is involved. (Inside the sandbox it could not be: the .gch is ~100 MB, over
 *   a compile's file-size limit, and would come out of a box user code can write.)
 * - Stored under a root-owned directory (QUICKCODE_PCH_DIR, default /var/cache/quickcode/pch;
 *   not under /tmp, which the sandbox replaces with its own tmpfs), in a directory named by
 *   the hash of the compiler binary, its flags and the preprocessed header, so a compiler or
 *   header upgrade gets a new one and workers on one host share it. Published by an atomic
 *   rename; the file is mode 0444.
 * - Bound read-only into compiles at the same path and put first on the include path
 *   (`-I <dir>`): GCC tries `<dir>/bits/stdc++.h.gch` before any `bits/stdc++.h`, and uses it
 *   only when valid (same flags and macros, included before any code), else reads the real
 *   header as before, so programs see no difference but speed. Beside the .gch lies a
 *   `<header>` that forwards (`#include_next`) to the real one, for a second include.
 * - Checked once per process by a compile in the sandbox with `-H`; any failure is a
 *   warning (process 'warning' event, code QUICKCODE_PCH) and compiles go on without it.
 */

const exec = promisify(execFile);

export interface ReadyHeader {
  /** Host directory holding `<header>.gch`, bound read-only at the same path into compiles. */
  dir: string;
  /** The .gch file itself. */
  file: string;
}

/** Bumped when the layout or the way of building changes. */
const FORMAT = 'qc-pch-2';
const BUILD_TIMEOUT_MS = 300_000;
/** Paths the sandbox mounts over: a bind below them would be hidden. */
const SHADOWED = ['/tmp', '/box', '/dev', '/proc', '/run'];

export function pchBaseDir(): string {
  return path.resolve(process.env.QUICKCODE_PCH_DIR || '/var/cache/quickcode/pch');
}

/** The compiler and its flags, from a compile argv: no `-o <out>`, no source file. */
export function compilerFlags(language: Pick<LanguageToolchain, 'compile' | 'sourceFile'>): { compiler: string; flags: string[] } {
  const [compiler, ...rest] = language.compile ?? [];
  if (!compiler) throw new Error('the language has no compile command');
  const flags: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === '-o') i++;
    else if (rest[i] !== language.sourceFile) flags.push(rest[i]!);
  }
  return { compiler, flags };
}

/** The compile argv with the header's directory first on the include path. */
export function withPrecompiledHeader(argv: string[], ready: ReadyHeader | null): string[] {
  if (!ready) return argv;
  const [compiler, ...rest] = argv;
  return [compiler!, '-I', ready.dir, ...rest];
}

const prepared = new Map<string, Promise<ReadyHeader | null>>();

/**
 * The language's precompiled header, made (or found) and checked once per process; null
 * when it has none or it could not be made (then compiles go on without it).
 */
export function precompiledHeader(sandbox: Sandbox, language: LanguageToolchain): Promise<ReadyHeader | null> {
  const spec = language.precompiledHeader;
  if (!spec || !language.compile) return Promise.resolve(null);
  let ready = prepared.get(language.id);
  if (!ready) {
    ready = prepare(sandbox, language, spec).catch((err: Error) => {
      process.emitWarning(`${language.name}: no precompiled ${spec.header}, compiling without it: ${err.message}`, { code: 'QUICKCODE_PCH' });
      return null;
    });
    prepared.set(language.id, ready);
  }
  return ready;
}

/** The directory and its ancestors: owned by root (or us), writable by no one else (sticky ancestors aside), searchable by all. */
function assertTrusted(dir: string): void {
  const uid = process.getuid?.() ?? 0;
  for (let d = dir; ; d = path.dirname(d)) {
    const st = fs.statSync(d);
    if (st.uid !== 0 && st.uid !== uid) throw new Error(`${d} is owned by uid ${st.uid}, not by the worker`);
    const sticky = (st.mode & 0o1000) !== 0;
    if ((st.mode & 0o022) !== 0 && (d === dir || !sticky)) throw new Error(`${d} is writable by others (mode ${(st.mode & 0o7777).toString(8)})`);
    if ((st.mode & 0o001) === 0) throw new Error(`${d} is not searchable by the sandbox user`);
    if (d === path.dirname(d)) return;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Build directories of processes that died while building. */
async function sweepBuilds(base: string): Promise<void> {
  for (const name of await fsp.readdir(base).catch(() => [] as string[])) {
    const m = /^\.build-(\d+)-/.exec(name);
    if (m && !alive(Number(m[1]))) await fsp.rm(path.join(base, name), { recursive: true, force: true });
  }
}

async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

async function prepare(sandbox: Sandbox, language: LanguageToolchain, spec: PrecompiledHeaderSpec): Promise<ReadyHeader> {
  const base = pchBaseDir();
  if (SHADOWED.some((p) => base === p || base.startsWith(`${p}/`))) throw new Error(`${base} would be hidden inside the sandbox (under ${SHADOWED.join(', ')}); set QUICKCODE_PCH_DIR elsewhere`);
  if (!/^[A-Za-z0-9_+-]+(\/[A-Za-z0-9_.+-]+)*$/.test(spec.header) || spec.header.split('/').includes('..')) throw new Error(`not a header name: ${spec.header}`);
  await fsp.mkdir(base, { recursive: true, mode: 0o755 });
  assertTrusted(base);
  await sweepBuilds(base);

  const { compiler, flags } = compilerFlags(language);
  const build = path.join(base, `.build-${process.pid}-${randomBytes(6).toString('hex')}`);
  await fsp.mkdir(build, { mode: 0o700 });
  try {
    await fsp.writeFile(path.join(build, 'src.h'), `#include <${spec.header}>\n`);
    // A clean environment: CPATH, GCC_EXEC_PREFIX and the like of the worker's own must not count.
    const env = { PATH: SANDBOX_PATH, LANG: 'C.UTF-8', ...language.compileEnv } as Record<string, string> as NodeJS.ProcessEnv;
    const opts = { cwd: build, env, encoding: 'utf8' as const, timeout: BUILD_TIMEOUT_MS, killSignal: 'SIGKILL' as const, maxBuffer: 256 << 20 };
    const cc1 = spec.kind === 'c++-header' ? 'cc1plus' : 'cc1';
    const [pre, version, cc1Path] = await Promise.all([
      exec(compiler, [...flags, '-x', spec.kind, '-E', 'src.h'], opts),
      exec(compiler, ['-v'], opts),
      exec(compiler, [`-print-prog-name=${cc1}`], opts),
    ]);
    const cc1Hash = await sha256File(cc1Path.stdout.trim());
    const key = createHash('sha256')
      .update([FORMAT, compiler, flags.join(' '), spec.kind, spec.header, version.stderr, cc1Hash, pre.stdout].join('\0'))
      .digest('hex')
      .slice(0, 16);
    const dir = path.join(base, `${language.id}-${key}`);
    const ready = { dir, file: path.join(dir, `${spec.header}.gch`) };

    if (!fs.existsSync(ready.file)) {
      const out = path.join(build, `${spec.header}.gch`);
      await fsp.mkdir(path.dirname(out), { recursive: true, mode: 0o755 });
      await exec(compiler, [...flags, '-x', spec.kind, 'src.h', '-o', out], opts);
      await fsp.rm(path.join(build, 'src.h'));
      await fsp.chmod(out, 0o444);
      // A second `#include <header>` (the driver's, then the user's own) cannot reuse the .gch:
      // GCC then opens the header beside it, which forwards to the real one (all its parts are guarded).
      const forward = path.join(build, spec.header);
      await fsp.writeFile(forward, `#include_next <${spec.header}>\n`, { mode: 0o444 });
      await fsp.chmod(build, 0o755);
      try {
        // Atomic: a worker building the same at once cannot publish half a file.
        await fsp.rename(build, dir);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if ((code !== 'ENOTEMPTY' && code !== 'EEXIST') || !fs.existsSync(ready.file)) throw err;
      }
    }
    assertTrusted(ready.dir);
    await check(sandbox, language, ready);
    return ready;
  } finally {
    await fsp.rm(build, { recursive: true, force: true });
  }
}

/** A compile in the sandbox, as user code gets it, must read the .gch (`-H` prints `! <file>`). */
async function check(sandbox: Sandbox, language: LanguageToolchain, ready: ReadyHeader): Promise<void> {
  const header = path.relative(ready.dir, ready.file).replace(/\.gch$/, '');
  const box = await sandbox.createBox();
  try {
    await box.writeFile(language.sourceFile, `#include <${header}>\nint main(void) { return 0; }\n`);
    const result = await sandbox.run({
      argv: [...withPrecompiledHeader(language.compile!, ready), '-H', '-Winvalid-pch'],
      box,
      limits: resolveLimits({ timeMs: 1000, memoryMb: 256, outputKb: 64 }, language, 'compile'),
      env: language.compileEnv ?? {},
      readOnlyBinds: [...(language.readOnlyBinds ?? []), ready.dir],
    });
    const said = `${result.stdout}\n${result.stderr}`;
    if (result.internalError || result.exitCode !== 0) throw new Error(`the check compile failed: ${result.internalError ?? said.trim().slice(-500)}`);
    if (!said.split('\n').includes(`! ${ready.file}`)) throw new Error(`gcc did not use ${ready.file}: ${said.trim().slice(0, 500)}`);
  } finally {
    await box.dispose();
  }
}
