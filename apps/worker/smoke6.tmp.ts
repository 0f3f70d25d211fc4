import { createSandbox } from './src/sandbox/index.js';
const sb = await createSandbox({ root: '/tmp/qcs/root' });
const box = await sb.createBox();
const limits = { cpuMs: 2000, wallMs: 5000, memoryKb: 256*1024, pids: 16, outputBytes: 1<<20, fileBytes: 16<<20, openFiles: 64, tmpBytes: 64<<20 };
console.log((await sb.run({ argv: ['/bin/sh', '-c', 'ls -la /proc/self/fd/; ls -la /proc/1/fd 2>&1; cat /proc/1/status | grep -i -E "uid|cap|seccomp"'], box, limits })).stdout);
console.log((await sb.run({ argv: ['/bin/sh', '-c', 'ls -la /proc/self/fd/; echo hi >&3'], box, limits, onAnswer: (c) => console.log('ANSWER', c.toString()) })).stdout);
await box.dispose();
