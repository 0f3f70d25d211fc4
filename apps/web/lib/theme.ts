import { cookies } from 'next/headers';

export const THEME_COOKIE = 'qc_theme';

/** The theme the viewer chose, or undefined to follow the operating system's. */
export async function chosenTheme(): Promise<'dark' | 'light' | undefined> {
  const value = (await cookies()).get(THEME_COOKIE)?.value;
  return value === 'light' || value === 'dark' ? value : undefined;
}
