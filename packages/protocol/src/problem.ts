import { z } from 'zod';
import { difficultySchema, problemKindSchema } from './http.js';

/**
 * A value type in a signature, written as LeetCode shows it:
 * int, long, double, bool, string, char, T[] and T[][] of those, ListNode, TreeNode.
 */
export const scalarTypes = ['int', 'long', 'double', 'bool', 'string', 'char'] as const;
/** Scalars and arrays of them (at most two levels); `list<...>` is a sequence that LeetCode's Java declares as a List (`list<list<int>>`, `list<string>`, `list<int[]>`). */
export const valueTypePattern =
  /^(?:(?:int|long|double|bool|string|char)(?:\[\]){0,2}|list<(?:int|long|double|bool|string|char)(?:\[\])?>|list<list<(?:int|long|double|bool|string|char)>>|ListNode|TreeNode|void)$/;
export const valueTypeSchema = z.string().regex(valueTypePattern, 'unknown type');
export type ValueType = string;

export const paramSchema = z.object({ name: z.string().regex(/^[A-Za-z_]\w*$/), type: valueTypeSchema });
export type Param = z.infer<typeof paramSchema>;

export const functionSignatureSchema = z.object({
  name: z.string().regex(/^[A-Za-z_]\w*$/),
  params: z.array(paramSchema),
  returns: valueTypeSchema,
});
export type FunctionSignature = z.infer<typeof functionSignatureSchema>;

export const designSignatureSchema = z.object({
  className: z.string().regex(/^[A-Za-z_]\w*$/),
  constructorParams: z.array(paramSchema).default([]),
  methods: z.array(functionSignatureSchema),
});
export type DesignSignature = z.infer<typeof designSignatureSchema>;

export const checkerSchema = z.union([z.enum(['exact', 'tokens', 'any-order', 'unordered', 'custom']), z.object({ type: z.literal('float'), tolerance: z.number().positive().default(1e-5) })]);
export type CheckerSpec = z.infer<typeof checkerSchema>;

export const problemLimitsSchema = z.object({
  /** CPU time per test for the fastest languages; slower languages are scaled (see worker limits). */
  timeMs: z.number().int().positive().default(2000),
  memoryMb: z.number().int().positive().default(256),
  outputKb: z.number().int().positive().default(1024),
});
export type ProblemLimits = z.infer<typeof problemLimitsSchema>;

/** The study plan's topics, in the order the plan walks them (after the interview-prep roadmaps). */
export const studyTopics = [
  'Arrays & Hashing',
  'Two Pointers',
  'Sliding Window',
  'Stack',
  'Binary Search',
  'Linked List',
  'Trees',
  'Tries',
  'Heap / Priority Queue',
  'Backtracking',
  'Graphs',
  'Advanced Graphs',
  '1-D Dynamic Programming',
  '2-D Dynamic Programming',
  'Greedy',
  'Intervals',
  'Math & Geometry',
  'Bit Manipulation',
  'Basics',
] as const;
export const studyTopicSchema = z.enum(studyTopics);
export type StudyTopic = z.infer<typeof studyTopicSchema>;

/** The contents of problems/<slug>/problem.yml. */
export const problemConfigSchema = z
  .object({
    title: z.string().min(1),
    difficulty: difficultySchema,
    tags: z.array(z.string()).default([]),
    kind: problemKindSchema,
    function: functionSignatureSchema.optional(),
    design: designSignatureSchema.optional(),
    limits: problemLimitsSchema.default({ timeMs: 2000, memoryMb: 256, outputKb: 1024 }),
    checker: checkerSchema.default('exact'),
    /** Names of tests (file stems under tests/) shown as examples. */
    samples: z.array(z.string()).min(1),
    /** Where the problem sits in the study plan; problems without one are listed after the plan. */
    topic: studyTopicSchema.nullable().default(null),
    /** LeetCode's number for the same problem; null when LeetCode has none (a-plus-b). */
    number: z.number().int().positive().nullable().default(null),
    /** One to three markdown hints, shown one at a time on request. */
    hints: z.array(z.string().min(1)).max(3).default([]),
    /** Markdown: the approach, its complexity, the pitfall. The loader fills it from editorial.md. */
    editorial: z.string().min(1).nullable().default(null),
  })
  .superRefine((p, ctx) => {
    if (p.kind === 'function' && !p.function) ctx.addIssue({ code: 'custom', message: 'function problems need `function`' });
    if (p.kind === 'design' && !p.design) ctx.addIssue({ code: 'custom', message: 'design problems need `design`' });
  });
export type ProblemConfig = z.infer<typeof problemConfigSchema>;
