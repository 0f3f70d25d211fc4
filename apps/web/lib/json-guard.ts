import { MAX_JSON_DEPTH } from '@quickcode/protocol';

/**
 * Parse JSON text only if its nesting stays within `maxDepth`. The scan is one linear pass
 * over the characters (strings skipped), so a nesting bomb is refused for the cost of
 * reading it, before JSON.parse (recursive, and slow on deep input) ever sees it.
 */
export function parseBoundedJson(text: string, maxDepth = MAX_JSON_DEPTH): { ok: true; value: unknown } | { ok: false; reason: 'depth' | 'syntax' } {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > maxDepth) return { ok: false, reason: 'depth' };
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, reason: 'syntax' };
  }
}
