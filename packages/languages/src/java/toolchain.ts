import { fileURLToPath } from 'node:url';
import { programMemoryMb, stackEnv } from '../shared/memory.js';
import type { LanguageToolchain } from '../toolchain-types.js';
import { java as definition } from './definition.js';
import { javaDriver } from './driver.js';

const JDK = '/usr/lib/jvm/java-17-openjdk-amd64';
const MEMORY_OVERHEAD_KB = 128 * 1024;

const JAVAC_FLAGS = ['-J-Xmx512m', '-J-XX:+UseSerialGC', '-J-XX:TieredStopAtLevel=1', '-J-XX:-UsePerfData', '-J-Xshare:auto', '-encoding', 'UTF-8', '-nowarn'];
/** LeetCode's extra classes for Java (javafx.util.Pair), as sources. */
const JAVA_LIB = fileURLToPath(new URL('./runtime/java-lib', import.meta.url));
const PUBLIC_CLASS_AS_MAIN = [
  "name=$(sed -n -E 's/^[[:space:]]*public[[:space:]]+((final|abstract|strictfp)[[:space:]]+)*class[[:space:]]+([A-Za-z_][A-Za-z0-9_]*).*/\\3/p' Main.java | head -n 1)",
  'file=Main.java',
  'if [ -n "$name" ] && [ "$name" != Main ]; then',
  '  file="$name.java"',
  '  cat Main.java > "$file"',
  '  grep -Eq \'(^|[^A-Za-z0-9_])class[[:space:]]+Main([^A-Za-z0-9_]|$)\' Main.java || printf \'\\nclass Main { public static void main(String[] a) throws Exception { %s.main(a); } }\\n\' "$name" >> "$file"',
  'fi',
  'exec "$@" "$file"',
].join('\n');

/**
 * OpenJDK 17. The JVM cannot see the cgroup from inside the sandbox and would size its heap
 * from the host's RAM: -Xmx is the program's share of the limit. SerialGC and no perf data
 * file keep threads, memory and /tmp writes down; C1-only compilation makes javac start faster.
 */
export const java: LanguageToolchain = {
  ...definition,
  sourceFile: 'Main.java',
  versionCommand: [`${JDK}/bin/java`, '-version'],
  parseVersion: (out) => /version "([^"]+)"/.exec(out)?.[1] ?? out.trim(),
  // sh: a stdio program's public class may have any name (its file is copied to match it, and
  // a Main calling its main is added). -sourcepath: javafx.util.Pair, compiled only when used.
  compile: ['/bin/sh', '-c', PUBLIC_CLASS_AS_MAIN, 'javac', `${JDK}/bin/javac`, ...JAVAC_FLAGS, '-sourcepath', JAVA_LIB, '-d', '.'],
  compilePids: 64,
  run: (limits) => [
    `${JDK}/bin/java`,
    `-Xmx${programMemoryMb(limits, MEMORY_OVERHEAD_KB)}m`,
    '-Xss64m',
    '-XX:+UseSerialGC',
    '-XX:-UsePerfData',
    '-XX:ActiveProcessorCount=1',
    '-Xshare:auto',
    '-cp',
    '/box',
    'Main',
  ],
  timeMultiplier: 2,
  startupMs: 500,
  memoryOverheadKb: MEMORY_OVERHEAD_KB,
  env: stackEnv(MEMORY_OVERHEAD_KB),
  pids: 48,
  readOnlyBinds: [JAVA_LIB],
  memoryErrorPattern: /java\.lang\.OutOfMemoryError/,
  selfTest:
    'import java.util.Scanner;\n\npublic class Main {\n  public static void main(String[] args) {\n    Scanner in = new Scanner(System.in);\n    long a = in.nextLong(), b = in.nextLong();\n    System.out.println(a + b);\n  }\n}\n',
  driver: javaDriver,
};
