import type { LanguageId } from '@quickcode/protocol';
import type { SandboxLimits } from '../sandbox/types.js';

/** Outcome of a host-side transpile step (one that parses code but never executes it). */
export interface TranspileResult {
  ok: boolean;
  /** Diagnostics shown to the user as the compile output. */
  output: string;
  /** Files written into the box when ok, by plain name. */
  files: Record<string, string>;
}

/**
 * What a language declares; the shared lifecycle in base/ does the rest.
 * Commands are argv arrays run inside the sandbox with /box as cwd.
 */
export interface LanguageDefinition {
  id: LanguageId;
  /** Display name, e.g. "Python 3". */
  name: string;
  /** File the user's code (merged with any driver) is written to, e.g. main.py, Main.java. */
  sourceFile: string;
  /** Host command printing the toolchain version (trusted, outside the sandbox). */
  versionCommand: string[];
  /** Pulls the version number out of versionCommand's output (stdout and stderr joined). */
  parseVersion(output: string): string;
  /** Compile step run inside the sandbox, for compiled languages. */
  compile?: string[];
  /** Environment of the compile step (the run's `env` is not used there). */
  compileEnv?: Record<string, string>;
  /** Compile-step processes/threads (compiler drivers fork, javac is a JVM). Default 64. */
  compilePids?: number;
  /**
   * A host-side step in place of `compile`: it may parse the source but must never execute
   * any of it (TypeScript's type stripping).
   */
  transpile?(source: string): Promise<TranspileResult>;
  /** Rewrites compiler messages for the user (generated file names and lines back to theirs). */
  tidyCompileOutput?(output: string): string;
  /** Run step; a function when arguments depend on the limits (a JVM heap size). */
  run: string[] | ((limits: SandboxLimits) => string[]);
  /** Limits are the problem's times this factor (slower runtimes get more). */
  timeMultiplier: number;
  /** CPU the runtime spends before user code starts (JVM boot), ms, added to the CPU limit. */
  startupMs?: number;
  /** Extra memory the runtime itself needs, KiB (added to the problem's limit). */
  memoryOverheadKb: number;
  /** Processes/threads the runtime needs (JVM ~20). */
  pids: number;
  /** Run-step environment. */
  env?: Record<string, string> | ((limits: SandboxLimits) => Record<string, string>);
  readOnlyBinds?: string[];
  /**
   * The runtime's own "out of memory" report in stderr (a JVM heap at -Xmx, Python's
   * MemoryError): a failed run showing it is a memory limit, though no cgroup OOM fired.
   */
  memoryErrorPattern?: RegExp;
  /** A tiny program reading two integers and printing their sum, run at worker start. */
  selfTest: string;
}
