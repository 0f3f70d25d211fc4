const SUPERSCRIPT: Record<string, string> = { '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹', '-': '⁻' };

// A number or a single letter raised to an integer: `10^4`, `-10^9`, `2^31 - 1`, `n^2`; never `a ^ b` or `x^y`.
const POWER = /\b(\d+|[A-Za-z])\^(-?\d+)\b/g;
const FENCE = /^(```|~~~)/;

/**
 * A statement's powers written as LeetCode shows them (10⁴ for `10^4`), in its prose and inline
 * code alike; fenced code blocks keep their text, where `^` may be an operator.
 */
export function superscriptPowers(markdown: string): string {
  let fenced = false;
  return markdown
    .split('\n')
    .map((line) => {
      if (FENCE.test(line.trimStart())) fenced = !fenced;
      else if (!fenced) return line.replace(POWER, (_, base: string, exponent: string) => base + [...exponent].map((c) => SUPERSCRIPT[c]).join(''));
      return line;
    })
    .join('\n');
}
