/**
 * Hostile feeds and pages, served from 127.0.0.1, through poll-feed and fetch-article on real PostgreSQL
 * (issue 19, red-team findings 1, 2, 3 and 8): a deeply nested page fails only its own article, with a stored
 * reason; a NUL in one item loses nothing; a feed past PostgreSQL's bind-parameter limit is stored; a disabled
 * source's links are not fetched; far-future dates are not trusted (finding 8); titles, links and entity names
 * past their limits are cut and the article is still stored and extracted (finding 11).
 */
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { DbHandle } from '../../../db/client.ts';
import { insertArticleStubs, listPendingArticleIds, storeArticleText, type ArticleStub } from '../../../db/queries/articles.ts';
import { MAX_NAME_CHARS, MAX_TITLE_CHARS } from '../../../db/limits.ts';
import { getSource, upsertSources } from '../../../db/queries/sources.ts';
import type { Ctx } from '../../../workers/context.ts';
import { storeFeedEntries } from '../../../workers/feed-entries.ts';
import { pollFeed } from '../../../workers/poll-feed.ts';
import { runStage } from '../../../workers/stages.ts';
import { freshPostgres, serviceAvailable, TEST_DATABASE_URL, testConfig, testCtx } from '../../helpers/env.ts';
import { rows } from '../../helpers/outcome.ts';

const NOW = new Date('2026-11-26T12:00:00Z');
const PARAGRAPH =
  'The trade ministry said on Tuesday that it would review licences for advanced processors, a step that officials described as routine, while two firms said they had not been consulted.';
// Three unrelated stories, so that no page is taken for a syndicated copy of another.
const STORIES = [
  ['A coastal town voted to rebuild its harbour wall after winter storms, and the council promised to publish the tender within a month.', 'Fishermen welcomed the plan but asked for a temporary jetty, saying the season would otherwise be lost for most boats.', 'Engineers estimated the work at two years, with the northern section finished first because it protects the old market.'],
  ['The orchestra announced a season of rarely played symphonies, opening with a work that has not been heard in the city for fifty years.', 'Its conductor said younger audiences had asked for more adventurous programmes, and that ticket prices for students would fall.', 'Rehearsals begin in the spring, and the first concert will be broadcast on regional radio for listeners who cannot attend.'],
  ['Researchers counting migratory birds reported an unusually early arrival of swallows across the valley, after a mild February.', 'Volunteers logged nests in barns and under bridges, and the survey asked farmers to leave old beams in place where possible.', 'The team plans to ring a sample of chicks this summer to learn whether the same pairs return to the same farms each year.'],
];
const pageHtml = (body: string, head = '') => `<!doctype html><html><head><title>Page</title>${head}</head><body>${body}</body></html>`;
const article = (n: number) => `<article>${STORIES[n - 1]!.map((p) => `<p>${p}</p>`).join('')}</article>`;

let server: Server;
let base = '';
const pages = new Map<string, { type: string; body: string }>();
const requested: string[] = [];

function rss(items: { guid: string; path: string; title: string; date?: string; content?: string }[]) {
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>t</title><link>http://example.org/</link><description>d</description>
${items.map((i) => `<item><guid>${i.guid}</guid><link>${base}${i.path}</link><title>${i.title}</title><pubDate>${i.date ?? 'Wed, 25 Nov 2026 09:00:00 GMT'}</pubDate>${i.content ? `<content:encoded><![CDATA[${i.content}]]></content:encoded>` : ''}</item>`).join('\n')}
</channel></rss>`;
}

let available = false;
beforeAll(async () => {
  available = await serviceAvailable(TEST_DATABASE_URL, 'PostgreSQL');
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requested.push(path);
    const page = pages.get(path);
    if (!page) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': page.type }).end(page.body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
});
beforeEach(() => {
  pages.clear();
  requested.length = 0;
});

async function withDb(fn: (ctx: Ctx, h: DbHandle) => Promise<void>, env: Record<string, string> = {}) {
  if (!available) return;
  const handle = await freshPostgres();
  try {
    await fn(testCtx(testConfig({ EXTRACT_INLINE: 'false', ...env }), handle, () => NOW), handle);
  } finally {
    await handle.close();
  }
}

const feedSource = (id: string, path: string) => ({ id, name: id, kind: 'news', url: `${base}${path}`, format: 'rss', pollIntervalMinutes: 60 });

async function pollAndFetch(ctx: Ctx, sourceId: string) {
  const poll = await pollFeed(ctx, { sourceId, force: true });
  const fetches = [];
  for (const job of poll.next.filter((j) => j.queue === 'fetch-article')) fetches.push(await runStage(ctx, 'fetch-article', job.payload));
  return { poll, fetches };
}

type Row = { title: string | null; url: string; fetch_status: string; fetch_error: string | null; published_at: Date | string | null; text: string | null };
const articleRows = (h: DbHandle) => rows<Row>(h, sql`select title, url, fetch_status, fetch_error, published_at, text from articles order by url`);

describe('hostile feeds and pages', () => {
  it('a page nested 20,000 levels deep fails only its own article, with a stored reason, and is not retried', () =>
    withDb(async (ctx, h) => {
      pages.set('/a', { type: 'text/html', body: pageHtml(article(1)) });
      pages.set('/deep', { type: 'text/html', body: pageHtml(`${'<div>'.repeat(20_000)}${article(2)}${'</div>'.repeat(20_000)}`) });
      pages.set('/c', { type: 'text/html', body: pageHtml(article(3)) });
      pages.set('/feed', { type: 'application/rss+xml', body: rss([{ guid: 'a', path: '/a', title: 'A' }, { guid: 'deep', path: '/deep', title: 'Deep' }, { guid: 'c', path: '/c', title: 'C' }]) });
      await upsertSources(h.db, [feedSource('deep', '/feed')]);
      const started = Date.now();
      const { fetches } = await pollAndFetch(ctx, 'deep');
      expect(Date.now() - started).toBeLessThan(10_000);
      // One batch of three; the deep page did not fail it.
      expect(fetches).toHaveLength(1);
      expect(fetches[0]).toMatchObject({ articles: 3, fetched: 2, skipped: 1 });
      const byUrl = Object.fromEntries((await articleRows(h)).map((r) => [new URL(r.url).pathname, r]));
      expect(byUrl['/deep']).toMatchObject({ fetch_status: 'skipped', fetch_error: 'page: HTML nested deeper than 400 levels' });
      expect(byUrl['/a']!.fetch_status).toBe('fetched');
      expect(byUrl['/c']!.fetch_status).toBe('fetched');
      // Not pending: neither the next poll nor the sweep hands it to fetch-article again.
      expect((await pollFeed(ctx, { sourceId: 'deep', force: true })).next).toEqual([]);
    }), 60_000);

  it('deeply nested feed-item content does not fail the batch either: the article is skipped with the reason', () =>
    withDb(async (ctx, h) => {
      pages.set('/ok', { type: 'text/html', body: pageHtml(article(1)) });
      pages.set('/feed', {
        type: 'application/rss+xml',
        body: rss([{ guid: 'ok', path: '/ok', title: 'OK' }, { guid: 'gone', path: '/gone', title: 'Gone', content: `${'<div>'.repeat(10_000)}${PARAGRAPH}` }]),
      });
      await upsertSources(h.db, [feedSource('items', '/feed')]);
      const { fetches } = await pollAndFetch(ctx, 'items');
      expect(fetches[0]).toMatchObject({ articles: 2, fetched: 1, skipped: 1 });
      const gone = (await articleRows(h)).find((r) => r.url.endsWith('/gone'))!;
      expect(gone).toMatchObject({ fetch_status: 'skipped', fetch_error: 'fetch: http_404 (HTTP 404)' });
    }), 60_000);

  it('a NUL in one feed item keeps every item (the NUL removed) and the poll succeeds', () =>
    withDb(async (ctx, h) => {
      pages.set('/feed', {
        type: 'application/rss+xml',
        body: rss([
          { guid: 'n1', path: '/n1', title: 'Before' },
          { guid: 'n2', path: '/n2', title: 'Nul\u0000here', content: `<p>${PARAGRAPH}\u0000</p>` },
          { guid: 'n3', path: '/n3', title: 'After' },
        ]),
      });
      await upsertSources(h.db, [feedSource('nul', '/feed')]);
      const poll = await pollFeed(ctx, { sourceId: 'nul', force: true });
      expect(poll).toMatchObject({ status: 'ok', items: 3, newArticles: 3 });
      expect((await articleRows(h)).map((r) => r.title)).toEqual(['Before', 'Nulhere', 'After']);
      const s = (await getSource(h.db, 'nul'))!;
      expect(s).toMatchObject({ lastStatus: 'ok', consecutiveFailures: 0 });
    }), 60_000);

  it('rows PostgreSQL refuses as data are stored one by one: the good ones kept, the refusals counted', () =>
    withDb(async (_ctx, h) => {
      await upsertSources(h.db, [feedSource('refused', '/feed')]);
      const stub = (n: number, title: string): ArticleStub => ({
        canonicalUrl: `https://example.org/${n}`, url: `https://example.org/${n}`, sourceId: 'refused', entryKey: `e${n}`,
        title, summary: null, feedContent: null, publishedAt: null,
      });
      // Unsanitised on purpose: storeFeedEntries' own fallback is under test.
      const r = await storeFeedEntries(h.db, [stub(1, 'one'), stub(2, 'two\u0000'), stub(3, 'three')]);
      expect(r).toMatchObject({ newArticles: 2, rejected: 1 });
      expect(r.rejectedCode).toMatch(/^22/);
      expect((await articleRows(h)).map((x) => x.title)).toEqual(['one', 'three']);
    }), 60_000);

  it('a feed of 70,000 new items is stored and its pending articles listed (past the 65,535 bind parameters)', () =>
    withDb(async (_ctx, h) => {
      await upsertSources(h.db, [feedSource('huge', '/feed')]);
      const stubs: ArticleStub[] = Array.from({ length: 70_000 }, (_, n) => ({
        canonicalUrl: `https://example.org/a/${n}`, url: `https://example.org/a/${n}`, sourceId: 'huge', entryKey: `k${n}`,
        title: `t${n}`, summary: null, feedContent: null, publishedAt: null,
      }));
      const stored = await storeFeedEntries(h.db, stubs);
      expect(stored.newArticles).toBe(70_000);
      expect(await listPendingArticleIds(h.db, stored.articleIds)).toHaveLength(70_000);
    }), 120_000);

  it('the links of a source disabled after its poll are not fetched', () =>
    withDb(async (ctx, h) => {
      pages.set('/p1', { type: 'text/html', body: pageHtml(article(1)) });
      pages.set('/p2', { type: 'text/html', body: pageHtml(article(2)) });
      pages.set('/feed', { type: 'application/rss+xml', body: rss([{ guid: 'p1', path: '/p1', title: 'P1' }, { guid: 'p2', path: '/p2', title: 'P2' }]) });
      await upsertSources(h.db, [feedSource('off', '/feed')]);
      const poll = await pollFeed(ctx, { sourceId: 'off', force: true });
      await h.db.execute(sql`update sources set enabled = false where id = 'off'`);
      requested.length = 0;
      for (const job of poll.next) expect(await runStage(ctx, 'fetch-article', job.payload)).toMatchObject({ skipped: 2 });
      expect(requested).toEqual([]);
      expect((await articleRows(h)).map((r) => [r.fetch_status, r.fetch_error])).toEqual([['skipped', 'fetch: source disabled'], ['skipped', 'fetch: source disabled']]);
    }), 60_000);

  it('dates far past now, in a feed item or in a page\'s metadata, are not trusted', () =>
    withDb(async (ctx, h) => {
      pages.set('/future', { type: 'text/html', body: pageHtml(article(1), '<meta property="article:published_time" content="+275000-01-01T00:00:00Z">') });
      pages.set('/soon', { type: 'text/html', body: pageHtml(article(2)) });
      pages.set('/feed', {
        type: 'application/rss+xml',
        body: rss([
          { guid: 'f', path: '/future', title: 'Future', date: 'not a date' },
          { guid: 's', path: '/soon', title: 'Soon', date: 'Tue, 01 Jan 2199 00:00:00 GMT' },
          { guid: 't', path: '/today', title: 'Today', date: 'Thu, 26 Nov 2026 20:00:00 GMT' },
        ]),
      });
      await upsertSources(h.db, [feedSource('future', '/feed')]);
      const { fetches } = await pollAndFetch(ctx, 'future');
      expect(fetches[0]).toMatchObject({ articles: 3 });
      const byUrl = Object.fromEntries((await articleRows(h)).map((r) => [new URL(r.url).pathname, r]));
      expect(byUrl['/future']!.fetch_status).toBe('fetched');
      expect(byUrl['/future']!.published_at).toBeNull();
      expect(byUrl['/soon']!.published_at).toBeNull();
      // Eight hours ahead of the clock is within the margin (time zones, clocks).
      expect(new Date(byUrl['/today']!.published_at!).toISOString()).toBe('2026-11-26T20:00:00.000Z');
    }), 60_000);

  it('a title of 100,000 characters and a link of 5,000 are cut to their limits; the items are stored', () =>
    withDb(async (ctx, h) => {
      const longTitle = 'Ministry '.repeat(12_000);
      pages.set('/feed', {
        type: 'application/rss+xml',
        body: rss([
          { guid: 'long-title', path: '/t', title: longTitle },
          { guid: 'long-link', path: `/l?${'q=1&'.repeat(1_250)}`, title: 'Long link' },
        ]),
      });
      await upsertSources(h.db, [feedSource('long', '/feed')]);
      expect(await pollFeed(ctx, { sourceId: 'long', force: true })).toMatchObject({ status: 'ok', newArticles: 2 });
      const stored = await articleRows(h);
      const title = stored.find((r) => r.title?.startsWith('Ministry'))!.title!;
      expect(title.length).toBeLessThanOrEqual(MAX_TITLE_CHARS);
      expect(title.endsWith('…')).toBe(true);
      expect(stored.find((r) => r.title === 'Long link')!.url).toMatch(/^urn:brinkwatch:long:/);
    }), 60_000);

  it('an entity name of 13,000 characters is cut, and its article is extracted', () =>
    withDb(async (ctx, h) => {
      await upsertSources(h.db, [feedSource('names', '/feed')]);
      // A run of 1,500 capitalised words that the extractor takes for one name (a page that lost its spaces' markup).
      const name = `${Array.from({ length: 1_500 }, (_, i) => `Q${'abcdefghij'.slice(0, 3 + (i % 7))}${String.fromCharCode(97 + (i % 26))}`).join(' ')} Systems`;
      const text = `${name} accused Pellmark Labs of copying its model weights on Monday, according to a complaint filed in court. Pellmark Labs denied the accusation.`;
      const { articleIds: [id] } = await insertArticleStubs(h.db, [{ canonicalUrl: `${base}/names`, url: `${base}/names`, sourceId: 'names', entryKey: 'n', title: 'Names', summary: null, feedContent: null, publishedAt: new Date('2026-11-25T09:00:00Z') }]);
      await storeArticleText(h.db, id!, { text, byline: null, contentHash: 'x', fingerprint: null, fetchStatus: 'fetched', fetchError: null, fetchedAt: NOW });
      expect(await runStage(ctx, 'extract-article', { articleId: id! })).toMatchObject({ status: 'extracted' });
      const names = await rows<{ name: string }>(h, sql`select name from entities`);
      expect(Math.max(...names.map((n) => n.name.length))).toBeLessThanOrEqual(MAX_NAME_CHARS);
      const events = await rows<{ type: string; actor: string }>(h, sql`select e.type, a.name as actor from events e join entities a on a.id = e.actor_id order by e.type`);
      expect(events.map((e) => e.type)).toEqual(['ALLEGATION', 'DENIAL']);
      expect(events[0]!.actor.startsWith('Qabca Qabcdb')).toBe(true);
    }), 60_000);
});
