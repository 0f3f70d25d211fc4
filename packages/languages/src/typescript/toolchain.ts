import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeDriver } from '../javascript/driver.js';
import { nodeCompileScript } from '../javascript/node-libraries.js';
import { javascript } from '../javascript/toolchain.js';
import { programMemoryMb } from '../shared/memory.js';
import type { LanguageToolchain } from '../toolchain-types.js';
import { typescript as definition } from './definition.js';

const require = createRequire(import.meta.url);
const MEMORY_OVERHEAD_KB = 64 * 1024;
/** The globals a LeetCode TypeScript solution may use undeclared (ListNode, the queues, lodash's `_`), as declarations. */
const DECLARATIONS = fileURLToPath(new URL('./runtime', import.meta.url));

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
 * (JavaScript's runtime/node-compile.cjs, ~1-2 s of CPU), then run as JavaScript on the same
 * Node, with source maps so errors name the user's .ts lines.
 */
export const typescript: LanguageToolchain = {
  ...javascript,
  ...definition,
  sourceFile: 'main.ts',
  versionCommand: ['/usr/bin/node', '-p', `require(${JSON.stringify(packageJson())}).version`],
  parseVersion: (out) => out.trim(),
  compile: ['/usr/bin/node', nodeCompileScript, 'typescript', 'main.ts', DECLARATIONS],
  run: (limits) => ['/usr/bin/node', '--enable-source-maps', `--max-old-space-size=${programMemoryMb(limits, MEMORY_OVERHEAD_KB)}`, '--stack-size=65500', 'main.js'],
  readOnlyBinds: [...(javascript.readOnlyBinds ?? []), DECLARATIONS],
  selfTest: "const [a, b]: number[] = require('fs').readFileSync(0, 'utf8').trim().split(/\\s+/).map(Number);\nconsole.log(a + b);\n",
  driver: (problem, code) => nodeDriver(problem, code, true),
};
