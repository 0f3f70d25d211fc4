import type { ExecuteProblem } from '@quickcode/protocol';
import type { LanguageDefinition } from './definition.js';
import type { DriverSource } from './shared/driver.js';

/** What a run's runtime may size itself from (the worker's sandbox limits fit it). */
export interface RunLimits {
  /** The run's memory limit (the cgroup's), KiB, runtime overhead included. */
  memoryKb: number;
}

/** A header worth precompiling once per worker (GCC's .gch; see the worker's languages/base/pch.ts). */
export interface PrecompiledHeaderSpec {
  /** The header as programs include it, e.g. `bits/stdc++.h`. */
  header: string;
  /** gcc's `-x` language for it. */
  kind: 'c++-header' | 'c-header';
}

/** A host file the worker does not start without (it names the package to install). */
export interface Prerequisite {
  file: string;
  what: string;
  install: string;
}

/**
 * What the worker needs to compile and run a language, over the pure definition; the shared
 * lifecycle (the worker's languages/base/) does the rest. Commands are argv arrays run inside
 * the sandbox with /box as cwd.
 */
export interface LanguageToolchain extends LanguageDefinition {
  /** File the user's code (merged with any driver) is written to, e.g. main.py, Main.java. */
  sourceFile: string;
  /** Host command printing the toolchain version (trusted, outside the sandbox). */
  versionCommand: string[];
  /** Pulls the version number out of versionCommand's output (stdout and stderr joined). */
  parseVersion(output: string): string;
  /** Host files the worker refuses to start without (libraries LeetCode's environment includes). */
  prerequisites?: Prerequisite[];
  /** Compile step run inside the sandbox, for compiled languages. */
  compile?: string[];
  /** Environment of the compile step (the run's `env` is not used there). */
  compileEnv?: Record<string, string>;
  /** Compile-step processes/threads (compiler drivers fork, javac is a JVM). Default 64. */
  compilePids?: number;
  /** Precompiled once per worker and put first on the compile's include path. */
  precompiledHeader?: PrecompiledHeaderSpec;
  /** Rewrites compiler messages for the user (generated file names and lines back to theirs). */
  tidyCompileOutput?(output: string): string;
  /** Run step; a function when arguments depend on the limits (a JVM heap size). */
  run: string[] | ((limits: RunLimits) => string[]);
  /** Runs are forked from a warm interpreter in the box (the sandbox's fork server, sandbox/zygote.py). */
  forkServer?: boolean;
  /** Limits are the problem's times this factor (slower runtimes get more). */
  timeMultiplier: number;
  /** CPU the runtime spends before user code starts (JVM boot), ms, added to the CPU limit. */
  startupMs?: number;
  /** Extra memory the runtime itself needs, KiB (added to the problem's limit). */
  memoryOverheadKb: number;
  /** Processes/threads the runtime needs (JVM ~20). */
  pids: number;
  /** Run-step environment. */
  env?: Record<string, string> | ((limits: RunLimits) => Record<string, string>);
  /** Host directories bound read-only, at the same paths, into every box (runtime files, libraries). */
  readOnlyBinds?: string[];
  /**
   * The runtime's own "out of memory" report in stderr (a JVM heap at -Xmx, Python's
   * MemoryError): a failed run showing it is a memory limit, though no cgroup OOM fired.
   */
  memoryErrorPattern?: RegExp;
  /** A tiny program reading two integers and printing their sum, run at worker start. */
  selfTest: string;
  /**
   * The program for a function or design problem: the user's code, LeetCode's predefined
   * types and imports, and a driver that runs every test on stdin and answers each on fd 3.
   */
  driver(problem: ExecuteProblem, code: string): DriverSource;
}
