export { compileProgram, runProgram, type CompileOutcome, type RunProgramOptions } from './lifecycle.js';
export { resolveLimits, programMemoryMb } from './limits.js';
