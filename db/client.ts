/**
 * Database client: PostgreSQL through `pg` when DATABASE_URL is set, otherwise embedded PGlite in a
 * directory (`memory://` for a throw-away in-memory database). Both are driven by drizzle with the
 * same schema, so every query function works on either.
 */
import { mkdirSync } from 'node:fs';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import * as schema from './schema.ts';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction can stand in for the database in every query function. */
export type DbOrTx = Db | Parameters<Parameters<Db['transaction']>[0]>[0];

export interface DbHandle {
  db: Db;
  kind: 'postgres' | 'pglite';
  close(): Promise<void>;
}

export interface DbOptions {
  url: string | null;
  pgliteDir: string;
  poolSize?: number;
}

/** Opens the database named by the options: `pg` pool for a URL, PGlite otherwise. */
export async function openDb(opts: DbOptions): Promise<DbHandle> {
  if (opts.url) {
    const { default: pg } = await import('pg');
    const { drizzle } = await import('drizzle-orm/node-postgres');
    const pool = new pg.Pool({ connectionString: opts.url, max: opts.poolSize ?? 10 });
    // An idle client that loses its connection (PostgreSQL restarted) must not crash the process.
    pool.on('error', () => {});
    // Nor may a checked-out one: pg-pool drops its own listener while a client is lent out (inside a
    // transaction, say), and an 'error' event with no listener is an uncaught exception. The failure
    // still reaches the caller as a rejected query, and the pool discards the broken client on release.
    pool.on('connect', (client) => client.on('error', () => {}));
    const db = drizzle(pool, { schema, casing: 'snake_case' }) as unknown as Db;
    return { db, kind: 'postgres', close: () => pool.end() };
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  const dir = opts.pgliteDir;
  if (!dir.startsWith('memory://')) mkdirSync(dir, { recursive: true });
  const client = await PGlite.create(dir);
  const db = drizzle(client, { schema, casing: 'snake_case' }) as unknown as Db;
  return { db, kind: 'pglite', close: () => client.close() };
}
