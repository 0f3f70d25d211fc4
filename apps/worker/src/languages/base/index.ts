export { compileProgram, runProgram, type CompileOutcome, type RunProgramOptions } from './lifecycle.js';
export { resolveLimits, programMemoryMb } from './limits.js';
export { precompiledHeader, withPrecompiledHeader, pchBaseDir, type PrecompiledHeaderSpec, type ReadyHeader, type WithPrecompiledHeader } from './pch.js';
