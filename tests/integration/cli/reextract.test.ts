/**
 * `brinkwatch reextract` moves stored articles to the current extractor on real PostgreSQL: only articles another
 * extractor version wrote by default (so a second run, or a run after an interruption, redoes nothing), every
 * article with --all; re-extracted events carry the new extractor's dates.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db, DbHandle } from '../../../db/client.ts';
import { insertArticleStubs, storeArticleText } from '../../../db/queries/articles.ts';
import { upsertSources } from '../../../db/queries/sources.ts';
import { EXTRACTOR_VERSION, extractArticle, extractorVersion } from '../../../workers/extract-article.ts';
import { setFilterModel } from '../../../extract/learned.ts';
import { parseSince, reextractStored } from '../../../cli/commands/reextract.ts';
import type { Ctx } from '../../../workers/context.ts';
import { freshPostgres, serviceAvailable, testConfig, testCtx, TEST_DATABASE_URL } from '../../helpers/env.ts';

const up = await serviceAvailable(TEST_DATABASE_URL, 'PostgreSQL');

async function rows<T>(db: Db, q: ReturnType<typeof sql>): Promise<T[]> {
  const r = (await db.execute(q)) as unknown as { rows?: T[] } | T[];
  return Array.isArray(r) ? r : r.rows ?? [];
}

describe.skipIf(!up)('reextract', () => {
  let handle: DbHandle;
  let ctx: Ctx;
  const ids: number[] = [];

  beforeAll(async () => {
    handle = await freshPostgres();
    ctx = testCtx(testConfig(), handle, () => new Date('2026-10-21T12:00:00Z'));
    const db = handle.db;
    await upsertSources(db, [{ id: 'wire', name: 'Wire', kind: 'news', url: 'http://127.0.0.1/wire.rss', format: 'rss', pollIntervalMinutes: 60 }]);
    const texts = [
      'Anthropic accused Alibaba of copying the outputs of its models on Oct. 9, a spokesperson said.',
      'OpenAI accused DeepSeek of distilling its models in a memo sent to lawmakers.',
    ];
    for (const [n, text] of texts.entries()) {
      const url = `http://127.0.0.1/r${n}`;
      const { articleIds: [id] } = await insertArticleStubs(db, [{
        canonicalUrl: url, url, sourceId: 'wire', entryKey: `link:${url}`, title: null, summary: null, feedContent: null,
        publishedAt: new Date('2026-10-20T09:00:00Z'),
      }]);
      await storeArticleText(db, id!, { text, byline: null, contentHash: `r${n}`, fingerprint: null, fetchStatus: 'fetched', fetchError: null, fetchedAt: new Date('2026-10-20T10:00:00Z') });
      expect((await extractArticle(ctx, { articleId: id! })).status).toBe('extracted');
      ids.push(id!);
    }
    // The first article as an older extractor left it: its version, and its event dated on the publication day.
    await db.execute(sql`update articles set extractor_version = '1' where id = ${ids[0]}`);
    await db.execute(sql`update events set event_date = '2026-10-20' where article_id = ${ids[0]}`);
  }, 60_000);

  afterAll(async () => {
    await handle?.close();
  });

  it('re-extracts only the articles of another version, with the new dates', async () => {
    const r = await reextractStored(ctx);
    expect(r.articles).toBe(1);
    expect(r.events).toBeGreaterThan(0);
    const a = await rows<{ extractor_version: string }>(handle.db, sql`select extractor_version from articles where id = ${ids[0]}`);
    expect(a[0]!.extractor_version).toBe(EXTRACTOR_VERSION);
    const ev = await rows<{ type: string; d: string }>(handle.db, sql`select type, event_date::text as d from events where article_id = ${ids[0]}`);
    expect(ev).toContainEqual({ type: 'ALLEGATION', d: '2026-10-09' });
  });

  it('a second run has nothing to do; --all re-extracts every article and leaves the same events', async () => {
    const before = await rows<{ n: number }>(handle.db, sql`select count(*)::int as n from events`);
    expect(await reextractStored(ctx)).toEqual({ articles: 0, events: 0 });
    const all = await reextractStored(ctx, { all: true });
    expect(all.articles).toBe(2);
    expect(all.events).toBe(before[0]!.n);
    expect(await rows(handle.db, sql`select id from articles where extractor_version is distinct from ${EXTRACTOR_VERSION}`)).toEqual([]);
  });

  it('--since selects by publication date and rejects what is not a date', async () => {
    expect((await reextractStored(ctx, { all: true, since: parseSince('2026-10-21') })).articles).toBe(0);
    expect((await reextractStored(ctx, { all: true, since: parseSince('2026-10-19') })).articles).toBe(2);
    expect(() => parseSince('yesterday')).toThrow(/--since must be a date/);
  });
});

describe.skipIf(!up)('reextract with the learned event filter (EXTRACT_FILTER)', () => {
  let handle: DbHandle;
  let id = 0;

  beforeAll(async () => {
    handle = await freshPostgres();
    const db = handle.db;
    await upsertSources(db, [{ id: 'wire', name: 'Wire', kind: 'news', url: 'http://127.0.0.1/wire.rss', format: 'rss', pollIntervalMinutes: 60 }]);
    const url = 'http://127.0.0.1/f0';
    ({ articleIds: [id] } = await insertArticleStubs(db, [{
      canonicalUrl: url, url, sourceId: 'wire', entryKey: `link:${url}`, title: null, summary: null, feedContent: null,
      publishedAt: new Date('2026-10-20T09:00:00Z'),
    }]) as { articleIds: number[] });
    await storeArticleText(db, id, { text: 'Quillon sued Marrowby over its patents on Monday. Marrowby denied the claims.', byline: null,
      contentHash: 'f0', fetchStatus: 'fetched', fetchError: null, fetchedAt: new Date('2026-10-20T10:00:00Z'), fingerprint: null });
  }, 60_000);

  afterAll(async () => {
    setFilterModel(undefined);
    await handle?.close();
  });

  it('stores the filtered events under a marked version, and turning the filter off moves the article back', async () => {
    // A hand-made filter that drops denials (the shipped one is tested in tests/unit/extract/learned.test.ts).
    setFilterModel({ weights: { 't:DENIAL': -5 }, bias: 2, threshold: 0.5 });
    const on = testCtx(testConfig({ EXTRACT_FILTER: 'true' }), handle, () => new Date('2026-10-21T12:00:00Z'));
    expect((await extractArticle(on, { articleId: id })).status).toBe('extracted');
    const types = async () => (await rows<{ type: string }>(handle.db, sql`select type from events where article_id = ${id} order by type`)).map((r) => r.type);
    const version = async () => (await rows<{ v: string }>(handle.db, sql`select extractor_version as v from articles where id = ${id}`))[0]!.v;
    expect(await types()).toEqual(['LEGAL_ACTION']);
    expect(await version()).toBe(`${EXTRACTOR_VERSION}+filter`);
    expect(extractorVersion(on.config)).toBe(`${EXTRACTOR_VERSION}+filter`);
    const off = testCtx(testConfig(), handle, () => new Date('2026-10-21T12:00:00Z'));
    expect((await reextractStored(off)).articles).toBe(1);
    expect(await types()).toEqual(['DENIAL', 'LEGAL_ACTION']);
    expect(await version()).toBe(EXTRACTOR_VERSION);
    expect((await reextractStored(off)).articles).toBe(0);
  });
});
