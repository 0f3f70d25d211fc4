import { programMemoryMb } from '../shared/memory.js';
import type { LanguageToolchain } from '../toolchain-types.js';
import { javascript as definition } from './definition.js';
import { nodeDriver } from './driver.js';
import { nodeBinds, nodeCompileScript, nodeModulesDir } from './node-libraries.js';

const MEMORY_OVERHEAD_KB = 64 * 1024;

/**
 * Node 20 at /usr/bin/node. The sandbox clears the environment, so no inherited NODE_*
 * (NODE_OPTIONS, NODE_EXTRA_CA_CERTS: ~45 ms) reaches it. V8 sizes its heap from the host's
 * memory, not the cgroup's: cap the old space at the program's share. Its compile step only
 * parses the user's part (runtime/node-compile.cjs), so a syntax error is a compile error on
 * their line, as on LeetCode; LeetCode's libraries are globals (node-libraries.ts).
 */
export const javascript: LanguageToolchain = {
  ...definition,
  sourceFile: 'main.js',
  versionCommand: ['/usr/bin/node', '--version'],
  parseVersion: (out) => out.trim().replace(/^v/, ''),
  compile: ['/usr/bin/node', nodeCompileScript, 'javascript', 'main.js'],
  compileEnv: { NODE_PATH: nodeModulesDir },
  compilePids: 24,
  run: (limits) => ['/usr/bin/node', `--max-old-space-size=${programMemoryMb(limits, MEMORY_OVERHEAD_KB)}`, '--stack-size=65500', 'main.js'],
  timeMultiplier: 2,
  startupMs: 150,
  memoryOverheadKb: MEMORY_OVERHEAD_KB,
  pids: 24,
  env: { NODE_PATH: nodeModulesDir },
  readOnlyBinds: nodeBinds,
  memoryErrorPattern: /JavaScript heap out of memory|Reached heap limit/,
  selfTest: "const [a, b] = require('fs').readFileSync(0, 'utf8').trim().split(/\\s+/).map(Number);\nconsole.log(a + b);\n",
  driver: (problem, code) => nodeDriver(problem, code, false),
};
