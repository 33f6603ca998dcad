/**
 * Database client: PostgreSQL through `pg` when DATABASE_URL is set, otherwise embedded PGlite in a
 * directory (`memory://` for a throw-away in-memory database). Both are driven by drizzle with the
 * same schema, so every query function works on either.
 */
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import * as schema from './schema.ts';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction can stand in for the database in every query function. */
export type DbOrTx = Db | Parameters<Parameters<Db['transaction']>[0]>[0];

export interface DbHandle {
  db: Db;
  kind: 'postgres' | 'pglite';
  /** 'socket': a PGlite directory owned by another process, reached through its socket with `pg`. */
  via?: 'socket';
  close(): Promise<void>;
}

export interface DbOptions {
  url: string | null;
  pgliteDir: string;
  poolSize?: number;
  /**
   * Who opens a PGlite directory: the command named in messages to other processes ("brinkwatch demo"),
   * and whether it serves the directory to them while it runs (the long-running commands do; a one-shot
   * command that owns the directory makes the others wait until it ends, up to `waitMs`).
   */
  owner?: {
    command: string;
    serve: boolean;
    waitMs?: number;
    onWait?: (message: string) => void;
    /** Runs once this process owns the directory, before PGlite opens it. */
    beforeOpen?: (dir: string) => void;
  };
}

/** Thrown when a PGlite directory belongs to another live process that this one cannot share it with. */
export class DbInUseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DbInUseError';
  }
}

/**
 * A pg Client that runs parameterised SELECTs as named prepared statements (the name is a hash of the
 * SQL text, so one text always has one name). PostgreSQL then parses and plans each query once per
 * connection instead of on every call: on this project's queries planning costs more than executing
 * (event search: 4.5 ms → 0.9 ms per call). Writes and statements without parameters run unnamed, so
 * batch inserts of varying sizes and multi-statement scripts do not pile up prepared statements.
 */
function namedStatementClient(Base: typeof import('pg').Client): typeof import('pg').Client {
  // The name of each SQL text, computed once: hashing the text on every call was a measurable share of an
  // API request's CPU. Texts are the application's own (one per query shape), so the map stays small;
  // it is bounded all the same.
  const names = new Map<string, string>();
  const nameOf = (text: string) => {
    let name = names.get(text);
    if (name === undefined) {
      if (names.size >= 5_000) names.clear();
      names.set(text, (name = `bw_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`));
    }
    return name;
  };
  return class NamedStatementClient extends Base {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    override query(config: any, values?: any, callback?: any): any {
      if (config && typeof config === 'object' && typeof config.text === 'string' && !config.name) {
        const params = Array.isArray(config.values) ? config.values : Array.isArray(values) ? values : null;
        if (params && params.length > 0 && params.length <= 200 && config.text.length < 8_000 && /^\s*select\b/i.test(config.text)) {
          config = { ...config, name: nameOf(config.text) };
        }
      }
      return super.query(config, values, callback);
    }
  } as unknown as typeof import('pg').Client;
}

/** The buffer pool of an in-memory PGlite database (`memory://`). */
export const MEMORY_SHARED_BUFFERS = '32MB';

/** Opens the database named by the options: `pg` pool for a URL, PGlite otherwise. */
export async function openDb(opts: DbOptions): Promise<DbHandle> {
  if (opts.url) {
    const { default: pg } = await import('pg');
    const { drizzle } = await import('drizzle-orm/node-postgres');
    // JIT off for our sessions: every query here is a short indexed lookup, and when stale statistics (a
    // young database, or a server without autovacuum) inflate a plan's estimated cost past jit_above_cost,
    // PostgreSQL spent ~12 ms compiling a query that runs in under one (placement batches, seen in the bench).
    // A `-c jit=on` in the URL's own `options` still wins, as it comes later.
    const url = new URL(opts.url);
    const urlOptions = url.searchParams.get('options');
    url.searchParams.delete('options');
    const pool = new pg.Pool({
      connectionString: url.href,
      options: ['-c jit=off', urlOptions].filter(Boolean).join(' '),
      max: opts.poolSize ?? 10,
      Client: namedStatementClient(pg.Client),
    });
    // An idle client that loses its connection (PostgreSQL restarted) must not crash the process.
    pool.on('error', () => {});
    // Nor may a checked-out one: pg-pool drops its own listener while a client is lent out (inside a
    // transaction, say), and an 'error' event with no listener is an uncaught exception. The failure
    // still reaches the caller as a rejected query, and the pool discards the broken client on release.
    pool.on('connect', (client) => client.on('error', () => {}));
    const db = drizzle(pool, { schema, casing: 'snake_case' }) as unknown as Db;
    return { db, kind: 'postgres', close: () => pool.end() };
  }
  const dir = opts.pgliteDir;
  if (dir.startsWith('memory://')) {
    const { PGlite } = await import('@electric-sql/pglite');
    const { drizzle } = await import('drizzle-orm/pglite');
    // A throw-away database holds one run's rows: a 32 MB buffer pool instead of PostgreSQL's 128 MB, which PGlite
    // touches in full in each of the two instances a fresh database takes (initdb's and the session's): ~120 MB
    // less resident memory for `brinkwatch disputes` (README, "Placing events on disputes").
    const client = await PGlite.create(dir, { startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${MEMORY_SHARED_BUFFERS}`] });
    const db = drizzle(client, { schema, casing: 'snake_case' }) as unknown as Db;
    return { db, kind: 'pglite', close: () => client.close() };
  }
  return openPGliteDir(dir, opts.owner ?? { command: 'brinkwatch', serve: false }, opts.poolSize);
}

/** Where the owner of `dir` puts its socket: in the directory, or under the temp dir when that path is too long for a Unix socket. */
function socketDirFor(dir: string): string {
  const abs = resolve(dir);
  if (join(abs, '.s.PGSQL.5432').length <= 100) return abs;
  const short = join(tmpdir(), `brinkwatch-${createHash('sha1').update(abs).digest('hex').slice(0, 12)}`);
  mkdirSync(short, { recursive: true, mode: 0o700 });
  return short;
}

/**
 * Opens a PGlite directory under its lock file (db/pglite-lock.ts): as its owner when no live process
 * holds it (serving it on a socket if `owner.serve`), through the owner's socket when a serving process
 * holds it, after waiting when a one-shot command holds it; otherwise refuses with one line.
 */
async function openPGliteDir(dir: string, owner: NonNullable<DbOptions['owner']>, poolSize = 4): Promise<DbHandle> {
  const { acquireLock, isOwnerAlive } = await import('./pglite-lock.ts');
  mkdirSync(dir, { recursive: true });
  const socketDir = owner.serve ? socketDirFor(dir) : null;
  const started = Date.now();
  // A one-shot owner is waited for `waitMs`; a serving owner still creating or migrating its database (the
  // demo's takes 10-20 s on a busy machine) longer, as it will answer once it listens.
  const waitOneShot = owner.waitMs ?? 30_000;
  const waitServer = Math.max(waitOneShot, 120_000);
  let told = false;
  for (;;) {
    const lock = acquireLock(dir, owner.command, socketDir);
    if ('release' in lock) {
      try {
        owner.beforeOpen?.(dir);
        return await ownPGliteDir(dir, socketDir, lock.release);
      } catch (err) {
        lock.release();
        throw err;
      }
    }
    const held = lock.heldBy;
    const refuse = () =>
      new DbInUseError(`${dir} is in use by ${held.command}, pid ${held.pid}: stop it, or point DATABASE_URL at PostgreSQL`);
    // A server never shares a directory (it would run a second API or pipeline on data it does not own),
    // and a process that must replace the database cannot do it under another's feet.
    if ((owner.serve || owner.beforeOpen) && held.socketDir) throw refuse();
    if (held.socketDir) {
      const handle = await connectPGliteSocket(held.socketDir, poolSize).catch(() => null);
      if (handle) return handle;
      // The owner may still be starting (creating or migrating the database) before it listens.
    }
    const late = Date.now() - started > (held.socketDir ? waitServer : waitOneShot);
    if (late || !isOwnerAlive(held)) {
      if (late) throw refuse();
      continue;
    }
    if (!told) {
      owner.onWait?.(
        held.socketDir
          ? `db: ${dir} is being opened by ${held.command}, pid ${held.pid}; waiting to reach it through that process`
          : `db: ${dir} is in use by ${held.command}, pid ${held.pid}; waiting for it to finish`,
      );
    }
    told = true;
    await sleep(200);
  }
}

/** Opens the directory as its owner; serves it on a socket when `socketDir` is set. */
async function ownPGliteDir(dir: string, socketDir: string | null, release: () => void): Promise<DbHandle> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  const { SessionLock, guardPGlite, servePGlite } = await import('./pglite-server.ts');
  const raw = await PGlite.create(dir);
  const lock = new SessionLock();
  const client = guardPGlite(raw, lock);
  let server: Awaited<ReturnType<typeof servePGlite>> | null = null;
  try {
    if (socketDir) server = await servePGlite(raw, lock, socketDir);
  } catch (err) {
    await raw.close();
    throw err;
  }
  const db = drizzle(client, { schema, casing: 'snake_case' }) as unknown as Db;
  let closing: Promise<void> | null = null;
  const exitRelease = () => release();
  process.once('exit', exitRelease);
  return {
    db,
    kind: 'pglite',
    close: () =>
      (closing ??= (async () => {
        try {
          await server?.close();
          await client.close();
        } finally {
          process.off('exit', exitRelease);
          release();
        }
      })()),
  };
}

/** Reaches a directory owned by another process through its socket, with `pg`. */
async function connectPGliteSocket(socketDir: string, poolSize: number): Promise<DbHandle> {
  const { default: pg } = await import('pg');
  const { drizzle } = await import('drizzle-orm/node-postgres');
  // The owner's PGlite is one session shared by every connection: a named prepared statement made by one
  // connection exists for all, and a second connection preparing the same name would fail. Unnamed only.
  class UnnamedClient extends pg.Client {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    override query(config: any, values?: any, callback?: any): any {
      if (config && typeof config === 'object' && config.name) config = { ...config, name: undefined };
      return super.query(config, values, callback);
    }
  }
  const pool = new pg.Pool({
    host: socketDir,
    port: 5432,
    user: 'postgres',
    database: 'postgres',
    max: poolSize,
    connectionTimeoutMillis: 5_000,
    Client: UnnamedClient as unknown as typeof pg.Client,
  });
  pool.on('error', () => {});
  pool.on('connect', (client) => client.on('error', () => {}));
  try {
    await pool.query('select 1');
  } catch (err) {
    await pool.end().catch(() => {});
    throw err;
  }
  const db = drizzle(pool, { schema, casing: 'snake_case' }) as unknown as Db;
  return { db, kind: 'pglite', via: 'socket', close: () => pool.end() };
}
