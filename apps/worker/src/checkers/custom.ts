import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from '@quickcode/protocol';
import type { CheckResult } from './values.js';

/**
 * A problem's own checker, problems/<slug>/checker.ts, exporting
 * `check(input, expected, actual): boolean | { ok: boolean; message?: string }`.
 * Trusted code from the repository: it runs in the worker, never in the sandbox.
 */
export type CustomCheck = (input: string, expected: string, actual: string) => boolean | { ok: boolean; message?: string };

const checkers = new Map<string, CustomCheck>();
const require = createRequire(import.meta.url);

function problemsDir(): string {
  return path.resolve(process.env.QUICKCODE_PROBLEMS_DIR || path.join(repoRoot(), 'problems'));
}

function checkerFile(slug: string, dir = problemsDir()): string {
  return path.join(dir, slug, 'checker.ts');
}

function asCheck(mod: unknown, file: string): CustomCheck {
  const fn = (mod as { check?: unknown; default?: { check?: unknown } }).check ?? (mod as { default?: { check?: unknown } }).default?.check;
  if (typeof fn !== 'function') throw new Error(`${file} does not export a check(input, expected, actual) function`);
  return fn as CustomCheck;
}

export function registerCustomChecker(slug: string, check: CustomCheck): void {
  checkers.set(slug, check);
}

/** Loads every problems/<slug>/checker.ts once, at start, so checking never waits on a file. */
export async function loadCustomCheckers(dir = problemsDir()): Promise<string[]> {
  const loaded: string[] = [];
  if (!fs.existsSync(dir)) return loaded;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = checkerFile(entry.name, dir);
    if (!entry.isDirectory() || !fs.existsSync(file)) continue;
    checkers.set(entry.name, asCheck(await import(pathToFileURL(file).href), file));
    loaded.push(entry.name);
  }
  return loaded;
}

/** The checker of `slug`: preloaded, or required now (works where TypeScript files can be required, as under tsx). */
function checkerOf(slug: string): CustomCheck {
  const known = checkers.get(slug);
  if (known) return known;
  if (!/^[a-z0-9][a-z0-9-]*$/.test(slug)) throw new Error(`bad problem slug ${JSON.stringify(slug)}`);
  const file = checkerFile(slug);
  if (!fs.existsSync(file)) throw new Error(`problem ${slug} uses a custom checker but has no checker.ts`);
  const check = asCheck(require(file), file);
  checkers.set(slug, check);
  return check;
}

export function checkCustom(slug: string, input: string, expected: string, actual: string): CheckResult {
  let check: CustomCheck;
  try {
    check = checkerOf(slug);
  } catch (err) {
    return { ok: false, error: `the custom checker of ${slug} could not be loaded: ${(err as Error).message}` };
  }
  try {
    const r = check(input, expected, actual);
    if (typeof r === 'boolean') return r ? { ok: true } : { ok: false, message: 'the custom checker rejected the answer' };
    return r.ok ? { ok: true } : { ok: false, message: r.message ?? 'the custom checker rejected the answer' };
  } catch (err) {
    return { ok: false, error: `the custom checker of ${slug} failed: ${(err as Error).message}` };
  }
}
