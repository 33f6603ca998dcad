/**
 * The PGlite socket server (db/pglite-server.ts) with real `pg` clients: one session at a time, from a
 * connection's first message until the backend is idle again, shared fairly with the owner's own queries;
 * a client that dies or goes silent inside a transaction is rolled back and does not wedge the others.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SessionLock, guardPGlite, servePGlite, type PGliteServer } from '../../../db/pglite-server.ts';

let raw: PGlite;
let host: PGlite;
let server: PGliteServer;
let dir: string;
const clients: pg.Client[] = [];

async function client() {
  const c = new pg.Client({ host: dir, port: 5432, user: 'postgres', database: 'postgres' });
  c.on('error', () => {});
  await c.connect();
  clients.push(c);
  return c;
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bw-pgls-'));
  raw = await PGlite.create('memory://');
  const lock = new SessionLock();
  host = guardPGlite(raw, lock);
  server = await servePGlite(raw, lock, dir, { idleInSessionMs: 500 });
  await host.exec('create table t (id serial primary key, who text not null, n int not null)');
});

afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.end().catch(() => {})));
  await server.close();
  await host.close();
});

describe('PGlite socket server', () => {
  it('keeps two clients\' transactions and parameterised queries apart from each other and from the owner\'s', async () => {
    const [a, b] = [await client(), await client()];
    type Query = (text: string, params: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>;
    // Client a rolls every transaction back: had another's statement run inside one, it would be lost with it.
    const work = async (who: string, q: Query, tx: (fn: (q: Query) => Promise<void>) => Promise<void>) => {
      for (let i = 0; i < 40; i++) {
        await tx(async (q) => {
          await q('insert into t (who, n) values ($1, $2)', [who, i]);
          // Within the transaction, this session's own rows only grew by the one just inserted.
          const r = await q('select count(*)::int as c from t where who = $1', [who]);
          expect(r.rows[0]!.c).toBe(who === 'a' ? 1 : i + 1);
        });
        // A parameterised query answered with its own parameter, never another client's.
        const echo = await q('select $1::text as v, $2::int as i', [who, i]);
        expect(echo.rows[0]).toEqual({ v: who, i });
      }
    };
    const viaPg = (c: pg.Client, end: 'commit' | 'rollback') => [
      (text: string, params: unknown[]) => c.query(text, params),
      async (fn: (q: Query) => Promise<void>) => {
        await c.query('begin');
        await fn((text, params) => c.query(text, params));
        await c.query(end);
      },
    ] as const;
    await Promise.all([
      work('a', ...viaPg(a, 'rollback')),
      work('b', ...viaPg(b, 'commit')),
      work(
        'host',
        (text, params) => host.query(text, params) as never,
        (fn) => host.transaction(async (tx) => fn((text, params) => tx.query(text, params) as never)) as never,
      ),
    ]);
    const counts = await host.query<{ who: string; c: number }>('select who, count(*)::int as c from t group by who order by who');
    expect(counts.rows).toEqual([{ who: 'b', c: 40 }, { who: 'host', c: 40 }]);
  });

  it('rolls back a client that disconnects inside a transaction and lets the others go on', async () => {
    const a = await client();
    await a.query('begin');
    await a.query("insert into t (who, n) values ('gone', 1)");
    (a as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
    const started = Date.now();
    const r = await host.query<{ c: number }>("select count(*)::int as c from t where who = 'gone'");
    expect(r.rows[0]!.c).toBe(0);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(raw.isInTransaction()).toBe(false);
  });

  it('drops a client that owns the session and stays silent, so the owner is not wedged', async () => {
    const a = await client();
    await a.query('begin');
    await a.query("insert into t (who, n) values ('silent', 1)");
    const started = Date.now();
    const r = await host.query<{ c: number }>("select count(*)::int as c from t where who = 'silent'");
    const waited = Date.now() - started;
    expect(r.rows[0]!.c).toBe(0);
    expect(waited).toBeGreaterThanOrEqual(400);
    expect(waited).toBeLessThan(3_000);
    await expect(a.query('commit')).rejects.toThrow();
  });

  it('answers errors inside a transaction and keeps the session until the client rolls back', async () => {
    const a = await client();
    await a.query('begin');
    await expect(a.query('select * from missing_table')).rejects.toThrow(/missing_table/);
    const hostRead = host.query<{ c: number }>('select count(*)::int as c from t');
    await expect(a.query('select 1')).rejects.toThrow(/aborted/);
    await a.query('rollback');
    expect((await hostRead).rows[0]!.c).toBe(0);
    expect((await a.query('select 2 as v')).rows[0]).toEqual({ v: 2 });
  });
});
