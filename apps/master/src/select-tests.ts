import type { ExecuteTest } from '@quickcode/protocol';
import type { SubmissionRow, TestRow } from '@quickcode/db';

/**
 * The tests a submission runs: every test for `submit`; the user's own tests or the samples
 * for `run`. Custom tests have no stored answer: the reference solution supplies it.
 */
export function selectTests(submission: Pick<SubmissionRow, 'mode' | 'customTests'>, stored: TestRow[]): ExecuteTest[] {
  if (submission.mode === 'run' && submission.customTests && submission.customTests.length > 0) {
    return submission.customTests.map((input, index) => ({ index, input, expected: null }));
  }
  const chosen = submission.mode === 'run' ? stored.filter((t) => t.isSample) : stored;
  return chosen.map((t, index) => ({ index, input: t.input, expected: t.expected }));
}
