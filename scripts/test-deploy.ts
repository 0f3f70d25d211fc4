/**
 * `npm run test:deploy`: build QuickCode's container images with Podman and judge one
 * submission through the containerized stack (Redis, PostgreSQL, master, web, worker on
 * one Podman network). Slow and needs root, so it is not part of `npm test`.
 *
 * No registry is reachable here: the base image is made with debootstrap from Debian's
 * archive and imported as debian:bookworm-slim (cached under ~/.cache/quickcode).
 */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '@quickcode/protocol';

const root = repoRoot();
// This host mixes cgroup v1 and v2: crun refuses it, runc with cgroupfs works. Netavark (with
// aardvark-dns) resolves container names on a network; Debian's CNI plugins lack dnsname.
const PODMAN = ['--runtime', 'runc', '--cgroup-manager', 'cgroupfs', '--network-backend', 'netavark'];
// At or below the hard limits Podman gets here (builds see nproc capped at 32768), which its defaults exceed.
const ULIMITS = ['--ulimit', 'nofile=16384:16384', '--ulimit', 'nproc=32768:32768'];
const cacheDir = path.join(process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'), 'quickcode');
const SECCOMP_DEFAULT = '/usr/share/containers/seccomp.json';

type SeccompRule = { names: string[]; action: string; includes?: object; excludes?: object };

/**
 * Podman's default seccomp profile plus `sethostname`, which bwrap needs to name the box in its
 * new UTS namespace: the default allows it only with CAP_SYS_ADMIN. Made from this host's own
 * profile, so it follows Podman's updates.
 */
function workerSeccompProfile(): string {
  const profile = JSON.parse(fs.readFileSync(SECCOMP_DEFAULT, 'utf8')) as { syscalls: SeccompRule[] };
  const plain = (r: SeccompRule) => r.action === 'SCMP_ACT_ALLOW' && Object.keys(r.includes ?? {}).length === 0 && Object.keys(r.excludes ?? {}).length === 0;
  const allow = profile.syscalls.find((r) => plain(r) && r.names.includes('mount'));
  if (!allow) throw new Error(`${SECCOMP_DEFAULT} has no unconditional allow rule to extend.`);
  allow.names.push('sethostname');
  const file = path.join(cacheDir, 'worker-seccomp.json');
  fs.mkdirSync(cacheDir, { recursive: true });
  fs.writeFileSync(file, JSON.stringify(profile));
  return file;
}

const V1_CONTROLLERS = ['memory', 'pids', 'cpuacct'];

/** Depth first, as a cgroup with children cannot be removed. */
function removeCgroupTree(dir: string): void {
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) if (entry.isDirectory()) removeCgroupTree(path.join(dir, entry.name));
  fs.rmdirSync(dir);
}

/**
 * The least privilege the worker's sandbox was found to need under Podman (see README,
 * Deployment): five capabilities, /proc unmasked (bwrap mounts a fresh one), sethostname, and
 * on cgroup v1 a cgroup subtree of its own made on the host and mounted as each hierarchy's
 * root. On a cgroup v2 host (not measured here) the whole tree is mounted instead.
 */
function workerPrivileges(id: string): { flags: string[]; cleanup: () => void } {
  if (process.env.QUICKCODE_DEPLOY_WORKER_FLAGS !== undefined) return { flags: process.env.QUICKCODE_DEPLOY_WORKER_FLAGS.split(' ').filter(Boolean), cleanup: () => {} };
  const base = ['--cap-drop', 'ALL', '--cap-add', 'CHOWN,DAC_OVERRIDE,KILL,SETUID,SETGID', '--security-opt', 'unmask=/proc/*', '--security-opt', `seccomp=${workerSeccompProfile()}`];
  if (!V1_CONTROLLERS.every((c) => fs.existsSync(`/sys/fs/cgroup/${c}/cgroup.procs`))) return { flags: [...base, '-v', '/sys/fs/cgroup:/sys/fs/cgroup:rw'], cleanup: () => {} };
  const subtrees = V1_CONTROLLERS.map((c) => [c, `/sys/fs/cgroup/${c}/quickcode-deploy-${id}`] as const);
  for (const [, dir] of subtrees) fs.mkdirSync(dir, { recursive: true });
  return {
    flags: [...base, ...subtrees.flatMap(([c, dir]) => ['-v', `${dir}:/sys/fs/cgroup/${c}:rw`])],
    cleanup: () => {
      for (const [, dir] of subtrees) {
        try {
          removeCgroupTree(dir);
        } catch (err) {
          log(`could not remove ${dir}: ${(err as Error).message}`);
        }
      }
    },
  };
}

const started = Date.now();

function log(message: string): void {
  console.log(`[test:deploy ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);
}

function run(command: string, args: string[], options: SpawnSyncOptions & { quiet?: boolean; allowFail?: boolean } = {}): string {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: options.quiet === false ? 'inherit' : 'pipe', ...options });
  if (result.status !== 0 && !options.allowFail) {
    throw new Error(`${command} ${args.join(' ')} failed (${result.status ?? result.signal}):\n${String(result.stderr ?? '').slice(-3000)}`);
  }
  return String(result.stdout ?? '').trim();
}

const podman = (args: string[], options: Parameters<typeof run>[2] = {}) => run('podman', [...PODMAN, ...args], options);
const has = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;

function prerequisites(): void {
  // Netavark needs iptables, which --no-install-recommends leaves out; kube play builds its pause image with catatonit.
  const missing = ['podman', 'debootstrap', 'runc', 'iptables', 'netavark', 'aardvark-dns', 'catatonit'].filter((c) => !has(c) && !fs.existsSync(`/usr/lib/podman/${c}`));
  if (missing.length === 0) return;
  const install = 'apt-get install -y podman debootstrap runc iptables netavark aardvark-dns catatonit';
  if (process.getuid?.() !== 0 || !has('apt-get')) throw new Error(`test:deploy needs ${missing.join(', ')}: run \`${install}\` as root.`);
  log(`installing ${missing.join(', ')}: ${install}`);
  run('apt-get', ['install', '-y', '--no-install-recommends', 'podman', 'debootstrap', 'runc', 'iptables', 'uidmap', 'slirp4netns', 'netavark', 'aardvark-dns', 'catatonit'], {
    quiet: false,
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

/** debian:bookworm-slim, made locally: debootstrap's minbase plus the updates and security suites. */
function baseImage(): void {
  if (spawnSync('podman', [...PODMAN, 'image', 'exists', 'debian:bookworm-slim']).status === 0) return log('base image debian:bookworm-slim present');
  fs.mkdirSync(cacheDir, { recursive: true });
  const tarball = path.join(cacheDir, 'bookworm-minbase.tar');
  if (!fs.existsSync(tarball)) {
    const rootfs = fs.mkdtempSync(path.join(os.tmpdir(), 'qc-bookworm-'));
    log('debootstrap --variant=minbase bookworm (fetches from Debian, about a minute)');
    run('debootstrap', ['--variant=minbase', 'bookworm', rootfs, 'http://deb.debian.org/debian'], { quiet: true });
    fs.writeFileSync(
      path.join(rootfs, 'etc/apt/sources.list.d/debian.sources'),
      [
        'Types: deb',
        'URIs: http://deb.debian.org/debian',
        'Suites: bookworm bookworm-updates',
        'Components: main',
        'Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg',
        '',
        'Types: deb',
        'URIs: http://deb.debian.org/debian-security',
        'Suites: bookworm-security',
        'Components: main',
        'Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg',
        '',
      ].join('\n'),
    );
    fs.rmSync(path.join(rootfs, 'etc/apt/sources.list'), { force: true });
    fs.rmSync(path.join(rootfs, 'var/cache/apt/archives'), { recursive: true, force: true });
    fs.mkdirSync(path.join(rootfs, 'var/cache/apt/archives/partial'), { recursive: true });
    run('tar', ['-C', rootfs, '-cf', `${tarball}.part`, '.']);
    fs.renameSync(`${tarball}.part`, tarball);
    fs.rmSync(rootfs, { recursive: true, force: true });
  }
  log(`importing ${tarball} as debian:bookworm-slim`);
  podman(['import', '--change', 'CMD ["bash"]', tarball, 'debian:bookworm-slim']);
}

/** Every workspace's package.json must reach the build stage before `npm ci`, or its link is missing. */
function checkContainerfileWorkspaces(): void {
  const containerfile = fs.readFileSync(path.join(root, 'Containerfile'), 'utf8');
  const manifests = ['packages', 'apps'].flatMap((dir) =>
    fs
      .readdirSync(path.join(root, dir))
      .filter((name) => fs.existsSync(path.join(root, dir, name, 'package.json')))
      .map((name) => `${dir}/${name}/package.json`),
  );
  const missing = manifests.filter((manifest) => !containerfile.includes(`COPY ${manifest} `));
  if (missing.length > 0) throw new Error(`Containerfile does not copy ${missing.join(', ')} before npm ci: add a COPY line for each.`);
}

function buildImages(): void {
  const images: [string, string[]][] = [
    ['quickcode-server:test', ['--target', 'server', '-f', 'Containerfile']],
    ['quickcode-worker:test', ['--target', 'worker', '-f', 'Containerfile']],
    ['quickcode-redis:test', ['-f', 'deploy/containers/redis.Containerfile']],
    ['quickcode-postgres:test', ['-f', 'deploy/containers/postgres.Containerfile']],
  ];
  // npm inside the build trusts what this host trusts (a TLS-inspecting proxy's CA, if any).
  const hostCa = ['/etc/ssl/certs/ca-certificates.crt'].find((f) => fs.existsSync(f));
  const caArgs = hostCa ? ['--volume', `${hostCa}:/etc/ssl/host-ca.crt:ro`, '--build-arg', 'NPM_CONFIG_CAFILE=/etc/ssl/host-ca.crt'] : [];
  for (const [tag, args] of images) {
    const t = Date.now();
    podman(['build', ...ULIMITS, ...caArgs, '--layers', '-t', tag, ...args, '.'], { cwd: root, quiet: !process.env.QC_DEBUG });
    log(`built ${tag} in ${((Date.now() - t) / 1000).toFixed(0)} s`);
  }
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`${what} did not happen within ${timeoutMs / 1000} s`);
}

async function judgeThroughStack(): Promise<void> {
  const id = randomBytes(4).toString('hex');
  const network = `qc-deploy-${id}`;
  const names = { redis: `qc-redis-${id}`, postgres: `qc-postgres-${id}`, master: `qc-master-${id}`, web: `qc-web-${id}`, worker: `qc-worker-${id}` };
  const common = ['run', '-d', '--network', network, ...ULIMITS];
  const worker = workerPrivileges(id);
  const env = (values: Record<string, string>) => Object.entries(values).flatMap(([k, v]) => ['-e', `${k}=${v}`]);
  const roleEnv = env({
    REDIS_URL: `redis://${names.redis}:6379`,
    DATABASE_URL: `postgres://postgres@${names.postgres}:5432/quickcode`,
    QUICKCODE_METRICS_PORT: '0',
  });
  // Internal: the containers reach each other but nothing outside, so any network access at run
  // time (telemetry, fonts, a registry) fails here; the host reaches the web by its address.
  podman(['network', 'create', '--internal', network]);
  try {
    podman([...common, '--name', names.redis, 'quickcode-redis:test']);
    podman([...common, '--name', names.postgres, ...env({ POSTGRES_HOST_AUTH: 'trust' }), 'quickcode-postgres:test']);
    await waitFor(
      'PostgreSQL accepting connections',
      async () => (podman(['exec', names.postgres, 'pg_isready', '-h', '127.0.0.1'], { allowFail: true }).includes('accepting') ? true : undefined),
      60_000,
    );
    podman([...common, '--name', names.master, ...roleEnv, 'quickcode-server:test', 'master']);
    podman([...common, '--name', names.web, ...roleEnv, ...env({ PORT: '3000' }), 'quickcode-server:test', 'web']);
    podman([...common, '--name', names.worker, ...worker.flags, ...roleEnv, ...env({ QUICKCODE_SANDBOX_CONCURRENCY: '2' }), 'quickcode-worker:test', 'worker']);
    const url = `http://${podman(['inspect', names.web, '--format', '{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}'])}:3000`;
    log(`stack started; worker runs with ${worker.flags.join(' ') || 'no extra privileges'}`);
    const health = await waitFor(
      'a worker advertising its languages',
      async () => {
        const body = (await (await fetch(`${url}/api/health`)).json()) as { workers: number };
        return body.workers >= 1 ? body : undefined;
      },
      240_000,
    );
    log(`health: ${JSON.stringify(health)}`);
    const languages = (await (await fetch(`${url}/api/languages`)).json()) as { id: string }[] | { languages: { id: string }[] };
    log(`languages offered: ${(Array.isArray(languages) ? languages : languages.languages).map((l) => l.id).join(', ')}`);
    // A correct program, then one the CPU limit stops and one the memory cgroup stops: the worker's privileges must cover all three.
    const programs = [
      { expect: 'AC', code: 'a, b = map(int, input().split())\nprint(a + b)\n' },
      { expect: 'TLE', code: 'while True:\n    pass\n' },
      { expect: 'MLE', code: 'blocks = []\nwhile True:\n    blocks.append(bytearray(16 << 20))\n' },
    ];
    for (const { expect, code } of programs) {
      const t = Date.now();
      const submitted = await fetch(`${url}/api/submissions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ problem: 'a-plus-b', language: 'python', code, mode: 'submit' }),
      });
      if (submitted.status !== 202) throw new Error(`the submission was refused with ${submitted.status}: ${await submitted.text()}`);
      const { id: submissionId } = (await submitted.json()) as { id: string };
      const verdict = await waitFor('a verdict', async () => ((await (await fetch(`${url}/api/submissions/${submissionId}`)).json()) as { verdict?: string }).verdict, 120_000);
      if (verdict !== expect) throw new Error(`expected ${expect} for submission ${submissionId}, got ${verdict}`);
      log(`submission ${submissionId}: ${verdict} through the containerized stack in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    }
  } catch (err) {
    for (const name of Object.values(names)) {
      console.error(`--- ${name} ---\n${podman(['logs', '--tail', '40', name], { allowFail: true })}`);
    }
    throw err;
  } finally {
    podman(['rm', '-f', '-t', '5', ...Object.values(names)], { allowFail: true });
    podman(['network', 'rm', '-f', network], { allowFail: true });
    worker.cleanup();
  }
}

/** The top-level `kind` and `metadata.name` of one rendered manifest. */
function identify(doc: string): { kind: string; name: string } {
  return { kind: /^kind: (\S+)$/m.exec(doc)?.[1] ?? '?', name: /^metadata:\n(?: {2,}.*\n)*? {2}name: (\S+)$/m.exec(doc)?.[1] ?? '?' };
}

/** A Secret's `stringData` as podman 4.3's kube play reads a secret: a JSON map of base64 values. */
function podmanSecretOf(doc: string): string {
  const block = /^stringData:\n((?: {2}.*\n?)*)/m.exec(doc)?.[1] ?? '';
  const entries = [...block.matchAll(/^ {2}([\w.-]+): (.*)$/gm)].map(([, key = '', raw = '']) => [key, Buffer.from(raw.replace(/^(['"])(.*)\1$/, '$2')).toString('base64')]);
  return JSON.stringify(Object.fromEntries(entries));
}

/**
 * `podman kube play` on the rendered Kubernetes manifests (needs kubectl to render them), pods
 * created but not started: it shows which kinds Podman plays. Podman 4.3 stores a played
 * Secret as YAML but reads a secret for `envFrom`/`secretKeyRef` as a JSON map of base64
 * values, so the Secrets are made with `podman secret create` instead.
 */
function kubePlay(): void {
  if (!has('kubectl')) return log('kubectl absent: podman kube play skipped');
  const t = Date.now();
  const docs = run('kubectl', ['kustomize', 'deploy/kubernetes'], { cwd: root })
    .split(/^---$/m)
    .map((doc) => `${doc.trim()}\n`)
    .filter((doc) => doc.trim() !== '');
  const secrets = docs.filter((doc) => identify(doc).kind === 'Secret');
  const played = docs.filter((doc) => identify(doc).kind !== 'Secret');
  // The manifests name images in a registry: the local test images stand in for them.
  const images = [...new Set(played.flatMap((doc) => [...doc.matchAll(/^ +image: (\S+)$/gm)].map((m) => m[1] ?? '')))];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qc-kube-'));
  const manifest = path.join(dir, 'quickcode.yaml');
  fs.writeFileSync(manifest, played.join('---\n'));
  const hadKubeNetwork = spawnSync('podman', [...PODMAN, 'network', 'exists', 'podman-default-kube-network']).status === 0;
  try {
    for (const image of images) podman(['tag', `quickcode-${/\/([a-z]+):[^/]+$/.exec(image)?.[1] ?? '?'}:test`, image]);
    for (const doc of secrets) {
      const file = path.join(dir, `${identify(doc).name}.json`);
      fs.writeFileSync(file, podmanSecretOf(doc));
      podman(['secret', 'create', identify(doc).name, file]);
    }
    podman(['kube', 'play', '--start=false', manifest]);
    const pods = podman(['pod', 'ps', '--format', '{{.Name}}']).split('\n').filter(Boolean).sort();
    const expected = played
      .filter((doc) => ['Deployment', 'StatefulSet', 'Pod', 'DaemonSet', 'Job'].includes(identify(doc).kind))
      .map((doc) => ({ ...identify(doc), replicas: Number(/^ {2}replicas: (\d+)$/m.exec(doc)?.[1] ?? 1) }));
    for (const workload of expected) {
      const made = pods.filter((pod) => pod.startsWith(`${workload.name}-pod-`)).length;
      log(`kube play: ${workload.kind} ${workload.name}: ${made} of ${workload.replicas} pods created`);
    }
    const others = played.map(identify).filter((id) => !expected.some((w) => w.kind === id.kind && w.name === id.name));
    log(`kube play: also given ${others.map((id) => `${id.kind} ${id.name}`).join(', ')} (ConfigMaps are used; the rest made nothing)`);
    const missing = expected.filter((w) => w.kind === 'Deployment' && !pods.some((pod) => pod.startsWith(`${w.name}-pod-`)));
    if (missing.length > 0) throw new Error(`podman kube play made no pod for ${missing.map((w) => w.name).join(', ')}`);
    log(`kube play done in ${((Date.now() - t) / 1000).toFixed(0)} s`);
  } finally {
    podman(['kube', 'down', manifest], { allowFail: true });
    for (const doc of secrets) podman(['secret', 'rm', identify(doc).name], { allowFail: true });
    for (const image of images) podman(['untag', image, image], { allowFail: true });
    if (!hadKubeNetwork) podman(['network', 'rm', 'podman-default-kube-network'], { allowFail: true });
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  prerequisites();
  checkContainerfileWorkspaces();
  baseImage();
  buildImages();
  await judgeThroughStack();
  kubePlay();
  log('passed');
}

main().catch((err: unknown) => {
  console.error(`test:deploy failed: ${(err as Error).message}`);
  process.exit(1);
});
