import { z } from 'zod';

/** Verdict codes of the public protocol, in the order a judge reports precedence. */
export const verdictSchema = z.enum(['AC', 'WA', 'TLE', 'MLE', 'RE', 'CE', 'OLE', 'IE']);
export type Verdict = z.infer<typeof verdictSchema>;

export const verdictNames: Record<Verdict, string> = {
  AC: 'Accepted',
  WA: 'Wrong Answer',
  TLE: 'Time Limit Exceeded',
  MLE: 'Memory Limit Exceeded',
  RE: 'Runtime Error',
  CE: 'Compilation Error',
  OLE: 'Output Limit Exceeded',
  IE: 'Internal Error',
};
