/** Output lines with trailing whitespace and trailing blank lines removed. */
export function meaningfulLines(text: string): string[] {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/\s+$/, ''));
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

export function tokens(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

const clip = (s: string, max = 60) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/** The first differing line of two outputs, or null when they match line for line. */
export function lineDifference(expected: string, actual: string): string | null {
  const e = meaningfulLines(expected);
  const a = meaningfulLines(actual);
  for (let i = 0; i < Math.max(e.length, a.length); i++) {
    if (e[i] === a[i]) continue;
    if (e[i] === undefined) return `line ${i + 1}: expected the output to end, got ${JSON.stringify(clip(a[i] ?? ''))}`;
    if (a[i] === undefined) return `line ${i + 1}: expected ${JSON.stringify(clip(e[i] ?? ''))}, got the end of the output`;
    return `line ${i + 1}: expected ${JSON.stringify(clip(e[i] ?? ''))}, got ${JSON.stringify(clip(a[i] ?? ''))}`;
  }
  return null;
}

/** The first differing whitespace-separated token, or null. `same` decides token equality. */
export function tokenDifference(expected: string, actual: string, same: (e: string, a: string) => boolean = (e, a) => e === a): string | null {
  const e = tokens(expected);
  const a = tokens(actual);
  for (let i = 0; i < Math.max(e.length, a.length); i++) {
    const x = e[i];
    const y = a[i];
    if (x !== undefined && y !== undefined && same(x, y)) continue;
    if (x === undefined) return `token ${i + 1}: expected the output to end, got ${JSON.stringify(clip(y ?? ''))}`;
    if (y === undefined) return `token ${i + 1}: expected ${JSON.stringify(clip(x))}, got the end of the output`;
    return `token ${i + 1}: expected ${JSON.stringify(clip(x))}, got ${JSON.stringify(clip(y))}`;
  }
  return null;
}
