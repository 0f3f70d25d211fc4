'use strict';
// QuickCode's compile step for JavaScript and TypeScript, run inside the sandbox with the
// language's compile limits: `node node-compile.cjs javascript <file>` or
// `node node-compile.cjs typescript <file> <declarations dir>` (typescript/runtime).
// JavaScript: the user's part must parse (a syntax error is a compile error on their line).
// TypeScript: the user's part is type-checked as LeetCode does (ES2022, its globals declared),
// then the whole program is transpiled to main.js with an inline source map.
const fs = require('fs');
const path = require('path');

const [mode, file, declarationsDir] = process.argv.slice(2);
const source = fs.readFileSync(file, 'utf8');
const MARK = '\n// QC:user-end\n';
const cut = source.indexOf(MARK);
const user = cut >= 0 ? source.slice(0, cut + 1) : source;
const shown = mode === 'typescript' ? 'solution.ts' : 'solution.js';

function fail(text) {
  process.stdout.write(text.trimEnd() + '\n');
  process.exit(1);
}

if (mode === 'javascript') {
  const vm = require('vm');
  try {
    // As Node's CommonJS wrapper sees it (a top-level `return` is allowed there).
    vm.compileFunction(user, ['exports', 'require', 'module', '__filename', '__dirname'], { filename: shown });
  } catch (err) {
    if (!(err instanceof SyntaxError)) throw err;
    // V8's report: "solution.js:LINE", the line, a caret, a blank line, then the message.
    const head = String(err.stack).split('\n');
    const line = /^solution\.js:(\d+)/.exec(head[0] || '');
    const blank = head.indexOf('');
    const excerpt = line && blank > 1 ? head.slice(1, blank).join('\n') : '';
    fail(line ? `Line ${line[1]}: ${err.name}: ${err.message}\n${excerpt}` : `${err.name}: ${err.message}`);
  }
  process.exit(0);
}

const ts = require('typescript');
const options = {
  target: ts.ScriptTarget.ES2022,
  lib: ['lib.es2023.d.ts'],
  module: ts.ModuleKind.CommonJS,
  types: [],
  noEmit: true,
  alwaysStrict: true,
  strictBindCallApply: true,
  strictFunctionTypes: true,
  skipLibCheck: true,
  moduleResolution: ts.ModuleResolutionKind.Node10,
  moduleDetection: ts.ModuleDetectionKind.Force,
};
// The declarations are stored as .d.ts.txt (the repository's own tsc must not read them) and
// served under their .d.ts names, beside which node_modules is found as usual.
if (!declarationsDir) fail('node-compile.cjs: no declarations directory given for TypeScript');
const declarations = new Map([[path.join(declarationsDir, 'typescript-globals.d.ts'), 'typescript-globals.d.ts.txt']]);
// lodash's declarations are large: read only when the code seems to use `_`.
if (/(^|[^\w$.])_\s*[.(]/m.test(user)) declarations.set(path.join(declarationsDir, 'typescript-lodash.d.ts'), 'typescript-lodash.d.ts.txt');
const USER = '/box/solution.ts';
const host = ts.createCompilerHost(options);
const readFile = host.readFile.bind(host);
const fileExists = host.fileExists.bind(host);
const getSourceFile = host.getSourceFile.bind(host);
const textOf = (name) => (name === USER ? user : declarations.has(name) ? fs.readFileSync(path.join(declarationsDir, declarations.get(name)), 'utf8') : undefined);
host.readFile = (name) => textOf(name) ?? readFile(name);
host.fileExists = (name) => name === USER || declarations.has(name) || fileExists(name);
host.getSourceFile = (name, lang, onError) => {
  const text = textOf(name);
  return text === undefined ? getSourceFile(name, lang, onError) : ts.createSourceFile(name, text, lang, true);
};
const roots = [USER, ...declarations.keys()];
const program = ts.createProgram(roots, options, host);
const diagnostics = [...program.getSyntacticDiagnostics(), ...program.getGlobalDiagnostics(), ...program.getSemanticDiagnostics()].filter(
  (d) => d.category === ts.DiagnosticCategory.Error,
);
if (diagnostics.length > 0) {
  const lines = diagnostics.slice(0, 50).map((d) => {
    const message = ts.flattenDiagnosticMessageText(d.messageText, '\n');
    if (!d.file || d.start === undefined) return `error TS${d.code}: ${message}`;
    const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
    const name = d.file.fileName === USER ? shown : path.basename(d.file.fileName);
    return `Line ${line + 1}: Char ${character + 1}: error TS${d.code}: ${message}${name === shown ? '' : ` (${name})`}`;
  });
  fail(lines.join('\n'));
}
const out = ts.transpileModule(source, {
  fileName: 'main.ts',
  reportDiagnostics: false,
  compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS, alwaysStrict: true, inlineSourceMap: true, inlineSources: false },
});
fs.writeFileSync(path.join(path.dirname(file), 'main.js'), out.outputText);
