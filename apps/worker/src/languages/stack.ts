import type { SandboxLimits } from '../sandbox/types.js';
import { programMemoryMb } from './base/limits.js';

/**
 * The stack user code runs on, MiB, passed to the drivers as QC_STACK_MB: 64 MiB, or half the
 * program's memory when that is less. Below the memory limit, so that runaway recursion is a
 * stack overflow (RE, as on LeetCode) rather than a memory limit, and found in a fraction of a
 * second; several times what a 10^5-deep DFS needs (~10-20 MiB in C++ or Java).
 */
export function stackMb(limits: SandboxLimits, memoryOverheadKb: number): number {
  return Math.max(8, Math.min(MAX_STACK_MB, Math.floor(programMemoryMb(limits, { memoryOverheadKb }) / 2)));
}

const MAX_STACK_MB = 64;

/** The run environment of a language whose driver sizes its stack from QC_STACK_MB. */
export function stackEnv(memoryOverheadKb: number): (limits: SandboxLimits) => Record<string, string> {
  return (limits) => ({ QC_STACK_MB: String(stackMb(limits, memoryOverheadKb)) });
}
