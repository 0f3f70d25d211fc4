import type { CheckerSpec, ProblemKind } from '@quickcode/protocol';
import type { JsonNumber, JsonValue } from '@quickcode/problems';
import { tokenDifference, lineDifference, meaningfulLines, tokens } from './text.js';
import { boundedNumber, closeNumber, fail, firstDifference, pass, sameMultiset, tryParse, type CheckResult } from './values.js';

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * The built-in checkers, synchronous: whether `actual` answers a test whose expected answer
 * is `expected`. Function and design answers are canonical JSON compared as values; stdio
 * output as text. Runs on a checker thread (see checker-pool.ts), never on the worker's loop.
 */
export function compareAnswer(spec: Exclude<CheckerSpec, 'custom'>, kind: ProblemKind, actual: string, expected: string): CheckResult {
  if (kind === 'stdio') return checkText(spec, actual, expected);
  if (spec === 'tokens') return resultOf(tokenDifference(expected, actual));
  const e = tryParse(expected.trim());
  if (!e) return resultOf(lineDifference(expected, actual));
  const a = tryParse(actual.trim());
  if (!a) return fail(`the answer is not a value: ${JSON.stringify(actual.slice(0, 60))}`);
  switch (spec) {
    case 'exact':
      return resultOf(firstDifference(e.value, a.value));
    case 'any-order':
    case 'unordered': {
      if (!Array.isArray(e.value) || !Array.isArray(a.value)) return resultOf(firstDifference(e.value, a.value));
      return resultOf(sameMultiset(e.value, a.value, spec === 'unordered'));
    }
    default: {
      const tolerance = spec.tolerance;
      return resultOf(firstDifference(e.value, a.value, (x: JsonNumber, y: JsonNumber) => closeNumber(boundedNumber(x.raw), boundedNumber(y.raw), tolerance)));
    }
  }
}

function resultOf(difference: string | null): CheckResult {
  return difference === null ? pass : fail(difference);
}

function checkText(spec: Exclude<CheckerSpec, 'custom'>, actual: string, expected: string): CheckResult {
  switch (spec) {
    case 'exact':
      return resultOf(lineDifference(expected, actual));
    case 'tokens':
      return resultOf(tokenDifference(expected, actual));
    case 'any-order':
    case 'unordered': {
      // Lines in any order; `unordered` also lets the tokens of a line come in any order.
      const key = (line: string) => (spec === 'unordered' ? tokens(line).sort().join(' ') : tokens(line).join(' '));
      const asValues = (text: string): JsonValue[] => meaningfulLines(text).map(key);
      return resultOf(sameMultiset(asValues(expected), asValues(actual), false));
    }
    default: {
      const tolerance = spec.tolerance;
      return resultOf(tokenDifference(expected, actual, (x, y) => (NUMBER.test(x) && NUMBER.test(y) ? closeNumber(boundedNumber(x), boundedNumber(y), tolerance) : x === y)));
    }
  }
}
