/** Sizes (percent) of the problem page's panes, by panel id, as react-resizable-panels reports them. */
export type PaneSizes = Record<string, number>;
export interface PaneLayout {
  /** Statement | code column. */
  columns?: PaneSizes;
  /** Editor over console. */
  rows?: PaneSizes;
}

export const PANE_COOKIE = 'qc_panes';

function sizes(value: unknown): PaneSizes | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const entries = Object.entries(value);
  if (entries.length === 0 || entries.length > 4) return undefined;
  if (!entries.every(([k, v]) => /^[a-z-]{1,20}$/.test(k) && typeof v === 'number' && v >= 0 && v <= 100)) return undefined;
  return Object.fromEntries(entries) as PaneSizes;
}

/** The saved layout from the cookie's value; anything malformed is ignored. */
export function parsePaneLayout(raw: string | undefined): PaneLayout {
  if (!raw) return {};
  try {
    const value = JSON.parse(raw) as { columns?: unknown; rows?: unknown };
    return { columns: sizes(value.columns), rows: sizes(value.rows) };
  } catch {
    return {};
  }
}

/** A cookie (read by the server, so the page renders at the saved sizes without a jump) for a year. */
export function paneLayoutCookie(layout: PaneLayout): string {
  const rounded = (s?: PaneSizes) => (s ? Object.fromEntries(Object.entries(s).map(([k, v]) => [k, Math.round(v * 10) / 10])) : undefined);
  const value = JSON.stringify({ columns: rounded(layout.columns), rows: rounded(layout.rows) });
  return `${PANE_COOKIE}=${encodeURIComponent(value)}; Path=/; Max-Age=31536000; SameSite=Lax`;
}
