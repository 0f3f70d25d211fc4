import fs from 'node:fs';
import { createSandbox } from './src/sandbox/index.js';
const sb = await createSandbox({ root: '/tmp/qcs/root', concurrency: 1 });
const box = await sb.createBox();
fs.copyFileSync('/bin/true', box.dir + '/t');
const limits = { cpuMs: 2000, wallMs: 5000, memoryKb: 256*1024, pids: 16, outputBytes: 1<<20, fileBytes: 16<<20, openFiles: 64, tmpBytes: 64<<20 };
for (let i = 0; i < 6; i++) { const t = performance.now(); await sb.run({ argv: ['/box/t'], box, limits }); console.log('total', (performance.now()-t).toFixed(1)); }
await box.dispose();
