import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The tests `npm run test:cgroup2` runs inside its VM (tests/cgroup2/init.sh picks the files per
// setup). No global setup: nothing here needs the web build. Software emulation is slow, hence
// the long timeouts; no test here decides anything from wall-clock time.
export default defineConfig({
  root: path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..'),
  test: {
    include: ['apps/worker/src/sandbox/sandbox.int.test.ts', 'tests/cgroup2/*.test.ts'],
    // Compile limits scaled for emulation (see the file); the run limits are the tests' own.
    setupFiles: ['tests/cgroup2/emulation-limits.ts'],
    fileParallelism: false,
    // A forked worker must answer within vitest's fixed 60 s; under emulation on a busy host
    // a new Node process did not (a thread starts without loading Node again).
    pool: 'threads',
    testTimeout: 600_000,
    hookTimeout: 600_000,
    reporters: ['verbose'],
  },
});
