/**
 * A small JSON reader that keeps number literals as written, so a 64-bit integer
 * (or a double's exact digits) survives normalization and comparison. Used to validate
 * tests and by the checkers; JSON.parse would round 9007199254740993.
 */

export class JsonNumber {
  constructor(readonly raw: string) {}
  get isInteger(): boolean {
    return !/[.eE]/.test(this.raw);
  }
  get value(): number {
    return Number(this.raw);
  }
}

export type JsonValue = null | boolean | string | JsonNumber | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue;
}

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(message);
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const MAX_DEPTH = 512;

/** Parse one JSON text; throws JsonSyntaxError saying where and what. */
export function parseJson(text: string): JsonValue {
  let i = 0;
  const fail = (what: string): never => {
    const near = text.slice(i, i + 12);
    throw new JsonSyntaxError(i >= text.length ? `${what} at the end` : `${what} at position ${i + 1} (near "${near}")`, i);
  };
  const skip = () => {
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else break;
    }
  };
  const readString = (): string => {
    const start = i;
    i++;
    let escaped = false;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 34) break;
      if (c < 32) fail('control character inside a string');
      if (c === 92) {
        escaped = true;
        i++;
      }
      i++;
    }
    if (i >= text.length) fail('unterminated string');
    i++;
    const body = text.slice(start, i);
    if (!escaped) return body.slice(1, -1);
    try {
      return JSON.parse(body) as string;
    } catch {
      i = start;
      return fail('bad escape in string');
    }
  };
  const readValue = (depth: number): JsonValue => {
    if (depth > MAX_DEPTH) fail('nesting too deep');
    skip();
    const c = text[i];
    if (c === '[') {
      i++;
      const out: JsonValue[] = [];
      skip();
      if (text[i] === ']') {
        i++;
        return out;
      }
      for (;;) {
        out.push(readValue(depth + 1));
        skip();
        if (text[i] === ',') i++;
        else if (text[i] === ']') {
          i++;
          return out;
        } else fail('expected "," or "]"');
      }
    }
    if (c === '{') {
      i++;
      const out: JsonObject = Object.create(null) as JsonObject;
      skip();
      if (text[i] === '}') {
        i++;
        return out;
      }
      for (;;) {
        skip();
        if (text[i] !== '"') fail('expected a key string');
        const key = readString();
        skip();
        if (text[i] !== ':') fail('expected ":"');
        i++;
        out[key] = readValue(depth + 1);
        skip();
        if (text[i] === ',') i++;
        else if (text[i] === '}') {
          i++;
          return out;
        } else fail('expected "," or "}"');
      }
    }
    if (c === '"') return readString();
    if (text.startsWith('true', i)) {
      i += 4;
      return true;
    }
    if (text.startsWith('false', i)) {
      i += 5;
      return false;
    }
    if (text.startsWith('null', i)) {
      i += 4;
      return null;
    }
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (m) {
      i += m[0].length;
      return new JsonNumber(m[0]);
    }
    return fail(i >= text.length ? 'missing value' : 'unexpected character');
  };
  const value = readValue(0);
  skip();
  if (i < text.length) fail('unexpected text after the value');
  return value;
}

export function isJsonObject(v: JsonValue): v is JsonObject {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof JsonNumber);
}

/** Compact JSON text (no spaces), numbers exactly as they were written. */
export function stringifyJson(v: JsonValue): string {
  if (v === null) return 'null';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'string') return JSON.stringify(v);
  if (v instanceof JsonNumber) return v.raw;
  if (Array.isArray(v)) return `[${v.map(stringifyJson).join(',')}]`;
  return `{${Object.keys(v)
    .map((k) => `${JSON.stringify(k)}:${stringifyJson(v[k] as JsonValue)}`)
    .join(',')}}`;
}

/** Short text of a value for messages: long values are cut. */
export function preview(v: JsonValue, max = 40): string {
  const s = stringifyJson(v);
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
