import type { LanguageId } from '@quickcode/protocol';

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
  /** Pulls the version number out of versionCommand's output. */
  parseVersion(output: string): string;
  /** Compile step, for compiled languages. */
  compile?: string[];
  /** Run step. */
  run: string[];
  /** Limits are the problem's times this factor (slower runtimes get more). */
  timeMultiplier: number;
  /** Extra memory the runtime itself needs, KiB (added to the problem's limit). */
  memoryOverheadKb: number;
  /** Processes/threads the runtime needs (JVM ~20). */
  pids: number;
  env?: Record<string, string>;
  readOnlyBinds?: string[];
  /** A tiny program reading two integers and printing their sum, run at worker start. */
  selfTest: string;
}
