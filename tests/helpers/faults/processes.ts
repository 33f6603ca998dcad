/**
 * Child processes for the fault tests: `brinkwatch worker` processes (the real CLI, through
 * worker-main.mjs) whose JSON logs are kept for assertions, and a private redis-server that a test
 * may kill and restart without touching the machine's Redis.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');
const WORKER_MAIN = join(import.meta.dirname, 'worker-main.mjs');

/** A free TCP port on 127.0.0.1 (released before returning; good enough for a test). */
export async function freePort(): Promise<number> {
  const srv = net.createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const port = (srv.address() as net.AddressInfo).port;
  await new Promise<void>((r) => srv.close(() => r()));
  return port;
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Polls `check` until it returns a truthy value or the deadline passes. */
export async function waitFor<T>(what: string, check: () => Promise<T> | T, timeoutMs: number, everyMs = 100): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v) return v as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(everyMs);
  }
}

export interface LogLine {
  level: number;
  msg: string;
  [k: string]: unknown;
}

export interface WorkerProcess {
  child: ChildProcess;
  name: string;
  logs: LogLine[];
  /** Non-JSON stderr output (start-up errors). */
  rawErr: string[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
  ready: Promise<void>;
  kill(signal: NodeJS.Signals): void;
}

/** Starts `brinkwatch worker` with the given environment on top of a minimal one. */
export function startWorkerProcess(name: string, env: Record<string, string>, args: string[] = []): WorkerProcess {
  const child = spawn(process.execPath, [WORKER_MAIN, 'worker', ...args], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      NODE_ENV: 'test',
      LOG_LEVEL: 'info',
      ALLOW_PRIVATE_HOSTS: '127.0.0.1',
      HOST_MIN_GAP_MS: '0',
      FETCH_TIMEOUT_MS: '5000',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const logs: LogLine[] = [];
  const rawErr: string[] = [];
  let readyResolve!: () => void;
  let readyReject!: (e: Error) => void;
  const ready = new Promise<void>((res, rej) => {
    readyResolve = res;
    readyReject = rej;
  });
  let buf = '';
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (chunk: string) => {
    buf += chunk;
    let nl: number;
    while ((nl = buf.indexOf('\n')) >= 0) {
      const line = buf.slice(0, nl);
      buf = buf.slice(nl + 1);
      if (!line.trim()) continue;
      try {
        const parsed = JSON.parse(line) as LogLine;
        logs.push(parsed);
        if (parsed.msg === 'workers started') readyResolve();
      } catch {
        rawErr.push(line);
      }
    }
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((res) => {
    child.on('exit', (code, signal) => {
      readyReject(new Error(`worker ${name} exited before it was ready (code ${code}, signal ${signal}): ${rawErr.join('\n')}`));
      res({ code, signal, at: Date.now() });
    });
  });
  ready.catch(() => {});
  return {
    child,
    name,
    logs,
    rawErr,
    exited,
    ready,
    kill(signal) {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    },
  };
}

/** Kills a worker process if it still runs and waits for it to exit. */
export async function stopWorkerProcess(w: WorkerProcess | undefined): Promise<void> {
  if (!w) return;
  w.kill('SIGKILL');
  await w.exited;
}

export interface PrivateRedis {
  port: number;
  url: string;
  dir: string;
  persistent: boolean;
  start(): Promise<void>;
  /** SIGKILLs the server (no clean shutdown, no final save). */
  kill(): Promise<void>;
  stop(): Promise<void>;
}

/** A private redis-server on a free port; with `persistent` it keeps an append-only file in its directory. */
export async function startPrivateRedis(persistent: boolean): Promise<PrivateRedis> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'bw-redis-'));
  let child: ChildProcess | null = null;
  const self: PrivateRedis = {
    port,
    url: `redis://127.0.0.1:${port}/0`,
    dir,
    persistent,
    async start() {
      child = spawn(
        'redis-server',
        ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', persistent ? 'yes' : 'no',
          '--dir', dir, '--maxmemory-policy', 'noeviction'],
        { stdio: 'ignore' },
      );
      await waitFor(`redis-server on ${port}`, () => canConnect(port), 10_000, 50);
    },
    async kill() {
      const c = child;
      if (!c || c.exitCode !== null || c.signalCode !== null) return;
      const gone = new Promise<void>((r) => c.once('exit', () => r()));
      c.kill('SIGKILL');
      await gone;
    },
    async stop() {
      await self.kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  await self.start();
  return self;
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((r) => {
    const s = net.connect({ host: '127.0.0.1', port }, () => {
      s.end();
      r(true);
    });
    s.on('error', () => r(false));
  });
}
