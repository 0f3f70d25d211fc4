import { createRequire } from 'node:module';
import path from 'node:path';
import { javascript } from './javascript.js';
import type { LanguageDefinition, TranspileResult } from './types.js';

type TS = typeof import('typescript');

const require = createRequire(import.meta.url);
let loaded: TS | null = null;

/** The typescript package, loaded once on first use (~300 ms); throws when it is not installed. */
function ts(): TS {
  loaded ??= require('typescript') as TS;
  return loaded;
}

function packageJson(): string {
  try {
    return require.resolve('typescript/package.json');
  } catch {
    return path.join(process.cwd(), 'node_modules/typescript/package.json');
  }
}

/**
 * TypeScript runs as JavaScript on the same Node. Its "compile" is a host-side
 * transpileModule: it only parses and strips types (no type check, no code executed, no
 * file read), so it is safe outside the sandbox and takes milliseconds instead of a
 * sandboxed tsc's ~1.5 s. Syntax errors are compile errors; type errors are not checked,
 * as in ts-node's transpile-only mode. Node 20 cannot strip types itself.
 */
async function transpile(source: string): Promise<TranspileResult> {
  const t = ts();
  let out: ReturnType<TS['transpileModule']>;
  try {
    out = t.transpileModule(source, {
      fileName: 'main.ts',
      reportDiagnostics: true,
      compilerOptions: { target: t.ScriptTarget.ES2022, module: t.ModuleKind.CommonJS, esModuleInterop: true, sourceMap: false },
    });
  } catch (err) {
    // A pathological source (nesting deep enough to overflow the parser's stack) is the code's fault.
    return { ok: false, output: `main.ts: the source could not be parsed (${(err as Error).message})`, files: {} };
  }
  const diagnostics = out.diagnostics ?? [];
  const errors = diagnostics.filter((d) => d.category === t.DiagnosticCategory.Error);
  const output = diagnostics
    .map((d) => {
      const where = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : null;
      const pos = where ? `main.ts(${where.line + 1},${where.character + 1}): ` : '';
      return `${pos}error TS${d.code}: ${t.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    })
    .join('\n');
  return errors.length > 0 ? { ok: false, output, files: {} } : { ok: true, output, files: { 'main.js': out.outputText } };
}

export const typescript: LanguageDefinition = {
  ...javascript,
  id: 'typescript',
  name: 'TypeScript',
  sourceFile: 'main.ts',
  versionCommand: ['/usr/bin/node', '-p', `require(${JSON.stringify(packageJson())}).version`],
  parseVersion: (out) => out.trim(),
  transpile,
  selfTest: "const [a, b]: number[] = require('fs').readFileSync(0, 'utf8').trim().split(/\\s+/).map(Number);\nconsole.log(a + b);\n",
};
