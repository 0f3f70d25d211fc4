import type { LanguageDefinition } from './types.js';

/** Debian's /usr/bin/python3 (3.11): pyenv's under /root is unreachable for the sandbox user and slower to start. */
export const python: LanguageDefinition = {
  id: 'python',
  name: 'Python 3',
  sourceFile: 'main.py',
  versionCommand: ['/usr/bin/python3', '--version'],
  parseVersion: (out) => /Python (\S+)/.exec(out)?.[1] ?? out.trim(),
  run: ['/usr/bin/python3', '-B', 'main.py'],
  env: { PYTHONDONTWRITEBYTECODE: '1' },
  timeMultiplier: 3,
  startupMs: 100,
  memoryOverheadKb: 16 * 1024,
  pids: 16,
  memoryErrorPattern: /^MemoryError\b/m,
  selfTest: 'a, b = map(int, input().split())\nprint(a + b)\n',
};
