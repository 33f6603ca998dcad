/**
 * The PGlite directory lock (db/pglite-lock.ts) between real processes: of several processes racing for one
 * directory, free or held by a dead process, exactly one gets it; a live owner's lock is never taken.
 */
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { acquireLock, LOCK_FILE } from '../../../db/pglite-lock.ts';

const run = promisify(execFile);
const LOCK_MODULE = resolve('db/pglite-lock.ts');

/** Starts `n` processes that each try once, at the same instant, to take the lock of `dir`, hold it 1.5 s, and print what they got. */
async function race(dir: string, n: number): Promise<string[]> {
  // Every racer loads first, then spins until one shared instant, so their attempts fall within a millisecond or so.
  const at = Date.now() + 4_000;
  const script = `
    const { acquireLock } = await import(${JSON.stringify(LOCK_MODULE)});
    while (Date.now() < ${at}) {}
    const r = acquireLock(${JSON.stringify(dir)}, 'brinkwatch racer', null);
    if ('release' in r) { console.log('won'); await new Promise((ok) => setTimeout(ok, 1500)); r.release(); }
    else console.log('held by ' + r.heldBy.pid);
  `;
  const results = await Promise.all(
    Array.from({ length: n }, () => run('node', ['--import', 'tsx', '--input-type=module', '-e', script], { timeout: 60_000 })),
  );
  return results.map((r) => r.stdout.trim());
}

async function deadPid(): Promise<number> {
  const child = spawn('node', ['-e', '']);
  await new Promise((ok) => child.once('exit', ok));
  return child.pid!;
}

describe('PGlite directory lock', () => {
  it('of six processes racing for a free directory, exactly one wins', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bw-lock-'));
    const got = await race(dir, 6);
    expect(got.filter((g) => g === 'won')).toHaveLength(1);
    expect(got.filter((g) => g.startsWith('held by '))).toHaveLength(5);
  }, 120_000);

  it('of six processes racing to take over a dead process\'s lock, exactly one wins', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bw-lock-'));
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: await deadPid(), started: null, command: 'brinkwatch api', socketDir: null, nonce: 'dead' }));
    const got = await race(dir, 6);
    expect(got.filter((g) => g === 'won')).toHaveLength(1);
  }, 120_000);

  it('never takes a live owner\'s lock, takes a damaged one, and releases only its own', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bw-lock-'));
    const live = JSON.stringify({ pid: process.ppid, started: null, command: 'brinkwatch start', socketDir: '/x', nonce: 'live' });
    writeFileSync(join(dir, LOCK_FILE), live);
    const held = acquireLock(dir, 'brinkwatch keys', null);
    expect(held).toEqual({ heldBy: expect.objectContaining({ pid: process.ppid, command: 'brinkwatch start', socketDir: '/x' }) });
    expect(readFileSync(join(dir, LOCK_FILE), 'utf8')).toBe(live);

    writeFileSync(join(dir, LOCK_FILE), '{not json');
    const mine = acquireLock(dir, 'brinkwatch keys', null);
    expect('release' in mine).toBe(true);
    const info = JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8'));
    expect(info).toMatchObject({ pid: process.pid, command: 'brinkwatch keys' });
    // Someone else's lock in its place (after a takeover) is left alone by our release.
    writeFileSync(join(dir, LOCK_FILE), live);
    if ('release' in mine) mine.release();
    expect(readFileSync(join(dir, LOCK_FILE), 'utf8')).toBe(live);
  });
});
