import { describe, expect, it } from 'vitest';
import { loadConfig } from '@quickcode/config';
import { createRedis, describeRedis } from './connect-redis.js';

const env = (vars: Record<string, string>) => vars as NodeJS.ProcessEnv;

describe('Redis settings', () => {
  it('parses REDIS_SENTINELS, IPv6 included, and lets them win over REDIS_URL', () => {
    const config = loadConfig(env({ REDIS_URL: 'redis://user:s%40cret@ignored:6379/2', REDIS_SENTINELS: 's1:26379, [::1]:26380', REDIS_SENTINEL_NAME: 'qc', REDIS_SENTINEL_PASSWORD: 'sp' }));
    expect(config.REDIS_SENTINELS).toEqual([
      { host: 's1', port: 26379 },
      { host: '::1', port: 26380 },
    ]);
    const client = createRedis(config, { name: 'unit', maxRetriesPerRequest: 3, probe: { timeoutMs: 10 } });
    expect(client.options).toMatchObject({
      sentinels: config.REDIS_SENTINELS,
      name: 'qc',
      sentinelPassword: 'sp',
      username: 'user',
      password: 's@cret',
      db: 2,
      role: 'master',
      connectionName: 'unit',
    });
    client.disconnect();
    expect(describeRedis(config)).toBe('the primary "qc" of the Sentinels s1:26379,[::1]:26380');
  });

  it('refuses a malformed Sentinel list with a sentence naming the variable', () => {
    expect(() => loadConfig(env({ REDIS_SENTINELS: 's1:26379,s2' }))).toThrow(/REDIS_SENTINELS/);
    expect(() => loadConfig(env({ REDIS_SENTINELS: 's1:99999' }))).toThrow(/REDIS_SENTINELS/);
  });

  it('uses REDIS_URL alone when no Sentinel is set, and hides its password in descriptions', () => {
    const config = loadConfig(env({ REDIS_URL: 'redis://:pw@cache:6380/1' }));
    expect(config.REDIS_SENTINELS).toBeUndefined();
    const client = createRedis(config, { name: 'unit', maxRetriesPerRequest: null, probe: { timeoutMs: 10 } });
    expect(client.options).toMatchObject({ host: 'cache', port: 6380, password: 'pw', db: 1 });
    expect(client.options.sentinels ?? []).toEqual([]);
    client.disconnect();
    expect(describeRedis(config)).toBe('redis://cache:6380/1');
  });

  it('sends each connection error to the logger, named by the connection, instead of printing it as unhandled', async () => {
    const config = loadConfig(env({ REDIS_URL: 'redis://127.0.0.1:1' }));
    const warnings: { details: object; message: string }[] = [];
    const client = createRedis(config, { name: 'unit-errors', maxRetriesPerRequest: null, probe: { timeoutMs: 500 }, logger: { warn: (details, message) => warnings.push({ details, message }) } });
    await expect(client.connect()).rejects.toThrow();
    expect(warnings[0]).toEqual({ details: { err: expect.stringMatching(/ECONNREFUSED/), connection: 'unit-errors' }, message: 'redis connection error' });
    client.disconnect();
  });
});
