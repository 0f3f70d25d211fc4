/**
 * A function problem's test is one JSON value per parameter, one per line. These split it
 * into labelled fields (`nums =`, `target =`) and join the fields back.
 */
export function splitTestInput(input: string, paramCount: number): string[] {
  const lines = input.replace(/\r\n/g, '\n').replace(/\n+$/, '').split('\n');
  if (paramCount <= 0) return [input];
  const values = lines.slice(0, paramCount);
  // Extra lines stay with the last value rather than being lost.
  if (lines.length > paramCount) values[paramCount - 1] = lines.slice(paramCount - 1).join(' ');
  while (values.length < paramCount) values.push('');
  return values;
}

/** One value per line; a line break typed inside a value would shift every later one, so it becomes a space. */
export function joinTestInput(values: string[]): string {
  return values.map((v) => v.replace(/\r?\n/g, ' ')).join('\n');
}

/** The expected output of a case when it is one of the examples (LeetCode shows it for those). */
export function knownExpected(input: string, samples: string[], expected: string[]): string | undefined {
  const norm = (s: string) => s.replace(/\r\n/g, '\n').trim();
  const i = samples.findIndex((s) => norm(s) === norm(input));
  return i >= 0 ? expected[i]?.replace(/\n+$/, '') : undefined;
}
