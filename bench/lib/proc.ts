/** Child processes of the benchmark (workers, API) and what /proc says about them and the services. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
const TICKS_PER_SECOND = 100;

export interface Child {
  proc: ChildProcess;
  pid: number;
  logFile: string;
  /** Resolves once a line containing `text` appears on standard error. */
  waitFor(text: string, timeoutMs: number): Promise<void>;
  stop(): Promise<number | null>;
}

/** Starts `node [NODE_ARGS] bin/brinkwatch.mjs ARGS` with `env`, its standard error going to `logFile`. */
export function startBrinkwatch(args: string[], env: Record<string, string>, logFile: string, nodeArgs: string[] = []): Child {
  const proc = spawn(process.execPath, [...nodeArgs, join(ROOT, 'bin', 'brinkwatch.mjs'), ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log = createWriteStream(logFile);
  let seen = '';
  const waiters: { text: string; resolve: () => void }[] = [];
  const onData = (chunk: Buffer) => {
    log.write(chunk);
    if (waiters.length === 0) return;
    seen = (seen + chunk.toString('utf8')).slice(-65_536);
    for (const w of [...waiters]) if (seen.includes(w.text)) (waiters.splice(waiters.indexOf(w), 1), w.resolve());
  };
  proc.stdout!.on('data', onData);
  proc.stderr!.on('data', onData);
  const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => { log.end(); resolve(code); }));
  return {
    proc,
    pid: proc.pid!,
    logFile,
    waitFor(text, timeoutMs) {
      if (seen.includes(text)) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`bench: ${args[0]} did not log "${text}" within ${timeoutMs} ms (see ${logFile})`)), timeoutMs);
        waiters.push({ text, resolve: () => (clearTimeout(timer), resolve()) });
        void exited.then((code) => reject(new Error(`bench: ${args[0]} exited with ${code} (see ${logFile})`)));
      });
    },
    async stop() {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGTERM');
      const timer = setTimeout(() => proc.kill('SIGKILL'), 40_000);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}

/** Resident set size of a process in MB (VmRSS in /proc/PID/status), or null once it is gone. */
export function rssMb(pid: number): number | null {
  try {
    const m = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+)\s+kB/m);
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** Fields of /proc/PID/stat after the command name, or null when the process is gone. */
function statFields(pid: number): string[] | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}

/** CPU seconds (user + system) a process has used so far. */
export function cpuSeconds(pid: number): number {
  const f = statFields(pid);
  return f ? (Number(f[11]) + Number(f[12])) / TICKS_PER_SECOND : 0;
}

/** CPU seconds of a process's children that have ended (and been waited for). */
function reapedChildrenCpuSeconds(pid: number): number {
  const f = statFields(pid);
  return f ? (Number(f[13]) + Number(f[14])) / TICKS_PER_SECOND : 0;
}

/**
 * CPU seconds used so far by every process whose command name starts with `prefix` (postgres, redis-server),
 * including those of their children that have ended: a PostgreSQL backend that exits during a run (a pool
 * closing an idle connection) would otherwise take its CPU time out of the sum.
 */
export function cpuSecondsByName(prefix: string): number {
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const comm = readFileSync(`/proc/${entry}/comm`, 'utf8').trim();
      if (comm.startsWith(prefix)) total += cpuSeconds(Number(entry)) + reapedChildrenCpuSeconds(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return total;
}
