import type { ExecuteProblem, Param } from '@quickcode/protocol';
import { fillRuntime, linesPerTest, nodeUse, readRuntime, signatureOf, userBlock, type DriverSource } from '../shared/driver.js';
import { snakeCase } from '../value-types.js';
import { rustType } from './definition.js';

const runtime = readRuntime(new URL('./runtime/rust.rs', import.meta.url));

function convert(params: Param[], source: (k: number) => string, prefix: string, indent: string): string {
  return params.map((p, k) => `${indent}let ${prefix}${k}: ${rustType(p.type, true)} = FromJ::from_j(${source(k)});\n`).join('');
}

function generate(problem: ExecuteProblem): string {
  const sig = signatureOf(problem);
  if (sig.kind === 'function') {
    const fn = sig.fn;
    let out = convert(fn.params, (k) => `&vals[${k}]`, 'a', '        ');
    out += `        let t0 = std::time::Instant::now();\n        let r = Solution::${snakeCase(fn.name)}(${fn.params.map((_, k) => `a${k}`).join(', ')});\n`;
    out += '        *elapsed += elapsed_ns(t0);\n';
    out += fn.returns === 'void' ? '        let _ = r;\n        o.push_str("null");\n' : '        r.to_j(&mut o);\n';
    return out;
  }
  const d = sig.design;
  let out = '        let ops = vals[0].arr();\n        let args = vals[1].arr();\n        let c = args[0].arr();\n';
  out += convert(d.constructorParams, (k) => `&c[${k}]`, 'c', '        ');
  out += `        let mut t0 = std::time::Instant::now();\n        let mut obj = ${d.className}::new(${d.constructorParams.map((_, k) => `c${k}`).join(', ')});\n`;
  out += '        *elapsed += elapsed_ns(t0);\n        o.push_str("[null");\n';
  out += "        for i in 1..ops.len() {\n            let a = args[i].arr();\n            o.push(',');\n            match ops[i].text() {\n";
  for (const m of d.methods) {
    out += `                ${JSON.stringify(m.name)} => {\n${convert(m.params, (k) => `&a[${k}]`, 'p', '                    ')}`;
    out += `                    t0 = std::time::Instant::now();\n                    let r = obj.${snakeCase(m.name)}(${m.params.map((_, k) => `p${k}`).join(', ')});\n`;
    out += '                    *elapsed += elapsed_ns(t0);\n';
    out += m.returns === 'void' ? '                    let _ = r;\n                    o.push_str("null");\n' : '                    r.to_j(&mut o);\n';
    out += '                }\n';
  }
  out += '                other => panic!("unknown operation {}", other),\n            }\n        }\n        o.push(\']\');\n';
  return out;
}

/**
 * The std names LeetCode's Rust solutions may use unimported. After the user's code, so that
 * it starts on line 1 (its errors show its own lines); `use` works from anywhere in a module.
 * LeetCode's silenced lints are compile flags (toolchain.ts).
 */
const USES = 'use std::collections::*; use std::rc::*; use std::cell::*; use std::cmp::*;\n';

export function rustDriver(problem: ExecuteProblem, code: string): DriverSource {
  const ownSolution = /\bstruct\s+Solution\b/.test(code);
  const sections = { ...nodeUse(problem), solution: !ownSolution && problem.kind === 'function' };
  const driver = fillRuntime(runtime, sections, generate(problem), { QC_PER_TEST: String(linesPerTest(signatureOf(problem))) });
  return { source: `${userBlock(code)}\n${USES}${driver}`, fileName: 'main.rs', lineOffset: 0 };
}
