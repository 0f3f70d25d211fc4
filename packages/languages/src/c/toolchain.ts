import { stackEnv } from '../shared/memory.js';
import type { LanguageToolchain } from '../toolchain-types.js';
import { c as definition } from './definition.js';
import { cDriver } from './driver.js';

export const c: LanguageToolchain = {
  ...definition,
  sourceFile: 'main.c',
  versionCommand: ['/usr/bin/gcc', '--version'],
  parseVersion: (out) => /(\d+\.\d+\.\d+)/.exec(out.split('\n')[0] ?? '')?.[1] ?? out.trim(),
  // The driver includes uthash.h, as LeetCode's C does.
  prerequisites: [{ file: '/usr/include/uthash.h', what: "uthash (C's hash table, included by LeetCode)", install: 'sudo apt-get install -y uthash-dev' }],
  compile: ['/usr/bin/gcc', '-std=c17', '-O2', '-pipe', '-DONLINE_JUDGE', '-o', 'main', 'main.c', '-lm'],
  run: ['/box/main'],
  timeMultiplier: 1,
  memoryOverheadKb: 8 * 1024,
  env: stackEnv(8 * 1024),
  pids: 16,
  selfTest: '#include <stdio.h>\nint main(void) { long long a, b; if (scanf("%lld %lld", &a, &b) != 2) return 1; printf("%lld\\n", a + b); return 0; }\n',
  driver: cDriver,
};
