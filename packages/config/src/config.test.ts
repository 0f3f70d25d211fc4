import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('loadConfig', () => {
  it('gives every setting its default from an empty environment', () => {
    const c = loadConfig({});
    expect(c.QUICKCODE_SANDBOX_CONCURRENCY).toBe(os.availableParallelism());
    expect(c.sandboxDir).toBe(path.join(os.tmpdir(), 'quickcode-sandbox'));
    expect(c.pchDir).toBe('/var/cache/quickcode/pch');
    expect(c.QUICKCODE_MAX_IN_FLIGHT_PER_ADDRESS).toBe(10);
    expect(c.QUICKCODE_CHECKER_TIMEOUT_MS).toBe(5000);
    expect(path.basename(c.problemsDir)).toBe('problems');
  });

  it('reads the sandbox, cache and checker settings, empty values counting as unset', () => {
    const c = loadConfig({
      QUICKCODE_SANDBOX_DIR: 'rel/sbx',
      QUICKCODE_PCH_DIR: '/pch',
      QUICKCODE_SANDBOX_CONCURRENCY: '3',
      QUICKCODE_CHECKER_THREADS: '1',
      QUICKCODE_MAX_IN_FLIGHT_PER_ADDRESS: '',
      PORT: '0',
    });
    expect(c.sandboxDir).toBe(path.resolve('rel/sbx'));
    expect(c.pchDir).toBe('/pch');
    expect(c.QUICKCODE_SANDBOX_CONCURRENCY).toBe(3);
    expect(c.QUICKCODE_CHECKER_THREADS).toBe(1);
    expect(c.QUICKCODE_MAX_IN_FLIGHT_PER_ADDRESS).toBe(10);
    expect(c.PORT).toBe(0);
  });

  it('reads the languages a worker serves, refusing an unknown id', () => {
    expect(loadConfig({}).QUICKCODE_LANGUAGES).toBeUndefined();
    expect(loadConfig({ QUICKCODE_LANGUAGES: ' python, java,python ' }).QUICKCODE_LANGUAGES).toEqual(['python', 'java']);
    expect(() => loadConfig({ QUICKCODE_LANGUAGES: 'python,kotlin' })).toThrow(/QUICKCODE_LANGUAGES.*language ids/);
    expect(() => loadConfig({ QUICKCODE_LANGUAGES: ' , ' })).toThrow(/QUICKCODE_LANGUAGES/);
  });

  it('names the variable of a bad value', () => {
    expect(() => loadConfig({ QUICKCODE_SANDBOX_CONCURRENCY: '0' })).toThrow(/QUICKCODE_SANDBOX_CONCURRENCY/);
    expect(() => loadConfig({ QUICKCODE_AUTH: 'open' })).toThrow(/QUICKCODE_AUTH/);
  });
});
