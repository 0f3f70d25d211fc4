import { JsonNumber, isJsonObject, parseJson, preview, type JsonValue } from '@quickcode/problems';

/** Checker verdict: `error` is set when the checker itself failed (an internal error, not a wrong answer). */
export interface CheckResult {
  ok: boolean;
  message?: string;
  error?: string;
}

export const pass: CheckResult = { ok: true };
export const fail = (message: string): CheckResult => ({ ok: false, message });

/** Parses an answer; `null` when it is not JSON (a driver never writes that, a custom program might). */
export function tryParse(text: string): { value: JsonValue } | null {
  try {
    return { value: parseJson(text) };
  } catch {
    return null;
  }
}

/** A JSON integer's canonical text: JSON has no leading zeros, so only -0 needs care. */
const integerKey = (raw: string) => (raw === '-0' ? '0' : raw);

/** Significant digits kept when a long literal is read as a double: more cannot change it. */
const KEPT_DIGITS = 24;
const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/**
 * A decimal literal as a double, in time bounded by its length and never more than a few
 * dozen digits converted: a million-digit answer costs one scan, not a big-number parse.
 */
export function boundedNumber(raw: string): number {
  if (raw.length <= 64) return Number(raw);
  const m = DECIMAL.exec(raw);
  if (!m) return Number.NaN;
  const [, sign = '', whole = '', fraction = '', exponentText = '0'] = m;
  const digits = `${whole}${fraction}`;
  const first = digits.search(/[1-9]/);
  if (first < 0) return sign === '-' ? -0 : 0;
  // An exponent of more than 9 digits is far beyond a double's range either way.
  const exponent = exponentText.replace(/^[+-]?0*/, '').length > 9 ? (exponentText.startsWith('-') ? -1e9 : 1e9) : Number(exponentText);
  const kept = digits.slice(first, first + KEPT_DIGITS);
  const scale = whole.length - first - kept.length + exponent;
  return Number(`${sign}${kept}e${scale}`);
}

/** Integers compare exactly at any length (as text, no big-number arithmetic); others as finite doubles, so 2.00000 equals 2. */
export function sameNumber(a: JsonNumber, b: JsonNumber): boolean {
  if (a.isInteger && b.isInteger) return integerKey(a.raw) === integerKey(b.raw);
  const x = boundedNumber(a.raw);
  return Number.isFinite(x) && x === boundedNumber(b.raw);
}

/** Within `tolerance`, absolute or relative. Infinity and NaN are never close to anything. */
export function closeNumber(a: number, b: number, tolerance: number): boolean {
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  if (a === b) return true;
  const diff = Math.abs(a - b);
  return diff <= tolerance || diff <= tolerance * Math.max(Math.abs(a), Math.abs(b));
}

type NumberEq = (a: JsonNumber, b: JsonNumber) => boolean;

/** The path of the first difference between two values, or null when they are equal. */
export function firstDifference(expected: JsonValue, actual: JsonValue, eq: NumberEq = sameNumber, path = ''): string | null {
  const here = path || 'the answer';
  if (expected instanceof JsonNumber || actual instanceof JsonNumber) {
    if (expected instanceof JsonNumber && actual instanceof JsonNumber && eq(expected, actual)) return null;
    return `${here}: expected ${preview(expected)}, got ${preview(actual)}`;
  }
  if (Array.isArray(expected) || Array.isArray(actual)) {
    if (!Array.isArray(expected) || !Array.isArray(actual)) return `${here}: expected ${preview(expected)}, got ${preview(actual)}`;
    for (let i = 0; i < Math.min(expected.length, actual.length); i++) {
      const d = firstDifference(expected[i] as JsonValue, actual[i] as JsonValue, eq, `${path}[${i}]`);
      if (d) return d;
    }
    if (expected.length !== actual.length) return `${here}: expected ${expected.length} elements, got ${actual.length}`;
    return null;
  }
  if (isJsonObject(expected) || isJsonObject(actual)) {
    if (!isJsonObject(expected) || !isJsonObject(actual)) return `${here}: expected ${preview(expected)}, got ${preview(actual)}`;
    const keys = new Set([...Object.keys(expected), ...Object.keys(actual)]);
    for (const k of keys) {
      if (!(k in expected) || !(k in actual)) return `${here}: key ${JSON.stringify(k)} differs`;
      const d = firstDifference(expected[k] as JsonValue, actual[k] as JsonValue, eq, `${path}.${k}`);
      if (d) return d;
    }
    return null;
  }
  return expected === actual ? null : `${here}: expected ${preview(expected)}, got ${preview(actual)}`;
}

let nonFinite = 0;

/** A text key equal for equal values: numbers normalized, and with `deep`, every array's order ignored. */
export function valueKey(v: JsonValue, deep: boolean): string {
  if (v instanceof JsonNumber) {
    if (v.isInteger) return integerKey(v.raw);
    const x = boundedNumber(v.raw);
    // A non-finite value gets a key no other value has: it equals nothing, as in sameNumber.
    return Number.isFinite(x) ? String(x) : `!${nonFinite++}`;
  }
  if (Array.isArray(v)) {
    const parts = v.map((x) => valueKey(x, deep));
    if (deep) parts.sort();
    return `[${parts.join(',')}]`;
  }
  if (isJsonObject(v)) {
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${valueKey(v[k] as JsonValue, deep)}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}

/** Compares two arrays as multisets of element keys. */
export function sameMultiset(expected: JsonValue[], actual: JsonValue[], deep: boolean): string | null {
  if (expected.length !== actual.length) return `expected ${expected.length} elements, got ${actual.length}`;
  const counts = new Map<string, number>();
  for (const e of expected) {
    const k = valueKey(e, deep);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  for (const a of actual) {
    const k = valueKey(a, deep);
    const n = counts.get(k) ?? 0;
    if (n === 0) return `${preview(a)} is not part of the expected answer`;
    counts.set(k, n - 1);
  }
  return null;
}
