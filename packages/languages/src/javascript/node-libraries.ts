import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * What JavaScript and TypeScript programs see besides Node itself, as on LeetCode: the
 * @datastructures-js queues and lodash (globals of runtime/javascript-prelude.js), and, for
 * TypeScript's compile step, the compiler and lodash's declarations. All are the worker's own
 * npm dependencies, bound read-only at the same paths; NODE_PATH makes `require` find them.
 */

const require = createRequire(import.meta.url);

/** The directory of an installed package, or null when it is missing (the self-test then says so). */
function packageDir(name: string): string | null {
  try {
    return path.dirname(require.resolve(`${name}/package.json`));
  } catch {
    return null;
  }
}

const runtimeLibraries = ['@datastructures-js/priority-queue', '@datastructures-js/queue', '@datastructures-js/deque', '@datastructures-js/heap', 'lodash'];
const compileLibraries = ['typescript', '@types/lodash'];

const dirs = (names: string[]) => names.map(packageDir).filter((d): d is string => d !== null);

/** The folder holding the packages (NODE_PATH), from where lodash was installed. */
export const nodeModulesDir = path.dirname(packageDir('lodash') ?? path.join(process.cwd(), 'node_modules', 'lodash'));

/** JavaScript's runtime folder (the prelude and node-compile.cjs, TypeScript's compile step too). */
export const runtimeDir = fileURLToPath(new URL('./runtime', import.meta.url));

/** Bound into compiles and runs alike (one list: the sandbox takes one per language; none is secret). */
export const nodeBinds = [runtimeDir, ...dirs([...runtimeLibraries, ...compileLibraries])];
export const nodeCompileScript = path.join(runtimeDir, 'node-compile.cjs');
