import fs from 'node:fs';
import { bwrapArgs } from './src/sandbox/bwrap.js';
const L = '/tmp/qcs/root/bin/' + fs.readdirSync('/tmp/qcs/root/bin').filter(f=>!f.includes('.'))[0];
fs.mkdirSync('/tmp/qcs/box2', {recursive: true}); fs.chownSync('/tmp/qcs/box2', 65534, 65534); fs.copyFileSync('/bin/true', '/tmp/qcs/box2/t');
const a = bwrapArgs({ bwrap: '/usr/bin/bwrap', launcher: L, etcDir: '/tmp/qcs/root/etc', boxDir: '/tmp/qcs/box2', readOnlyBox: false, tmpBytes: 64<<20, env: {}, readOnlyBinds: [], argv: ['/box/t'] });
fs.writeFileSync('/tmp/qcs/args', [L, '-u', '65534', '-g', '65534', '--', ...a].map(x => `'${x}'`).join(' '));
fs.writeFileSync('/tmp/qcs/args2', a.map(x => `'${x}'`).join(' '));
fs.writeFileSync('/tmp/qcs/args3', a.slice(0, a.indexOf('/run/qc-init')+0).concat([]).map(x => `'${x}'`).join(' '));
