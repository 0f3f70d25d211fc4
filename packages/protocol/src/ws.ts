import { z } from 'zod';
import { submissionRequestSchema } from './http.js';
import { errorCodeSchema } from './http.js';
import { resultEventSchema, statusEventSchema, testEventSchema } from './events.js';

export const clientMessageSchema = z.discriminatedUnion('type', [
  submissionRequestSchema.extend({ type: z.literal('submit'), requestId: z.string().max(200).optional() }),
  z.object({ type: z.literal('subscribe'), id: z.string().min(1).max(100), requestId: z.string().max(200).optional() }),
  z.object({ type: z.literal('ping') }),
]);
export type ClientMessage = z.infer<typeof clientMessageSchema>;

export const submittedMessageSchema = z.object({
  type: z.literal('submitted'),
  requestId: z.string().optional(),
  id: z.string(),
});
export const errorMessageSchema = z.object({
  type: z.literal('error'),
  requestId: z.string().optional(),
  code: errorCodeSchema,
  message: z.string(),
});
export const pongMessageSchema = z.object({ type: z.literal('pong') });

export const serverMessageSchema = z.discriminatedUnion('type', [submittedMessageSchema, statusEventSchema, testEventSchema, resultEventSchema, errorMessageSchema, pongMessageSchema]);
export type ServerMessage = z.infer<typeof serverMessageSchema>;
export type ErrorMessage = z.infer<typeof errorMessageSchema>;
