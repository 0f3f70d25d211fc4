import type { RunLimits } from '../toolchain-types.js';

/** The memory a runtime may give the program itself (a JVM's -Xmx), MiB: the cgroup limit less the overhead. */
export function programMemoryMb(limits: RunLimits, memoryOverheadKb: number): number {
  return Math.max(16, Math.floor((limits.memoryKb - memoryOverheadKb) / 1024));
}

const MAX_STACK_MB = 64;

/**
 * The stack user code runs on, MiB, passed to the drivers as QC_STACK_MB: 64 MiB, or half the
 * program's memory when that is less. Below the memory limit, so that runaway recursion is a
 * stack overflow (RE, as on LeetCode) rather than a memory limit, and found in a fraction of a
 * second; several times what a 10^5-deep DFS needs (~10-20 MiB in C++ or Java).
 */
export function stackMb(limits: RunLimits, memoryOverheadKb: number): number {
  return Math.max(8, Math.min(MAX_STACK_MB, Math.floor(programMemoryMb(limits, memoryOverheadKb) / 2)));
}

/** The run environment of a language whose driver sizes its stack from QC_STACK_MB. */
export function stackEnv(memoryOverheadKb: number): (limits: RunLimits) => Record<string, string> {
  return (limits) => ({ QC_STACK_MB: String(stackMb(limits, memoryOverheadKb)) });
}
