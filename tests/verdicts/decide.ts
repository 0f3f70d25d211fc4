import type { Verdict } from '@quickcode/protocol';
import type { SandboxResult } from '../../apps/worker/src/sandbox/types.js';

/**
 * The small local judge of these tests: the limit that ended a run, else the exit status,
 * else stdout's tokens against the expected answer.
 */
export function decideVerdict(run: SandboxResult, expected?: string): Verdict {
  if (run.internalError) return 'IE';
  switch (run.limitExceeded) {
    case 'memory':
      return 'MLE';
    case 'cpu':
    case 'wall':
      return 'TLE';
    case 'output':
      return 'OLE';
  }
  if (run.signal !== null || run.exitCode !== 0) return 'RE';
  if (expected === undefined) return 'AC';
  const tokens = (s: string) => s.split(/\s+/).filter(Boolean);
  const got = tokens(run.stdout);
  const want = tokens(expected);
  return got.length === want.length && got.every((t, i) => t === want[i]) ? 'AC' : 'WA';
}
