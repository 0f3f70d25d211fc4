import { z } from 'zod';

/** Verdict codes of the public protocol, in the order a judge reports precedence. */
export const verdictSchema = z.enum(['AC', 'WA', 'TLE', 'MLE', 'RE', 'CE', 'OLE', 'IE']);
export type Verdict = z.infer<typeof verdictSchema>;
