/**
 * poll-feed against local HTTP servers: conditional GET, failure classes recorded on the source,
 * backoff, pausing after 30 failures and resuming, other sources unaffected, and a wire story
 * syndicated through three feeds kept as one story with three outlets; a feed that has just published is followed
 * closely, within its host's hourly budget of feed requests (kept in the database).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { DbHandle } from '../../../db/client.ts';
import { getSource, resumeSource, upsertSources } from '../../../db/queries/sources.ts';
import type { Ctx } from '../../../workers/context.ts';
import { runInProcess } from '../../../workers/in-process.ts';
import { pollFeed } from '../../../workers/poll-feed.ts';
import { freshPglite, testConfig, testCtx } from '../../helpers/env.ts';

const WIRE = [
  'Officials in Brussels on Monday opened a formal review of how a large cloud provider sells access to its newest chips, according to people briefed on the matter.',
  'The review will examine whether bundling discounts shut out rival providers, a practice the provider has defended as ordinary commercial terms.',
  'A spokesperson for the provider said it would cooperate fully and that its pricing was transparent and open to every customer on equal terms.',
  'Analysts said the review could take a year and that its outcome would shape how other regulators approach the market for specialised processors.',
].join(' ');

function rss(title: string, items: { guid: string; link: string; title: string; text: string; date: string }[], ttl?: number) {
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>${title}</title><link>http://example.org/</link><description>test feed written for Brinkwatch tests</description>${ttl ? `<ttl>${ttl}</ttl>` : ''}
${items.map((i) => `<item><guid>${i.guid}</guid><link>${i.link}</link><title>${i.title}</title><pubDate>${i.date}</pubDate><content:encoded><![CDATA[<p>${i.text}</p>]]></content:encoded></item>`).join('\n')}
</channel></rss>`;
}

/** The entries of /desk.rss: a busy desk's last day (one every 30 minutes), and what a test publishes. */
const desk: { guid: string; date: Date }[] = [];
let server: Server;
let base = '';
const seen: { path: string; ifNoneMatch?: string }[] = [];
const handlers: Record<string, (req: IncomingMessage, res: ServerResponse) => void> = {
  '/etag.rss': (req, res) => {
    if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304, { etag: '"v1"' }).end();
    res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"', 'last-modified': 'Mon, 23 Nov 2026 10:00:00 GMT' });
    res.end(rss('Etag feed', [{ guid: 'e1', link: `${base}/story/e1`, title: 'One', text: WIRE, date: 'Mon, 23 Nov 2026 09:00:00 GMT' }], 120));
  },
  '/desk.rss': (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml', 'cache-control': 'max-age=60' });
    res.end(rss('Desk', desk.map((d) => ({ guid: d.guid, link: `${base}/desk/${d.guid}`, title: `Item ${d.guid}`, text: WIRE, date: d.date.toUTCString() }))));
  },
  '/desk-2.rss': (_req, res) => void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss('Desk 2', [])),
  '/500.rss': (_req, res) => void res.writeHead(500).end('boom'),
  '/429.rss': (_req, res) => void res.writeHead(429, { 'retry-after': '7200' }).end('slow down'),
  '/page.html': (_req, res) => void res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><html><head><title>Not a feed</title></head><body><p>Hello</p></body></html>'),
  '/broken.xml': (_req, res) => void res.writeHead(200, { 'content-type': 'application/xml' }).end('<rss><channel><title>x</title><item><title>unclosed'),
  '/wire-a.rss': (_req, res) => void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss('A', [{ guid: 'a1', link: `${base}/a/review`, title: 'Brussels opens review', text: WIRE, date: 'Mon, 23 Nov 2026 09:00:00 GMT' }])),
  '/wire-b.rss': (_req, res) => void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss('B', [{ guid: 'b1', link: `${base}/b/eu-chips-review?utm_source=x`, title: 'EU reviews chip bundling', text: `${WIRE} (Reporting by the wire desk.)`, date: 'Mon, 23 Nov 2026 10:00:00 GMT' }])),
  '/wire-c.rss': (_req, res) => void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss('C', [{ guid: 'c1', link: `${base}/c/2026/11/23/review`, title: 'Cloud chip sales under review', text: `Updated. ${WIRE}`, date: 'Mon, 23 Nov 2026 11:00:00 GMT' }])),
};

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    seen.push({ path, ifNoneMatch: req.headers['if-none-match'] as string | undefined });
    (handlers[path] ?? ((_q, r) => void r.writeHead(404).end()))(req, res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
});

async function withDb(fn: (ctx: Ctx, handle: DbHandle) => Promise<void>, now = () => new Date('2026-11-26T12:00:00Z'), env: Record<string, string> = {}) {
  const handle = await freshPglite();
  try {
    await fn(testCtx(testConfig(env), handle, now), handle);
  } finally {
    await handle.close();
  }
}

const source = (id: string, path: string, kind = 'news') => ({ id, name: id, kind, url: `${base}${path}`, format: 'rss', pollIntervalMinutes: kind === 'news' ? 60 : 360 });

describe('poll-feed policy', () => {
  it('stores ETag and Last-Modified, sends them back verbatim, and records a 304 as not-modified', () =>
    withDb(async (ctx, h) => {
      await upsertSources(h.db, [source('etag', '/etag.rss')]);
      expect((await pollFeed(ctx, { sourceId: 'etag', force: true })).status).toBe('ok');
      let s = (await getSource(h.db, 'etag'))!;
      expect(s.etag).toBe('"v1"');
      expect(s.lastModified).toBe('Mon, 23 Nov 2026 10:00:00 GMT');
      // TTL 120 min beats the 60-minute interval.
      expect(s.nextCheckAt!.getTime() - ctx.now().getTime()).toBeGreaterThanOrEqual(120 * 60_000);
      const second = await pollFeed(ctx, { sourceId: 'etag', force: true });
      expect(second.status).toBe('not-modified');
      expect(seen.filter((r) => r.path === '/etag.rss').at(-1)!.ifNoneMatch).toBe('"v1"');
      s = (await getSource(h.db, 'etag'))!;
      expect(s.lastStatus).toBe('not-modified');
      expect(s.etag).toBe('"v1"');
    }));

  it('sorts failures into classes and backs off linearly', () =>
    withDb(async (ctx, h) => {
      await upsertSources(h.db, [source('s500', '/500.rss'), source('s429', '/429.rss'), source('html', '/page.html'), source('broken', '/broken.xml'), source('gone', '/missing.rss')]);
      for (const id of ['s500', 's429', 'html', 'broken', 'gone']) await pollFeed(ctx, { sourceId: id, force: true });
      const row = async (id: string) => (await getSource(h.db, id))!;
      expect((await row('s500')).lastStatus).toBe('soft');
      expect((await row('s429')).lastStatus).toBe('rate-limited');
      // Retry-After: 7200 s is honoured.
      expect((await row('s429')).nextCheckAt!.getTime() - ctx.now().getTime()).toBeGreaterThanOrEqual(7_200_000);
      expect((await row('html')).lastStatus).toBe('hard');
      expect((await row('html')).lastErrorClass).toBe('not_a_feed');
      expect((await row('broken')).lastStatus).toBe('hard');
      expect((await row('gone')).lastStatus).toBe('hard');
      expect((await row('gone')).lastErrorClass).toMatch(/404/);
      const first = (await row('s500')).nextCheckAt!.getTime();
      await pollFeed(ctx, { sourceId: 's500', force: true });
      const s = await row('s500');
      expect(s.consecutiveFailures).toBe(2);
      expect(s.nextCheckAt!.getTime()).toBeGreaterThan(first);
      expect(s.lastError).toBeTruthy();
    }));

  it('pauses a source after 30 consecutive failures; resume makes it due again', () =>
    withDb(async (ctx, h) => {
      await upsertSources(h.db, [source('s500', '/500.rss')]);
      await h.db.execute(sql`update sources set consecutive_failures = 29 where id = 's500'`);
      await pollFeed(ctx, { sourceId: 's500', force: true });
      expect((await getSource(h.db, 's500'))!.paused).toBe(true);
      expect((await pollFeed(ctx, { sourceId: 's500', force: true })).status).toBe('paused');
      expect(await resumeSource(h.db, 's500', ctx.now())).toBe(true);
      const s = (await getSource(h.db, 's500'))!;
      expect(s.paused).toBe(false);
      expect(s.consecutiveFailures).toBe(0);
    }));

  it('skips a source that is not due unless forced', () =>
    withDb(async (ctx, h) => {
      await upsertSources(h.db, [source('etag', '/etag.rss')]);
      await pollFeed(ctx, { sourceId: 'etag' });
      expect((await pollFeed(ctx, { sourceId: 'etag' })).status).toBe('not-due');
    }));

  it('a broken source does not stop the others; a syndicated story is one story with three outlets', () =>
    withDb(async (ctx, h) => {
      await upsertSources(h.db, [source('wire-a', '/wire-a.rss'), source('wire-b', '/wire-b.rss'), source('wire-c', '/wire-c.rss'), source('s500', '/500.rss')]);
      const summary = await runInProcess(ctx, ['wire-a', 'wire-b', 'wire-c', 's500'].map((id) => ({ queue: 'poll-feed' as const, payload: { sourceId: id, force: true } })));
      expect(summary.failed).toBe(0);
      const res = await h.db.execute(sql`select
        (select count(*) from articles)::int as articles,
        (select count(*) from articles where story_id is null)::int as stories,
        (select count(*) from story_outlets)::int as outlets,
        (select count(distinct source_id) from story_outlets)::int as outlet_sources,
        (select count(*) from articles where extracted_at is not null)::int as extracted`);
      expect((res as unknown as { rows: unknown[] }).rows[0]).toEqual({ articles: 3, stories: 1, outlets: 3, outlet_sources: 3, extracted: 1 });
      expect((await getSource(h.db, 's500'))!.lastStatus).toBe('soft');
    }));

  it('follows a feed that has just published (not on its first poll), within the host budget kept in the database', async () => {
    let clock = new Date('2026-11-26T12:00:00Z').getTime();
    const now = () => new Date(clock);
    desk.length = 0;
    for (let i = 0; i < 48; i++) desk.push({ guid: `h${i}`, date: new Date(clock - (i + 1) * 30 * 60_000) });
    const minutesToNext = async (id: string) => ((await getSource(db(), id))!.nextCheckAt!.getTime() - clock) / 60_000;
    let handle: DbHandle | null = null;
    const db = () => handle!.db;
    await withDb(
      async (ctx, h) => {
        handle = h;
        await upsertSources(h.db, [source('desk', '/desk.rss'), source('desk-2', '/desk-2.rss')]);
        // First poll: the backlog of 48 is stored, but it does not start a burst (48 a day: a 5-minute interval).
        expect((await pollFeed(ctx, { sourceId: 'desk' })).newArticles).toBe(48);
        expect((await getSource(h.db, 'desk'))!.followUpMinutes).toBeNull();
        expect(await minutesToNext('desk')).toBeGreaterThanOrEqual(5);
        // The desk publishes; the next poll finds it and the one after comes a minute later (max-age=60 allows it).
        // (7.5 minutes, not 5: the test's budget of 8 an hour is spread evenly.)
        expect(await minutesToNext('desk')).toBeGreaterThanOrEqual(7.5);
        clock += (await minutesToNext('desk')) * 60_000 + 1_000;
        desk.unshift({ guid: 'n1', date: new Date(clock - 60_000) });
        expect((await pollFeed(ctx, { sourceId: 'desk' })).newArticles).toBe(1);
        expect((await getSource(h.db, 'desk'))!.followUpMinutes).toBe(1);
        expect(await minutesToNext('desk')).toBeGreaterThanOrEqual(1);
        expect(await minutesToNext('desk')).toBeLessThanOrEqual(1.1);
        // Nothing new: 2 minutes, then 4, then back to the interval.
        clock += (await minutesToNext('desk')) * 60_000 + 1_000;
        await pollFeed(ctx, { sourceId: 'desk' });
        expect((await getSource(h.db, 'desk'))!.followUpMinutes).toBe(2);
        clock += (await minutesToNext('desk')) * 60_000 + 1_000;
        await pollFeed(ctx, { sourceId: 'desk' });
        expect((await getSource(h.db, 'desk'))!.followUpMinutes).toBe(4);
        clock += (await minutesToNext('desk')) * 60_000 + 1_000;
        await pollFeed(ctx, { sourceId: 'desk' });
        expect((await getSource(h.db, 'desk'))!.followUpMinutes).toBeNull();
        expect(await minutesToNext('desk')).toBeGreaterThanOrEqual(5);
        // The budget (8 here) is the host's: the other feed on the same host has three requests left, then waits
        // until the hour's oldest request (the desk's first poll) leaves the window, even when asked to poll now.
        const counted = async () => ((await h.db.execute(sql`select count(*)::int as n from host_requests`)) as unknown as { rows: { n: number }[] }).rows[0]!.n;
        expect(await counted()).toBe(5);
        for (let i = 0; i < 3; i++) {
          clock += 60_000;
          expect((await pollFeed(ctx, { sourceId: 'desk-2', force: true })).status).toBe('ok');
        }
        clock += 60_000;
        const deferred = await pollFeed(ctx, { sourceId: 'desk-2', force: true });
        expect(deferred.status).toBe('not-due');
        expect(await counted()).toBe(8);
        const firstPollAt = new Date('2026-11-26T12:00:00Z').getTime();
        expect((await getSource(h.db, 'desk-2'))!.nextCheckAt!.getTime()).toBeGreaterThan(firstPollAt + 3_600_000);
        expect((await getSource(h.db, 'desk-2'))!.nextCheckAt!.getTime()).toBeLessThan(firstPollAt + 3_600_000 + 1_000);
        expect(deferred.next[0]!.delayMs).toBeGreaterThan(0);
      },
      now,
      { HOST_FEED_REQUESTS_PER_HOUR: '8' },
    );
  });
});

