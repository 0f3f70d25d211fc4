// The worker's part of every language (Node only: it reads runtime files and resolves host
// paths). The pure part, for the browser too, is '@quickcode/languages'.
import type { ExecuteProblem, LanguageId } from '@quickcode/protocol';
import { c } from './c/toolchain.js';
import { cpp } from './cpp/toolchain.js';
import { go } from './go/toolchain.js';
import { java } from './java/toolchain.js';
import { javascript } from './javascript/toolchain.js';
import { python } from './python/toolchain.js';
import { rust } from './rust/toolchain.js';
import type { DriverSource } from './shared/driver.js';
import type { LanguageToolchain } from './toolchain-types.js';
import { typescript } from './typescript/toolchain.js';

export type { LanguageToolchain, PrecompiledHeaderSpec, Prerequisite, RunLimits } from './toolchain-types.js';
export type { DriverSource } from './shared/driver.js';

/** Every language's toolchain, in the protocol's order; each extends its definition (registry.ts). */
export const toolchains: Record<LanguageId, LanguageToolchain> = { python, javascript, typescript, cpp, java, go, rust, c };

/**
 * The program to compile and run for a function or design problem: the user's code,
 * LeetCode's predefined types and imports, and a driver that runs every test on stdin and
 * answers each on fd 3 (see problems/README.md, "Driver protocol").
 */
export function buildDriver(language: LanguageId, problem: ExecuteProblem, userCode: string): DriverSource {
  if (problem.kind === 'stdio') throw new Error('stdio problems run the user code as it is: there is no driver to build');
  return toolchains[language].driver(problem, userCode);
}
