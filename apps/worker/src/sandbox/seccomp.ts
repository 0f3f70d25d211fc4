import os from 'node:os';

/**
 * A seccomp deny-list, as a classic BPF program for bwrap's --seccomp: the sandbox already
 * has no capabilities and no nested user namespaces, so these calls would fail anyway;
 * refusing them up front shrinks the kernel surface a program can reach (io_uring, bpf,
 * perf, keyrings, userfaultfd, ptrace, the new mount API...). x86_64 only; elsewhere null
 * (the other layers still hold).
 */

const AUDIT_ARCH_X86_64 = 0xc000003e;
const X32_SYSCALL_BIT = 0x40000000;
const RET_ALLOW = 0x7fff0000;
const RET_ERRNO = 0x00050000;
const RET_KILL_PROCESS = 0x80000000;
const EPERM = 1;
const ENOSYS = 38;

const LD_W_ABS = 0x20;
const JEQ_K = 0x15;
const JGE_K = 0x35;
const RET_K = 0x06;

/** x86_64 numbers of refused calls. */
const DENY_EPERM: Record<string, number> = {
  pivot_root: 155,
  ptrace: 101,
  syslog: 103,
  acct: 163,
  mount: 165,
  umount2: 166,
  swapon: 167,
  swapoff: 168,
  reboot: 169,
  sethostname: 170,
  setdomainname: 171,
  init_module: 175,
  delete_module: 176,
  quotactl: 179,
  kexec_load: 246,
  add_key: 248,
  request_key: 249,
  keyctl: 250,
  unshare: 272,
  perf_event_open: 298,
  fanotify_init: 300,
  name_to_handle_at: 303,
  open_by_handle_at: 304,
  setns: 308,
  process_vm_readv: 310,
  process_vm_writev: 311,
  finit_module: 313,
  kexec_file_load: 320,
  bpf: 321,
  userfaultfd: 323,
  open_tree: 428,
  move_mount: 429,
  fsopen: 430,
  fsconfig: 431,
  fsmount: 432,
  fspick: 433,
  mount_setattr: 442,
};
/** Refused as "not implemented", so runtimes (libuv in Node) quietly fall back. */
const DENY_ENOSYS: Record<string, number> = { io_uring_setup: 425, io_uring_enter: 426, io_uring_register: 427 };

type Insn = [code: number, jt: number, jf: number, k: number];

export function seccompFilter(arch: string = os.arch()): Buffer | null {
  if (arch !== 'x64') return null;
  const eperm = Object.values(DENY_EPERM);
  const enosys = Object.values(DENY_ENOSYS);
  const checks = eperm.length + enosys.length;
  // Layout: [0] ld arch, [1] jeq, [2] kill, [3] ld nr, [4] jge x32, [5..5+checks) jeq each,
  // then allow, ret EPERM, ret ENOSYS.
  const allowAt = 5 + checks;
  const epermAt = allowAt + 1;
  const enosysAt = allowAt + 2;
  const prog: Insn[] = [
    [LD_W_ABS, 0, 0, 4],
    [JEQ_K, 1, 0, AUDIT_ARCH_X86_64],
    [RET_K, 0, 0, RET_KILL_PROCESS],
    [LD_W_ABS, 0, 0, 0],
    [JGE_K, epermAt - 5, 0, X32_SYSCALL_BIT],
  ];
  eperm.forEach((nr) => prog.push([JEQ_K, epermAt - (prog.length + 1), 0, nr]));
  enosys.forEach((nr) => prog.push([JEQ_K, enosysAt - (prog.length + 1), 0, nr]));
  prog.push([RET_K, 0, 0, RET_ALLOW], [RET_K, 0, 0, RET_ERRNO | EPERM], [RET_K, 0, 0, RET_ERRNO | ENOSYS]);

  const buf = Buffer.alloc(prog.length * 8);
  prog.forEach(([code, jt, jf, k], i) => {
    if (jt > 255 || jf > 255) throw new Error('seccomp jump out of range');
    buf.writeUInt16LE(code, i * 8);
    buf.writeUInt8(jt, i * 8 + 2);
    buf.writeUInt8(jf, i * 8 + 3);
    buf.writeUInt32LE(k >>> 0, i * 8 + 4);
  });
  return buf;
}
