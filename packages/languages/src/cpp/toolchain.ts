import { stackEnv } from '../shared/memory.js';
import type { LanguageToolchain } from '../toolchain-types.js';
import { cpp as definition } from './definition.js';
import { cppDriver } from './driver.js';

export const cpp: LanguageToolchain = {
  ...definition,
  sourceFile: 'main.cpp',
  versionCommand: ['/usr/bin/g++', '--version'],
  parseVersion: (out) => /(\d+\.\d+\.\d+)/.exec(out.split('\n')[0] ?? '')?.[1] ?? out.trim(),
  compile: ['/usr/bin/g++', '-std=c++17', '-O2', '-pipe', '-DONLINE_JUDGE', '-o', 'main', 'main.cpp'],
  // What the function-problem driver and most solutions start with (~5 s of CPU to parse);
  // precompiled once with exactly the flags above (the worker's languages/base/pch.ts). Used
  // only when it is the first thing included and no macro before it changes it; otherwise
  // GCC reads the header.
  precompiledHeader: { header: 'bits/stdc++.h', kind: 'c++-header' },
  run: ['/box/main'],
  timeMultiplier: 1,
  memoryOverheadKb: 8 * 1024,
  env: stackEnv(8 * 1024),
  pids: 16,
  selfTest: '#include <iostream>\nint main() { long long a, b; std::cin >> a >> b; std::cout << a + b << "\\n"; }\n',
  driver: cppDriver,
};
