import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { waitFor } from './stack.js';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

export interface SentinelGroup {
  /** The monitored primary's name. */
  name: string;
  /** `REDIS_SENTINELS` for the roles. */
  sentinels: string;
  primaryPort: number;
  replicaPort: number;
  /** The port the Sentinels name as the primary right now. */
  currentPrimaryPort(): Promise<number>;
  /** SIGKILL the first primary: no shutdown, no last save, no goodbye to its clients. */
  killPrimary(): void;
  stop(): Promise<void>;
}

/**
 * A primary, a replica and three Sentinels, all `redis-server` on free loopback ports,
 * tuned to notice a dead primary within a second. Returns once the Sentinels know the
 * replica and each other, so a failover can be authorised.
 */
export async function startSentinelGroup(name = 'qc'): Promise<SentinelGroup> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qc-sentinel-'));
  const children: ChildProcess[] = [];
  const start = (args: string[]) => {
    const child = spawn('redis-server', args, { stdio: 'ignore' });
    children.push(child);
    return child;
  };
  const [primaryPort, replicaPort, ...sentinelPorts] = (await Promise.all([freePort(), freePort(), freePort(), freePort(), freePort()])) as [number, number, number, number, number];
  const dataNode = (port: number) => ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, '--dbfilename', `dump-${port}.rdb`];
  const primary = start(dataNode(primaryPort));
  start([...dataNode(replicaPort), '--replicaof', '127.0.0.1', String(primaryPort)]);
  for (const port of sentinelPorts) {
    const conf = path.join(dir, `sentinel-${port}.conf`);
    fs.writeFileSync(
      conf,
      [
        `port ${port}`,
        'bind 127.0.0.1',
        `dir ${dir}`,
        `sentinel monitor ${name} 127.0.0.1 ${primaryPort} 2`,
        `sentinel down-after-milliseconds ${name} 1000`,
        `sentinel failover-timeout ${name} 10000`,
        `sentinel parallel-syncs ${name} 1`,
        '',
      ].join('\n'),
    );
    start([conf, '--sentinel']);
  }
  const clients = sentinelPorts.map((port) => new Redis(port, '127.0.0.1', { lazyConnect: false, maxRetriesPerRequest: 1 }));
  for (const c of clients) c.on('error', () => {});
  const group: SentinelGroup = {
    name,
    sentinels: sentinelPorts.map((p) => `127.0.0.1:${p}`).join(','),
    primaryPort,
    replicaPort,
    async currentPrimaryPort() {
      const answer = (await clients[0]!.call('SENTINEL', 'get-master-addr-by-name', name)) as [string, string] | null;
      return Number(answer?.[1]);
    },
    killPrimary() {
      primary.kill('SIGKILL');
    },
    async stop() {
      for (const c of clients) c.disconnect();
      await Promise.all(
        children.map((child) =>
          child.exitCode !== null || child.signalCode !== null
            ? null
            : new Promise((resolve) => {
                child.once('exit', resolve);
                child.kill('SIGKILL');
              }),
        ),
      );
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  try {
    const replica = new Redis(replicaPort, '127.0.0.1', { maxRetriesPerRequest: 1 });
    replica.on('error', () => {});
    await waitFor(async () => /master_link_status:up/.test(await replica.info('replication')), 30_000, 250).finally(() => replica.disconnect());
    await waitFor(
      async () => {
        for (const c of clients) {
          const replicas = (await c.call('SENTINEL', 'replicas', name)) as unknown[];
          const peers = (await c.call('SENTINEL', 'sentinels', name)) as unknown[];
          if (replicas.length < 1 || peers.length < 2) return false;
        }
        return true;
      },
      30_000,
      250,
    );
  } catch (err) {
    await group.stop();
    throw err;
  }
  return group;
}
