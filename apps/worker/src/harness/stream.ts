import type { ExecuteProblem, ExecuteTest } from '@quickcode/protocol';
import { normalizeTest } from '@quickcode/problems';

/**
 * The driver's stdin: each test's lines, normalized to compact one-line JSON. Throws, naming
 * the test and line, when a test does not fit the signature (the web rejects those earlier).
 * stdio problems do not use the driver: their one test's input is returned unchanged.
 */
export function encodeTests(problem: ExecuteProblem, tests: ExecuteTest[]): string {
  if (problem.kind === 'stdio') {
    if (tests.length > 1) throw new Error('stdio problems run one process per test: encode one test at a time');
    return tests[0]?.input ?? '';
  }
  let out = '';
  for (const test of tests) {
    const r = normalizeTest(problem, test.input);
    if (!r.ok) throw new Error(`test ${test.index + 1}: ${r.message}`);
    for (const line of r.lines) out += `${line}\n`;
  }
  return out;
}

/** One line the driver wrote to fd 3: `<i> <elapsedMicros> <canonicalJson>`. */
export interface DriverAnswer {
  /** Position of the test in the stdin the driver was given (0-based). */
  test: number;
  elapsedMicros: number;
  /** The answer, canonical JSON. */
  output: string;
}

export interface AnswerStream {
  /** Feeds bytes read from fd 3; returns the answers completed by them. */
  push(chunk: Uint8Array | string): DriverAnswer[];
  /** Set once a line broke the protocol (bad shape, or a test number out of sequence); later input is ignored. */
  readonly error: string | null;
  /** Bytes of an unfinished last line (the process died while writing it). */
  readonly pendingBytes: number;
}

const ANSWER = /^(\d+) (\d+) (.*)$/s;

/** An incremental parser for the driver's fd-3 lines. Answers must come in test order, 0, 1, 2 ... */
export function parseAnswerStream(): AnswerStream {
  let parts: Buffer[] = [];
  let pending = 0;
  let expected = 0;
  let error: string | null = null;
  const line = (bytes: Buffer): DriverAnswer | null => {
    const text = bytes.toString('utf8');
    const m = ANSWER.exec(text);
    if (!m) {
      error = `malformed answer line: ${JSON.stringify(text.slice(0, 80))}`;
      return null;
    }
    const test = Number(m[1]);
    if (test !== expected) {
      error = `answer for test ${test} arrived when test ${expected} was expected`;
      return null;
    }
    expected++;
    return { test, elapsedMicros: Number(m[2]), output: m[3] ?? '' };
  };
  return {
    push(chunk) {
      const out: DriverAnswer[] = [];
      if (error) return out;
      let buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      let nl = buf.indexOf(10);
      while (nl >= 0) {
        const whole = parts.length ? Buffer.concat([...parts, buf.subarray(0, nl)]) : buf.subarray(0, nl);
        parts = [];
        pending = 0;
        const answer = line(whole);
        if (!answer) return out;
        out.push(answer);
        buf = buf.subarray(nl + 1);
        nl = buf.indexOf(10);
      }
      if (buf.length) {
        parts.push(Buffer.from(buf));
        pending += buf.length;
      }
      return out;
    },
    get error() {
      return error;
    },
    get pendingBytes() {
      return pending;
    },
  };
}

/** Every answer in a complete fd-3 text (tests and tools). */
export function parseAnswers(text: string): { answers: DriverAnswer[]; error: string | null } {
  const stream = parseAnswerStream();
  const answers = stream.push(text);
  return { answers, error: stream.error };
}

/**
 * Splits the program's stdout at the driver's `<nonce>\n` markers: element i is what test i
 * printed; the last element is what came after the last marker (the output of the test the
 * program died in, usually empty). So a run that answered n tests gives n + 1 elements.
 */
export function splitStdout(stdout: string, nonce: string): string[] {
  if (!nonce) return [stdout];
  const marker = `${nonce}\n`;
  const out: string[] = [];
  let from = 0;
  for (;;) {
    const at = stdout.indexOf(marker, from);
    if (at < 0) break;
    out.push(stdout.slice(from, at));
    from = at + marker.length;
  }
  let rest = stdout.slice(from);
  // A marker cut off by the output limit is still a marker.
  if (rest.endsWith(nonce)) {
    out.push(rest.slice(0, -nonce.length));
    rest = '';
  }
  out.push(rest);
  return out;
}
