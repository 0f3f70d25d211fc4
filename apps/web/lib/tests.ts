import { validateTest } from '@quickcode/problems';
import type { ProblemConfig } from '@quickcode/protocol';

/**
 * Why custom test number `index` (0-based) cannot be run, as one sentence naming the test
 * and its line, or undefined when it is well formed.
 */
export function testProblem(config: ProblemConfig, index: number, text: string): string | undefined {
  const r = validateTest(config, text);
  if (r.ok) return undefined;
  const detail = r.message.startsWith('line ') ? r.message : `line ${r.line}: ${r.message}`;
  return `Test ${index + 1}, ${detail.replace(/\.$/, '')}.`;
}
