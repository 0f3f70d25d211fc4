import fs from 'node:fs';
import { toolchains } from '@quickcode/languages/toolchain';

export interface Missing {
  what: string;
  install: string;
}

/**
 * System packages the worker needs, its own and those a language declares (libraries
 * LeetCode's environment includes); compilers are checked by each language's self-test.
 */
export function missingWorkerPrerequisites(): Missing[] {
  const missing: Missing[] = [];
  if (!fs.existsSync('/usr/bin/bwrap')) missing.push({ what: 'bubblewrap (the sandbox)', install: 'sudo apt-get install -y bubblewrap' });
  if (!fs.existsSync('/usr/bin/python3')) missing.push({ what: 'Python 3', install: 'sudo apt-get install -y python3' });
  if (!fs.existsSync('/usr/bin/g++')) missing.push({ what: 'g++ (C and C++)', install: 'sudo apt-get install -y g++' });
  for (const language of Object.values(toolchains)) {
    for (const { file, what, install } of language.prerequisites ?? []) if (!fs.existsSync(file)) missing.push({ what, install });
  }
  if (process.getuid?.() !== 0) {
    missing.push({ what: 'root (the worker creates cgroups for every run)', install: 'run the worker as root, e.g. sudo npm run start:worker' });
  }
  return missing;
}
