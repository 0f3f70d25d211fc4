import { z } from 'zod';

export const languageIds = ['python', 'javascript', 'typescript', 'cpp', 'java', 'go', 'rust', 'c'] as const;
export const languageIdSchema = z.enum(languageIds);
export type LanguageId = z.infer<typeof languageIdSchema>;

export const languageInfoSchema = z.object({
  id: languageIdSchema,
  name: z.string(),
  version: z.string(),
});
export type LanguageInfo = z.infer<typeof languageInfoSchema>;
