import fs from 'node:fs';
import { createSandbox } from './src/sandbox/index.js';
import { compileProgram, runProgram, languages, resolveLimits } from './src/languages/index.js';
const sb = await createSandbox({ root: '/tmp/qcs/root' });
for (const [file, lang] of [['kill_host.py','python'],['fork_bomb.c','c'],['write_outside.py','python'],['daemon.py','python']] as const) {
  const box = await sb.createBox();
  const L = languages[lang];
  const c = await compileProgram(sb, box, L, fs.readFileSync('tests/exploits/programs/'+file,'utf8'));
  const t = performance.now();
  const r = await runProgram(sb, box, L, { limits: resolveLimits({timeMs:1000,memoryMb:128,outputKb:64}, L, 'run') });
  console.log(file, c.ok, performance.now()-t, r);
  await box.dispose();
}
