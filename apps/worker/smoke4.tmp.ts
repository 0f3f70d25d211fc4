import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { detectCgroups } from './src/sandbox/cgroup.js';
import { bwrapArgs } from './src/sandbox/bwrap.js';
const cg = detectCgroups()!;
const launcher = fs.readdirSync('/tmp/qcs/root/bin').filter(f=>!f.includes('.'))[0];
const L = '/tmp/qcs/root/bin/' + launcher;
fs.mkdirSync('/tmp/qcs/box', {recursive:true}); fs.chownSync('/tmp/qcs/box', 65534, 65534);
const t = (label: string, t0: number) => console.log(label, (performance.now()-t0).toFixed(1));
function sp(cmd: string, args: string[]): Promise<void> { return new Promise(r => { const c = spawn(cmd, args, {stdio:['ignore','ignore','inherit','ignore','pipe'], env: {}}); c.on('close', () => r()); }); }
for (let i = 0; i < 5; i++) {
  let t0 = performance.now();
  const g = await cg.create(`${process.pid}.x-${i}`, { memoryBytes: 256<<20, pids: 20 });
  t('create', t0); t0 = performance.now();
  const bw = bwrapArgs({ bwrap: '/usr/bin/bwrap', launcher: L, etcDir: '/tmp/qcs/root/etc', boxDir: '/tmp/qcs/box', readOnlyBox: false, tmpBytes: 64<<20, env: {}, readOnlyBinds: [], argv: ['/bin/true'] });
  await sp(L, [...g.procsFiles.flatMap(f=>['-c',f]), '-u','65534','-g','65534','--', ...bw]);
  t('launcher+bwrap+init+true', t0); t0 = performance.now();
  await sp(L, ['-u','65534','-g','65534','--', ...bw]);
  t('launcher+bwrap (no cgroup)', t0); t0 = performance.now();
  await sp('/usr/bin/bwrap', bw.slice(1));
  t('bwrap as root direct', t0); t0 = performance.now();
  await g.remove();
  t('remove', t0);
}
