/**
 * The commands that extract in bulk start themselves again with one malloc arena (bin/launch.mjs): the launched
 * process gets the setting, signals sent to the launcher reach it, and it does not outlive a launcher killed with SIGKILL.
 * Real processes, as a user or a supervisor starts them (Linux only: the launch happens there).
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const BIN = 'bin/brinkwatch.mjs';
const linux = process.platform === 'linux';

function env(extra: Record<string, string> = {}) {
  const base: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !/^(DATABASE_URL|REDIS_URL|PGLITE_DIR|MALLOC_ARENA_MAX)$/.test(k)) base[k] = v;
  return { ...base, LOG_LEVEL: 'info', ...extra };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The pids of a process's children (Linux: /proc/PID/task/PID/children). */
function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/** Whether a process still runs (a zombie left for an init that does not reap counts as gone). */
function alive(pid: number): boolean {
  if (!existsSync(`/proc/${pid}/stat`)) return false;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

function environOf(pid: number): Record<string, string> {
  const out: Record<string, string> = {};
  for (const kv of readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0')) {
    const at = kv.indexOf('=');
    if (at > 0) out[kv.slice(0, at)] = kv.slice(at + 1);
  }
  return out;
}

/** Process group of a process (the fifth field of /proc/PID/stat). */
function groupOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
}

async function waitFor<T>(what: string, check: () => T, ms: number): Promise<NonNullable<T>> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = check();
    if (v) return v as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
}

describe.skipIf(!linux)('bin/launch.mjs: one malloc arena for the commands that extract in bulk', () => {
  it('`brinkwatch extract` runs in a child with MALLOC_ARENA_MAX=1 that dies with a launcher killed by SIGKILL', async () => {
    const launcher = spawn(process.execPath, [BIN, 'extract', '-'], { env: env(), stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    launcher.stderr!.on('data', (d) => (stderr += d));
    const pid = await waitFor('the launched extract', () => childrenOf(launcher.pid!)[0], 20_000);
    expect(environOf(pid).MALLOC_ARENA_MAX).toBe('1');
    // Standard input stays open: the command waits for articles until its launcher is gone.
    const done = exited(launcher);
    launcher.kill('SIGKILL');
    await done;
    await waitFor('the launched extract to end', () => !alive(pid), 10_000);
  }, 60_000);

  it('a user that sets MALLOC_ARENA_MAX gets one process, which extracts as the launched one does', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'bw-launch-')), 'one.jsonl');
    const article = { id: 'a1', title: 'Orrin Labs sues Pemberly Analytics', published: '2026-03-02', text: 'Orrin Labs sued Pemberly Analytics on Monday, accusing it of copying its ranking model.' };
    writeFileSync(file, `${JSON.stringify(article)}\n`);
    const launched = await run(process.execPath, [BIN, 'extract', file], { env: env({ LOG_LEVEL: 'warn' }) });
    const direct = await run(process.execPath, [BIN, 'extract', file], { env: env({ LOG_LEVEL: 'warn', MALLOC_ARENA_MAX: '1' }) });
    expect(launched.stdout).toContain('"events"');
    expect(direct.stdout).toBe(launched.stdout);
  }, 60_000);

  it('the exit code of the launched command is the launcher\'s', async () => {
    const r = await run(process.execPath, [BIN, 'extract', '/nonexistent/brinkwatch-launch.jsonl'], { env: env() }).then(
      () => ({ code: 0 }),
      (err: { code: number }) => ({ code: err.code }),
    );
    expect(r.code).not.toBe(0);
    const help = await run(process.execPath, [BIN, 'worker', '--help'], { env: env() });
    expect(help.stdout).toMatch(/worker/);
  }, 60_000);

  describe('brinkwatch worker', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bw-launch-worker-'));
    const sources = join(dir, 'sources.json');
    writeFileSync(sources, JSON.stringify({ sources: [] }));
    const workerEnv = () =>
      env({
        PGLITE_DIR: join(dir, 'db'),
        REDIS_URL: 'redis://127.0.0.1:6379/0',
        QUEUE_PREFIX: `bw-launch-${process.pid}`,
        SOURCES_FILE: sources,
        WORKER_METRICS_PORT: '0',
        WORKER_SHUTDOWN_TIMEOUT_MS: '5000',
      });
    afterAll(async () => {
      const redis = new Redis('redis://127.0.0.1:6379/0', { lazyConnect: true });
      await redis.connect();
      const keys = await redis.keys(`bw-launch-${process.pid}:*`);
      if (keys.length) await redis.del(...keys);
      await redis.quit();
    });

    /** Starts `brinkwatch worker` and waits until its workers run; returns the launcher and the launched pid. */
    async function startWorker() {
      const launcher = spawn(process.execPath, [BIN, 'worker'], { env: workerEnv(), stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      launcher.stderr!.on('data', (d) => (stderr += d));
      const done = exited(launcher);
      await waitFor(`workers started (${stderr})`, () => stderr.includes('workers started') || launcher.exitCode !== null, 120_000);
      expect(launcher.exitCode, stderr).toBeNull();
      const [pid] = childrenOf(launcher.pid!);
      return { launcher, pid: pid!, done, stderr: () => stderr };
    }

    it('runs in a child with one malloc arena, in a process group of its own, and SIGTERM to the launcher drains it', async () => {
      expect((await run(process.execPath, [BIN, 'migrate'], { env: workerEnv() })).stderr).toMatch(/migration/);
      const w = await startWorker();
      expect(environOf(w.pid).MALLOC_ARENA_MAX).toBe('1');
      expect(groupOf(w.pid)).toBe(w.pid);
      w.launcher.kill('SIGTERM');
      expect(await w.done).toEqual({ code: 0, signal: null });
      expect(w.stderr()).toContain('shutting down');
      expect(alive(w.pid)).toBe(false);
    }, 240_000);

    it('a launcher killed with SIGKILL leaves no worker taking jobs', async () => {
      const w = await startWorker();
      w.launcher.kill('SIGKILL');
      await w.done;
      await waitFor('the launched worker to end', () => !alive(w.pid), 5_000);
    }, 240_000);
  });
});
