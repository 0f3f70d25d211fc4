import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '@quickcode/protocol';

export const webDir = path.join(repoRoot(), 'apps', 'web');

const SKIP = new Set(['node_modules', '.next', 'build-output']);

/** Newest modification time of the sources the web build is made from. */
function newestSource(dirs: string[]): number {
  let newest = 0;
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (SKIP.has(entry.name)) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.tsbuildinfo') || entry.name === 'next-env.d.ts' || entry.name.endsWith('.test.ts')) continue;
      else newest = Math.max(newest, fs.statSync(full).mtimeMs);
    }
  };
  for (const dir of dirs) if (fs.existsSync(dir)) walk(dir);
  return newest;
}

/** Build the Next.js app when there is no build or its sources changed since; otherwise reuse it. */
export function ensureWebBuilt(log: (message: string) => void = console.log): void {
  const buildId = path.join(webDir, '.next', 'BUILD_ID');
  if (fs.existsSync(buildId)) {
    const sources = [webDir, ...['protocol', 'config', 'db', 'problems', 'languages', 'metrics'].map((p) => path.join(repoRoot(), 'packages', p, 'src'))];
    if (newestSource(sources) <= fs.statSync(buildId).mtimeMs) return;
    log('The web app changed since its last build: building it again...');
  } else {
    log('Building the web app (first start only; about a minute)...');
  }
  const result = spawnSync('npx', ['next', 'build'], { cwd: webDir, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) throw new Error('The web app failed to build (see the output above).');
}
