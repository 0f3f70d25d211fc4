import { defineConfig } from 'vitest/config';

// Three kinds of tests: unit (no services), integration (real Redis, PostgreSQL, sandbox),
// e2e (the whole stack in Chromium). The machine has 2 cores: the three run one after another
// (groupOrder), and integration and e2e files one at a time, so no two stacks compete.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          sequence: { groupOrder: 0 },
          include: ['{apps,packages}/**/src/**/*.test.ts', 'apps/web/{lib,server,components}/**/*.test.{ts,tsx}'],
          exclude: ['**/node_modules/**', '**/*.int.test.ts'],
          maxWorkers: 2,
        },
      },
      {
        test: {
          name: 'integration',
          sequence: { groupOrder: 1 },
          include: ['{apps,packages}/**/*.int.test.ts', 'tests/{integration,exploits,verdicts,fidelity}/**/*.test.ts', 'problems/**/*.int.test.ts'],
          exclude: ['**/node_modules/**'],
          fileParallelism: false,
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 240_000,
        },
      },
      {
        test: {
          name: 'e2e',
          sequence: { groupOrder: 2 },
          include: ['tests/e2e/**/*.test.ts'],
          fileParallelism: false,
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 180_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
