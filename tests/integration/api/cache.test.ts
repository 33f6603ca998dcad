/**
 * The API's response cache against real PostgreSQL: a repeated GET is served from memory, a write
 * committed by any connection (a worker, psql) drops it within moments through LISTEN/NOTIFY, and while
 * the listening connection is gone the cache is bypassed rather than trusted.
 */
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../api/app.ts';
import type { DbHandle } from '../../../db/client.ts';
import { freshPglite, freshPostgres, serviceAvailable, testConfig, testCtx, TEST_DATABASE_URL } from '../../helpers/env.ts';
import { SEED_CASE, seedArticles } from '../../helpers/seed.ts';

const now = () => new Date('2026-11-26T12:00:00Z');

async function until<T>(fn: () => Promise<T>, ok: (v: T) => boolean, ms = 5_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (ok(v) || Date.now() > deadline) return v;
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe.runIf(await serviceAvailable(TEST_DATABASE_URL, 'PostgreSQL'))('response cache on PostgreSQL', () => {
  let handle: DbHandle;
  let app: FastifyInstance;
  let other: pg.Client;
  beforeAll(async () => {
    handle = await freshPostgres();
    const ctx = testCtx(testConfig({ API_CACHE_MB: '8' }), handle, now);
    await seedArticles(ctx, handle, SEED_CASE);
    app = (await buildApp({ ctx })) as unknown as FastifyInstance;
    other = new pg.Client(TEST_DATABASE_URL);
    await other.connect();
  });
  afterAll(async () => {
    await other?.end();
    await app?.close();
    await handle?.close();
  });
  const get = (url: string) => app.inject({ method: 'GET', url });

  it('serves a repeated GET from memory and drops it when another connection commits a change', async () => {
    const first = await get('/disputes?sort=escalation');
    expect(first.headers['x-cache']).toBe('miss');
    const second = await get('/disputes?sort=escalation');
    expect(second.headers['x-cache']).toBe('hit');
    expect(second.body).toBe(first.body);
    expect(second.headers['content-type']).toBe(first.headers['content-type']);
    // A hit carries the ETag of the answer it keeps, and a conditional GET of a cached page gets a 304.
    expect(second.headers.etag).toMatch(/^W\/"/);
    expect(second.headers.etag).toBe(first.headers.etag);
    const conditional = await app.inject({ method: 'GET', url: '/disputes?sort=escalation', headers: { 'if-none-match': String(first.headers.etag) } });
    expect(conditional.statusCode).toBe(304);
    expect(conditional.headers['x-cache']).toBe('hit');
    expect(conditional.body).toBe('');
    const top = first.json().items[0];

    // A write from elsewhere (a worker, an operator): the next answers carry it.
    await other.query('update disputes set title = $1 where id = $2', ['Renamed by another process', top.id]);
    const fresh = await until(() => get('/disputes?sort=escalation'), (r) => r.json().items[0].title === 'Renamed by another process');
    expect(fresh.json().items[0].title).toBe('Renamed by another process');
    // A write to a table these pages do not read leaves them cached.
    await get('/disputes?sort=escalation');
    await other.query(`insert into api_keys (name, hash, prefix, scopes) values ('x', 'h', 'p', '["read"]')`);
    expect((await get('/disputes?sort=escalation')).headers['x-cache']).toBe('hit');
  });

  it('keeps an event search only once it is asked for again', async () => {
    const url = '/events?actor=Anthropic&since=2026-01-01';
    expect((await get(url)).headers['x-cache']).toBe('miss');
    expect((await get(url)).headers['x-cache']).toBe('miss');
    const third = await get(url);
    expect(third.headers['x-cache']).toBe('hit');
    expect(third.json().items.length).toBeGreaterThan(0);
  });

  it('a change to one dispute reaches its timeline, its Atom feed and the event search', async () => {
    const list = (await get('/disputes?sort=escalation')).json();
    const id = list.items[0].id;
    const before = await get(`/disputes/${id}/timeline`);
    expect((await get(`/disputes/${id}/timeline`)).headers['x-cache']).toBe('hit');
    const entryId = before.json().items[0].id;
    await other.query('update timeline_entries set sentence = $1 where id = $2', ['Rewritten sentence.', entryId]);
    const after = await until(() => get(`/disputes/${id}/timeline`), (r) => r.json().items.some((e: { sentence: string }) => e.sentence === 'Rewritten sentence.'));
    expect(after.json().items.some((e: { sentence: string }) => e.sentence === 'Rewritten sentence.')).toBe(true);
  });

  it('an event search names actors, targets and outlets from memory until another connection renames one', async () => {
    let limit = 20;
    // A new limit each time: another URL, so the response cache never answers and only the names are kept.
    const search = async () => (await get(`/events?actor=Anthropic&limit=${limit++}`)).json().items as { target: string | null; targetId: number | null; outlet: string; articleId: number }[];
    const item = (await search()).find((e) => e.targetId !== null)!;
    const names = await other.query<{ target: string; outlet: string }>(
      'select t.name as target, s.name as outlet from entities t, articles a join sources s on s.id = a.source_id where t.id = $1 and a.id = $2',
      [item.targetId, item.articleId],
    );
    expect({ target: item.target, outlet: item.outlet }).toEqual(names.rows[0]);
    const renamed = { target: `${item.target} (renamed)`, outlet: `${item.outlet} (renamed)` };
    await other.query('update entities set name = $2 where id = $1', [item.targetId, renamed.target]);
    await other.query('update sources set name = $2 where id = (select source_id from articles where id = $1)', [item.articleId, renamed.outlet]);
    const after = await until(search, (items) => items.some((e) => e.target === renamed.target && e.outlet === renamed.outlet));
    const same = after.find((e) => e.articleId === item.articleId && e.targetId === item.targetId)!;
    expect({ target: same.target, outlet: same.outlet }).toEqual(renamed);
  });

  it('bypasses the cache while the listening connection is gone, and resumes when it is back', async () => {
    await get('/disputes');
    expect((await get('/disputes')).headers['x-cache']).toBe('hit');
    // Cut the LISTEN connection from the server side (as a PostgreSQL restart would).
    await other.query(`select pg_terminate_backend(pid) from pg_stat_activity where query ilike 'LISTEN brinkwatch_changes%' and pid <> pg_backend_pid()`);
    const during = await until(() => get('/disputes'), (r) => r.headers['x-cache'] === 'bypass', 2_000);
    expect(during.headers['x-cache']).toBe('bypass');
    // A change while nobody listens must not leave a stale page behind.
    const id = during.json().items[0].id;
    await other.query('update disputes set title = $1 where id = $2', ['Changed while deaf', id]);
    const back = await until(() => get('/disputes'), (r) => r.headers['x-cache'] === 'hit', 10_000);
    expect(back.headers['x-cache']).toBe('hit');
    expect(back.json().items.find((d: { id: number }) => d.id === id).title).toBe('Changed while deaf');
  });
});

describe('response cache on PGlite', () => {
  it('hears changes committed in the same process', async () => {
    const handle = await freshPglite();
    try {
      const ctx = testCtx(testConfig({ API_CACHE_MB: '8' }), handle, now);
      await seedArticles(ctx, handle, SEED_CASE);
      const app = (await buildApp({ ctx })) as unknown as FastifyInstance;
      try {
        await app.inject({ method: 'GET', url: '/disputes' });
        const hit = await app.inject({ method: 'GET', url: '/disputes' });
        expect(hit.headers['x-cache']).toBe('hit');
        await handle.db.execute(sql`update disputes set title = 'Renamed in place'`);
        const fresh = await until(() => app.inject({ method: 'GET', url: '/disputes' }), (r) => r.json().items[0].title === 'Renamed in place', 2_000);
        expect(fresh.json().items.every((d: { title: string }) => d.title === 'Renamed in place')).toBe(true);
      } finally {
        await app.close();
      }
    } finally {
      await handle.close();
    }
  });

  it('API_CACHE_MB=0 turns it off', async () => {
    const handle = await freshPglite();
    try {
      const app = (await buildApp({ ctx: testCtx(testConfig({ API_CACHE_MB: '0' }), handle, now) })) as unknown as FastifyInstance;
      try {
        await app.inject({ method: 'GET', url: '/disputes' });
        expect((await app.inject({ method: 'GET', url: '/disputes' })).headers['x-cache']).toBeUndefined();
      } finally {
        await app.close();
      }
    } finally {
      await handle.close();
    }
  });
});
