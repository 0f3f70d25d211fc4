export { compileProgram, runProgram, type CompileOutcome, type RunProgramOptions } from './lifecycle.js';
export { resolveLimits } from './limits.js';
export { precompiledHeader, withPrecompiledHeader, pchBaseDir, type ReadyHeader } from './pch.js';
