import { z } from 'zod';

/** One schema for the sign-up form and the route that receives it. */
export const credentialsSchema = z.object({
  username: z
    .string()
    .trim()
    .min(3, 'Username must be at least 3 characters.')
    .max(32, 'Username must be at most 32 characters.')
    .regex(/^[A-Za-z0-9_-]+$/, 'Username may use letters, digits, "_" and "-" only.'),
  password: z.string().min(8, 'Password must be at least 8 characters.').max(200, 'Password must be at most 200 characters.'),
});
export type Credentials = z.infer<typeof credentialsSchema>;

/** The first problem with the credentials, as a sentence, or undefined. */
export function credentialsProblem(input: unknown): string | undefined {
  const parsed = credentialsSchema.safeParse(input);
  return parsed.success ? undefined : (parsed.error.issues[0]?.message ?? 'Username and password are required.');
}
