import { z } from 'zod';
import { MAX_CODE_BYTES, MAX_CUSTOM_TESTS, MAX_TEST_BYTES } from './limits.js';
import { verdictSchema } from './verdicts.js';

const utf8Bytes = (text: string) => Buffer.byteLength(text, 'utf8');

export const submissionModeSchema = z.enum(['run', 'submit']);
export type SubmissionMode = z.infer<typeof submissionModeSchema>;

/**
 * Body of POST /api/submissions and the fields of a WebSocket `submit`.
 * `language` is checked against the installed set by the server, so an unknown id
 * gets a 400 naming it rather than a schema error.
 */
export const submissionRequestSchema = z.object({
  problem: z.string().min(1).max(100),
  language: z.string().min(1).max(32),
  code: z.string().refine((code) => utf8Bytes(code) <= MAX_CODE_BYTES, {
    message: `code is larger than ${MAX_CODE_BYTES / 1024} KiB`,
    params: { code: 'code_too_large' },
  }),
  mode: submissionModeSchema,
  tests: z
    .array(z.string().refine((t) => utf8Bytes(t) <= MAX_TEST_BYTES, { message: 'test is too large' }))
    .max(MAX_CUSTOM_TESTS)
    .optional(),
  /**
   * The client's id for this request (an addition to v1): a retry with the same id returns
   * the same submission instead of making a second one. HTTP may send it as `Idempotency-Key`.
   */
  requestId: z.string().min(1).max(200).optional(),
});
export type SubmissionRequest = z.infer<typeof submissionRequestSchema>;

export const errorCodes = [
  'bad_request',
  'invalid_json',
  'code_too_large',
  'unknown_problem',
  'unknown_language',
  'unknown_message',
  'invalid_test',
  'not_found',
  'unauthorized',
  'forbidden',
  'too_many_requests',
  'unavailable',
  'internal',
] as const;
export const errorCodeSchema = z.enum(errorCodes);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

export const errorBodySchema = z.object({
  error: z.object({ code: errorCodeSchema, message: z.string() }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

export const difficultySchema = z.enum(['Easy', 'Medium', 'Hard']);
export type Difficulty = z.infer<typeof difficultySchema>;
export const problemKindSchema = z.enum(['function', 'stdio', 'design']);
export type ProblemKind = z.infer<typeof problemKindSchema>;

/** LeetCode's number for the same problem; null when it has none. */
export const problemNumberSchema = z.number().int().positive().nullable();

export const problemSummarySchema = z.object({
  slug: z.string(),
  number: problemNumberSchema,
  title: z.string(),
  difficulty: difficultySchema,
  tags: z.array(z.string()),
  acceptance: z.number().nullable(),
});
export type ProblemSummary = z.infer<typeof problemSummarySchema>;

export const problemListSchema = z.object({ problems: z.array(problemSummarySchema) });

export const problemDetailSchema = z.object({
  slug: z.string(),
  number: problemNumberSchema,
  title: z.string(),
  difficulty: difficultySchema,
  tags: z.array(z.string()),
  statement: z.string(),
  kind: problemKindSchema,
  starterCode: z.record(z.string(), z.string()),
  sampleTests: z.array(z.string()),
  /** Markdown hints, shown on request. */
  hints: z.array(z.string()),
  /** Markdown editorial, null when the problem has none yet. */
  editorial: z.string().nullable(),
});
export type ProblemDetail = z.infer<typeof problemDetailSchema>;

export const submittedBodySchema = z.object({ id: z.string() });

export const submissionStatusSchema = z.enum(['queued', 'compiling', 'running', 'finished']);
export type SubmissionStatus = z.infer<typeof submissionStatusSchema>;

export const healthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  redis: z.string(),
  db: z.string(),
  workers: z.number().int(),
  /** What is degraded while `status` is `degraded` (an addition to v1), e.g. `workers` before any worker passed its self-test. */
  degraded: z.array(z.string()).optional(),
  message: z.string().optional(),
});
export type Health = z.infer<typeof healthSchema>;

export { verdictSchema };
