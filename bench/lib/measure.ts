/**
 * Measuring a child process: wall time from this process, peak resident set size from GNU time's `%M` (the kernel's
 * maxrss of the child, read at its exit) when /usr/bin/time exists, else the last VmHWM read from /proc while it ran.
 * Optionally pinned to one CPU with taskset, so "one core" means one core even for V8's helper threads.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

export interface Measured {
  code: number | null;
  wallMs: number;
  /** Peak RSS of the child in MB (null when neither GNU time nor /proc could tell). */
  peakRssMb: number | null;
  stdout: string;
  stderr: string;
}

const GNU_TIME = '/usr/bin/time';
const MARK = '@@bench-maxrss-kb=';

/** The CPU a pinned child runs on: the last one (the first is where interrupts and most daemons land). */
export function pinnedCpu(cpus: number): number {
  return Math.max(0, cpus - 1);
}

/** Reads GNU time's line out of a child's stderr: the peak RSS in MB, and the stderr without that line. */
export function parseTimeOutput(stderr: string): { peakRssMb: number | null; rest: string } {
  const lines = stderr.split('\n');
  let at = lines.length - 1;
  while (at >= 0 && !lines[at]!.startsWith(MARK)) at--;
  if (at < 0) return { peakRssMb: null, rest: stderr };
  const kb = Number(lines[at]!.slice(MARK.length));
  lines.splice(at, 1);
  return { peakRssMb: Number.isFinite(kb) ? Math.round(kb / 102.4) / 10 : null, rest: lines.join('\n') };
}

/** Median of a non-empty list (the mean of the middle two for an even count). */
export function median(xs: number[]): number {
  if (xs.length === 0) throw new Error('median: empty list');
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Runs `cmd args`, waits for it, and returns its exit code, wall time, peak RSS and output. */
export function runMeasured(cmd: string, args: string[], opts: { cpu?: number; stdoutTo?: 'pipe' | 'ignore'; env?: NodeJS.ProcessEnv; cwd?: string } = {}): Promise<Measured> {
  const useTime = existsSync(GNU_TIME);
  let argv = [cmd, ...args];
  if (opts.cpu !== undefined && existsSync('/usr/bin/taskset')) argv = ['/usr/bin/taskset', '-c', String(opts.cpu), ...argv];
  if (useTime) argv = [GNU_TIME, '-f', `${MARK}%M`, ...argv];
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(argv[0]!, argv.slice(1), { cwd: opts.cwd, env: opts.env ?? process.env, stdio: ['ignore', opts.stdoutTo ?? 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout?.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    // Without GNU time, the peak is the high-water mark the kernel keeps for the process, read while it runs.
    let hwmKb = 0;
    const poll = useTime ? undefined : setInterval(() => (hwmKb = Math.max(hwmKb, readHwmKb(child.pid) ?? 0)), 20);
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - t0;
      if (poll) clearInterval(poll);
      const { peakRssMb, rest } = useTime ? parseTimeOutput(stderr) : { peakRssMb: hwmKb ? Math.round(hwmKb / 102.4) / 10 : null, rest: stderr };
      resolve({ code, wallMs, peakRssMb, stdout, stderr: rest });
    });
  });
}

function readHwmKb(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}
