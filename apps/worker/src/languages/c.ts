import { stackEnv } from './stack.js';
import type { LanguageDefinition } from './types.js';

export const c: LanguageDefinition = {
  id: 'c',
  name: 'C17',
  sourceFile: 'main.c',
  versionCommand: ['/usr/bin/gcc', '--version'],
  parseVersion: (out) => /(\d+\.\d+\.\d+)/.exec(out.split('\n')[0] ?? '')?.[1] ?? out.trim(),
  compile: ['/usr/bin/gcc', '-std=c17', '-O2', '-pipe', '-DONLINE_JUDGE', '-o', 'main', 'main.c', '-lm'],
  run: ['/box/main'],
  timeMultiplier: 1,
  memoryOverheadKb: 8 * 1024,
  env: stackEnv(8 * 1024),
  pids: 16,
  selfTest: '#include <stdio.h>\nint main(void) { long long a, b; if (scanf("%lld %lld", &a, &b) != 2) return 1; printf("%lld\\n", a + b); return 0; }\n',
};
