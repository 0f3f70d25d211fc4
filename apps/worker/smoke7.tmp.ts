import fs from 'node:fs';
import { spawn } from 'node:child_process';
import { createSandbox } from './src/sandbox/index.js';
import { detectCgroups } from './src/sandbox/cgroup.js';
import { bwrapArgs } from './src/sandbox/bwrap.js';
const sb = await createSandbox({ root: '/tmp/qcs/root', concurrency: 1 });
const box = await sb.createBox();
fs.copyFileSync('/bin/true', box.dir + '/t'); 
const limits = { cpuMs: 2000, wallMs: 5000, memoryKb: 256*1024, pids: 16, outputBytes: 1<<20, fileBytes: 16<<20, openFiles: 64, tmpBytes: 64<<20 };
const med = (a: number[]) => a.sort((x,y)=>x-y)[a.length>>1]!;
const cg = detectCgroups()!;
const L = '/tmp/qcs/root/bin/' + fs.readdirSync('/tmp/qcs/root/bin').filter(f=>!f.includes('.'))[0];
function sp(cmd: string, args: string[], stdio: any = ['ignore','ignore','pipe','ignore','pipe']): Promise<number> { const t=performance.now(); return new Promise(r => { const c = spawn(cmd, args, {stdio, env: {}}); c.on('close', () => r(performance.now()-t)); }); }
const bw = (extra: Partial<Parameters<typeof bwrapArgs>[0]> = {}) => bwrapArgs({ bwrap: '/usr/bin/bwrap', launcher: L, etcDir: '/tmp/qcs/root/etc', boxDir: box.dir, readOnlyBox: false, tmpBytes: 64<<20, env: {}, readOnlyBinds: [], argv: ['/box/t'], ...extra });
const S: Record<string, number[]> = {};
const add = (k: string, v: number) => (S[k] ??= []).push(v);
for (let i = 0; i < 25; i++) {
  let t = performance.now(); await sb.run({ argv: ['/box/t'], box, limits }); add('sandbox.run', performance.now()-t);
  t = performance.now(); const g = await cg.create(`${process.pid}.y-${i}`, { memoryBytes: 256<<20, pids: 20 }); add('cg.create', performance.now()-t);
  add('launcher+bwrap(full args)', await sp(L, [...g.procsFiles.flatMap(f=>['-c',f]), '-u','65534','-g','65534','--', ...bw()]));
  const args = bw();
  add('bwrap direct as root', await sp('/usr/bin/bwrap', args.slice(1)));
  t = performance.now(); await g.remove(); add('cg.remove', performance.now()-t);
  add('spawn true', await sp('/bin/true', []));
}
for (const [k, v] of Object.entries(S)) console.log(k.padEnd(30), med(v).toFixed(1));
await box.dispose();
