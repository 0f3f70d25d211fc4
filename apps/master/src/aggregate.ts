import type { ExecuteResult, ResultEvent, SubmissionMode, TestResult } from '@quickcode/protocol';

export interface AggregateInput {
  submissionId: string;
  mode: SubmissionMode;
  result: ExecuteResult;
}

export interface Aggregated {
  event: ResultEvent;
  tests: TestResult[];
}

/** Longest stderr or compiler output carried in a result event. */
const MAX_TEXT = 8 * 1024;
const tail = (text: string) => (text.length > MAX_TEXT ? text.slice(-MAX_TEXT) : text);

/**
 * Turn per-test results into one verdict, as LeetCode reports it: the first test that
 * did not pass decides, runtime is the sum over tests, memory the peak.
 */
export function aggregate({ submissionId, mode, result }: AggregateInput): Aggregated {
  const total = result.total;
  const base = { type: 'result' as const, id: submissionId, total };
  if (result.internalError) {
    return {
      event: { ...base, verdict: 'IE', passed: 0, timeMs: 0, memoryKb: 0, stderr: tail(result.internalError) },
      tests: [],
    };
  }
  if (!result.compiled) {
    return {
      event: { ...base, verdict: 'CE', passed: 0, timeMs: 0, memoryKb: 0, compileOutput: tail(result.compileOutput ?? '') },
      tests: [],
    };
  }
  const tests = [...result.tests].sort((a, b) => a.index - b.index);
  const failed = tests.find((t) => t.verdict !== 'AC');
  const passed = tests.filter((t) => t.verdict === 'AC').length;
  const timeMs = Math.round(tests.reduce((sum, t) => sum + t.timeMs, 0));
  const memoryKb = Math.round(tests.reduce((max, t) => Math.max(max, t.memoryKb), 0));
  // Every test answered and none failed is the only way to AC; a missing answer is the platform's fault.
  const verdict = failed ? failed.verdict : tests.length === total ? 'AC' : 'IE';
  const event: ResultEvent = { ...base, verdict, passed, timeMs, memoryKb };
  if (result.compileOutput) event.compileOutput = tail(result.compileOutput);
  if (failed) {
    event.failedTest = {
      index: failed.index,
      input: failed.input ?? '',
      expected: failed.expected,
      actual: failed.actual,
    };
    if (failed.stderr) event.stderr = tail(failed.stderr);
  } else if (!failed && tests.length !== total) {
    event.stderr = `The worker returned ${tests.length} of ${total} test results.`;
  }
  if (mode === 'run') {
    event.outputs = tests.map((t) => t.actual);
    event.stdouts = tests.map((t) => t.stdout);
  }
  return { event, tests };
}
