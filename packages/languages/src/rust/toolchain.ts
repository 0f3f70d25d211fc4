import { stackEnv } from '../shared/memory.js';
import type { LanguageToolchain } from '../toolchain-types.js';
import { rust as definition } from './definition.js';
import { rustDriver } from './driver.js';

/** LeetCode shows none of these lints; solutions trip them all the time. */
const QUIET = ['dead_code', 'unused_imports', 'unused_variables', 'unused_mut', 'non_snake_case', 'non_camel_case_types'].flatMap((lint) => ['-A', lint]);

/**
 * Debian's rustc-web (1.96; plain `rustc` is 1.63, too old for current LeetCode Rust), at
 * /usr/bin/rustc either way; rustup's under /root is unreachable for the sandbox user. It
 * links with cc. Messages name the user's file, solution.rs.
 */
export const rust: LanguageToolchain = {
  ...definition,
  sourceFile: 'main.rs',
  versionCommand: ['/usr/bin/rustc', '--version'],
  parseVersion: (out) => /rustc (\S+)/.exec(out)?.[1] ?? out.trim(),
  prerequisites: [{ file: '/usr/share/doc/rustc-web', what: 'a current Rust (rustc-web)', install: 'sudo apt-get install -y rustc-web' }],
  compile: ['/usr/bin/rustc', '-O', '-C', 'strip=debuginfo', '--edition', '2021', ...QUIET, '-o', 'main', 'main.rs'],
  tidyCompileOutput: (output) => output.replace(/(-->\s+|^)main\.rs:/gm, '$1solution.rs:'),
  compilePids: 64,
  run: ['/box/main'],
  timeMultiplier: 1,
  memoryOverheadKb: 8 * 1024,
  env: stackEnv(8 * 1024),
  pids: 16,
  memoryErrorPattern: /memory allocation of \d+ bytes failed/,
  selfTest:
    'use std::io::Read;\n\nfn main() {\n    let mut s = String::new();\n    std::io::stdin().read_to_string(&mut s).unwrap();\n    let v: Vec<i64> = s.split_whitespace().map(|x| x.parse().unwrap()).collect();\n    println!("{}", v[0] + v[1]);\n}\n',
  driver: rustDriver,
};
