/**
 * The lock file of an embedded PGlite directory. PGlite is one PostgreSQL backend inside one process:
 * two processes opening the same directory each run their own backend over the same files and overwrite
 * each other's pages (a key printed and never valid, a digest row gone while its index kept it). The
 * lock says which process owns the directory; the others either reach the data through the owner's
 * socket (db/pglite-server.ts) or stop.
 *
 * The file holds JSON: the owner's pid, its process start time (so a pid reused by an unrelated process
 * after a crash is not taken for the owner), the command it runs, and the socket it serves, if any. It is
 * written whole to a temporary file and then hard-linked into place, so taking the lock is atomic and a
 * reader never sees half a file. A lock whose owner is gone is stale and is taken over; two processes
 * taking over one stale lock at once go through a guard directory, so neither removes the other's fresh lock.
 */
import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, rmdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const LOCK_FILE = '.brinkwatch.lock';

export interface LockInfo {
  pid: number;
  /** Start time of the owner process (Linux: clock ticks since boot, from /proc), or null where unknown. */
  started: string | null;
  /** What the owner runs, e.g. "brinkwatch demo". */
  command: string;
  /** Directory of the Unix socket the owner serves the database on (`.s.PGSQL.5432` in it), or null. */
  socketDir: string | null;
  nonce: string;
}

export interface HeldLock {
  info: LockInfo;
  /** Removes the lock file if it is still ours. */
  release(): void;
}

/** Start time of a process, or null where /proc is not available; undefined when the process is gone. */
function processStart(pid: number): string | null | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 22 (starttime); the command name in field 2 may contain spaces, so count from its closing ")".
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      try {
        statSync('/proc/self/stat');
        return undefined; // /proc works, so this pid has no process
      } catch {
        return null;
      }
    }
    return null;
  }
}

/** Whether the process that wrote this lock still runs. */
export function isOwnerAlive(info: LockInfo): boolean {
  try {
    process.kill(info.pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const started = processStart(info.pid);
  if (started === undefined) return false;
  // A pid reused by another process after the owner died: same number, different start time.
  return !(info.started && started && info.started !== started);
}

function readLock(path: string): { raw: string; info: LockInfo } | null {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch {
    return null;
  }
  try {
    const info = JSON.parse(raw) as LockInfo;
    if (!Number.isInteger(info.pid)) return { raw, info: { pid: -1, started: null, command: 'unknown', socketDir: null, nonce: '' } };
    return { raw, info };
  } catch {
    // Not ours or damaged: treated as stale (pid -1 never runs).
    return { raw, info: { pid: -1, started: null, command: 'unknown', socketDir: null, nonce: '' } };
  }
}

/**
 * Takes the lock of `dir` for this process, or returns the live lock that holds it. A stale lock (its
 * process gone) is removed and taken.
 */
export function acquireLock(dir: string, command: string, socketDir: string | null): HeldLock | { heldBy: LockInfo } {
  const path = join(dir, LOCK_FILE);
  const info: LockInfo = { pid: process.pid, started: processStart(process.pid) ?? null, command, socketDir, nonce: randomBytes(8).toString('hex') };
  const raw = JSON.stringify(info);
  const tmp = `${path}.${process.pid}.${info.nonce}`;
  writeFileSync(tmp, raw, { mode: 0o600 });
  try {
    for (let attempt = 0; attempt < 200; attempt++) {
      try {
        linkSync(tmp, path);
        return { info, release: () => releaseLock(path, raw) };
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw new Error(`db: cannot lock ${dir}: ${(err as Error).message}`, { cause: err });
      }
      const held = readLock(path);
      if (!held) continue; // released meanwhile
      if (isOwnerAlive(held.info)) return { heldBy: held.info };
      removeStale(path, held.raw);
    }
    throw new Error(`db: cannot lock ${dir}: the lock file keeps changing`);
  } finally {
    try {
      unlinkSync(tmp);
    } catch {
      /* already gone */
    }
  }
}

/** Removes a stale lock file, but only if it still holds `raw` (another process may have taken over already). */
function removeStale(path: string, raw: string) {
  const guard = `${path}.takeover`;
  try {
    mkdirSync(guard);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    // Another process is taking over; a guard left by a process killed in those few microseconds goes after 10 s.
    try {
      if (Date.now() - statSync(guard).mtimeMs > 10_000) rmdirSync(guard);
    } catch {
      /* gone meanwhile */
    }
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
    return;
  }
  try {
    if (readLock(path)?.raw === raw) unlinkSync(path);
  } finally {
    rmdirSync(guard);
  }
}

function releaseLock(path: string, raw: string) {
  try {
    if (readFileSync(path, 'utf8') === raw) unlinkSync(path);
  } catch {
    /* already gone */
  }
}
