import fs from 'node:fs';

/** Where the launcher binary appears inside the sandbox, run as its pid 1. */
export const INIT_PATH = '/run/qc-init';

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
  readOnlyBox: boolean;
  tmpBytes: number;
  env: Record<string, string>;
  readOnlyBinds: string[];
  argv: string[];
  /** fd (inherited by bwrap) holding the seccomp BPF program, when there is one. */
  seccompFd?: number;
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

/** bwrap's argument list for one run, ending with our init and the program. */
export function bwrapArgs(spec: BwrapSpec): string[] {
  const args = [
    spec.bwrap,
    '--unshare-user',
    // No nested user namespaces: they would hand the program a fresh set of capabilities.
    '--disable-userns',
    '--unshare-pid',
    '--unshare-net',
    '--unshare-ipc',
    '--unshare-uts',
    '--unshare-cgroup-try',
    '--uid', '65534',
    '--gid', '65534',
    '--hostname', 'box',
    '--die-with-parent',
    '--new-session',
    '--as-pid-1',
    '--cap-drop', 'ALL',
    ...(spec.seccompFd !== undefined ? ['--seccomp', String(spec.seccompFd)] : []),
    '--clearenv',
    '--setenv', 'PATH', SANDBOX_PATH,
    '--setenv', 'HOME', '/box',
    '--setenv', 'LANG', 'C.UTF-8',
  ];
  for (const [k, v] of Object.entries(spec.env)) args.push('--setenv', k, v);
  args.push(...topLevelArgs(), ...etcArgs(spec.etcDir));
  for (const p of spec.readOnlyBinds) args.push('--ro-bind', p, p);
  args.push(
    '--proc', '/proc',
    '--dev', '/dev',
    // --dev's tmpfs would be writable without bound; /dev/shm gets its own bounded tmpfs.
    '--remount-ro', '/dev',
    '--size', String(Math.min(spec.tmpBytes, 16 << 20)), '--tmpfs', '/dev/shm',
    '--size', String(spec.tmpBytes), '--tmpfs', '/tmp',
    spec.readOnlyBox ? '--ro-bind' : '--bind', spec.boxDir, '/box',
    '--ro-bind', spec.launcher, INIT_PATH,
    '--chdir', '/box',
    // Last: everything not bound above (the root itself, /run, /etc) becomes read-only.
    '--remount-ro', '/',
    INIT_PATH, '--init', '--',
    ...spec.argv,
  );
  return args;
}
