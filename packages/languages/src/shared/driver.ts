import fs from 'node:fs';
import type { DesignSignature, ExecuteProblem, FunctionSignature } from '@quickcode/protocol';
import { parseType, usesType, type TypeRef } from '../value-types.js';

/** What a language's generator returns: the whole program and where the user's first line landed. */
export interface DriverSource {
  /** The program text: the user's code with the driver around it. */
  source: string;
  /** The file the program must be saved as (main.py, Main.java ...). */
  fileName: string;
  /** Lines added before the user's first line (0 when the prelude shares line 1 or a #line directive resets it). */
  lineOffset: number;
}

export type Signature = { kind: 'function'; fn: FunctionSignature } | { kind: 'design'; design: DesignSignature };

export function signatureOf(problem: ExecuteProblem): Signature {
  if (problem.kind === 'function' && problem.function) return { kind: 'function', fn: problem.function };
  if (problem.kind === 'design' && problem.design) return { kind: 'design', design: problem.design };
  throw new Error(`problem ${problem.slug} has no ${problem.kind} signature to build a driver from`);
}

/** A type as the runtimes that read type strings see it: `list<T>` is the sequence `T[]` on the wire. */
function wireType(type: string): string {
  const r = parseType(type);
  return r.lists === 0 ? type : r.base + '[]'.repeat(r.depth);
}

/** The signature as the JSON spec of the Python and JavaScript runtimes (list types spelled as arrays). */
export function runtimeSpec(sig: Signature): Record<string, unknown> {
  const params = (ps: { name: string; type: string }[]) => ps.map((p) => ({ ...p, type: wireType(p.type) }));
  if (sig.kind === 'function') return { kind: 'function', function: { ...sig.fn, params: params(sig.fn.params), returns: wireType(sig.fn.returns) } };
  const d = sig.design;
  return {
    kind: 'design',
    design: { ...d, constructorParams: params(d.constructorParams), methods: d.methods.map((m) => ({ ...m, params: params(m.params), returns: wireType(m.returns) })) },
  };
}

/** Lines per test on stdin: one per parameter, or operations + arguments. */
export function linesPerTest(sig: Signature): number {
  return sig.kind === 'design' ? 2 : sig.fn.params.length;
}

export function nodeUse(problem: ExecuteProblem): { list: boolean; tree: boolean } {
  return { list: usesType(problem, 'ListNode'), tree: usesType(problem, 'TreeNode') };
}

/** A language's runtime file (`new URL('./runtime/x', import.meta.url)`), read once when its driver module loads. */
export function readRuntime(file: URL): string {
  return fs.readFileSync(file, 'utf8');
}

/**
 * Keeps or drops the `QC:<name>-begin` ... `QC:<name>-end` sections of a runtime
 * (ListNode code only when the signature uses ListNode, so a user's own class of that name
 * does not clash) and puts generated code at the `QC:generated` line.
 */
export function fillRuntime(template: string, sections: Record<string, boolean>, generated: string, replacements: Record<string, string> = {}): string {
  const out: string[] = [];
  let skipping: string | null = null;
  for (const line of template.split('\n')) {
    const marker = /QC:([a-z]+)-(begin|end)/.exec(line);
    if (marker) {
      const [, name, edge] = marker as unknown as [string, string, string];
      if (edge === 'begin' && !sections[name]) skipping = name;
      if (edge === 'end' && skipping === name) skipping = null;
      continue;
    }
    if (skipping) continue;
    if (line.includes('QC:generated')) out.push(generated);
    else out.push(line);
  }
  let text = out.join('\n');
  for (const [key, value] of Object.entries(replacements)) text = text.split(key).join(value);
  return text;
}

export const typeOf = (t: string): TypeRef => parseType(t);

/** Ends the user's code on its own line so the driver never joins a trailing comment. */
export function userBlock(code: string): string {
  return code.endsWith('\n') ? code : `${code}\n`;
}
