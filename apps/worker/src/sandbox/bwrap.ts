import fs from 'node:fs';

/** Where the launcher binary appears inside the sandbox, run as its pid 1 (the box's server). */
export const INIT_PATH = '/run/qc-init';
/** Where the Python fork server's script appears inside the box. */
export const ZYGOTE_PATH = '/run/qc-zygote.py';
/** The fd the launcher gives bwrap the seccomp program on. */
const SECCOMP_FD = 4;

/** The few /etc entries programs need; /etc wholesale would show the host's configuration. */
const ETC_ENTRIES = [
  '/etc/alternatives', // /usr/bin/java and friends are symlinks through here
  '/etc/ld.so.cache',
  '/etc/ld.so.conf',
  '/etc/ld.so.conf.d',
  '/etc/localtime',
  '/etc/java-17-openjdk', // the JDK's conf/ links into it
];

export const SANDBOX_PATH = '/usr/local/bin:/usr/bin:/bin';

export interface BwrapSpec {
  bwrap: string;
  launcher: string;
  /** Directory with the generated passwd/group naming uid 65534. */
  etcDir: string;
  boxDir: string;
  /** Size of the box's first /tmp (the launcher replaces it with a fresh one after every run). */
  tmpBytes: number;
  /** Extra host paths bound read-only at the same place (toolchains, the C++ precompiled header). */
  readOnlyBinds: string[];
  /** Whether the launcher hands bwrap a seccomp program. */
  seccomp: boolean;
  /** Host path of the fork server's script (zygote.py), bound read-only at ZYGOTE_PATH. */
  zygote?: string;
}

/** Top-level entries: bound read-only when real directories, recreated when symlinks (merged /usr). */
const TOP_LEVEL = ['/usr', '/bin', '/sbin', '/lib', '/lib32', '/lib64', '/libx32'];

let topLevelCache: string[] | null = null;
let etcCache: string[] | null = null;

function topLevelArgs(): string[] {
  if (topLevelCache) return topLevelCache;
  const args: string[] = [];
  for (const p of TOP_LEVEL) {
    let st: fs.Stats;
    try {
      st = fs.lstatSync(p);
    } catch {
      continue;
    }
    if (st.isSymbolicLink()) args.push('--symlink', fs.readlinkSync(p), p);
    else if (st.isDirectory()) args.push('--ro-bind', p, p);
  }
  topLevelCache = args;
  return args;
}

function etcArgs(etcDir: string): string[] {
  if (!etcCache) {
    etcCache = [];
    for (const p of ETC_ENTRIES) if (fs.existsSync(p)) etcCache.push('--ro-bind', p, p);
  }
  return [...etcCache, '--ro-bind', `${etcDir}/passwd`, '/etc/passwd', '--ro-bind', `${etcDir}/group`, '/etc/group'];
}

/** bwrap's argument list for one box: its namespaces and mounts, with our server as pid 1. */
export function bwrapArgs(spec: BwrapSpec): string[] {
  const args = [
    spec.bwrap,
    '--unshare-user',
    // No nested user namespaces: they would hand the program a fresh set of capabilities.
    '--disable-userns',
    '--unshare-pid',
    // Own network and IPC namespaces: abstract sockets and SysV IPC die with the box.
    '--unshare-net',
    '--unshare-ipc',
    '--unshare-uts',
    '--unshare-cgroup-try',
    '--uid',
    '65534',
    '--gid',
    '65534',
    '--hostname',
    'box',
    '--die-with-parent',
    '--new-session',
    '--as-pid-1',
    '--cap-drop',
    'ALL',
    ...(spec.seccomp ? ['--seccomp', String(SECCOMP_FD)] : []),
    '--clearenv',
  ];
  args.push(...topLevelArgs(), ...etcArgs(spec.etcDir));
  for (const p of spec.readOnlyBinds) args.push('--ro-bind', p, p);
  args.push(
    '--proc',
    '/proc',
    '--dev',
    '/dev',
    // --dev's tmpfs would be writable without bound; /dev/shm gets its own bounded tmpfs.
    '--remount-ro',
    '/dev',
    '--size',
    String(Math.min(spec.tmpBytes, 16 << 20)),
    '--tmpfs',
    '/dev/shm',
    '--size',
    String(spec.tmpBytes),
    '--tmpfs',
    '/tmp',
    '--bind',
    spec.boxDir,
    '/box',
    '--ro-bind',
    spec.launcher,
    INIT_PATH,
    ...(spec.zygote ? ['--ro-bind', spec.zygote, ZYGOTE_PATH] : []),
    '--chdir',
    '/box',
    // Last: everything not bound above (the root itself, /run, /etc) becomes read-only.
    '--remount-ro',
    '/',
    INIT_PATH,
    '--server',
  );
  return args;
}
