import { z } from 'zod';
import { languageIdSchema } from './languages.js';
import { problemKindSchema, submissionModeSchema } from './http.js';
import { checkerSchema, designSignatureSchema, functionSignatureSchema, problemLimitsSchema } from './problem.js';
import { verdictSchema } from './verdicts.js';

/** Web -> master: a submission row exists in the database and waits for judging. */
export const judgeJobSchema = z.object({ submissionId: z.string() });
export type JudgeJob = z.infer<typeof judgeJobSchema>;

export const executeTestSchema = z.object({
  index: z.number().int().nonnegative(),
  input: z.string(),
  /** Expected answer; null when a custom test's answer must come from the reference solution. Never enters the sandbox. */
  expected: z.string().nullable(),
});
export type ExecuteTest = z.infer<typeof executeTestSchema>;

export const executeProblemSchema = z.object({
  slug: z.string(),
  kind: problemKindSchema,
  function: functionSignatureSchema.optional(),
  design: designSignatureSchema.optional(),
  checker: checkerSchema,
  limits: problemLimitsSchema,
});
export type ExecuteProblem = z.infer<typeof executeProblemSchema>;

/** Master -> worker: compile once, run every test, report each as it finishes. */
export const executeJobSchema = z.object({
  submissionId: z.string(),
  language: languageIdSchema,
  code: z.string(),
  mode: submissionModeSchema,
  problem: executeProblemSchema,
  /** The tests themselves, or empty when `testSet` names them. */
  tests: z.array(executeTestSchema),
  /**
   * A problem's stored tests by content hash: workers fetch them from Redis once and keep
   * them, so large test sets are not shipped with every job.
   */
  testSet: z.object({ hash: z.string(), count: z.number().int().nonnegative() }).optional(),
  /** Used to compute expected answers for custom tests. */
  reference: z.object({ language: languageIdSchema, code: z.string() }).optional(),
});
export type ExecuteJob = z.infer<typeof executeJobSchema>;

export const testResultSchema = z.object({
  index: z.number().int().nonnegative(),
  verdict: verdictSchema,
  timeMs: z.number().nonnegative(),
  memoryKb: z.number().nonnegative(),
  /** The answer the code produced (canonical form), truncated. */
  actual: z.string(),
  /** Expected answer as used by the checker (custom tests: from the reference solution). */
  expected: z.string(),
  stdout: z.string().default(''),
  stderr: z.string().default(''),
  /** The test's input, carried for a failing test only (the `failedTest` of the result). */
  input: z.string().optional(),
  /** Human-readable detail, e.g. the signal name of an RE. */
  detail: z.string().optional(),
});
export type TestResult = z.infer<typeof testResultSchema>;

/** Worker -> master: the job's return value. */
export const executeResultSchema = z.object({
  compiled: z.boolean(),
  compileOutput: z.string().optional(),
  /** Set when the platform, not the code, failed (IE). */
  internalError: z.string().optional(),
  tests: z.array(testResultSchema),
  /** How many tests the job had (results stop at the first failure in `submit` mode). */
  total: z.number().int().nonnegative(),
});
export type ExecuteResult = z.infer<typeof executeResultSchema>;

/** Worker -> master: an execution finished (or failed for good). */
export const resultsJobSchema = z.object({
  submissionId: z.string(),
  workerId: z.string(),
  result: executeResultSchema,
});
export type ResultsJob = z.infer<typeof resultsJobSchema>;

/** A live worker's advertisement, refreshed as a heartbeat. */
export const workerInfoSchema = z.object({
  id: z.string(),
  host: z.string(),
  languages: z.array(z.object({ id: languageIdSchema, name: z.string(), version: z.string() })),
  seenAt: z.number(),
});
export type WorkerInfo = z.infer<typeof workerInfoSchema>;
