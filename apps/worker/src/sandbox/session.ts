import { spawn, type ChildProcessByStdio } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';

/**
 * The worker's side of one box's launcher session (see launcher.c): a root process on the
 * host that started bwrap once and runs each compile or test in the box on request. The
 * line protocol runs over the launcher's stdin and stdout; the launcher keeps every limit
 * itself, so a busy event loop here delays only when a result is read, never what it says.
 */

export interface LaunchRequest {
  /**
   * exec (default): the box's server forks and execs argv. fork: the box's fork server forks
   * and loads argv's last element as the program (exec when there is none). zygote: start
   * the fork server (argv) itself; it lives as long as the box.
   */
  mode?: 'exec' | 'fork' | 'zygote';
  /** Host files: stdin (opened O_NOFOLLOW, must be regular; omitted = empty), and fresh outputs. */
  stdin?: string;
  stdout: string;
  stderr: string;
  /** A fresh answer file for fd 3; fd 3 is closed when omitted. */
  answer?: string;
  cpuMs: number;
  wallMs: number;
  /** stdout and the answer file may not grow past this; the run is killed when they do. */
  outputBytes: number;
  /** The run's cgroup: procs files to join, the CPU file to poll, cgroup.kill when there is one. */
  procsFiles: string[];
  cpuFile: string;
  killFile?: string;
  /** `name=soft:hard` (cpu, fsize, nofile, core, stack). */
  rlimits: string[];
  /** The whole environment, `K=V`. */
  env: string[];
  argv: string[];
}

export interface LaunchOutcome {
  /** exit/signal: the run child's status; exec: it could not be executed (n = errno); lost: no status was seen. */
  status: 'exit' | 'signal' | 'exec' | 'lost' | 'started';
  n: number;
  cpuUs: number;
  wallUs: number;
  /** The limit the launcher killed the run for. */
  limit: 'cpu' | 'wall' | 'output' | null;
}

/** Percent-encoding of everything but a few safe characters: tokens never hold a space or newline. */
function enc(value: string): string {
  return Buffer.from(value, 'utf8')
    .toString('latin1')
    .replace(/[^A-Za-z0-9._/,:+@^-]/g, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/** The `run` line for a request (exported for tests). */
export function runLine(id: number, r: LaunchRequest): string {
  const kv: [string, string][] = [
    ['mode', r.mode ?? 'exec'],
    ['in', r.stdin ?? '-'],
    ['out', r.stdout],
    ['err', r.stderr],
    ...(r.answer ? ([['ans', r.answer]] as [string, string][]) : []),
    ['cpu', String(Math.ceil(r.cpuMs))],
    ['wall', String(Math.ceil(r.wallMs))],
    ['outmax', String(r.outputBytes)],
    ...r.procsFiles.map((f): [string, string] => ['cg', f]),
    ['cpufile', r.cpuFile],
    ...(r.killFile ? ([['killfile', r.killFile]] as [string, string][]) : []),
    ...r.rlimits.map((l): [string, string] => ['rl', l]),
    ...r.env.map((e): [string, string] => ['env', e]),
  ];
  return `run ${id} ${kv.map(([k, v]) => `${k}=${enc(v)}`).join(' ')} -- ${r.argv.map(enc).join(' ')}\n`;
}

type Waiter = { resolve: (o: LaunchOutcome) => void; reject: (e: Error) => void };

export class LauncherSession {
  private readonly child: ChildProcessByStdio<Writable, Readable, Readable>;
  private buffered = '';
  private stderr = '';
  private seq = 0;
  private readonly waiting = new Map<string, Waiter>();
  private ended: Error | null = null;
  private readonly exited: Promise<void>;
  /** The box's server, as a host pid. */
  readonly ready: Promise<number>;

  constructor(launcher: string, args: string[]) {
    // The launcher needs no environment; each run gets exactly the one it is given.
    this.child = spawn(launcher, ['--session', ...args], { stdio: ['pipe', 'pipe', 'pipe'], env: {} as NodeJS.ProcessEnv });
    let onReady: (pid: number) => void = () => {};
    let onFail: (e: Error) => void = () => {};
    this.ready = new Promise<number>((resolve, reject) => {
      onReady = resolve;
      onFail = reject;
    });
    this.ready.catch(() => {});
    this.child.stdin.on('error', () => {});
    this.child.stderr.on('data', (c: Buffer) => {
      this.stderr = (this.stderr + c.toString('utf8')).slice(-4000);
    });
    this.child.stdout.on('data', (c: Buffer) => {
      this.buffered += c.toString('utf8');
      let nl: number;
      while ((nl = this.buffered.indexOf('\n')) >= 0) {
        const line = this.buffered.slice(0, nl);
        this.buffered = this.buffered.slice(nl + 1);
        const [kind, id, ...rest] = line.split(' ');
        if (kind === 'ready') onReady(Number(id));
        else if (kind === 'failed') onFail(new Error(`the box did not start: ${this.stderr.trim().slice(-500)}`));
        else if (kind === 'done') this.settle(id ?? '', null, parseDone(rest));
        else if (kind === 'error') this.settle(id ?? '', new Error(rest.join(' ')), null);
      }
    });
    this.exited = new Promise<void>((resolve) => {
      this.child.on('error', (err) => {
        this.fail(new Error(`could not start the sandbox launcher: ${err.message}`));
        onFail(this.ended!);
        resolve();
      });
      this.child.on('exit', (code, signal) => {
        this.fail(new Error(`the box's launcher ended (${signal ?? `exit ${code}`}): ${this.stderr.trim().slice(-500)}`));
        onFail(this.ended!);
        resolve();
      });
    });
  }

  /** Runs one program in the box; the box runs one at a time (callers await each run). */
  run(request: LaunchRequest): Promise<LaunchOutcome> {
    if (this.ended) return Promise.reject(this.ended);
    const id = String(++this.seq);
    return new Promise<LaunchOutcome>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.child.stdin.write(runLine(Number(id), request));
    });
  }

  /** Ends the box: its pid 1 dies, and with it every process of the box. */
  async close(): Promise<void> {
    if (!this.ended) this.child.stdin.end('quit\n');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 5000);
    await this.exited;
    clearTimeout(timer);
  }

  private settle(id: string, err: Error | null, outcome: LaunchOutcome | null): void {
    const w = id === '?' ? [...this.waiting.values()][0] : this.waiting.get(id);
    if (!w) return;
    this.waiting.delete(id === '?' ? [...this.waiting.keys()][0]! : id);
    if (err) w.reject(err);
    else w.resolve(outcome!);
  }

  private fail(err: Error): void {
    this.ended ??= err;
    for (const w of this.waiting.values()) w.reject(err);
    this.waiting.clear();
  }
}

function parseDone(fields: string[]): LaunchOutcome {
  const [status, n, cpu, wall, limit] = fields;
  return {
    status: status === 'exit' || status === 'signal' || status === 'exec' || status === 'started' ? status : 'lost',
    n: Number(n),
    cpuUs: Number(cpu),
    wallUs: Number(wall),
    limit: limit === 'cpu' || limit === 'wall' || limit === 'output' ? limit : null,
  };
}
