import { z } from 'zod';
import { verdictSchema } from './verdicts.js';

/**
 * Events of one submission. They travel on the submission's Pub/Sub channel and are
 * forwarded unchanged to every WebSocket watching it, so one schema serves both.
 */
export const statusEventSchema = z.object({
  type: z.literal('status'),
  id: z.string(),
  status: z.enum(['queued', 'compiling', 'running']),
});

export const testEventSchema = z.object({
  type: z.literal('test'),
  id: z.string(),
  index: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  verdict: verdictSchema,
  timeMs: z.number().nonnegative(),
  memoryKb: z.number().nonnegative(),
  /** What the user's code printed during this test (not its answer), truncated. */
  stdout: z.string().optional(),
});

export const failedTestSchema = z.object({
  index: z.number().int().nonnegative(),
  input: z.string(),
  expected: z.string(),
  actual: z.string(),
});

export const resultEventSchema = z.object({
  type: z.literal('result'),
  id: z.string(),
  verdict: verdictSchema,
  passed: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  timeMs: z.number().nonnegative(),
  memoryKb: z.number().nonnegative(),
  compileOutput: z.string().optional(),
  stderr: z.string().optional(),
  failedTest: failedTestSchema.optional(),
  outputs: z.array(z.string()).optional(),
  /** Per-test stdout in `run` mode (an extension of the protocol). */
  stdouts: z.array(z.string()).optional(),
});

export const submissionEventSchema = z.discriminatedUnion('type', [statusEventSchema, testEventSchema, resultEventSchema]);

export type StatusEvent = z.infer<typeof statusEventSchema>;
export type TestEvent = z.infer<typeof testEventSchema>;
export type ResultEvent = z.infer<typeof resultEventSchema>;
export type FailedTest = z.infer<typeof failedTestSchema>;
export type SubmissionEvent = z.infer<typeof submissionEventSchema>;
