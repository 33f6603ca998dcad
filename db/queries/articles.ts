/** Queries on articles, their per-source entries and syndicated copies. */
import { and, desc, eq, gte, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { intArrayLiteral, prepared, preparedSql, textArrayLiteral } from '../prepared.ts';
import { articles, events, sourceEntries, sources, storyOutlets } from '../schema.ts';

export type Article = typeof articles.$inferSelect;

export interface ArticleStub {
  canonicalUrl: string;
  url: string;
  sourceId: string;
  entryKey: string;
  title: string | null;
  summary: string | null;
  feedContent: string | null;
  publishedAt: Date | null;
}

/**
 * Stores a whole feed's entries in four statements: skip entries the source has seen, insert new
 * articles on their canonical URL (ON CONFLICT DO NOTHING), look up the ids of those that existed
 * (another source's copy of the same URL), then record every (source, entry) identity. Returns the
 * article id of every stub, in order, and how many article rows are new.
 */
export async function insertArticleStubs(db: DbOrTx, stubs: ArticleStub[]): Promise<{ articleIds: number[]; newArticles: number }> {
  if (stubs.length === 0) return { articleIds: [], newArticles: 0 };
  const sourceId = stubs[0]!.sourceId;
  const keys = [...new Set(stubs.map((s) => s.entryKey))];
  const seen = new Map(
    (
      await db
        .select({ entryKey: sourceEntries.entryKey, articleId: sourceEntries.articleId })
        .from(sourceEntries)
        .where(and(eq(sourceEntries.sourceId, sourceId), sql`${sourceEntries.entryKey} = any(${textArrayLiteral(keys)}::text[])`))
    ).map((r) => [r.entryKey, r.articleId]),
  );
  const fresh = new Map<string, ArticleStub>();
  for (const s of stubs) if (!seen.has(s.entryKey) && !fresh.has(s.canonicalUrl)) fresh.set(s.canonicalUrl, s);
  let newArticles = 0;
  const idByUrl = new Map<string, number>();
  if (fresh.size) {
    // Rows travel as one JSON parameter (jsonb_to_recordset), not as a value list: drizzle rendered a feed's 100
    // rows × every column of articles one chunk at a time, more CPU than PostgreSQL spent inserting them.
    const rows = JSON.stringify(
      [...fresh.values()].map((s) => ({
        canonical_url: s.canonicalUrl, url: s.url, source_id: s.sourceId, title: s.title,
        summary: s.summary, feed_content: s.feedContent, published_at: s.publishedAt?.toISOString() ?? null,
      })),
    );
    const inserted = (
      (await db.execute(sql`
        insert into articles (canonical_url, url, source_id, title, summary, feed_content, published_at)
        select x.canonical_url, x.url, x.source_id, x.title, x.summary, x.feed_content, x.published_at
        from jsonb_to_recordset(${rows}::jsonb) as x(canonical_url text, url text, source_id text, title text, summary text, feed_content text, published_at timestamptz)
        on conflict (canonical_url) do nothing
        returning id, canonical_url`)) as unknown as { rows: { id: number | string; canonical_url: string }[] }
    ).rows;
    newArticles = inserted.length;
    for (const r of inserted) idByUrl.set(r.canonical_url, Number(r.id));
    const missing = [...fresh.keys()].filter((u) => !idByUrl.has(u));
    if (missing.length) {
      const existing = await db
        .select({ id: articles.id, canonicalUrl: articles.canonicalUrl })
        .from(articles)
        .where(sql`${articles.canonicalUrl} = any(${textArrayLiteral(missing)}::text[])`);
      for (const r of existing) idByUrl.set(r.canonicalUrl, r.id);
    }
    const entries = new Map<string, number>();
    for (const s of stubs) if (!seen.has(s.entryKey) && idByUrl.has(s.canonicalUrl)) entries.set(s.entryKey, idByUrl.get(s.canonicalUrl)!);
    if (entries.size) {
      const json = JSON.stringify([...entries].map(([entry_key, article_id]) => ({ entry_key, article_id })));
      await db.execute(sql`
        insert into source_entries (source_id, entry_key, article_id)
        select ${sourceId}, x.entry_key, x.article_id from jsonb_to_recordset(${json}::jsonb) as x(entry_key text, article_id bigint)
        on conflict do nothing`);
    }
  }
  return { articleIds: stubs.map((s) => seen.get(s.entryKey) ?? idByUrl.get(s.canonicalUrl)!).filter((id) => id !== undefined), newArticles };
}

export async function getArticle(db: DbOrTx, id: number): Promise<Article | undefined> {
  const rows = await prepared(db, 'article_by_id', (n) =>
    db.select().from(articles).where(eq(articles.id, sql.placeholder('id'))).limit(1).prepare(n),
  ).execute({ id });
  return rows[0];
}

/** Several articles in one read (a fetch-article batch); the order of `ids` is not kept. */
export async function getArticlesByIds(db: DbOrTx, ids: number[]): Promise<Article[]> {
  if (ids.length === 0) return [];
  return prepared(db, 'articles_by_ids', (n) =>
    db.select().from(articles).where(sql`${articles.id} = any(${sql.placeholder('ids')}::bigint[])`).prepare(n),
  ).execute({ ids: intArrayLiteral(ids) });
}

/** An article with its source's name (the outlet) and every outlet that carried the same story. */
export async function getArticleWithOutlets(db: DbOrTx, id: number) {
  const rows = await db
    .select({ article: articles, outlet: sources.name, sourceKind: sources.kind })
    .from(articles)
    .innerJoin(sources, eq(sources.id, articles.sourceId))
    .where(eq(articles.id, id))
    .limit(1);
  const row = rows[0];
  if (!row) return undefined;
  const storyId = row.article.storyId ?? row.article.id;
  const copies = await db
    .select({ articleId: storyOutlets.articleId, sourceId: storyOutlets.sourceId, outlet: sources.name, url: articles.url, similarity: storyOutlets.similarity })
    .from(storyOutlets)
    .innerJoin(sources, eq(sources.id, storyOutlets.sourceId))
    .innerJoin(articles, eq(articles.id, storyOutlets.articleId))
    .where(eq(storyOutlets.storyId, storyId));
  return { ...row, storyId, copies };
}

export interface ArticleText {
  text: string;
  byline: string | null;
  contentHash: string;
  fingerprint: string | null;
  fetchStatus: 'fetched' | 'fallback' | 'skipped' | 'failed';
  fetchError: string | null;
  fetchedAt: Date;
  title?: string | null;
  publishedAt?: Date | null;
}

/** The values of a stored text, as the statements that store one bind them. */
export const articleTextValues = (t: ArticleText) => ({
  text: t.text,
  byline: t.byline,
  contentHash: t.contentHash,
  fingerprint: t.fingerprint,
  fetchStatus: t.fetchStatus,
  fetchError: t.fetchError,
  fetchedAt: t.fetchedAt.toISOString(),
});

/** Stores the main text of a still-pending article; returns false when another run stored it first. */
export async function storeArticleText(db: DbOrTx, id: number, t: ArticleText): Promise<boolean> {
  const ph = sql.placeholder;
  const shape = `${t.title ? 't' : ''}${t.publishedAt ? 'p' : ''}`;
  const rows = await prepared(db, `store_article_text_${shape}`, (n) =>
    db
      .update(articles)
      .set({
        text: sql`${ph('text')}::text`,
        byline: sql`${ph('byline')}::text`,
        contentHash: sql`${ph('contentHash')}::text`,
        fingerprint: sql`${ph('fingerprint')}::text`,
        fetchStatus: sql`${ph('fetchStatus')}::text`,
        fetchError: sql`${ph('fetchError')}::text`,
        fetchedAt: sql`${ph('fetchedAt')}::timestamptz`,
        ...(t.title ? { title: sql`coalesce(${articles.title}, ${ph('title')}::text)` } : {}),
        ...(t.publishedAt ? { publishedAt: sql`coalesce(${articles.publishedAt}, ${ph('publishedAt')}::timestamptz)` } : {}),
      })
      .where(and(eq(articles.id, ph('id')), eq(articles.fetchStatus, 'pending')))
      .returning({ id: articles.id })
      .prepare(n),
  ).execute({
    id,
    ...articleTextValues(t),
    title: t.title ?? undefined,
    publishedAt: t.publishedAt?.toISOString(),
  });
  return rows.length > 0;
}

/**
 * Near-duplicate matching in one statement: the story of the last days (`since`) whose SimHash is nearest
 * to this article's `fp` within `maxDistance` differing bits — or, when there is none, this article is
 * recorded as a story of its own (story_fingerprints), for the copies that follow to find. PostgreSQL
 * compares the 64-bit fingerprints itself (bit_count of the XOR), so only the match crosses the wire.
 */
export async function matchOrRecordStory(
  db: DbOrTx,
  p: { articleId: number; sourceId: string; createdAt: Date; fp: string; since: Date; maxDistance: number },
): Promise<{ id: number; sourceId: string; distance: number } | null> {
  if (!/^[0-9a-f]{16}$/.test(p.fp)) return null;
  const fp = BigInt.asIntN(64, BigInt(`0x${p.fp}`)).toString();
  const ph = sql.placeholder;
  const rows = await preparedSql<{ id: number | string; source_id: string; distance: number }>(db, 'match_or_record_story', () => sql`
    with m as (
      select article_id as id, source_id, bit_count(int8send(fingerprint # ${ph('fp')}::bigint))::int as distance
      from story_fingerprints
      where created_at >= ${ph('since')}::timestamptz
        and article_id <> ${ph('articleId')}::bigint
        and bit_count(int8send(fingerprint # ${ph('fp')}::bigint)) <= ${ph('maxDistance')}::int
      order by distance, article_id desc
      limit 1
    ), recorded as (
      insert into story_fingerprints (article_id, source_id, created_at, fingerprint)
      select ${ph('articleId')}::bigint, ${ph('sourceId')}::text, ${ph('createdAt')}::timestamptz, ${ph('fp')}::bigint
      where not exists (select 1 from m)
      on conflict (article_id) do nothing
    )
    select id, source_id, distance from m`).execute({
    fp,
    since: p.since.toISOString(),
    articleId: p.articleId,
    maxDistance: p.maxDistance,
    sourceId: p.sourceId,
    createdAt: p.createdAt.toISOString(),
  });
  const row = rows[0];
  return row ? { id: Number(row.id), sourceId: row.source_id, distance: Number(row.distance) } : null;
}

/** Marks `copyId` as a syndicated copy of `storyId` and records both outlets on the story. */
export async function markSyndicatedCopy(
  db: DbOrTx,
  p: { storyId: number; storySourceId: string; copyId: number; copySourceId: string; similarity: number },
): Promise<void> {
  await db.update(articles).set({ storyId: p.storyId }).where(eq(articles.id, p.copyId));
  await db
    .insert(storyOutlets)
    .values([
      { storyId: p.storyId, articleId: p.storyId, sourceId: p.storySourceId, similarity: 1 },
      { storyId: p.storyId, articleId: p.copyId, sourceId: p.copySourceId, similarity: p.similarity },
    ])
    .onConflictDoNothing();
}

export async function markArticleExtracted(db: DbOrTx, id: number, version: string, at: Date): Promise<void> {
  await db.update(articles).set({ extractedAt: at, extractorVersion: version, placedAt: null }).where(eq(articles.id, id));
}

/** Articles of a source that still wait for their page to be fetched (to re-enqueue after a crash). */
export async function listPendingArticleIds(db: DbOrTx, ids: number[]): Promise<number[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ id: articles.id })
    .from(articles)
    .where(and(inArray(articles.id, ids), eq(articles.fetchStatus, 'pending')));
  return rows.map((r) => r.id);
}

/** Work left behind by a crash: articles not fetched, fetched but not extracted, or extracted with events not yet on a timeline. */
export async function listStalledArticles(db: DbOrTx, olderThan: Date, limit = 1000) {
  const pending = await db
    .select({ id: articles.id })
    .from(articles)
    .where(and(eq(articles.fetchStatus, 'pending'), sql`${articles.createdAt} < ${olderThan.toISOString()}::timestamptz`))
    .limit(limit);
  const unextracted = await db
    .select({ id: articles.id })
    .from(articles)
    .where(
      and(
        inArray(articles.fetchStatus, ['fetched', 'fallback']),
        isNull(articles.extractedAt),
        isNull(articles.storyId),
        sql`${articles.fetchedAt} < ${olderThan.toISOString()}::timestamptz`,
      ),
    )
    .limit(limit);
  const unplaced = await db
    .select({ id: articles.id })
    .from(articles)
    .where(
      and(
        sql`extracted_at is not null and placed_at is null and story_id is null`,
        sql`${articles.extractedAt} < ${olderThan.toISOString()}::timestamptz`,
      ),
    )
    .limit(limit);
  return { pendingFetch: pending.map((r) => r.id), pendingExtract: unextracted.map((r) => r.id), pendingDisputes: unplaced.map((r) => r.id) };
}

/** Ids of extracted articles (optionally published since a date), oldest first, for re-extraction. */
export async function listArticleIdsForReextract(db: DbOrTx, since: Date | null): Promise<number[]> {
  const rows = await db
    .select({ id: articles.id })
    .from(articles)
    .where(
      and(
        isNotNull(articles.text),
        isNull(articles.storyId),
        since ? gte(articles.publishedAt, since) : undefined,
      ),
    )
    .orderBy(articles.id);
  return rows.map((r) => r.id);
}
