import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '@quickcode/protocol';

export const webDir = path.join(repoRoot(), 'apps', 'web');

/** Build the Next.js app once; later starts reuse the build. */
export function ensureWebBuilt(log: (message: string) => void = console.log): void {
  if (fs.existsSync(path.join(webDir, '.next', 'BUILD_ID'))) return;
  log('Building the web app (first start only; about a minute)...');
  const result = spawnSync('npx', ['next', 'build'], { cwd: webDir, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) throw new Error('The web app failed to build (see the output above).');
}
