import type { ExecuteProblem } from '@quickcode/protocol';
import { readRuntime, signatureOf, userBlock, type DriverSource } from './common.js';

// TypeScript is transpiled to ES2022 without a type check, so it runs the JavaScript runtime as it is.
const runtime = readRuntime('javascript.js');

/**
 * The user's code runs inside a function (opened on line 1, so line numbers hold) that
 * hands back LeetCode's entry point: a user's own `class ListNode` then shadows ours
 * instead of clashing with it.
 */
function build(problem: ExecuteProblem, code: string, typescript: boolean): DriverSource {
  const sig = signatureOf(problem);
  const entry = sig.kind === 'function' ? sig.fn.name : sig.design.className;
  const spec = sig.kind === 'function' ? { kind: 'function', function: sig.fn } : { kind: 'design', design: sig.design };
  const open = typescript ? 'function __qc_user(): any { ' : 'function __qc_user() { ';
  const source = `${open}${userBlock(code)}\nreturn ${entry};\n}\n${runtime}\n__qc_main(${JSON.stringify(spec)}, __qc_user);\n`;
  return { source, fileName: typescript ? 'main.ts' : 'main.js', lineOffset: 0 };
}

export const buildJavaScript = (problem: ExecuteProblem, code: string) => build(problem, code, false);
export const buildTypeScript = (problem: ExecuteProblem, code: string) => build(problem, code, true);
