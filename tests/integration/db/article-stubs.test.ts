/**
 * insertArticleStubs (a feed's entries in a few statements, rows as one JSON parameter): new entries become
 * articles once, a second poll adds nothing, another source's copy of the same URL shares the article, and
 * entry keys or URLs with quotes, backslashes, commas and braces survive the array literals — on
 * PostgreSQL and PGlite.
 */
import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../../db/client.ts';
import { insertArticleStubs, type ArticleStub } from '../../../db/queries/articles.ts';
import { upsertSources } from '../../../db/queries/sources.ts';
import { freshPglite, freshPostgres, serviceAvailable, TEST_DATABASE_URL } from '../../helpers/env.ts';

const ODD = ['plain', 'with "quotes"', 'back\\slash', 'comma, and {braces}', 'NULL', '', 'ünïcödé ✓'];

function stubs(sourceId: string): ArticleStub[] {
  return ODD.map((k, i) => ({
    canonicalUrl: `http://127.0.0.1/a/${encodeURIComponent(k)}-${i}`,
    url: `http://127.0.0.1/a/${encodeURIComponent(k)}-${i}?utm=x`,
    sourceId,
    entryKey: `guid:${k}`,
    title: i % 2 ? `Title ${k}` : null,
    summary: i % 3 ? null : `<p>Summary ${k}</p>`,
    feedContent: null,
    publishedAt: i % 2 ? new Date(Date.UTC(2026, 10, 20, 9, 30, 15, 250)) : null,
  }));
}

let handle: DbHandle | undefined;
afterEach(async () => {
  await handle?.close();
  handle = undefined;
});

describe.each([
  ['PGlite', freshPglite, true],
  ['PostgreSQL', freshPostgres, await serviceAvailable(TEST_DATABASE_URL, 'PostgreSQL')],
] as const)('insertArticleStubs on %s', (_name, fresh, up) => {
  it.runIf(up)('stores new entries once, shares a URL across sources and keeps odd keys intact', async () => {
    handle = await fresh();
    const { db } = handle;
    await upsertSources(db, ['wire', 'desk'].map((id) => ({ id, name: id, kind: 'news', url: `http://127.0.0.1/${id}.rss`, format: 'rss', pollIntervalMinutes: 60 })) as never);
    const first = await db.transaction((tx) => insertArticleStubs(tx, stubs('wire')));
    expect(first.newArticles).toBe(ODD.length);
    expect(new Set(first.articleIds).size).toBe(ODD.length);
    const again = await db.transaction((tx) => insertArticleStubs(tx, stubs('wire')));
    expect(again).toEqual({ articleIds: first.articleIds, newArticles: 0 });
    // Another outlet's entries for the same URLs: no new article, its own entries recorded.
    const copy = await db.transaction((tx) => insertArticleStubs(tx, stubs('desk')));
    expect(copy).toEqual({ articleIds: first.articleIds, newArticles: 0 });
    const rows = (
      (await db.execute(sql`select e.source_id, e.entry_key, a.canonical_url, a.title, a.summary, a.published_at::text as published, a.fetch_status
                            from source_entries e join articles a on a.id = e.article_id order by e.source_id, e.entry_key`)) as unknown as {
        rows: { source_id: string; entry_key: string; canonical_url: string; title: string | null; summary: string | null; published: string | null; fetch_status: string }[];
      }
    ).rows;
    expect(rows).toHaveLength(2 * ODD.length);
    expect(rows.filter((r) => r.source_id === 'wire').map((r) => r.entry_key).sort()).toEqual(ODD.map((k) => `guid:${k}`).sort());
    const byKey = new Map(rows.filter((r) => r.source_id === 'wire').map((r) => [r.entry_key, r]));
    stubs('wire').forEach((s) => {
      const r = byKey.get(s.entryKey)!;
      expect(r.canonical_url).toBe(s.canonicalUrl);
      expect(r.title).toBe(s.title);
      expect(r.summary).toBe(s.summary);
      expect(r.published === null ? null : new Date(r.published).toISOString()).toBe(s.publishedAt?.toISOString() ?? null);
      expect(r.fetch_status).toBe('pending');
    });
  });
});
