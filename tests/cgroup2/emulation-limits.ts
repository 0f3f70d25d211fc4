import { vi } from 'vitest';

/**
 * Setup file of the VM's vitest runs (tests/cgroup2/vitest.config.ts): compiling is many
 * times slower under software emulation, and the guest's clock runs on while a loaded host
 * holds the emulator back, so a compiler that takes 0.1 s of CPU here can be charged
 * seconds there. The fixed compile limits (languages/base/limits.ts, 10 s of CPU) are scaled
 * by QC_CGROUP2_TIME_SCALE, as judge.ts scales the problems' limit: what the tests decide is
 * the verdict the cgroups give, not how fast gcc is. The sandbox and every run limit a test
 * names stay as they are.
 */
const scale = Number(process.env.QC_CGROUP2_TIME_SCALE) || 1;

vi.mock('../../apps/worker/src/languages/base/limits.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../apps/worker/src/languages/base/limits.js')>();
  return {
    ...original,
    resolveLimits: (...args: Parameters<typeof original.resolveLimits>) => {
      const limits = original.resolveLimits(...args);
      return args[2] === 'compile' ? { ...limits, cpuMs: limits.cpuMs * scale, wallMs: limits.wallMs * scale } : limits;
    },
  };
});
