import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { LanguageId } from '@quickcode/protocol';
import { languages } from './index.js';
import { toolchains } from './toolchain.js';

const src = path.dirname(fileURLToPath(import.meta.url));

/** Every module the main entry loads, with each import it makes that is not erased (not `import type`). */
function runtimeImports(entry: string): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    const specifiers = [...fs.readFileSync(file, 'utf8').matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+'([^']+)'/gm)].map((m) => m[1]!);
    seen.set(file, specifiers);
    for (const s of specifiers) if (s.startsWith('.')) visit(path.resolve(path.dirname(file), s.replace(/\.js$/, '.ts')));
  };
  visit(entry);
  return seen;
}

describe('the main entry (@quickcode/languages)', () => {
  it('loads no Node module, no package and no toolchain: the web bundles it for the browser', () => {
    const graph = runtimeImports(path.join(src, 'index.ts'));
    expect(graph.size).toBeGreaterThan(10);
    for (const [file, specifiers] of graph) {
      const where = path.relative(src, file);
      expect(where, 'a toolchain or driver file').not.toMatch(/(toolchain|driver)\.ts$/);
      for (const s of specifiers) expect(s, `${where} imports ${s} at run time`).toMatch(/^\.\.?\//);
    }
  });
});

describe('the registries', () => {
  it('list every language once, under its own id, in the same order', () => {
    expect(Object.entries(languages).map(([key, l]) => [key, l.id])).toEqual(Object.keys(languages).map((id) => [id, id]));
    expect(Object.keys(toolchains)).toEqual(Object.keys(languages));
    for (const id of Object.keys(languages) as LanguageId[]) {
      const { name, extension, monaco, installHint, type, starter } = languages[id];
      expect(toolchains[id], id).toMatchObject({ id, name, extension, monaco, installHint, type, starter });
    }
    expect(new Set(Object.values(languages).map((l) => l.extension)).size).toBe(Object.keys(languages).length);
  });

  it('map every signature type in every language', () => {
    const scalars = ['int', 'long', 'double', 'bool', 'string', 'char'].flatMap((t) => [t, `${t}[]`, `${t}[][]`]);
    for (const l of Object.values(languages)) {
      for (const t of [...scalars, 'ListNode', 'TreeNode']) expect(l.type(t), `${l.id} ${t}`).not.toMatch(/undefined|^$/);
    }
  });
});
