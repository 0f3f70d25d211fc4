import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { languageIdSchema, type LanguageId, type Verdict } from '@quickcode/protocol';
import type { Sandbox } from '../../apps/worker/src/sandbox/types.js';
import { compileProgram, languages, resolveLimits, runProgram } from '../../apps/worker/src/languages/index.js';
import { executeJob, runVerdict } from '../../apps/worker/src/judge.js';

/** The worker's judge over the repository's verdict folders and exploits, for the cgroup v2 VM. */

const tests = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const SANDBOX_UID = 65534;
/**
 * The problems' time limit, ms: the verdict and exploit suites' 1000, times
 * QC_CGROUP2_TIME_SCALE, which init.sh sets because software emulation runs programs many
 * times slower. A limit of the problem, not of the sandbox; a TLE program spins forever either way.
 */
const TIME_MS = 1000 * (Number(process.env.QC_CGROUP2_TIME_SCALE) || 1);

/** One line on the VM's serial console per fact, easy to grep for. */
export function say(message: string): void {
  console.log(`qc-cgroup2: ${message}`);
}

/** tests/verdicts/<language>_<VERDICT>/ through executeJob on a+b, as tests/verdicts does; returns the verdict. */
export async function judgeVerdictFolder(sandbox: Sandbox, folder: string): Promise<{ verdict: Verdict; detail: string }> {
  const dir = path.join(tests, 'verdicts', folder);
  const file = path.join(dir, fs.readdirSync(dir)[0]!);
  const result = await executeJob(
    {
      submissionId: `cgroup2-${folder}`,
      language: languageIdSchema.parse(folder.split('_')[0]),
      code: fs.readFileSync(file, 'utf8'),
      mode: 'submit',
      problem: { slug: 'a-plus-b', kind: 'stdio', checker: 'tokens', limits: { timeMs: TIME_MS, memoryMb: 256, outputKb: 64 } },
      tests: [{ index: 0, input: '2 3\n', expected: '5' }],
    },
    sandbox,
    { status() {}, test() {} },
  );
  if (result.internalError) return { verdict: 'IE', detail: result.internalError };
  if (!result.compiled) return { verdict: 'CE', detail: result.compileOutput ?? '' };
  const t = result.tests[0];
  return { verdict: t?.verdict ?? 'IE', detail: JSON.stringify({ ...t, stdout: t?.stdout.slice(0, 200), stderr: t?.stderr.slice(-400) }) };
}

export interface Exploit {
  name: string;
  file: string;
  language: LanguageId;
  verdict: Verdict[];
  stdoutIncludes?: string[];
  stdoutExcludes?: string[];
  host?: string[];
}

/** Entries of tests/exploits/programs/manifest.yml by file name: the same programs and expectations as the exploit suite. */
export function exploitsByFile(files: string[]): Exploit[] {
  const all = YAML.parse(fs.readFileSync(path.join(tests, 'exploits', 'programs', 'manifest.yml'), 'utf8')) as Exploit[];
  return files.map((f) => {
    const e = all.find((x) => x.file === f);
    if (!e) throw new Error(`${f} is not in tests/exploits/programs/manifest.yml`);
    return e;
  });
}

/** Compile and run an exploit with the exploit suite's limits (1 s unless scaled, 128 MB, 64 KB). */
export async function judgeExploit(sandbox: Sandbox, exploit: Exploit): Promise<{ verdict: Verdict; stdout: string; detail: string }> {
  const language = languages[exploit.language];
  const box = await sandbox.createBox();
  try {
    const source = fs.readFileSync(path.join(tests, 'exploits', 'programs', exploit.file), 'utf8');
    const compiled = await compileProgram(sandbox, box, language, source);
    if (!compiled.ok) return { verdict: compiled.result.internalError ? 'IE' : 'CE', stdout: '', detail: compiled.output };
    const run = await runProgram(sandbox, box, language, { limits: resolveLimits({ timeMs: TIME_MS, memoryMb: 128, outputKb: 64 }, language, 'run') });
    return { verdict: runVerdict(run) ?? 'AC', stdout: run.stdout, detail: JSON.stringify({ ...run, stdout: run.stdout.slice(0, 200), stderr: run.stderr.slice(-400) }) };
  } finally {
    await box.dispose();
  }
}

/** Sandbox-user processes still alive: in one of this process's run cgroups, or in no sandbox cgroup at all. */
export function strayProcesses(): string[] {
  const stray: string[] = [];
  const mine = `/quickcode/${process.pid}.`;
  for (const pid of fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
      if (Number(/^Uid:\s+(\d+)/m.exec(status)?.[1]) !== SANDBOX_UID) continue;
      const cgroup = fs.readFileSync(`/proc/${pid}/cgroup`, 'utf8');
      if (cgroup.includes(mine) || !cgroup.includes('/quickcode/')) stray.push(`${pid} ${/^Name:\s+(.*)$/m.exec(status)?.[1]}`);
    } catch {}
  }
  return stray;
}

export async function waitForNoStray(ms: number): Promise<string[]> {
  const until = Date.now() + ms;
  let stray = strayProcesses();
  while (stray.length > 0 && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 100));
    stray = strayProcesses();
  }
  return stray;
}

/** This process's cgroup v2 path, e.g. /system.slice/x.service/main. */
export function ownCgroup(): string {
  return /^0::(.*)$/m.exec(fs.readFileSync('/proc/self/cgroup', 'utf8'))?.[1] ?? '';
}
