import { createRequire } from 'node:module';
import path from 'node:path';
import { programMemoryMb } from './base/limits.js';
import { javascript } from './javascript.js';
import { nodeCompileScript } from './node-libraries.js';
import type { LanguageDefinition } from './types.js';

const require = createRequire(import.meta.url);
const MEMORY_OVERHEAD_KB = 64 * 1024;

function packageJson(): string {
  try {
    return require.resolve('typescript/package.json');
  } catch {
    return path.join(process.cwd(), 'node_modules/typescript/package.json');
  }
}

/**
 * TypeScript as LeetCode runs it: type-checked (a type error is a compile error) and
 * transpiled to ES2022 by the typescript package inside the sandbox, with the compile limits
 * (runtime/node-compile.cjs, ~1-2 s of CPU), then run as JavaScript on the same Node, with
 * source maps so errors name the user's .ts lines.
 */
export const typescript: LanguageDefinition = {
  ...javascript,
  id: 'typescript',
  name: 'TypeScript',
  sourceFile: 'main.ts',
  versionCommand: ['/usr/bin/node', '-p', `require(${JSON.stringify(packageJson())}).version`],
  parseVersion: (out) => out.trim(),
  compile: ['/usr/bin/node', nodeCompileScript, 'typescript', 'main.ts'],
  run: (limits) => ['/usr/bin/node', '--enable-source-maps', `--max-old-space-size=${programMemoryMb(limits, { memoryOverheadKb: MEMORY_OVERHEAD_KB })}`, '--stack-size=65500', 'main.js'],
  selfTest: "const [a, b]: number[] = require('fs').readFileSync(0, 'utf8').trim().split(/\\s+/).map(Number);\nconsole.log(a + b);\n",
};
