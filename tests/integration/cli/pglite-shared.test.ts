/**
 * Two real `brinkwatch` processes on one embedded PGlite directory: the second reaches the data through
 * the first (db/pglite-server.ts) or refuses with one line; nothing written by either is lost; a lock left
 * by a dead process is taken over; the demo and real data never share a directory.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const BIN = 'bin/brinkwatch.mjs';

function env(extra: Record<string, string> = {}) {
  const base: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !/^(DATABASE_URL|REDIS_URL|PGLITE_DIR|DEMO_PGLITE_DIR|PORT)$/.test(k)) base[k] = v;
  return { ...base, LOG_LEVEL: 'warn', ...extra };
}

async function brinkwatch(args: string[], extra: Record<string, string> = {}, timeout = 150_000) {
  const started = Date.now();
  try {
    const r = await run('node', [BIN, ...args], { env: env(extra), timeout });
    return { code: 0, stdout: r.stdout, stderr: r.stderr, ms: Date.now() - started };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr, ms: Date.now() - started };
  }
}

/** Starts a long-running command and resolves once its stderr shows `ready`. */
function startServer(args: string[], extra: Record<string, string>, ready: RegExp): Promise<{ child: ChildProcess; stderr: () => string }> {
  const child = spawn('node', [BIN, ...args], { env: env({ LOG_LEVEL: 'info', ...extra }) });
  let err = '';
  child.stdout!.resume();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not ready: ${err}`)), 150_000);
    child.stderr!.on('data', (d) => {
      err += d;
      if (ready.test(err)) {
        clearTimeout(timer);
        resolve({ child, stderr: () => err });
      }
    });
    child.once('exit', (code) => reject(new Error(`exited ${code}: ${err}`)));
  });
}

async function stop(child: ChildProcess) {
  if (child.exitCode !== null) return child.exitCode;
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.kill('SIGTERM');
  return exited;
}

/** A pid that no process has: a child that has already exited. */
async function deadPid(): Promise<number> {
  const child = spawn('node', ['-e', '']);
  await new Promise((resolve) => child.once('exit', resolve));
  return child.pid!;
}

describe('two processes on one PGlite directory', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bw-shared-'));
  const db = join(dir, 'pglite');
  const port = 18_000 + (process.pid % 1_000);
  let api: { child: ChildProcess; stderr: () => string };

  beforeAll(async () => {
    expect((await brinkwatch(['migrate'], { PGLITE_DIR: db })).code).toBe(0);
    api = await startServer(['api'], { PGLITE_DIR: db, PORT: String(port), HOST: '127.0.0.1' }, /api listening/);
  }, 200_000);
  afterAll(async () => {
    if (api) await stop(api.child);
  });

  it('keys created by other processes while the API serves are valid in the API, and none is lost', async () => {
    const created = await Promise.all([1, 2, 3].map((i) => brinkwatch(['keys', 'create', '--name', `k${i}`], { PGLITE_DIR: db })));
    for (const r of created) expect(r.code, r.stderr).toBe(0);
    const keys = created.map((r) => r.stdout.trim());
    for (const key of keys) {
      // An authenticated write on a source that does not exist: 404, where a key the API cannot see gets 401.
      const res = await fetch(`http://127.0.0.1:${port}/sources/none/resume`, { method: 'POST', headers: { authorization: `Bearer ${key}` } });
      expect(res.status).toBe(404);
    }
    const bad = await fetch(`http://127.0.0.1:${port}/sources/none/resume`, { method: 'POST', headers: { authorization: 'Bearer bw_notakey' } });
    expect(bad.status).toBe(401);
    const list = await brinkwatch(['keys', 'list'], { PGLITE_DIR: db });
    expect(list.code, list.stderr).toBe(0);
    expect(list.stdout.match(/\tk\d\t/g)).toHaveLength(3);
  }, 200_000);

  it('a read from another process answers while the API runs, and the API reads writes made by others at once', async () => {
    const before = await fetch(`http://127.0.0.1:${port}/sources`);
    expect(((await before.json()) as { items: unknown[] }).items).toHaveLength(0);
    const synced = await brinkwatch(['sources', 'sync'], { PGLITE_DIR: db });
    expect(synced.code, synced.stderr).toBe(0);
    const list = await brinkwatch(['sources', 'list'], { PGLITE_DIR: db }, 60_000);
    expect(list.code, list.stderr).toBe(0);
    const n = JSON.parse(readFileSync('feeds/sources.json', 'utf8')).sources.length;
    expect(list.stdout.trim().split('\n')).toHaveLength(n + 1);
    // The API's response cache hears of the other process's write (its NOTIFY goes through the owner).
    const res = await fetch(`http://127.0.0.1:${port}/sources`);
    expect(((await res.json()) as { items: unknown[] }).items).toHaveLength(n);
  }, 200_000);

  it('a second server on the directory refuses at once, naming the owner', async () => {
    const r = await brinkwatch(['api'], { PGLITE_DIR: db, PORT: String(port + 1) }, 60_000);
    expect(r.code).not.toBe(0);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toBe(`brinkwatch: ${db} is in use by brinkwatch api, pid ${api.child.pid}: stop it, or point DATABASE_URL at PostgreSQL`);
  }, 120_000);

  it('after the owner stops, a new process opens the directory itself and finds every write', async () => {
    expect(await stop(api.child)).toBe(0);
    expect(existsSync(join(db, '.brinkwatch.lock'))).toBe(false);
    const list = await brinkwatch(['keys', 'list'], { PGLITE_DIR: db });
    expect(list.code, list.stderr).toBe(0);
    expect(list.stdout.match(/\tk\d\t/g)).toHaveLength(3);
  }, 120_000);

  it('takes over a lock left by a dead process', async () => {
    const pid = await deadPid();
    writeFileSync(join(db, '.brinkwatch.lock'), JSON.stringify({ pid, started: null, command: 'brinkwatch api', socketDir: db, nonce: 'x' }));
    const r = await brinkwatch(['keys', 'create', '--name', 'k4'], { PGLITE_DIR: db });
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(join(db, '.brinkwatch.lock'))).toBe(false);
  }, 120_000);

  it('waits for a one-shot command that owns the directory, then opens it', async () => {
    // A live owner (this test process) that serves nothing, as `keys create` or `poll` would hold it.
    writeFileSync(join(db, '.brinkwatch.lock'), JSON.stringify({ pid: process.pid, started: null, command: 'brinkwatch poll', socketDir: null, nonce: 'y' }));
    const pending = brinkwatch(['keys', 'list'], { PGLITE_DIR: db });
    await new Promise((resolve) => setTimeout(resolve, 4_000));
    const { rmSync } = await import('node:fs');
    rmSync(join(db, '.brinkwatch.lock'));
    const r = await pending;
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`${db} is in use by brinkwatch poll, pid ${process.pid}; waiting for it to finish`);
    expect(r.stdout.match(/\tk\d\t/g)).toHaveLength(4);
  }, 120_000);
});

describe('the demo and real data', () => {
  it('start refuses the demo\'s directory; the demo refuses a directory it did not create and leaves it intact', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bw-demo-'));
    const demoDir = join(dir, 'demo');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(demoDir);
    writeFileSync(join(demoDir, '.brinkwatch-demo'), 'created by brinkwatch demo\n');
    const start = await brinkwatch(['start'], { PGLITE_DIR: demoDir, PORT: '0' }, 60_000);
    expect(start.code).not.toBe(0);
    expect(start.stderr.trim()).toBe(
      `brinkwatch: db: ${demoDir} holds the demo's fictional database (it has .brinkwatch-demo); delete that folder or set PGLITE_DIR to another one`,
    );

    const real = join(dir, 'real');
    expect((await brinkwatch(['migrate'], { PGLITE_DIR: real })).code).toBe(0);
    expect((await brinkwatch(['keys', 'create', '--name', 'mine'], { PGLITE_DIR: real })).code).toBe(0);
    const demo = await brinkwatch(['demo', '--once'], { DEMO_PGLITE_DIR: real }, 60_000);
    expect(demo.code).not.toBe(0);
    expect(demo.stderr).toContain(`demo: ${real} holds a database the demo did not create`);
    const list = await brinkwatch(['keys', 'list'], { PGLITE_DIR: real });
    expect(list.stdout).toMatch(/\tmine\t/);
  }, 300_000);
});
