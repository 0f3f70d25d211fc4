import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { pino, type Logger } from 'pino';
import { loadConfig, type Config } from '@quickcode/config';
import { languages } from '@quickcode/languages';
import { languageIds, redisKeys, repoRoot, WORKER_TTL_MS, workerInfoSchema } from '@quickcode/protocol';
import { openDatabase, syncProblems, type Database } from '@quickcode/db';
import { startMaster } from '@quickcode/master';
import { startWorker } from '@quickcode/worker';
import { startWeb } from '@quickcode/web';
import { createRedis, describeRedis, redisAnswers } from '@quickcode/redis';
import { hasCommand, startPrivateRedis, type PrivateRedis } from './lib/redis.js';
import { ensureWebBuilt } from './lib/web-build.js';
import { missingWorkerPrerequisites } from './lib/prerequisites.js';

type Role = 'all' | 'web' | 'master' | 'worker';

function fail(logger: Logger, message: string): never {
  logger.fatal(message);
  console.error(`\nQuickCode cannot start: ${message}\n`);
  process.exit(1);
}

/** Find Redis; under `npm start` with nothing at the default address, run a private one. */
async function resolveRedis(config: Config, role: Role, logger: Logger): Promise<PrivateRedis | null> {
  if (await redisAnswers(config)) return null;
  const explicit = Boolean(process.env.REDIS_URL) || config.REDIS_SENTINELS !== undefined;
  if (role === 'all' && !explicit && hasCommand('redis-server')) {
    const redis = await startPrivateRedis();
    config.REDIS_URL = redis.url;
    process.env.REDIS_URL = redis.url;
    logger.warn(`No Redis answered at redis://127.0.0.1:6379, so a private one was started at ${redis.url} (its data is not kept).`);
    return redis;
  }
  fail(
    logger,
    config.REDIS_SENTINELS
      ? `Redis does not answer as ${describeRedis(config)}. Check REDIS_SENTINELS, REDIS_SENTINEL_NAME and REDIS_SENTINEL_PASSWORD.`
      : `Redis does not answer at ${describeRedis(config)}. Start it (apt-get install redis-server; redis-server) or set REDIS_URL.`,
  );
}

async function openDb(config: Config, logger: Logger): Promise<Database> {
  try {
    const database = await openDatabase({ url: config.DATABASE_URL, dataDir: config.dataDir });
    const counts = await syncProblems(database.db, config.problemsDir);
    logger.info({ db: database.kind, ...counts }, 'database ready, problems loaded');
    return database;
  } catch (err) {
    const where = config.DATABASE_URL ? `PostgreSQL at ${config.DATABASE_URL.replace(/\/\/[^@]*@/, '//')}` : `the embedded database in ${config.dataDir}`;
    fail(logger, `${where} could not be opened: ${(err as Error).message}`);
  }
}

function spawnWorkers(count: number, logger: Logger): ChildProcess[] {
  const script = path.join(repoRoot(), 'scripts', 'start.ts');
  return Array.from({ length: count }, (_, i) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, 'worker'], { stdio: 'inherit', env: process.env });
    child.on('exit', (code, signal) => {
      if (!stopping) logger.error({ worker: i, code, signal }, 'a worker process stopped');
    });
    return child;
  });
}

let stopping = false;

/** Wait until a worker's heartbeat is in Redis (it advertises only after its self-test), or every child has exited. */
async function waitForWorker(config: Config, children: ChildProcess[]): Promise<'ready' | 'exited'> {
  const keys = redisKeys(config.QUICKCODE_REDIS_PREFIX);
  const redis = createRedis(config, { name: 'quickcode-start', maxRetriesPerRequest: 3 });
  redis.on('error', () => {});
  try {
    for (;;) {
      if (children.every((c) => c.exitCode !== null || c.signalCode !== null)) return 'exited';
      const raw = await redis.hgetall(keys.workers).catch(() => ({}) as Record<string, string>);
      const now = Date.now();
      const live = Object.values(raw).some((value) => {
        try {
          const parsed = workerInfoSchema.safeParse(JSON.parse(value));
          return parsed.success && now - parsed.data.seenAt < WORKER_TTL_MS;
        } catch {
          return false;
        }
      });
      if (live) return 'ready';
      await new Promise((r) => setTimeout(r, 200));
    }
  } finally {
    redis.disconnect();
  }
}

async function main() {
  const role = (process.argv[2] ?? 'all') as Role;
  if (!['all', 'web', 'master', 'worker'].includes(role)) throw new Error(`Unknown role ${role}: use all, web, master or worker.`);
  const config = loadConfig();
  const logger = pino({ level: config.LOG_LEVEL, base: { role } });
  const closers: (() => Promise<unknown>)[] = [];

  if (role === 'all' || role === 'worker') {
    const missing = missingWorkerPrerequisites();
    if (missing.length > 0) fail(logger, `missing ${missing.map((m) => `${m.what} (${m.install})`).join(', ')}.`);
  }
  if (role === 'all' || role === 'web') ensureWebBuilt((m) => logger.info(m));
  const privateRedis = await resolveRedis(config, role, logger);

  if (role === 'worker') {
    const worker = await startWorker({ config, logger });
    const absent = (config.QUICKCODE_LANGUAGES ?? languageIds).filter((id) => !worker.languages.some((l) => l.id === id));
    if (absent.length > 0) {
      logger.warn(`Languages not offered (self-test failed): ${absent.map((id) => `${id} (${languages[id].installHint})`).join(', ')}`);
    }
    closers.push(() => worker.close());
    console.log(`QuickCode worker is ready (${worker.languages.map((l) => l.id).join(', ')})`);
  } else {
    const database = await openDb(config, logger);
    closers.push(() => database.close());
    if (role === 'all' || role === 'master') {
      const master = await startMaster({ config, database, logger, sweepIntervalMs: config.QUICKCODE_RECOVERY_INTERVAL_MS, sweepGraceMs: config.QUICKCODE_RECOVERY_GRACE_MS });
      closers.unshift(() => master.close());
    }
    // Workers self-test while the web starts; `npm start` is ready once one of them can judge.
    const children = role === 'all' ? spawnWorkers(config.QUICKCODE_WORKERS, logger) : [];
    if (children.length > 0) {
      closers.unshift(async () => {
        await Promise.all(
          children.map((c) =>
            c.exitCode !== null
              ? null
              : new Promise((r) => {
                  c.once('exit', r);
                  c.kill('SIGTERM');
                }),
          ),
        );
      });
    }
    if (role === 'all' || role === 'web') {
      const web = await startWeb({ config, database, logger });
      closers.unshift(() => web.close());
      if (children.length > 0) {
        console.log(`QuickCode web is listening at ${web.url}; waiting for a worker to pass its self-test…`);
        const outcome = await waitForWorker(config, children);
        if (outcome === 'exited') fail(logger, 'every worker process stopped before passing its self-test; see the messages above.');
      }
      // For `start:web` alone, ready means the web answers; /api/health says whether any worker is live.
      console.log(`QuickCode is ready at ${web.url}`);
    }
  }
  if (role === 'master') console.log('QuickCode master is running');
  if (privateRedis) closers.push(() => privateRedis.stop());

  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal}: stopping gracefully`);
    const force = setTimeout(() => process.exit(1), 30_000);
    force.unref();
    for (const close of closers) await close().catch((err: Error) => logger.error({ err: err.message }, 'error while stopping'));
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err: Error) => {
  console.error(`\nQuickCode cannot start: ${err.message}\n`);
  process.exit(1);
});
