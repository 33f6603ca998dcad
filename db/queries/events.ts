/** Queries on events: each article's report of something an actor did to a target. */
import { and, asc, desc, eq, gte, ilike, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../client.ts';
import { intArrayLiteral, isoTimestampOf, prepared, preparedSql } from '../prepared.ts';
import { articles, entities, events, timelineEntries } from '../schema.ts';
import { articleTextValues, type ArticleText } from './articles.ts';
import { directNames, type NameLookup } from './names.ts';
import { insertMentionsSql, mentionRowsJson } from './entities.ts';

export type EventRow = typeof events.$inferSelect;
export type NewEvent = Omit<typeof events.$inferInsert, 'id' | 'articleId' | 'createdAt' | 'timelineEntryId'>;

/**
 * Replaces an article's events (re-extraction is idempotent). Returns the ids of the events stored and
 * the timeline entries the old events supported, which the caller must tidy (they may have lost evidence).
 * The rows travel as one JSON parameter: one statement text whatever their number, and no per-value
 * query building.
 */
export async function replaceArticleEvents(db: DbOrTx, articleId: number, rows: NewEvent[]): Promise<{ ids: number[]; oldEntryIds: number[] }> {
  const old = await db
    .delete(events)
    .where(eq(events.articleId, articleId))
    .returning({ entryId: events.timelineEntryId });
  const oldEntryIds = [...new Set(old.map((r) => r.entryId).filter((id): id is number => id !== null))];
  if (rows.length === 0) return { ids: [], oldEntryIds };
  const inserted = await db.execute(insertEventsSql(sql`${articleId}`, sql`${eventRowsJson(rows)}`));
  return { ids: (inserted as unknown as { rows: { id: string | number }[] }).rows.map((r) => Number(r.id)), oldEntryIds };
}

/**
 * INSERT of event rows for the article `articleId` (an SQL expression; `from` adds relations it refers
 * to), returning their ids. The rows travel as one JSON parameter (`json`: eventRowsJson, as a value or
 * a placeholder) read with jsonb_to_recordset.
 */
function insertEventsSql(articleId: SQL, json: SQL, from: SQL = sql``): SQL {
  return sql`
    insert into events (article_id, type, actor_id, target_id, event_date, sentence, quote, field, start_offset, end_offset, confidence, issue, answers, date_precision, background)
    select ${articleId}, x.type, x.actor_id, x.target_id, x.event_date, x.sentence, x.quote, x.field, x.start_offset, x.end_offset, x.confidence, x.issue, x.answers,
      x.date_precision, coalesce(x.background, false)
    from ${from} jsonb_to_recordset(${json}::jsonb) as x(type text, actor_id int, target_id int, event_date date, sentence text,
      quote text, field text, start_offset int, end_offset int, confidence real, issue text, answers jsonb, date_precision text, background boolean)
    on conflict do nothing
    returning id`;
}

function eventRowsJson(rows: NewEvent[]): string {
  return JSON.stringify(
    rows.map((r) => ({
      type: r.type,
      actor_id: r.actorId,
      target_id: r.targetId ?? null,
      event_date: r.eventDate,
      sentence: r.sentence,
      quote: r.quote ?? null,
      field: r.field ?? 'text',
      start_offset: r.startOffset,
      end_offset: r.endOffset,
      confidence: r.confidence,
      issue: r.issue ?? null,
      answers: r.answers ?? null,
      date_precision: r.datePrecision ?? null,
      background: r.background ?? false,
    })),
  );
}

/** An article's first extraction: its events, its mention counts, the extractor version and when. */
export interface FirstExtraction {
  events: NewEvent[];
  mentions: { entityId: number; count: number }[];
  version: string;
  at: Date;
}

/**
 * One statement: `mark` (an UPDATE of the article that sets the extracted mark and returns its id, or no
 * row when it does not apply) and, only for a marked article, the inserts of its events and mentions.
 */
function withFirstExtraction(mark: SQL): SQL {
  const ph = sql.placeholder;
  return sql`
    with marked as (${mark}
    ), ev as (${insertEventsSql(sql`m.id`, sql`${ph('events')}`, sql`marked m,`)}
    ), men as (${insertMentionsSql(sql`m.id`, sql`${ph('mentions')}`, sql`marked m,`)}
    )
    select (select count(*) from marked)::int as marked, (select count(*) from ev)::int as events`;
}

const firstExtractionValues = (p: FirstExtraction) => ({
  at: p.at.toISOString(),
  version: p.version,
  events: eventRowsJson(p.events),
  mentions: mentionRowsJson(p.mentions),
});

/** The events stored, or null when the article was not marked (nothing was written). */
const eventsStored = (rows: { marked: number; events: number }[]) => (Number(rows[0]!.marked) ? Number(rows[0]!.events) : null);

/**
 * Stores the first extraction of an article — its events, its mention counts and the extracted mark — in
 * one statement (atomic on its own, one round trip). Returns the number of events stored, or null when
 * the article was extracted meanwhile (nothing is written then).
 */
export async function storeFirstExtraction(db: DbOrTx, articleId: number, p: FirstExtraction): Promise<number | null> {
  const ph = sql.placeholder;
  const rows = await preparedSql<{ marked: number; events: number }>(db, 'store_first_extraction', () =>
    withFirstExtraction(sql`
      update articles set extracted_at = ${ph('at')}::timestamptz, extractor_version = ${ph('version')}::text, placed_at = null
      where id = ${ph('articleId')}::bigint and extracted_at is null
      returning id`),
  ).execute({ articleId, ...firstExtractionValues(p) });
  return eventsStored(rows);
}

/**
 * An article's fetched text and its first extraction in one statement, for fetch-article with extraction
 * inline: one write of the article row instead of two (text, then the extracted mark), and one round trip.
 * Only a still-pending article is written (as storeArticleText); the feed's title and date are kept when
 * it had them. Returns the number of events stored, or null when another run stored the article first
 * (nothing is written then).
 */
export async function storeTextAndFirstExtraction(db: DbOrTx, articleId: number, t: ArticleText, p: FirstExtraction): Promise<number | null> {
  const ph = sql.placeholder;
  const rows = await preparedSql<{ marked: number; events: number }>(db, 'store_text_and_first_extraction', () =>
    withFirstExtraction(sql`
      update articles set text = ${ph('text')}::text, byline = ${ph('byline')}::text, content_hash = ${ph('contentHash')}::text,
        fingerprint = ${ph('fingerprint')}::text, fetch_status = ${ph('fetchStatus')}::text, fetch_error = ${ph('fetchError')}::text,
        fetched_at = ${ph('fetchedAt')}::timestamptz, title = coalesce(title, ${ph('title')}::text),
        published_at = coalesce(published_at, ${ph('publishedAt')}::timestamptz),
        extracted_at = ${ph('at')}::timestamptz, extractor_version = ${ph('version')}::text, placed_at = null
      where id = ${ph('articleId')}::bigint and fetch_status = 'pending' and extracted_at is null
      returning id`),
  ).execute({
    articleId,
    ...articleTextValues(t),
    title: t.title || null,
    publishedAt: t.publishedAt?.toISOString() ?? null,
    ...firstExtractionValues(p),
  });
  return eventsStored(rows);
}

const actorE = alias(entities, 'actor_e');
const targetE = alias(entities, 'target_e');

export interface SearchEventsParams {
  actorIds?: number[];
  targetIds?: number[];
  types?: string[];
  since?: string;
  until?: string;
  q?: string;
  limit: number;
  cursor?: { date: string; id: number };
}

/** The shape of an event search: which optional filters it has (each shape is one prepared statement). */
function searchShape(p: SearchEventsParams) {
  // One actor (the usual case) compares with =, so the (actor, date, id) index yields the page in order.
  const oneActor = p.actorIds?.length === 1;
  const shape = `${p.actorIds ? (oneActor ? 'a' : 'A') : ''}${p.targetIds ? 't' : ''}${p.types?.length ? 'y' : ''}${p.since ? 's' : ''}${p.until ? 'u' : ''}${p.q ? 'q' : ''}${p.cursor ? 'c' : ''}`;
  const values = {
    actorId: oneActor ? p.actorIds![0] : undefined,
    actorIds: p.actorIds && !oneActor ? intArrayLiteral(p.actorIds.length ? p.actorIds : [-1]) : undefined,
    targetIds: p.targetIds ? intArrayLiteral(p.targetIds.length ? p.targetIds : [-1]) : undefined,
    types: p.types?.length ? JSON.stringify(p.types) : undefined,
    since: p.since,
    until: p.until,
    like: p.q ? `%${escapeLike(p.q)}%` : undefined,
    cursorDate: p.cursor?.date,
    cursorId: p.cursor?.id,
    limit: p.limit,
  };
  return { shape, oneActor, values };
}

/**
 * The page of matching events, newest first, as a subquery `ev`: found through the indexes on actor/target
 * and date before anything is joined (joining first made PostgreSQL hash every entity for each search).
 */
function searchPage(db: DbOrTx, p: SearchEventsParams, oneActor: boolean) {
  const ph = sql.placeholder;
  return db
    .select({
      id: events.id,
      type: events.type,
      eventDate: events.eventDate,
      actorId: events.actorId,
      targetId: events.targetId,
      articleId: events.articleId,
      sentence: events.sentence,
      quote: events.quote,
      issue: events.issue,
      confidence: events.confidence,
      timelineEntryId: events.timelineEntryId,
    })
    .from(events)
    .where(
      and(
        p.actorIds ? (oneActor ? sql`${events.actorId} = ${ph('actorId')}::int` : sql`${events.actorId} = any(${ph('actorIds')}::int[])`) : undefined,
        p.targetIds ? sql`${events.targetId} = any(${ph('targetIds')}::int[])` : undefined,
        p.types?.length ? sql`${events.type} in (select jsonb_array_elements_text(${ph('types')}::jsonb))` : undefined,
        p.since ? sql`${events.eventDate} >= ${ph('since')}::date` : undefined,
        p.until ? sql`${events.eventDate} <= ${ph('until')}::date` : undefined,
        p.q ? or(ilike(events.sentence, ph('like')), ilike(events.issue, ph('like'))) : undefined,
        p.cursor ? sql`(${events.eventDate}, ${events.id}) < (${ph('cursorDate')}::date, ${ph('cursorId')}::bigint)` : undefined,
      ),
    )
    .orderBy(desc(events.eventDate), desc(events.id))
    .limit(ph('limit'))
    .as('ev');
}

/**
 * Event search by actor, target, type, date range and text, newest first, keyset-paginated on (date, id).
 * The names of the actors, targets and outlets come from `names` once per page (a page of 100 events names
 * a few dozen): joining them per row had been a third of PostgreSQL's work for a page.
 */
export async function searchEvents(db: DbOrTx, p: SearchEventsParams, names: NameLookup = directNames(db)) {
  const { shape, oneActor, values } = searchShape(p);
  const query = prepared(db, `events_search_${shape}`, (name) => {
    const page = searchPage(db, p, oneActor);
    return db
      .select({
        id: page.id,
        type: page.type,
        date: page.eventDate,
        actorId: page.actorId,
        targetId: page.targetId,
        sentence: page.sentence,
        quote: page.quote,
        issue: page.issue,
        confidence: page.confidence,
        timelineEntryId: page.timelineEntryId,
        articleId: articles.id,
        url: articles.url,
        title: articles.title,
        sourceId: articles.sourceId,
        publishedAt: isoTimestampOf(articles.publishedAt),
      })
      .from(page)
      .innerJoin(articles, eq(articles.id, page.articleId))
      .orderBy(desc(page.eventDate), desc(page.id))
      .prepare(name);
  });
  const rows = await query.execute(values);
  const entityIds = new Set<number>();
  const sourceIds = new Set<string>();
  for (const r of rows) {
    entityIds.add(r.actorId);
    if (r.targetId !== null) entityIds.add(r.targetId);
    sourceIds.add(r.sourceId);
  }
  const entityName = await names.entities([...entityIds]);
  const sourceName = await names.sources([...sourceIds]);
  return rows.map((r) => ({
    id: r.id,
    type: r.type,
    date: r.date,
    actor: entityName.get(r.actorId) ?? null,
    actorId: r.actorId,
    target: r.targetId === null ? null : (entityName.get(r.targetId) ?? null),
    targetId: r.targetId,
    sentence: r.sentence,
    quote: r.quote,
    issue: r.issue,
    confidence: r.confidence,
    timelineEntryId: r.timelineEntryId,
    articleId: r.articleId,
    url: r.url,
    title: r.title,
    outlet: sourceName.get(r.sourceId) ?? null,
    publishedAt: r.publishedAt,
  }));
}

export function escapeLike(s: string): string {
  return s.replace(/[%_\\]/g, (c) => `\\${c}`);
}

/** The events extracted from one article. */
export async function searchEventsOfArticle(db: DbOrTx, articleId: number) {
  return db
    .select({
      id: events.id,
      type: events.type,
      date: events.eventDate,
      actor: actorE.name,
      target: targetE.name,
      sentence: events.sentence,
      quote: events.quote,
      field: events.field,
      start: events.startOffset,
      end: events.endOffset,
      issue: events.issue,
      confidence: events.confidence,
      timelineEntryId: events.timelineEntryId,
    })
    .from(events)
    .innerJoin(actorE, eq(actorE.id, events.actorId))
    .leftJoin(targetE, eq(targetE.id, events.targetId))
    .where(eq(events.articleId, articleId))
    .orderBy(asc(events.startOffset));
}

/** Timeline entries the events of these articles support, first reported since `since`. */
export async function listRecentEntryIdsOfArticles(db: DbOrTx, articleIds: number[], since: Date): Promise<number[]> {
  const rows = await db
    .selectDistinct({ id: timelineEntries.id })
    .from(events)
    .innerJoin(timelineEntries, eq(timelineEntries.id, events.timelineEntryId))
    .where(and(sql`${events.articleId} = any(${intArrayLiteral(articleIds)}::bigint[])`, gte(timelineEntries.firstReportedAt, since)));
  return rows.map((r) => r.id);
}
