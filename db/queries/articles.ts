/** Queries on articles, their per-source entries and syndicated copies. */
import { and, desc, eq, gte, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { intArrayLiteral, prepared, preparedSql, textArrayLiteral } from '../prepared.ts';
import { articles, events, sourceEntries, sources, storyOutlets } from '../schema.ts';
import { StoryWindow } from '../../feeds/near-dup.ts';

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
 * The near-duplicate window of one database handle: the stories this process has seen and `horizon`, the
 * xmin of the snapshot it last read them in. Every committed story written by a transaction older than the
 * horizon is in `stories` (the first read loads the whole window; each later statement returns the rows at
 * or above the horizon, and a newer snapshot's xmin never goes back), so PostgreSQL only has to compare
 * the few rows written since.
 */
interface StoryState {
  stories: StoryWindow;
  horizon: bigint;
  /** Oldest creation time the window holds (stories before it are pruned). */
  since: number;
  loading: Promise<void> | null;
}

const storyStates = new WeakMap<object, StoryState>();

/** Forgets this handle's near-duplicate window (the next match reads it again). For tests that empty tables. */
export function forgetStories(db: DbOrTx): void {
  storyStates.delete(db);
}

type StoryRowOut = { k: string; id: string | null; source_id: string | null; distance: number | null; created_ms: number | string | null; fp: string | null; xmin: string | null };

/** The hex fingerprint of a signed 64-bit integer's decimal text. */
const hexOf = (signed: string) => BigInt.asUintN(64, BigInt(signed)).toString(16).padStart(16, '0');
/** Milliseconds since the epoch, as PostgreSQL computed them (float8; no date text to parse). */
const timeOf = (ms: number | string) => Number(ms);

async function storyWindow(db: DbOrTx, since: Date): Promise<StoryState> {
  let state = storyStates.get(db);
  // Asked for older stories than it holds (a clock set back): read the window again.
  if (state && !state.loading && since.getTime() < state.since) {
    storyStates.delete(db);
    state = undefined;
  }
  if (!state) {
    state = { stories: new StoryWindow(), horizon: 0n, since: since.getTime(), loading: null };
    const s = state;
    storyStates.set(db, s);
    s.loading = (async () => {
      // The window and the snapshot's xmin from one statement (one snapshot).
      const rows = await preparedSql<StoryRowOut>(db, 'story_window_load', () => sql`
        with snap as (select pg_snapshot_xmin(pg_current_snapshot())::text as xmin)
        select 't' as k, f.article_id::text as id, f.source_id, null::int as distance, floor(extract(epoch from f.created_at) * 1000)::float8 as created_ms,
          f.fingerprint::text as fp, snap.xmin
        from snap left join story_fingerprints f on f.created_at >= ${sql.placeholder('since')}::timestamptz`).execute({ since: since.toISOString() });
      for (const r of rows) if (r.id !== null) s.stories.add({ articleId: Number(r.id), sourceId: r.source_id!, createdAt: timeOf(r.created_ms!), fingerprint: hexOf(r.fp!) });
      s.horizon = BigInt(rows[0]!.xmin!);
    })();
    try {
      await s.loading;
    } catch (err) {
      storyStates.delete(db);
      throw err;
    } finally {
      s.loading = null;
    }
    return s;
  }
  if (state.loading) await state.loading;
  // Slide the window once it has moved on by an hour (the scan skips older stories meanwhile).
  if (since.getTime() - state.since > 3_600_000) {
    state.stories.prune(since.getTime());
    state.since = since.getTime();
  }
  return state;
}

/**
 * Near-duplicate matching: the story of the last days (`since`) whose SimHash is nearest to this article's
 * `fp` within `maxDistance` differing bits — or, when there is none, this article is recorded as a story of
 * its own (story_fingerprints), for the copies that follow to find. The stories this process has seen are
 * compared in memory (StoryWindow); one statement compares those written since (by `xid`, see StoryState),
 * keeps the nearer of the two matches, records the article when there is neither, and returns the new rows.
 */
export async function matchOrRecordStory(
  db: DbOrTx,
  p: { articleId: number; sourceId: string; createdAt: Date; fp: string; since: Date; maxDistance: number },
): Promise<{ id: number; sourceId: string; distance: number } | null> {
  if (!/^[0-9a-f]{16}$/.test(p.fp)) return null;
  const fp = BigInt.asIntN(64, BigInt(`0x${p.fp}`)).toString();
  const state = await storyWindow(db, p.since);
  const known = state.stories.nearest(p.fp, p.since.getTime(), p.maxDistance, p.articleId);
  const ph = sql.placeholder;
  // The tail is a range on xid alone: no row this snapshot sees has an xid at or past its xmax, and the bounded
  // range keeps the xid index chosen even before the table has statistics (created_at's index reads the window).
  const rows = await preparedSql<StoryRowOut>(db, 'match_or_record_story', () => sql`
    with snap as (select pg_current_snapshot() as s
    ), tail as (
      select article_id, source_id, created_at, fingerprint from story_fingerprints, snap
      where xid >= ${ph('horizon')}::text::xid8 and xid < pg_snapshot_xmax(snap.s)
    ), m as (
      select id, source_id, distance from (
        select article_id as id, source_id, bit_count(int8send(fingerprint # ${ph('fp')}::bigint))::int as distance
        from tail where created_at >= ${ph('since')}::timestamptz and article_id <> ${ph('articleId')}::bigint
        union all
        select ${ph('knownId')}::bigint, ${ph('knownSource')}::text, ${ph('knownDistance')}::int where ${ph('knownId')}::bigint is not null
      ) c
      where distance <= ${ph('maxDistance')}::int
      order by distance, id desc
      limit 1
    ), recorded as (
      insert into story_fingerprints (article_id, source_id, created_at, fingerprint)
      select ${ph('articleId')}::bigint, ${ph('sourceId')}::text, ${ph('createdAt')}::timestamptz, ${ph('fp')}::bigint
      where not exists (select 1 from m)
      on conflict (article_id) do nothing
      returning article_id
    )
    select 'm' as k, id::text, source_id, distance, null::float8 as created_ms, null::text as fp, null::text as xmin from m
    union all
    select 't', article_id::text, source_id, null, floor(extract(epoch from created_at) * 1000)::float8, fingerprint::text, null from tail
    union all
    select 'r', article_id::text, null, null, null, null, null from recorded
    union all
    select 's', null, null, null, null, null, pg_snapshot_xmin(s)::text from snap`).execute({
    fp,
    horizon: state.horizon.toString(),
    since: p.since.toISOString(),
    articleId: p.articleId,
    maxDistance: p.maxDistance,
    sourceId: p.sourceId,
    createdAt: p.createdAt.toISOString(),
    knownId: known?.id ?? null,
    knownSource: known?.sourceId ?? null,
    knownDistance: known?.distance ?? null,
  });
  let match: { id: number; sourceId: string; distance: number } | null = null;
  for (const r of rows) {
    if (r.k === 't') state.stories.add({ articleId: Number(r.id), sourceId: r.source_id!, createdAt: timeOf(r.created_ms!), fingerprint: hexOf(r.fp!) });
    else if (r.k === 'r') state.stories.add({ articleId: p.articleId, sourceId: p.sourceId, createdAt: p.createdAt.getTime(), fingerprint: p.fp });
    else if (r.k === 'm') match = { id: Number(r.id), sourceId: r.source_id!, distance: Number(r.distance) };
    else if (r.k === 's') {
      // Concurrent statements finish in any order: the horizon only moves forward.
      const xmin = BigInt(r.xmin!);
      if (xmin > state.horizon) state.horizon = xmin;
    }
  }
  return match;
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
  // One array parameter, not one per id: a feed of 65,536 items passed PostgreSQL's bind-parameter limit (08P01).
  const rows = await db
    .select({ id: articles.id })
    .from(articles)
    .where(and(sql`${articles.id} = any(${intArrayLiteral(ids)}::bigint[])`, eq(articles.fetchStatus, 'pending')));
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

/** Ids of stored articles with text (optionally published since a date, or not yet at an extractor version), oldest first, for re-extraction. */
export async function listArticleIdsForReextract(db: DbOrTx, since: Date | null, notVersion: string | null = null): Promise<number[]> {
  const rows = await db
    .select({ id: articles.id })
    .from(articles)
    .where(
      and(
        isNotNull(articles.text),
        isNull(articles.storyId),
        since ? gte(articles.publishedAt, since) : undefined,
        // Only articles another extractor version wrote (or none did): an interrupted run resumes where it stopped.
        notVersion !== null ? sql`${articles.extractorVersion} is distinct from ${notVersion}` : undefined,
      ),
    )
    .orderBy(articles.id);
  return rows.map((r) => r.id);
}
