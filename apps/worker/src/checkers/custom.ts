import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CheckResult } from './values.js';

/**
 * A problem's own checker, problems/<slug>/checker.ts, exporting
 * `check(input, expected, actual): boolean | { ok: boolean; message?: string }` (sync or async).
 * Trusted code from the repository: it runs on a checker thread, never in the sandbox.
 */
export type CustomCheck = (input: string, expected: string, actual: string) => CustomAnswer | Promise<CustomAnswer>;
type CustomAnswer = boolean | { ok: boolean; message?: string };

const SLUG = /^[a-z0-9][a-z0-9-]*$/;
const loaded = new Map<string, CustomCheck>();

const checkerFile = (problemsDir: string, slug: string) => path.join(problemsDir, slug, 'checker.ts');

function asCheck(mod: unknown, file: string): CustomCheck {
  const m = mod as { check?: unknown; default?: { check?: unknown } };
  const fn = m.check ?? m.default?.check;
  if (typeof fn !== 'function') throw new Error(`${file} does not export a check(input, expected, actual) function`);
  return fn as CustomCheck;
}

/** The checker of `slug`, imported once per thread. */
export async function customCheckerOf(problemsDir: string, slug: string): Promise<CustomCheck> {
  const known = loaded.get(slug);
  if (known) return known;
  if (!SLUG.test(slug)) throw new Error(`bad problem slug ${JSON.stringify(slug)}`);
  const file = checkerFile(problemsDir, slug);
  if (!fs.existsSync(file)) throw new Error(`problem ${slug} uses a custom checker but has no checker.ts`);
  const check = asCheck(await import(pathToFileURL(file).href), file);
  loaded.set(slug, check);
  return check;
}

/** Runs a custom checker; one that cannot be loaded or throws is an internal error, not a wrong answer. */
export async function checkCustom(problemsDir: string, slug: string, input: string, expected: string, actual: string): Promise<CheckResult> {
  let check: CustomCheck;
  try {
    check = await customCheckerOf(problemsDir, slug);
  } catch (err) {
    return { ok: false, error: `the custom checker of ${slug} could not be loaded: ${(err as Error).message}` };
  }
  try {
    const r = await check(input, expected, actual);
    if (typeof r === 'boolean') return r ? { ok: true } : { ok: false, message: 'the custom checker rejected the answer' };
    return r.ok ? { ok: true } : { ok: false, message: r.message ?? 'the custom checker rejected the answer' };
  } catch (err) {
    return { ok: false, error: `the custom checker of ${slug} failed: ${(err as Error).message}` };
  }
}
