import type { LanguageToolchain } from '../toolchain-types.js';
import { python as definition } from './definition.js';
import { pythonDriver } from './driver.js';

/** Debian's /usr/bin/python3 (3.11): pyenv's under /root is unreachable for the sandbox user and slower to start. */
export const python: LanguageToolchain = {
  ...definition,
  sourceFile: 'main.py',
  versionCommand: ['/usr/bin/python3', '--version'],
  parseVersion: (out) => /Python (\S+)/.exec(out)?.[1] ?? out.trim(),
  prerequisites: [
    { file: '/usr/lib/python3/dist-packages/sortedcontainers', what: "sortedcontainers (Python's SortedList, imported by LeetCode)", install: 'sudo apt-get install -y python3-sortedcontainers' },
  ],
  run: ['/usr/bin/python3', '-B', 'main.py'],
  forkServer: true,
  env: { PYTHONDONTWRITEBYTECODE: '1' },
  timeMultiplier: 3,
  startupMs: 100,
  memoryOverheadKb: 16 * 1024,
  pids: 16,
  memoryErrorPattern: /^MemoryError\b/m,
  selfTest: 'a, b = map(int, input().split())\nprint(a + b)\n',
  driver: pythonDriver,
};
