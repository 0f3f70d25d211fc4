import type { LanguageDefinition } from './types.js';

export const cpp: LanguageDefinition = {
  id: 'cpp',
  name: 'C++17',
  sourceFile: 'main.cpp',
  versionCommand: ['/usr/bin/g++', '--version'],
  parseVersion: (out) => /(\d+\.\d+\.\d+)/.exec(out.split('\n')[0] ?? '')?.[1] ?? out.trim(),
  compile: ['/usr/bin/g++', '-std=c++17', '-O2', '-pipe', '-DONLINE_JUDGE', '-o', 'main', 'main.cpp'],
  run: ['/box/main'],
  timeMultiplier: 1,
  memoryOverheadKb: 8 * 1024,
  pids: 16,
  selfTest: '#include <iostream>\nint main() { long long a, b; std::cin >> a >> b; std::cout << a + b << "\\n"; }\n',
};
