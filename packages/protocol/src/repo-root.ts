/** The repository root, found from this file's location (packages/protocol/src). */
export function repoRoot(): string {
  return new URL('../../..', import.meta.url).pathname.replace(/\/$/, '');
}
