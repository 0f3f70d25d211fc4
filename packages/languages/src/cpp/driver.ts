import type { ExecuteProblem, Param } from '@quickcode/protocol';
import { fillRuntime, linesPerTest, nodeUse, readRuntime, signatureOf, userBlock, type DriverSource } from '../shared/driver.js';
import { cppType } from './definition.js';

const runtime = readRuntime(new URL('./runtime/cpp.cpp', import.meta.url));
const guard = readRuntime(new URL('../shared/runtime/native-guard.c', import.meta.url));

const LIST_NODE = `struct ListNode {
    int val;
    ListNode *next;
    ListNode() : val(0), next(nullptr) {}
    ListNode(int x) : val(x), next(nullptr) {}
    ListNode(int x, ListNode *next) : val(x), next(next) {}
};
`;
const TREE_NODE = `struct TreeNode {
    int val;
    TreeNode *left;
    TreeNode *right;
    TreeNode() : val(0), left(nullptr), right(nullptr) {}
    TreeNode(int x) : val(x), left(nullptr), right(nullptr) {}
    TreeNode(int x, TreeNode *left, TreeNode *right) : val(x), left(left), right(right) {}
};
`;

function convert(params: Param[], source: (k: number) => string, prefix: string): { decls: string; names: string } {
  const decls = params.map((p, k) => `  auto ${prefix}${k} = Conv<${cppType(p.type, 'std::')}>::get(${source(k)});\n`).join('');
  return { decls, names: params.map((_, k) => `${prefix}${k}`).join(', ') };
}

function generate(problem: ExecuteProblem): string {
  const sig = signatureOf(problem);
  const head = 'std::string qc::run(const std::vector<qc::J>& vals, long long& elapsedNs) {\n  using namespace qc;\n  std::string o;\n';
  if (sig.kind === 'function') {
    const { decls, names } = convert(sig.fn.params, (k) => `vals[${k}]`, 'a');
    const call = `sol->${sig.fn.name}(${names})`;
    const body =
      sig.fn.returns === 'void' ? `  auto t0 = now();\n  ${call};\n  elapsedNs += nanos(t0);\n  o += "null";\n` : `  auto t0 = now();\n  auto r = ${call};\n  elapsedNs += nanos(t0);\n  ser(o, r);\n`;
    return `${head}${decls}  Solution* sol = new Solution();\n${body}  delete sol;\n  return o;\n}\n`;
  }
  const d = sig.design;
  const ctor = convert(d.constructorParams, (k) => `vals[1].a[0].a[${k}]`, 'c');
  let out = `${head}${ctor.decls}  auto t0 = now();\n  ${d.className}* obj = new ${d.className}(${ctor.names});\n  elapsedNs += nanos(t0);\n  o += "[null";\n`;
  out += "  for (size_t i = 1; i < vals[0].a.size(); i++) {\n    const std::string& op = vals[0].a[i].s;\n    const J& a = vals[1].a[i];\n    (void)a;\n    o += ',';\n";
  d.methods.forEach((m, idx) => {
    const args = convert(m.params, (k) => `a.a[${k}]`, 'p').decls.replace(/^ {2}/gm, '      ');
    const call = `obj->${m.name}(${m.params.map((_, k) => `p${k}`).join(', ')})`;
    out += `    ${idx ? 'else ' : ''}if (op == ${JSON.stringify(m.name)}) {\n${args}      t0 = now();\n`;
    out += m.returns === 'void' ? `      ${call};\n      elapsedNs += nanos(t0);\n      o += "null";\n    }\n` : `      auto r = ${call};\n      elapsedNs += nanos(t0);\n      ser(o, r);\n    }\n`;
  });
  out += "  }\n  o += ']';\n  return o;\n}\n";
  return out;
}

export function cppDriver(problem: ExecuteProblem, code: string): DriverSource {
  const use = nodeUse(problem);
  const prelude = `#include <bits/stdc++.h>\nusing namespace std;\n${use.list ? LIST_NODE : ''}${use.tree ? TREE_NODE : ''}#line 1 "solution.cpp"\n`;
  const driver = fillRuntime(runtime, use, generate(problem), { QC_PER_TEST: String(linesPerTest(signatureOf(problem))) });
  return { source: `${prelude}${userBlock(code)}#line 1 "guard.c"\n${guard}#line 1 "driver.cpp"\n${driver}`, fileName: 'main.cpp', lineOffset: 0 };
}
