import type { ExecuteProblem } from '@quickcode/protocol';
import { readRuntime, runtimeSpec, signatureOf, userBlock, type DriverSource } from '../shared/driver.js';

// TypeScript is type-checked and transpiled to ES2022 in the sandbox (runtime/node-compile.cjs),
// so it runs the JavaScript runtime as it is.
const runtime = readRuntime(new URL('./runtime/javascript.js', import.meta.url));
const prelude = readRuntime(new URL('./runtime/javascript-prelude.js', import.meta.url));

/** Ends the user's part of the program: the compile step checks what comes before it. */
export const USER_END = '// QC:user-end';

/**
 * The user's code runs inside a function (opened on line 1, so line numbers hold) that
 * hands back LeetCode's entry point: a user's own `class ListNode` then shadows ours
 * instead of clashing with it. An uncaught error is reported with the user's frames only.
 */
export function nodeDriver(problem: ExecuteProblem, code: string, typescript: boolean): DriverSource {
  const sig = signatureOf(problem);
  const entry = sig.kind === 'function' ? sig.fn.name : sig.design.className;
  const spec = runtimeSpec(sig);
  const open = typescript ? 'function __qc_user(): any { ' : 'function __qc_user() { ';
  const user = userBlock(code);
  const userLines = user.split('\n').length - 1;
  const file = typescript ? 'solution.ts' : 'solution.js';
  const main = `try {\n  __qc_main(${JSON.stringify(spec)}, __qc_user);\n} catch (err) {\n  __qc_fail(err, ${userLines}, ${JSON.stringify(file)});\n}\n`;
  const source = `${open}${user}\nreturn ${entry};\n}\n${USER_END}\n${prelude}\n${runtime}\n${main}`;
  return { source, fileName: typescript ? 'main.ts' : 'main.js', lineOffset: 0 };
}
