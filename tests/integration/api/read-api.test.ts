/** The read API against a real (embedded) database seeded through the real update-disputes stage. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../../api/app.ts';
import type { DbHandle } from '../../../db/client.ts';
import { createApiKey } from '../../../db/queries/api-keys.ts';
import { searchEvents } from '../../../db/queries/events.ts';
import { SEED_CASE, seedArticles } from '../../helpers/seed.ts';
import { freshPglite, testConfig, testCtx } from '../../helpers/env.ts';

let handle: DbHandle;
let app: FastifyInstance;
const now = () => new Date('2026-11-26T12:00:00Z');

beforeAll(async () => {
  handle = await freshPglite();
  const ctx = testCtx(testConfig(), handle, now);
  await seedArticles(ctx, handle, SEED_CASE);
  app = (await buildApp({ ctx })) as unknown as FastifyInstance;
});
afterAll(async () => {
  await app?.close();
  await handle?.close();
});

const get = async (url: string) => app.inject({ method: 'GET', url });

describe('read API', () => {
  it('a numeric parameter that overflows to Infinity is a 400, not a failed query', async () => {
    for (const url of ['/disputes?limit=1e309', '/events?limit=-1e309', '/disputes?minLevel=1e400']) {
      const r = await get(url);
      expect(r.statusCode, url).toBe(400);
      expect(r.json().message).toMatch(/out of range/);
    }
  });

  it('GET /health checks the database', async () => {
    const r = await get('/health');
    expect(r.statusCode).toBe(200);
    expect(r.json()).toEqual({ status: 'ok', database: 'ok', redis: 'not-configured' });
  });

  it('GET /openapi.json describes the routes', async () => {
    const doc = (await get('/openapi.json')).json();
    expect(doc.openapi).toMatch(/^3\./);
    for (const p of ['/disputes', '/disputes/{id}', '/disputes/{id}/timeline', '/events', '/actors', '/actors/{id}', '/articles/{id}', '/sources', '/health']) {
      expect(Object.keys(doc.paths)).toContain(p);
    }
  });

  it('GET /disputes lists disputes with parties, filters by actor name and alias-free status', async () => {
    // The seed case is one story: the complaint, the denial and the inquiry of the board it was filed with.
    const all = (await get('/disputes')).json();
    expect(all.items).toHaveLength(2);
    const anthropic = (await get('/disputes?actor=anthropic')).json();
    expect(anthropic.items).toHaveLength(1);
    expect(anthropic.items[0].parties.map((p: { name: string }) => p.name).sort()).toEqual(['Alibaba', 'Anthropic', 'UK AI Safety Board']);
    expect(anthropic.items[0].parties.map((p: { name: string; role: string }) => [p.name, p.role])).toEqual([
      ['Alibaba', 'accused'], ['Anthropic', 'accuser'], ['UK AI Safety Board', 'forum'],
    ]);
    // Any party finds it, the forum included.
    expect((await get('/disputes?actor=UK AI Safety Board')).json().items.map((d: { id: number }) => d.id)).toEqual([anthropic.items[0].id]);
    expect((await get('/disputes?actor=Nobody')).json().items).toEqual([]);
    const escalating = (await get('/disputes?status=escalating,active,cooling')).json();
    expect(escalating.items.length).toBeGreaterThan(0);
  });

  it('a timeline names the parties of its dispute and lists the syndicated copies of each source', async () => {
    const list = (await get('/disputes?actor=Anthropic')).json();
    const id = list.items[0].id;
    const before = (await get(`/disputes/${id}/timeline?limit=199`)).json();
    expect(before.dispute.parties.map((p: { name: string }) => p.name)).toEqual(['Alibaba', 'Anthropic', 'UK AI Safety Board']);
    const story = before.items[0].sources[0];
    expect(story.syndicatedBy).toEqual([]);
    expect(story).not.toHaveProperty('hasCopies');
    // A copy of the first source's story, from another outlet.
    const { rows } = (await handle.db.execute(sql`
      insert into articles (canonical_url, url, source_id, title, fetch_status, story_id)
      select 'https://copy.example/1', 'https://copy.example/1', a.source_id, 'Copy', 'fetched', a.id from articles a where a.id = ${story.articleId}
      returning id, source_id`)) as unknown as { rows: { id: number; source_id: string }[] };
    await handle.db.execute(sql`insert into story_outlets (story_id, article_id, source_id, similarity) values
      (${story.articleId}, ${story.articleId}, ${rows[0]!.source_id}, 1), (${story.articleId}, ${rows[0]!.id}, ${rows[0]!.source_id}, 0.9)`);
    const after = (await get(`/disputes/${id}/timeline?limit=198`)).json();
    expect(after.items[0].sources[0]).toMatchObject({ articleId: story.articleId, outlet: story.outlet, syndicatedBy: [{ outlet: story.outlet, url: 'https://copy.example/1' }] });
    expect(after.items[0].sources[0]).not.toHaveProperty('hasCopies');
    expect(after.items.slice(1).every((e: { sources: { articleId: number; syndicatedBy: unknown[] }[] }) => e.sources.every((s) => s.articleId === story.articleId || s.syndicatedBy.length === 0))).toBe(true);
  });

  it('sort=escalation puts the highest level first and pages with a cursor', async () => {
    const first = (await get('/disputes?sort=escalation&limit=1')).json();
    expect(first.items[0].level).toBe(7);
    expect(first.next_cursor).toBeTruthy();
    const second = (await get(`/disputes?sort=escalation&limit=1&cursor=${first.next_cursor}`)).json();
    expect(second.items[0].id).not.toBe(first.items[0].id);
    expect(second.items[0].level).toBeLessThanOrEqual(7);
    const third = (await get(`/disputes?sort=escalation&limit=1&cursor=${second.next_cursor}`)).json();
    const fourth = third.next_cursor ? (await get(`/disputes?sort=escalation&limit=1&cursor=${third.next_cursor}`)).json() : { items: [] };
    expect([first, second, third, fourth].flatMap((p) => p.items).map((d: { id: number }) => d.id).length).toBe(2);
  });

  it('the timeline merges reports of one event, orders by date and links the denial to the allegation', async () => {
    const list = (await get('/disputes?actor=Anthropic')).json();
    const tl = (await get(`/disputes/${list.items[0].id}/timeline`)).json();
    const types = tl.items.map((e: { type: string }) => e.type);
    expect(types).toEqual(['ALLEGATION', 'LEGAL_ACTION', 'DENIAL', 'INVESTIGATION']);
    const allegation = tl.items[0];
    expect(allegation.corroboration).toBe(2);
    expect(allegation.sources.map((s: { outlet: string }) => s.outlet).sort()).toEqual(['Outlet desk', 'Outlet wire']);
    expect(tl.items[2].answersEntryId).toBe(allegation.id);
    expect(tl.items[2].quote).toBe('baseless and protectionist');
    // Paging one entry at a time gives the same order.
    const paged: number[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { id: number }[]; next_cursor: string | null } = (await get(`/disputes/${list.items[0].id}/timeline?limit=1${cursor ? `&cursor=${cursor}` : ''}`)).json();
      paged.push(...page.items.map((e: { id: number }) => e.id));
      cursor = page.next_cursor;
    } while (cursor);
    expect(paged).toEqual(tl.items.map((e: { id: number }) => e.id));
    const onlyDenials = (await get(`/disputes/${list.items[0].id}/timeline?type=DENIAL`)).json();
    expect(onlyDenials.items.map((e: { type: string }) => e.type)).toEqual(['DENIAL']);
  });

  it('GET /disputes/:id gives level, status and change records', async () => {
    const list = (await get('/disputes?actor=Anthropic')).json();
    const d = (await get(`/disputes/${list.items[0].id}`)).json();
    expect(d.level).toBe(6);
    expect(d.levelType).toBe('LEGAL_ACTION');
    expect(d.changes.map((c: { description: string }) => c.description)).toContain('rose from accusation to legal action on 10 Nov 2026');
    expect(d.levelWord).toBe('legal action (6 of 7)');
  });

  it('GET /events filters by actor, target, type, date and text', async () => {
    const byActor = (await get('/events?actor=Anthropic&type=ALLEGATION')).json().items;
    expect(byActor).toHaveLength(2);
    // One actor's name is read once for the page; several actors' per row; the article's time prints as a Date would.
    expect(byActor.map((e: { actor: string }) => e.actor)).toEqual(['Anthropic', 'Anthropic']);
    expect(byActor.map((e: { publishedAt: string }) => e.publishedAt).sort()).toEqual(['2026-11-10T09:00:00.000Z', '2026-11-11T09:00:00.000Z']);
    const [anthropic, alibaba] = [byActor[0].actorId as number, (await get('/events?actor=Alibaba')).json().items[0].actorId as number];
    const both = await searchEvents(handle.db, { actorIds: [anthropic, alibaba], limit: 10 }); // a name that matched two entities
    expect(new Set(both.map((e) => e.actor))).toEqual(new Set(['Anthropic', 'Alibaba']));
    expect(both.every((e) => e.actor === (e.actorId === anthropic ? 'Anthropic' : 'Alibaba'))).toBe(true);
    expect((await get('/events?target=Anthropic')).json().items.map((e: { type: string }) => e.type)).toEqual(['DENIAL']);
    expect((await get('/events?since=2026-11-15')).json().items.map((e: { type: string }) => e.type)).toEqual(['INVESTIGATION']);
    expect((await get('/events?until=2026-10-31')).json().items).toHaveLength(2);
    expect((await get('/events?q=protectionist')).json().items).toHaveLength(1);
    const page1 = (await get('/events?limit=3')).json();
    const page2 = (await get(`/events?limit=3&cursor=${page1.next_cursor}`)).json();
    const ids = [...page1.items, ...page2.items].map((e: { id: number }) => e.id);
    expect(new Set(ids).size).toBe(6);
  });

  it('GET /actors and /actors/:id list entities with their disputes', async () => {
    const actors = (await get('/actors?q=ali')).json();
    expect(actors.items.map((a: { name: string }) => a.name)).toEqual(['Alibaba']);
    const one = (await get(`/actors/${actors.items[0].id}`)).json();
    expect(one.disputes.length).toBe(1); // the seed case, the board's inquiry in it
  });

  it('GET /articles/:id and /sources', async () => {
    const a = (await get('/articles/1')).json();
    expect(a.url).toBe('http://127.0.0.1/a1');
    expect(a.events.length).toBe(2);
    const s = (await get('/sources')).json();
    expect(s.items.map((x: { id: string }) => x.id).sort()).toEqual(['desk', 'official', 'wire']);
    expect(s.items[0].state).toBe('new');
  });

  it('bad parameters get 400 with the reason; unknown ids 404', async () => {
    for (const url of ['/disputes?limit=0', '/disputes?limit=100000', '/disputes?since=yesterday', '/disputes?since=2026-02-30', '/events?until=2026-13-01',
      `/events?cursor=${Buffer.from(JSON.stringify({ d: 'x', id: 1 })).toString('base64url')}`,
      `/disputes?sort=escalation&cursor=${Buffer.from(JSON.stringify({ k: 'a:b', id: 1 })).toString('base64url')}`,
      `/disputes?cursor=${Buffer.from(JSON.stringify({ k: '2026-99-99', id: 1 })).toString('base64url')}`, '/disputes?sort=loud', '/disputes/abc', '/events?type=HUG', '/disputes?cursor=!!', '/disputes?bogus=1', '/actors?kind=alien']) {
      const r = await get(url);
      expect(r.statusCode, url).toBe(400);
      expect(r.json().message, url).toBeTruthy();
    }
    for (const url of ['/disputes/999', '/disputes/999/timeline', '/actors/999', '/articles/999', '/nope']) {
      expect((await get(url)).statusCode, url).toBe(404);
    }
  });

  it('writes need an API key with the write scope', async () => {
    const denied = await app.inject({ method: 'POST', url: '/sources/wire/resume' });
    expect(denied.statusCode).toBe(401);
    const { key } = await createApiKey(handle.db, 'test', ['read']);
    const forbidden = await app.inject({ method: 'POST', url: '/sources/wire/resume', headers: { authorization: `Bearer ${key}` } });
    expect(forbidden.statusCode).toBe(403);
    const writer = await createApiKey(handle.db, 'writer', ['write']);
    const ok = await app.inject({ method: 'POST', url: '/sources/wire/resume', headers: { 'x-api-key': writer.key } });
    expect(ok.statusCode).toBe(200);
  });

  it('every list exports as CSV (Accept or ?format=csv), paging through a Link header', async () => {
    const r = await app.inject({ method: 'GET', url: '/events?limit=2', headers: { accept: 'text/csv' } });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toMatch(/^text\/csv/);
    // Excel reads UTF-8 only after a byte-order mark: it is there by default, and ?bom=false leaves it out.
    expect(r.body.startsWith('\uFEFF')).toBe(true);
    const lines = r.body.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('id,date,type,event,actor,actor_id,target,target_id,sentence,quote,issue,confidence,outlet,url,title,published_at,article_id');
    expect(lines).toHaveLength(3);
    expect(r.headers.link).toMatch(/cursor=.*rel="next"/);
    expect((await get('/events?limit=2&format=csv&bom=false')).body.startsWith('id,')).toBe(true);
    for (const url of ['/disputes?format=csv', '/actors?format=csv', '/sources?format=csv', '/disputes/1/timeline?format=csv']) {
      const x = await get(url);
      expect(x.statusCode, url).toBe(200);
      expect(x.headers['content-type'], url).toMatch(/^text\/csv/);
      const rows = x.body.slice(1).trim().split('\r\n');
      expect(rows.length, url).toBeGreaterThan(1);
      // Flat, consistently named columns: snake_case headers, no JSON text in any cell.
      expect(rows[0], url).toMatch(/^[a-z_]+(,[a-z_]+)*$/);
      for (const row of rows.slice(1)) expect(row, url).not.toMatch(/(^|,)"?[[{]/);
    }
    expect((await get('/disputes?format=csv')).body).toContain(',Alibaba (accused) | Anthropic (accuser) | UK AI Safety Board (forum of a complaint)');
    expect((await get('/disputes?format=csv')).body).not.toMatch(/key|party_ids|merged_into|created_at/);
    expect((await get('/events?format=xml')).statusCode).toBe(400);
  });

  it('GETs carry an ETag and answer 304 when it matches', async () => {
    const first = await get('/disputes');
    const tag = first.headers.etag as string;
    expect(tag).toMatch(/^W\//);
    const again = await app.inject({ method: 'GET', url: '/disputes', headers: { 'if-none-match': tag } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
  });

  it('serves Prometheus metrics', async () => {
    const r = await get('/metrics');
    expect(r.statusCode).toBe(200);
    expect(r.body).toMatch(/brinkwatch_api_request_duration_seconds_bucket/);
  });
});
