import { programMemoryMb } from '../shared/memory.js';
import type { LanguageToolchain } from '../toolchain-types.js';
import { go as definition } from './definition.js';
import { goDriver } from './driver.js';

const GOROOT = '/usr/lib/go';
const TOOLS = `${GOROOT}/pkg/tool/linux_amd64`;
const MEMORY_OVERHEAD_KB = 16 * 1024;

/**
 * Debian's Go 1.19, which still ships the standard library precompiled under $GOROOT/pkg:
 * calling the compiler and linker directly (~0.3 s) skips `go build`'s cache setup (~0.6 s
 * on a fresh /tmp). No cgo.
 */
export const go: LanguageToolchain = {
  ...definition,
  sourceFile: 'main.go',
  versionCommand: [`${GOROOT}/bin/go`, 'version'],
  parseVersion: (out) => /go(\d+\.\d+(?:\.\d+)?)/.exec(out)?.[1] ?? out.trim(),
  compile: ['/bin/sh', '-c', `${TOOLS}/compile -p main -complete -o /tmp/main.o main.go && ${TOOLS}/link -o main /tmp/main.o`],
  compileEnv: { GOROOT, CGO_ENABLED: '0', GO111MODULE: 'off', GOCACHE: '/tmp/gocache', GOPATH: '/tmp/gopath' },
  run: ['/box/main'],
  env: (limits) => ({ GOMEMLIMIT: `${programMemoryMb(limits, MEMORY_OVERHEAD_KB)}MiB`, GOMAXPROCS: '2' }),
  timeMultiplier: 1.5,
  startupMs: 20,
  memoryOverheadKb: MEMORY_OVERHEAD_KB,
  pids: 32,
  selfTest: 'package main\n\nimport "fmt"\n\nfunc main() {\n\tvar a, b int64\n\tfmt.Scan(&a, &b)\n\tfmt.Println(a + b)\n}\n',
  driver: goDriver,
};
