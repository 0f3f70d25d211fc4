/** Any longest palindromic substring is accepted: the answer must occur in `s`, read the same backwards, and be as long as the expected one. */
export function check(input: string, expected: string, actual: string): { ok: boolean; message?: string } {
  const s = JSON.parse(input.split('\n')[0] ?? '""') as string;
  const want = JSON.parse(expected) as string;
  let got: unknown;
  try {
    got = JSON.parse(actual);
  } catch {
    return { ok: false, message: 'the answer is not a string' };
  }
  if (typeof got !== 'string') return { ok: false, message: 'the answer is not a string' };
  if (got.length !== want.length) return { ok: false, message: `the answer has length ${got.length}, the longest palindrome has length ${want.length}` };
  if (!s.includes(got)) return { ok: false, message: 'the answer is not a substring of s' };
  if (got !== [...got].reverse().join('')) return { ok: false, message: 'the answer is not a palindrome' };
  return { ok: true };
}
