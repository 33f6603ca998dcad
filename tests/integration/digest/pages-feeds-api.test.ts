import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../../api/app.ts';
import type { DbHandle } from '../../../db/client.ts';
import { disputes } from '../../../db/schema.ts';
import { openTestDb, seedDisputes, testCtx, type Clock, type Seeded } from './helpers.ts';

let handle: DbHandle;
let app: FastifyInstance;
let seeded: Seeded;
const clock: Clock = { now: new Date('2026-11-21T12:00:00Z') };

beforeAll(async () => {
  handle = await openTestDb();
  seeded = await seedDisputes(handle.db);
  app = await buildApp({ ctx: testCtx(handle.db, clock) });
});
afterAll(async () => {
  await app.close();
  await handle.close();
});

describe('timeline page and index', () => {
  it('GET /app/disputes/:id renders the seed-like dispute as a journalist expects: allegation, complaint, denial, level rising', async () => {
    const res = await app.inject({ method: 'GET', url: `/app/disputes/${seeded.disputeId}` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    const types = [...res.body.matchAll(/<li id="entry-\d+" class="event" data-entry-id="\d+" data-type="([A-Z_]+)"/g)].map((m) => m[1]);
    expect(types).toEqual(['ALLEGATION', 'LEGAL_ACTION', 'DENIAL']);
    const wide = res.body.slice(res.body.indexOf('class="chart chart-wide"'), res.body.indexOf('class="chart chart-narrow"'));
    const levels = [...wide.matchAll(/<circle class="point" data-entry-id="\d+" data-level="(\d+)"/g)].map((m) => Number(m[1]));
    expect(levels).toEqual([2, 6, 6]);
    expect(res.body).toContain('Rose from accusation to legal action on 20 Nov 2026');
    expect(res.body).toContain('Alibaba denied Anthropic&#39;s accusation');
    expect(res.body).toContain('href="https://wire.example/a1"');
    expect(res.body).toContain('Reported by <strong>2</strong> outlets');
    // Each party opens its actor page.
    expect(res.body).toContain(`<a href="/app/actors/${seeded.alibaba}">Alibaba</a>`);
  });

  it('GET /app lists disputes most escalated first, each linked', async () => {
    const res = await app.inject({ method: 'GET', url: '/app' });
    expect(res.statusCode).toBe(200);
    const ids = [...res.body.matchAll(/<tr data-dispute-id="(\d+)">/g)].map((m) => Number(m[1]));
    expect(ids).toEqual([seeded.exportDisputeId, seeded.disputeId]);
    expect(res.body).toContain(`href="/app/disputes/${seeded.disputeId}"`);
  });

  it("GET /app/actors/:id is the actor's page: its disputes and recent events as sentences", async () => {
    const res = await app.inject({ method: 'GET', url: `/app/actors/${seeded.alibaba}` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toContain('<h1>Alibaba</h1>');
    expect(res.body).toContain(`<a href="/app/disputes/${seeded.disputeId}">`);
    expect(res.body).toContain('Alibaba denied Anthropic&#39;s accusation');
    expect(res.body).toContain('Anthropic accused Alibaba');
    expect(res.body).toContain(`href="/actors/${seeded.alibaba}/atom"`);
    const missing = await app.inject({ method: 'GET', url: '/app/actors/999' });
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).toBe('text/html; charset=utf-8');
  });

  it('an unknown dispute is a 404 page', async () => {
    expect((await app.inject({ method: 'GET', url: '/app/disputes/999' })).statusCode).toBe(404);
  });

  it('a dispute merged into another redirects to it; the page names the parties', async () => {
    const [tomb] = await handle.db
      .insert(disputes)
      .values({ key: 'merged-away', title: 'Merged away', partyIds: [], issue: 'other', lastActivityAt: clock.now, mergedInto: seeded.disputeId })
      .returning();
    const res = await app.inject({ method: 'GET', url: `/app/disputes/${tomb!.id}` });
    expect(res.statusCode).toBe(301);
    expect(res.headers.location).toBe(`/app/disputes/${seeded.disputeId}`);
    const page = (await app.inject({ method: 'GET', url: `/app/disputes/${seeded.disputeId}` })).body;
    for (const name of ['Anthropic', 'Alibaba']) expect(page).toContain(name);
  });
});

describe('Atom feeds', () => {
  it('GET /disputes/:id/atom is an Atom feed with an entry per event linking the page and the sources', async () => {
    const res = await app.inject({ method: 'GET', url: `/disputes/${seeded.disputeId}/atom` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    expect(res.body).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(res.body.match(/<entry>/g)).toHaveLength(3);
    expect(res.body).toContain(`<id>urn:brinkwatch:timeline-entry:${seeded.denial}</id>`);
    expect(res.body).toContain(`href="https://brinkwatch.example/app/disputes/${seeded.disputeId}#entry-${seeded.denial}"`);
    expect(res.body).toContain('href="https://tech.example/a4" rel="related"');
    expect(res.body).toContain('<updated>2026-11-20T15:00:00.000Z</updated>');
    // A real feed parser (rss-parser) reads it: titles as sentences, HTML content with clickable sources, outlets as authors.
    const feed = await new Parser().parseString(res.body);
    const denial = feed.items.find((i) => i.id === `urn:brinkwatch:timeline-entry:${seeded.denial}`)!;
    expect(denial.title).toBe("20 Nov 2026: Alibaba denied Anthropic's accusation");
    expect(denial.content).toContain('<a href="https://tech.example/a4">');
    expect(denial.content).toContain('<blockquote>');
    expect(res.body).not.toMatch(/<author><name>(Alibaba|Anthropic)<\/name>/);
    expect(res.body).toMatch(/<entry>[\s\S]*<author><name>[^<]+<\/name><\/author>/);
  });

  it('the timeline as Atom is the same feed as /disputes/:id/atom', async () => {
    const feed = await app.inject({ method: 'GET', url: `/disputes/${seeded.disputeId}/atom` });
    const negotiated = await app.inject({ method: 'GET', url: `/disputes/${seeded.disputeId}/timeline`, headers: { accept: 'application/atom+xml' } });
    expect(negotiated.body).toBe(feed.body);
  });

  it('GET /actors/:id/atom covers the actor as actor and as target', async () => {
    const res = await app.inject({ method: 'GET', url: `/actors/${seeded.alibaba}/atom` });
    expect(res.statusCode).toBe(200);
    expect(res.body.match(/<entry>/g)).toHaveLength(3);
    expect((await app.inject({ method: 'GET', url: '/actors/999/atom' })).statusCode).toBe(404);
  });
});

describe('content negotiation on /disputes', () => {
  it('GET /disputes/:id with Accept: text/html is the timeline page; JSON otherwise', async () => {
    const html = await app.inject({ method: 'GET', url: `/disputes/${seeded.disputeId}`, headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
    expect(html.statusCode).toBe(200);
    expect(html.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(html.headers.vary).toContain('Accept');
    expect(html.body.match(/<circle class="point"/g)).toHaveLength(6); // a wide and a narrow chart
    const json = await app.inject({ method: 'GET', url: `/disputes/${seeded.disputeId}`, headers: { accept: '*/*' } });
    expect(json.headers['content-type']).toContain('application/json');
    expect(json.json()).toMatchObject({ id: seeded.disputeId, level: 6 });
  });

  it('GET /disputes/:id/timeline answers Atom, CSV or JSON by Accept', async () => {
    const url = `/disputes/${seeded.disputeId}/timeline`;
    const atom = await app.inject({ method: 'GET', url, headers: { accept: 'application/atom+xml' } });
    expect(atom.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    expect(atom.body.match(/<entry>/g)).toHaveLength(3);
    const csv = await app.inject({ method: 'GET', url, headers: { accept: 'text/csv' } });
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.startsWith('\uFEFF')).toBe(true);
    const lines = csv.body.slice(1).trim().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toContain(',Anthropic accused Alibaba,');
    expect(lines.slice(1).map((l) => l.split(',')[2])).toEqual(['ALLEGATION', 'LEGAL_ACTION', 'DENIAL']);
    const json = await app.inject({ method: 'GET', url });
    expect(json.json().items.map((i: { type: string }) => i.type)).toEqual(['ALLEGATION', 'LEGAL_ACTION', 'DENIAL']);
  });
});
