import { programMemoryMb } from './base/limits.js';
import type { LanguageDefinition } from './types.js';

const JDK = '/usr/lib/jvm/java-17-openjdk-amd64';
const MEMORY_OVERHEAD_KB = 128 * 1024;

/**
 * OpenJDK 17. The JVM cannot see the cgroup from inside the sandbox and would size its heap
 * from the host's RAM: -Xmx is the program's share of the limit. SerialGC and no perf data
 * file keep threads, memory and /tmp writes down; C1-only compilation makes javac start faster.
 */
export const java: LanguageDefinition = {
  id: 'java',
  name: 'Java 17',
  sourceFile: 'Main.java',
  versionCommand: [`${JDK}/bin/java`, '-version'],
  parseVersion: (out) => /version "([^"]+)"/.exec(out)?.[1] ?? out.trim(),
  compile: [
    `${JDK}/bin/javac`,
    '-J-Xmx512m',
    '-J-XX:+UseSerialGC',
    '-J-XX:TieredStopAtLevel=1',
    '-J-XX:-UsePerfData',
    '-J-Xshare:auto',
    '-encoding', 'UTF-8',
    '-nowarn',
    '-d', '.',
    'Main.java',
  ],
  compilePids: 64,
  run: (limits) => [
    `${JDK}/bin/java`,
    `-Xmx${programMemoryMb(limits, { memoryOverheadKb: MEMORY_OVERHEAD_KB })}m`,
    '-Xss64m',
    '-XX:+UseSerialGC',
    '-XX:-UsePerfData',
    '-XX:ActiveProcessorCount=1',
    '-Xshare:auto',
    '-cp', '/box',
    'Main',
  ],
  timeMultiplier: 2,
  startupMs: 500,
  memoryOverheadKb: MEMORY_OVERHEAD_KB,
  pids: 48,
  memoryErrorPattern: /java\.lang\.OutOfMemoryError/,
  selfTest:
    'import java.util.Scanner;\n\npublic class Main {\n  public static void main(String[] args) {\n    Scanner in = new Scanner(System.in);\n    long a = in.nextLong(), b = in.nextLong();\n    System.out.println(a + b);\n  }\n}\n',
};
