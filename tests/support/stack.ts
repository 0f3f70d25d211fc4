import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { Redis } from 'ioredis';
import { openDatabase, syncProblems } from '@quickcode/db';
import { repoRoot } from '@quickcode/protocol';

/** The services this machine runs for tests (overridable for other machines). */
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
export const TEST_POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface RoleProcess {
  child: ChildProcess;
  /** Set for roles that print a URL (web, all). */
  url?: string;
  output(): string;
  /** SIGTERM and wait for the exit; SIGKILL after `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

/** Start one role (`all`, `web`, `master`, `worker`) as its own process, as `npm run start:<role>` would. */
export async function startRole(role: 'all' | 'web' | 'master' | 'worker', env: Record<string, string>, readyTimeoutMs = 240_000): Promise<RoleProcess> {
  const script = path.join(repoRoot(), 'scripts', 'start.ts');
  const child = spawn(process.execPath, ['--import', 'tsx', script, role], {
    cwd: repoRoot(),
    env: { ...process.env, LOG_LEVEL: 'warn', ...env, ...(process.env.QC_DEBUG ? { LOG_LEVEL: 'info' } : {}) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const ready = new Promise<string | undefined>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${role} did not start in time:\n${output.slice(-4000)}`)), readyTimeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /QuickCode is ready at (\S+)/.exec(output)?.[1];
      // `all` prints its workers' lines too (they share its output): it is ready only with its URL.
      const printsUrl = role === 'all' || role === 'web';
      if (url || (!printsUrl && (/QuickCode master is running/.test(output) || /QuickCode worker is ready/.test(output)))) {
        clearTimeout(timer);
        resolve(url);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${role} exited with ${code}:\n${output.slice(-4000)}`));
    });
  });
  const url = await ready;
  return {
    child,
    url,
    output: () => output,
    async stop(graceMs = 20_000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

/**
 * The seed database every test database is copied from: migrated and holding every problem
 * (their tests are ~140 MB, which a fresh database took 10-25 s to load at each stack's start).
 * Named by the migrations, so a schema change makes a new one; brought up to date with
 * `syncProblems` once per process (cheap when nothing changed). The roles still sync at start,
 * so a test sees exactly the problems on disk.
 */
let seedName: Promise<string> | undefined;
const SEED_LOCK = 72632;

async function ensureSeedDatabase(admin: pg.Client): Promise<string> {
  const migrations = path.join(repoRoot(), 'packages', 'db', 'migrations');
  const hash = createHash('sha256');
  for (const file of fs.readdirSync(migrations, { recursive: true, encoding: 'utf8' }).sort()) {
    const full = path.join(migrations, file);
    if (fs.statSync(full).isFile()) hash.update(file).update(fs.readFileSync(full));
  }
  const name = `qc_seed_${hash.digest('hex').slice(0, 12)}`;
  const exists = await admin.query('select 1 from pg_database where datname = $1', [name]);
  if (exists.rowCount === 0) await admin.query(`create database ${name}`);
  const url = new URL(TEST_POSTGRES_URL);
  url.pathname = `/${name}`;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qc-seed-'));
  const database = await openDatabase({ url: url.toString(), dataDir });
  try {
    await syncProblems(database.db, path.join(repoRoot(), 'problems'));
  } finally {
    await database.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  return name;
}

/** A database of its own on the test PostgreSQL server (a copy of the seed), dropped by `drop`. */
export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `qc_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await admin.connect();
  try {
    // One process at a time: copying needs the seed without other sessions, and so does its sync.
    await admin.query('select pg_advisory_lock($1)', [SEED_LOCK]);
    seedName ??= ensureSeedDatabase(admin);
    const seed = await seedName.catch((err: unknown) => {
      seedName = undefined;
      throw err;
    });
    await admin.query(`create database ${name} template ${seed}`);
  } finally {
    await admin.query('select pg_advisory_unlock($1)', [SEED_LOCK]).catch(() => {});
    await admin.end();
  }
  const url = new URL(TEST_POSTGRES_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: TEST_POSTGRES_URL });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

/** Delete every key under a test's prefix. */
export async function clearRedisPrefix(prefix: string, url = TEST_REDIS_URL): Promise<void> {
  const redis = new Redis(url);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length > 0) await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

export interface Stack {
  url: string;
  prefix: string;
  databaseUrl?: string;
  env: Record<string, string>;
  processes: RoleProcess[];
  stop(): Promise<void>;
}

export interface StackOptions {
  /** Worker processes (default 1). */
  workers?: number;
  /** `postgres` (default): a fresh database on the test server; `pglite`: the embedded one. */
  database?: 'postgres' | 'pglite';
  /** Run web, master and workers as separate processes (default: `npm start`'s single command). */
  separateRoles?: boolean;
  env?: Record<string, string>;
}

/**
 * The whole QuickCode stack on real Redis (a key prefix of its own) and real PostgreSQL,
 * started through the same entry point as `npm start`, and waiting until a worker is live.
 */
export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const prefix = `qctest-${randomBytes(5).toString('hex')}`;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qc-stack-'));
  const database = options.database === 'pglite' ? null : await createTestDatabase();
  const env: Record<string, string> = {
    PORT: '0',
    HOST: '127.0.0.1',
    REDIS_URL: TEST_REDIS_URL,
    QUICKCODE_REDIS_PREFIX: prefix,
    QUICKCODE_DATA_DIR: dataDir,
    QUICKCODE_WORKERS: String(options.workers ?? 1),
    QUICKCODE_SANDBOX_CONCURRENCY: '2',
    ...(database ? { DATABASE_URL: database.url } : {}),
    ...options.env,
  };
  const processes: RoleProcess[] = [];
  const cleanup = async () => {
    await Promise.all(processes.map((p) => p.stop()));
    await clearRedisPrefix(prefix);
    await database?.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    if (options.separateRoles) {
      const workerEnv = { ...env, QUICKCODE_WORKERS: '0' };
      // All at once, as an operator's supervisor would start them: each waits for its own readiness.
      const roles = ['master', 'web', ...Array.from({ length: options.workers ?? 1 }, () => 'worker' as const)] as const;
      const started = await Promise.allSettled(roles.map((role) => startRole(role, workerEnv)));
      for (const s of started) if (s.status === 'fulfilled') processes.push(s.value);
      const failed = started.find((s) => s.status === 'rejected');
      if (failed) throw failed.reason;
    } else {
      processes.push(await startRole('all', env));
    }
    const url = processes.find((p) => p.url)?.url;
    if (!url) throw new Error('no web process reported its URL');
    await waitFor(async () => {
      const res = await fetch(`${url}/api/health`);
      const body = (await res.json()) as { workers?: number };
      return (body.workers ?? 0) >= (options.workers ?? 1);
    }, 240_000);
    return { url, prefix, databaseUrl: database?.url, env, processes, stop: cleanup };
  } catch (err) {
    await cleanup();
    throw err;
  }
}

export async function waitFor(condition: () => Promise<boolean>, timeoutMs: number, stepMs = 200): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      if (await condition()) return;
    } catch (err) {
      lastError = err;
    }
    await new Promise((r) => setTimeout(r, stepMs));
  }
  throw new Error(`condition not met within ${timeoutMs} ms${lastError ? `: ${String(lastError)}` : ''}`);
}
