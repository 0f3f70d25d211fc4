import { createSandbox } from './src/sandbox/index.js';
const sb = await createSandbox({ root: '/tmp/qcs/root' });
const box = await sb.createBox();
const limits = { cpuMs: 2000, wallMs: 5000, memoryKb: 256*1024, pids: 16, outputBytes: 1<<20, fileBytes: 16<<20, openFiles: 64, tmpBytes: 64<<20 };
await box.writeFile('t.py', `
import ctypes, os
libc = ctypes.CDLL(None, use_errno=True)
print('fds', os.listdir('/proc/self/fd'))
print('ptrace', libc.ptrace(0, 0, None, None), ctypes.get_errno())
print('io_uring', libc.syscall(425, 1, None), ctypes.get_errno())
print('bpf', libc.syscall(321, 0, None, 0), ctypes.get_errno())
print('getpid', libc.syscall(39))
print(open('/proc/self/status').read().split('Seccomp:')[1].split()[0])
`);
console.log(await sb.run({ argv: ['/usr/bin/python3', 't.py'], box, limits }));
console.log(await sb.run({ argv: ['/usr/bin/node', '-e', 'require("fs").writeFileSync("/tmp/x", "y"); console.log(require("fs").readFileSync("/tmp/x","utf8"))'], box, limits }));
await box.dispose();
