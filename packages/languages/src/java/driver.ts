import type { ExecuteProblem, Param } from '@quickcode/protocol';
import { fillRuntime, linesPerTest, nodeUse, readRuntime, signatureOf, typeOf, type DriverSource } from '../shared/driver.js';
import { javaType } from './definition.js';

const runtime = readRuntime(new URL('./runtime/java.java', import.meta.url));

/** The runtime's converter of each scalar (`toInt`, `intArr2` ...). */
const CONVERTERS: Record<string, string> = { int: 'Int', long: 'Long', double: 'Double', bool: 'Bool', string: 'Str', char: 'Char' };

/** The runtime call turning a parsed JSON value into the Java type (a List level maps its elements). */
function converter(type: string, value: string): string {
  const t = typeOf(type);
  if (t.base === 'ListNode') return `toList(${value})`;
  if (t.base === 'TreeNode') return `toTree(${value})`;
  const name = CONVERTERS[t.base] as string;
  const arrays = t.depth - t.lists;
  const arr = name === 'Int' ? 'int' : name === 'Str' ? 'str' : name.toLowerCase();
  let call = (v: string) => (arrays === 0 ? `to${name}(${v})` : `${arr}Arr${arrays === 2 ? '2' : ''}(${v})`);
  for (let level = t.lists; level > 0; level--) {
    const element = call;
    call = (v: string) => `listOf(${v}, x${level} -> ${element(`x${level}`)})`;
  }
  return call(value);
}

/** Writing the result: a null list or tree is [], as LeetCode shows it. */
function writer(type: string, value: string): string {
  if (type === 'ListNode') return `serList(sb, ${value});`;
  if (type === 'TreeNode') return `serTree(sb, ${value});`;
  return `ser(sb, ${value});`;
}

function convert(params: Param[], source: (k: number) => string, prefix: string, indent: string): string {
  return params.map((p, k) => `${indent}${javaType(p.type)} ${prefix}${k} = ${converter(p.type, source(k))};\n`).join('');
}

function generate(problem: ExecuteProblem): string {
  const sig = signatureOf(problem);
  const head = '    static void run(Object[] vals, StringBuilder sb) throws Throwable {\n';
  if (sig.kind === 'function') {
    const fn = sig.fn;
    const call = `sol.${fn.name}(${fn.params.map((_, k) => `a${k}`).join(', ')})`;
    let out = head + convert(fn.params, (k) => `vals[${k}]`, 'a', '        ');
    out += '        Solution sol = new Solution();\n        long t0 = System.nanoTime();\n';
    out +=
      fn.returns === 'void'
        ? `        ${call};\n        elapsedNs += System.nanoTime() - t0;\n        sb.append("null");\n`
        : `        var r = ${call};\n        elapsedNs += System.nanoTime() - t0;\n        ${writer(fn.returns, 'r')}\n`;
    return `${out}    }\n`;
  }
  const d = sig.design;
  let out = head;
  out += '        java.util.List<Object> ops = list(vals[0]);\n        java.util.List<Object> args = list(vals[1]);\n';
  out += convert(d.constructorParams, (k) => `list(args.get(0)).get(${k})`, 'c', '        ');
  out += `        long t0 = System.nanoTime();\n        ${d.className} obj = new ${d.className}(${d.constructorParams.map((_, k) => `c${k}`).join(', ')});\n`;
  out += '        elapsedNs += System.nanoTime() - t0;\n        sb.append("[null");\n';
  out += "        for (int i = 1; i < ops.size(); i++) {\n            java.util.List<Object> a = list(args.get(i));\n            sb.append(',');\n            switch ((String) ops.get(i)) {\n";
  for (const m of d.methods) {
    const call = `obj.${m.name}(${m.params.map((_, k) => `p${k}`).join(', ')})`;
    out += `                case ${JSON.stringify(m.name)}: {\n${convert(m.params, (k) => `a.get(${k})`, 'p', '                    ')}`;
    out += '                    t0 = System.nanoTime();\n';
    out +=
      m.returns === 'void'
        ? `                    ${call};\n                    elapsedNs += System.nanoTime() - t0;\n                    sb.append("null");\n`
        : `                    var r = ${call};\n                    elapsedNs += System.nanoTime() - t0;\n                    ${writer(m.returns, 'r')}\n`;
    out += '                    break;\n                }\n';
  }
  out += '                default: throw new IllegalStateException("unknown operation " + ops.get(i));\n            }\n        }\n        sb.append(\']\');\n    }\n';
  return out;
}

/** LeetCode's implicit imports, on the user's first line so line numbers hold. */
const IMPORTS = 'import java.util.*; import java.util.function.*; import java.util.stream.*; import java.math.*; import javafx.util.*; ';

export function javaDriver(problem: ExecuteProblem, code: string): DriverSource {
  // A package line would put Main elsewhere; a public Solution cannot share Main.java.
  const user = code.replace(/^[ \t]*package\s+[\w.]+\s*;/m, '').replace(/^public(\s+(?:final\s+|abstract\s+)?class\s)/gm, '$1');
  const driver = fillRuntime(runtime, nodeUse(problem), generate(problem), { PER_TEST: String(linesPerTest(signatureOf(problem))) });
  return { source: `${IMPORTS}${user}\n${driver}`, fileName: 'Main.java', lineOffset: 0 };
}
