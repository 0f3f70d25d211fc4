import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, type ExecuteProblem } from '@quickcode/protocol';
import { loadProblem } from '@quickcode/problems';
import { createSandbox } from '../sandbox/index.js';
import type { Sandbox } from '../sandbox/types.js';
import { buildDriver } from '../harness/index.js';
import { compileProgram, precompiledHeader, resolveLimits, runProgram, type ReadyHeader } from './base/index.js';
import { languages } from './index.js';

/**
 * C++ compiles read a precompiled <bits/stdc++.h> (base/pch.ts): made by the worker, bound
 * read-only into the sandbox. Whether gcc used it is read from its own report (`-H` prints
 * `! <file>.gch` for a precompiled header it read, `x <file>.gch` for one it rejected), never
 * from timings.
 */

const cpp = languages.cpp;
/** The real compile (same argv, same binds, same memoized header) plus gcc's include report. */
const cppReporting = { ...cpp, compile: [...cpp.compile!, '-H', '-Winvalid-pch'] };

let root: string;
let sandbox: Sandbox;
let ready: ReadyHeader;

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'qc-pch-'));
  fs.chmodSync(root, 0o755);
  sandbox = await createSandbox({ root });
  const made = await precompiledHeader(sandbox, cpp);
  if (!made) throw new Error('no precompiled header was made (see the QUICKCODE_PCH warning)');
  ready = made;
});

afterAll(async () => {
  await sandbox?.close?.();
  if (root) fs.rmSync(root, { recursive: true, force: true });
});

async function compile(source: string, fileName?: string) {
  const box = await sandbox.createBox();
  try {
    return await compileProgram(sandbox, box, cppReporting, source, fileName ? { fileName } : {});
  } finally {
    await box.dispose();
  }
}

/** The .gch as compile output names it: the host directory is never shown to the user. */
const shown = () => path.relative(ready.dir, ready.file);

describe('C++ precompiled header', () => {
  it('is a root-owned, read-only file in a directory only root may write', () => {
    expect(ready.file).toBe(path.join(ready.dir, 'bits', 'stdc++.h.gch'));
    const file = fs.statSync(ready.file);
    expect(file.isFile()).toBe(true);
    expect(file.uid).toBe(0);
    expect(file.mode & 0o777).toBe(0o444);
    for (const d of [ready.dir, path.dirname(ready.file)]) {
      const st = fs.statSync(d);
      expect(st.uid).toBe(0);
      expect(st.mode & 0o022).toBe(0);
    }
  });

  it('is read by a plain program that starts with #include <bits/stdc++.h>', async () => {
    const compiled = await compile('#include <bits/stdc++.h>\nusing namespace std;\nint main() { long long a, b; cin >> a >> b; cout << a + b << "\\n"; }\n');
    expect(compiled.ok, compiled.output).toBe(true);
    expect(compiled.output.split('\n')).toContain(`! ${shown()}`);
    expect(compiled.output).not.toContain('not used because');
  });

  it('is read by the generated function-problem driver (two-sum)', async () => {
    const p = loadProblem(path.join(repoRoot(), 'problems', 'two-sum'));
    const { kind, function: fn, design, checker, limits } = p.config;
    const problem: ExecuteProblem = { slug: p.slug, kind, function: fn, design, checker, limits };
    const driver = buildDriver('cpp', problem, p.solutions.cpp!);
    const compiled = await compile(driver.source, driver.fileName);
    expect(compiled.ok, compiled.output).toBe(true);
    expect(compiled.output.split('\n')).toContain(`! ${shown()}`);
  });

  it("lets the user's own #include <bits/stdc++.h> follow the driver's, naming no host path", async () => {
    const p = loadProblem(path.join(repoRoot(), 'problems', 'two-sum'));
    const { kind, function: fn, design, checker, limits } = p.config;
    const problem: ExecuteProblem = { slug: p.slug, kind, function: fn, design, checker, limits };
    const ok = buildDriver('cpp', problem, `#include <bits/stdc++.h>\nusing namespace std;\n${p.solutions.cpp!}`);
    const compiled = await compile(ok.source, ok.fileName);
    expect(compiled.ok, compiled.output).toBe(true);
    const broken = buildDriver('cpp', problem, '#include <bits/stdc++.h>\nclass Solution {\npublic:\n  vector<int> twoSum(vector<int>& a, int t) { return {nope}; }\n};\n');
    const failed = await compile(broken.source, broken.fileName);
    expect(failed.ok).toBe(false);
    expect(failed.output).toMatch(/^solution\.cpp:4:\d+: error: .nope. was not declared/m);
    expect(failed.output).not.toContain(ready.dir);
    expect(failed.output).not.toContain('/box/');
  });

  it('is passed over, and the real header read, when a macro before the include changes it', async () => {
    // _GLIBCXX_DEBUG must still give the checked containers: gcc rejects the .gch and reads the header.
    const source = '#define _GLIBCXX_DEBUG\n#include <bits/stdc++.h>\nint main() { std::vector<int> v(1); return v[3]; }\n';
    const box = await sandbox.createBox();
    try {
      // Without -H: its listing of every header read would push the warning out of the kept output.
      const compiled = await compileProgram(sandbox, box, { ...cpp, compile: [...cpp.compile!, '-Winvalid-pch'] }, source);
      expect(compiled.ok, compiled.output).toBe(true);
      expect(compiled.output).toContain(`${shown()}: not used because \`_GLIBCXX_DEBUG' is defined`);
      const run = await runProgram(sandbox, box, cpp, { limits: resolveLimits({ timeMs: 1000, memoryMb: 64, outputKb: 64 }, cpp, 'run') });
      expect(run.signal, run.stderr).toBe('SIGABRT');
      expect(run.stderr).toContain('out-of-bounds');
    } finally {
      await box.dispose();
    }
  });

  it('cannot be changed by code in the sandbox, where compiles and runs see it read-only', async () => {
    const attack = `#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
static void say(const char *what, int ok) { printf("%s %s\\n", what, ok ? "OK" : strerror(errno)); }
int main(int argc, char **argv) {
  const char *dir = argv[1], *file = argv[2];
  char p[4096];
  struct stat st;
  if (stat(file, &st) != 0) { printf("absent\\n"); return 0; }
  int fd = open(file, O_RDONLY);
  say("read", fd >= 0 && read(fd, p, 16) == 16);
  say("write", open(file, O_WRONLY) >= 0);
  say("append", open(file, O_WRONLY | O_APPEND) >= 0);
  say("truncate", truncate(file, 0) == 0);
  say("chmod", chmod(file, 0666) == 0);
  say("unlink", unlink(file) == 0);
  snprintf(p, sizeof p, "%s/moved", dir);
  say("rename", rename(file, p) == 0);
  snprintf(p, sizeof p, "%s/bits/new.gch", dir);
  say("create", open(p, O_CREAT | O_WRONLY, 0644) >= 0);
  snprintf(p, sizeof p, "%s/sub", dir);
  say("mkdir", mkdir(p, 0755) == 0);
  say("rmdir", rmdir(dir) == 0);
  return 0;
}
`;
    const before = fs.statSync(ready.file);
    const c = languages.c;
    const box = await sandbox.createBox();
    try {
      const compiled = await compileProgram(sandbox, box, c, attack);
      expect(compiled.ok, compiled.output).toBe(true);
      const limits = resolveLimits({ timeMs: 1000, memoryMb: 64, outputKb: 64 }, c, 'run');

      // Mounted as a compile mounts it (a compiler is user-influenced code too).
      const bound = await sandbox.run({ argv: ['/box/main', ready.dir, ready.file], box, limits, readOnlyBinds: [ready.dir] });
      expect(bound.exitCode, bound.stderr).toBe(0);
      const lines = bound.stdout.trim().split('\n');
      expect(lines[0]).toBe('read OK');
      expect(lines).toHaveLength(10);
      for (const line of lines.slice(1)) expect(line, bound.stdout).not.toMatch(/ OK$/);

      // A test run uses the same box, bound once when the box was made: read-only there too.
      const run = await runProgram(sandbox, box, { ...c, run: ['/box/main', ready.dir, ready.file] }, { limits });
      const runLines = run.stdout.trim().split('\n');
      expect(runLines).toHaveLength(10);
      for (const line of runLines.slice(1)) expect(line, run.stdout).not.toMatch(/ OK$/);
    } finally {
      await box.dispose();
    }
    const after = fs.statSync(ready.file);
    expect([after.ino, after.size, after.mtimeMs, after.ctimeMs, after.mode]).toEqual([before.ino, before.size, before.mtimeMs, before.ctimeMs, before.mode]);
    expect(fs.readdirSync(ready.dir)).toEqual(['bits']);
    expect(fs.readdirSync(path.dirname(ready.file)).sort()).toEqual(['stdc++.h', 'stdc++.h.gch']);
  });
});
