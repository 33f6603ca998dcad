/**
 * Database client: PostgreSQL through `pg` when DATABASE_URL is set, otherwise embedded PGlite in a
 * directory (`memory://` for a throw-away in-memory database). Both are driven by drizzle with the
 * same schema, so every query function works on either.
 */
import { createHash } from 'node:crypto';
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
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  const dir = opts.pgliteDir;
  if (!dir.startsWith('memory://')) mkdirSync(dir, { recursive: true });
  const client = await PGlite.create(dir);
  const db = drizzle(client, { schema, casing: 'snake_case' }) as unknown as Db;
  return { db, kind: 'pglite', close: () => client.close() };
}
