/**
 * Two real `brinkwatch` processes on one embedded PGlite directory: the second reaches the data through
 * the first (db/pglite-server.ts) or refuses with one line; nothing written by either is lost; a lock left
 * by a dead process is taken over; the demo and real data never share a directory.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpSink } from '../digest/helpers.ts';

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
    const child = spawn('node', [BIN, 'keys', 'list'], { env: env({ PGLITE_DIR: db }) });
    let out = '';
    let err = '';
    child.stdout!.on('data', (d) => (out += d));
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    // The lock goes once the waiting process has said it waits (and had its chance to open too early).
    await new Promise<void>((resolve) => {
      child.stderr!.on('data', (d) => {
        err += d;
        if (err.includes('waiting for it to finish')) resolve();
      });
    });
    expect(err.trim()).toBe(`db: ${db} is in use by brinkwatch poll, pid ${process.pid}; waiting for it to finish`);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(child.exitCode).toBe(null);
    rmSync(join(db, '.brinkwatch.lock'));
    expect(await exited, err).toBe(0);
    expect(out.split('\n').filter(Boolean).every((l) => /^\d+\t/.test(l))).toBe(true);
  }, 120_000);

  it('a one-shot started together with the server gets through; after kill -9 of the server the next process takes over and nothing is lost', async () => {
    const e = { PGLITE_DIR: db, PORT: String(port + 2), HOST: '127.0.0.1' };
    const [server, created] = await Promise.all([startServer(['api'], e, /api listening/), brinkwatch(['keys', 'create', '--name', 'k5'], { PGLITE_DIR: db })]);
    expect(created.code, created.stderr).toBe(0);
    const res = await fetch(`http://127.0.0.1:${port + 2}/sources/none/resume`, { method: 'POST', headers: { authorization: `Bearer ${created.stdout.trim()}` } });
    expect(res.status).toBe(404);
    const killed = new Promise((resolve) => server.child.once('exit', resolve));
    server.child.kill('SIGKILL');
    await killed;
    expect(existsSync(join(db, '.brinkwatch.lock'))).toBe(true); // left behind, with a dead pid
    const list = await brinkwatch(['keys', 'list'], { PGLITE_DIR: db });
    expect(list.code, list.stderr).toBe(0);
    expect(list.stdout.match(/\tk\d\t/g)).toHaveLength(5);
  }, 200_000);
});

describe('digests sent from another process while the API runs (the lost "sent" row of issue 19)', () => {
  it('sends a day exactly once, whichever process asks, and keeps the record after the API stops', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bw-digest-'));
    const db = join(dir, 'pglite');
    const smtp = await startSmtpSink();
    const e = { PGLITE_DIR: db, SMTP_URL: smtp.url };
    try {
      expect((await brinkwatch(['migrate'], e)).code).toBe(0);
      const api = await startServer(['api'], { ...e, PORT: String(17_000 + (process.pid % 1_000)), HOST: '127.0.0.1' }, /api listening/);
      try {
        const sub = await brinkwatch(['digest', 'subscribe', 'desk@example.org', '--send-empty'], e);
        expect(sub.code, sub.stderr).toBe(0);
        expect(smtp.messages).toHaveLength(1); // the confirmation
        // The reader clicks the link; this test stands in for it as one more client of the API's database.
        const client = new pg.Client({ host: db, port: 5432, user: 'postgres', database: 'postgres' });
        await client.connect();
        await client.query("update subscriptions set confirmed_at = now() where email = 'desk@example.org'");
        await client.end();
        const first = await brinkwatch(['digest', 'send', '--date', '2026-11-10'], e);
        expect(first.code, first.stderr).toBe(0);
        expect(first.stdout).toMatch(/^desk@example\.org\t(sent|empty)\n$/);
        const again = await brinkwatch(['digest', 'send', '--date', '2026-11-10'], e, 60_000);
        expect(again.stdout).toBe('desk@example.org\talready-sent\n');
      } finally {
        await stop(api.child);
      }
      const after = await brinkwatch(['digest', 'send', '--date', '2026-11-10'], e, 60_000);
      expect(after.code, after.stderr).toBe(0);
      expect(after.stdout).toBe('desk@example.org\talready-sent\n');
      expect(smtp.messages.length).toBeLessThanOrEqual(2); // the confirmation and at most one digest
    } finally {
      await smtp.close();
    }
  }, 300_000);
});

describe('the demo and real data', () => {
  it('start refuses the demo\'s directory; the demo refuses a directory it did not create and leaves it intact', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bw-demo-'));
    const demoDir = join(dir, 'demo');
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
