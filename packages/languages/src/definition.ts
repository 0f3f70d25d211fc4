import type { DesignSignature, FunctionSignature, LanguageId } from '@quickcode/protocol';

/**
 * What a language is, apart from running it: pure data and functions, safe in the browser
 * (no Node imports, nothing read from disk). The worker's part is `LanguageToolchain`.
 */
export interface LanguageDefinition {
  id: LanguageId;
  /** Display name, as workers advertise it in `GET /api/languages` (e.g. "Python 3"). */
  name: string;
  /** File extension of its programs, without the dot: `problems/<slug>/solutions/reference.<extension>`. */
  extension: string;
  /** Monaco's language id for the editor. */
  monaco: string;
  /** How to install its toolchain, shown when its self-test fails at start. */
  installHint: string;
  /** LeetCode's type in this language for a signature type (`int[][]`, `ListNode` ...), as starter code shows it. */
  type(valueType: string): string;
  /** The code the editor shows before the user types (see starter-code.ts). */
  starter: StarterTemplates;
}

export interface StarterTemplates {
  /** LeetCode's commented ListNode definition, shown when the signature uses it. */
  listHeader: string;
  /** LeetCode's commented TreeNode definition. */
  treeHeader: string;
  /** A function problem's class or function, empty body. */
  fn(signature: FunctionSignature): string;
  /** A design problem's class with its usage comment. */
  design(design: DesignSignature): string;
  /** A program reading standard input, for stdio problems. */
  stdio: string;
}
