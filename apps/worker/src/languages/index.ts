import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { toolchains, type LanguageToolchain } from '@quickcode/languages/toolchain';
import { languageIds, type LanguageId, type LanguageInfo } from '@quickcode/protocol';
import type { Sandbox } from '../sandbox/types.js';
import { compileProgram, runProgram } from './base/lifecycle.js';
import { resolveLimits } from './base/limits.js';

export type { LanguageToolchain } from '@quickcode/languages/toolchain';
export * from './base/index.js';

/** Every language's toolchain (packages/languages: one folder each); base/ runs them. */
export const languages: Record<LanguageId, LanguageToolchain> = toolchains;

const exec = promisify(execFile);

/** The toolchain's version, asked on the host (trusted) with a bounded wait. */
export async function languageVersion(language: LanguageToolchain): Promise<string> {
  const [cmd, ...args] = language.versionCommand;
  const { stdout, stderr } = await exec(cmd!, args, { timeout: 15_000 });
  return language.parseVersion(`${stdout}\n${stderr}`.trim());
}

export interface SelfTestFailure {
  id: LanguageId;
  reason: string;
}

/** Compile and run one language's self-test (2 3 -> 5) in a fresh box; null when it passed, else why not. */
export async function selfTestLanguage(sandbox: Sandbox, language: LanguageToolchain): Promise<string | null> {
  const box = await sandbox.createBox();
  try {
    const compiled = await compileProgram(sandbox, box, language, language.selfTest);
    if (!compiled.ok) return `compile failed: ${compiled.output || compiled.result.internalError || ''}`.trim();
    const input = await box.writeFile('selftest.in', '2 3\n');
    const limits = resolveLimits({ timeMs: 2000, memoryMb: 256, outputKb: 64 }, language, 'run');
    const result = await runProgram(sandbox, box, language, { stdinFile: input, limits });
    if (result.internalError) return result.internalError;
    if (result.stdout.trim() !== '5') {
      return `printed ${JSON.stringify(result.stdout.slice(0, 200))} (exit ${result.exitCode}, signal ${result.signal}, limit ${result.limitExceeded}): ${result.stderr.slice(-300)}`;
    }
    return null;
  } finally {
    await box.dispose();
  }
}

/**
 * Run every language's self-test at worker start (DMOJ's habit), or only those of `only`
 * (QUICKCODE_LANGUAGES); return those that pass,
 * with their versions, for the worker to advertise. `onFailure` hears why the others failed.
 */
export async function selfTestLanguages(sandbox: Sandbox, onFailure?: (failure: SelfTestFailure) => void, only: readonly LanguageId[] = languageIds): Promise<LanguageInfo[]> {
  const results = await Promise.all(
    only.map(async (id): Promise<LanguageInfo | null> => {
      const language = languages[id];
      try {
        const version = await languageVersion(language);
        const failed = await selfTestLanguage(sandbox, language);
        if (failed) {
          onFailure?.({ id, reason: failed });
          return null;
        }
        return { id, name: language.name, version };
      } catch (err) {
        onFailure?.({ id, reason: (err as Error).message });
        return null;
      }
    }),
  );
  return results.filter((r): r is LanguageInfo => r !== null);
}
