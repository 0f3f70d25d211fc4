import type { LanguageDefinition } from './types.js';

/** Debian's rustc 1.63 (rustup's under /root is unreachable for the sandbox user); it links with cc. */
export const rust: LanguageDefinition = {
  id: 'rust',
  name: 'Rust',
  sourceFile: 'main.rs',
  versionCommand: ['/usr/bin/rustc', '--version'],
  parseVersion: (out) => /rustc (\S+)/.exec(out)?.[1] ?? out.trim(),
  compile: ['/usr/bin/rustc', '-O', '-C', 'strip=debuginfo', '--edition', '2021', '-o', 'main', 'main.rs'],
  compilePids: 64,
  run: ['/box/main'],
  timeMultiplier: 1,
  memoryOverheadKb: 8 * 1024,
  pids: 16,
  memoryErrorPattern: /memory allocation of \d+ bytes failed/,
  selfTest:
    'use std::io::Read;\n\nfn main() {\n    let mut s = String::new();\n    std::io::stdin().read_to_string(&mut s).unwrap();\n    let v: Vec<i64> = s.split_whitespace().map(|x| x.parse().unwrap()).collect();\n    println!("{}", v[0] + v[1]);\n}\n',
};
