import fs from 'node:fs';

export interface Missing {
  what: string;
  install: string;
}

/** System packages the worker needs; compilers are checked by each language's self-test. */
export function missingWorkerPrerequisites(): Missing[] {
  const missing: Missing[] = [];
  if (!fs.existsSync('/usr/bin/bwrap')) missing.push({ what: 'bubblewrap (the sandbox)', install: 'sudo apt-get install -y bubblewrap' });
  if (!fs.existsSync('/usr/bin/python3')) missing.push({ what: 'Python 3', install: 'sudo apt-get install -y python3' });
  if (!fs.existsSync('/usr/bin/g++')) missing.push({ what: 'g++ (C and C++)', install: 'sudo apt-get install -y g++' });
  // What LeetCode's environments provide and our drivers therefore include or import.
  if (!fs.existsSync('/usr/include/uthash.h')) missing.push({ what: "uthash (C's hash table, included by LeetCode)", install: 'sudo apt-get install -y uthash-dev' });
  if (!fs.existsSync('/usr/lib/python3/dist-packages/sortedcontainers')) {
    missing.push({ what: "sortedcontainers (Python's SortedList, imported by LeetCode)", install: 'sudo apt-get install -y python3-sortedcontainers' });
  }
  // Debian's plain rustc (1.63) is too old for current LeetCode Rust; rustc-web (1.96) replaces it.
  if (!fs.existsSync('/usr/share/doc/rustc-web')) missing.push({ what: 'a current Rust (rustc-web)', install: 'sudo apt-get install -y rustc-web' });
  if (process.getuid?.() !== 0) {
    missing.push({ what: 'root (the worker creates cgroups for every run)', install: 'run the worker as root, e.g. sudo npm run start:worker' });
  }
  return missing;
}
