import { createSandbox } from './src/sandbox/index.js';
const sb = await createSandbox({ root: '/tmp/qcs/root' });
const box = await sb.createBox();
await box.writeFile('main.py', 'import sys\na,b=map(int,sys.stdin.read().split())\nprint(a+b)\n');
await box.writeFile('in.txt', '2 3\n');
const limits = { cpuMs: 2000, wallMs: 5000, memoryKb: 256*1024, pids: 16, outputBytes: 1<<20, fileBytes: 16<<20, openFiles: 64, tmpBytes: 64<<20 };
for (let i=0;i<3;i++) console.log(await sb.run({ argv: ['/usr/bin/python3', 'main.py'], box, limits, stdinFile: box.dir + '/in.txt' }));
console.log(await sb.run({ argv: ['/bin/sh', '-c', 'id; ls -la / /etc /dev /dev/shm; cat /proc/1/environ | tr "\\0" " "; echo; env; cat /proc/self/cgroup; ulimit -a; echo x >&3; exit 3'], box, limits }));
await box.dispose();
