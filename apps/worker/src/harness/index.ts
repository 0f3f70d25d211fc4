import type { ExecuteProblem, LanguageId } from '@quickcode/protocol';
import type { DriverSource } from './drivers/common.js';
import { buildC } from './drivers/c.js';
import { buildCpp } from './drivers/cpp.js';
import { buildGo } from './drivers/go.js';
import { buildJava } from './drivers/java.js';
import { buildJavaScript, buildTypeScript } from './drivers/javascript.js';
import { buildPython } from './drivers/python.js';
import { buildRust } from './drivers/rust.js';

export { validateTest, normalizeTest } from '@quickcode/problems';
export { encodeTests, parseAnswerStream, parseAnswers, splitStdout, type AnswerStream, type DriverAnswer } from './stream.js';
export type { DriverSource } from './drivers/common.js';

const builders: Record<LanguageId, (problem: ExecuteProblem, code: string) => DriverSource> = {
  python: buildPython,
  javascript: buildJavaScript,
  typescript: buildTypeScript,
  cpp: buildCpp,
  java: buildJava,
  go: buildGo,
  rust: buildRust,
  c: buildC,
};

/**
 * The program to compile and run for a function or design problem: the user's code,
 * LeetCode's predefined types and imports, and a driver that runs every test on stdin and
 * answers each on fd 3 (see problems/README.md, "Driver protocol").
 */
export function buildDriver(language: LanguageId, problem: ExecuteProblem, userCode: string): DriverSource {
  if (problem.kind === 'stdio') throw new Error('stdio problems run the user code as it is: there is no driver to build');
  return builders[language](problem, userCode);
}
