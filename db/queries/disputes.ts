/** Queries on disputes, their parties, timeline entries and level changes. */
import { and, asc, eq, getTableColumns, inArray, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { intArrayLiteral, isoTimestampOf, prepared } from '../prepared.ts';
import { articles, disputeChanges, disputeMerges, disputeParties, disputes, entities, events, sources, storyOutlets, timelineEntries } from '../schema.ts';
import { entityNameOf } from './entities.ts';
import { refreshEntriesEvidence } from './placement.ts';

export type Dispute = typeof disputes.$inferSelect;
export type TimelineEntry = typeof timelineEntries.$inferSelect;

/** Creates a dispute on its key or returns the existing one. */
export async function findOrCreateDispute(
  db: DbOrTx,
  d: { key: string; title: string; partyIds: number[]; issue: string; now: Date },
): Promise<Dispute> {
  const inserted = await db
    .insert(disputes)
    .values({ key: d.key, title: d.title, partyIds: [...d.partyIds].sort((a, b) => a - b), issue: d.issue, lastActivityAt: d.now })
    .onConflictDoNothing({ target: disputes.key })
    .returning();
  if (inserted[0]) {
    await db
      .insert(disputeParties)
      .values(d.partyIds.map((entityId) => ({ disputeId: inserted[0]!.id, entityId })))
      .onConflictDoNothing();
    return inserted[0];
  }
  const rows = await db.select().from(disputes).where(eq(disputes.key, d.key)).limit(1);
  return rows[0]!;
}

/** Gives a dispute its issue (and the key and title that follow from it). */
export async function setDisputeIssue(db: DbOrTx, id: number, key: string, issue: string, title: string): Promise<Dispute> {
  const rows = await db.update(disputes).set({ key, issue, title }).where(eq(disputes.id, id)).returning();
  return rows[0]!;
}

export async function insertTimelineEntry(db: DbOrTx, e: typeof timelineEntries.$inferInsert): Promise<TimelineEntry> {
  const rows = await db.insert(timelineEntries).values(e).returning();
  return rows[0]!;
}

/**
 * After an article's events were replaced: deletes those of the given entries left with no evidence and
 * refreshes the evidence of the rest; returns the disputes touched.
 */
export async function tidyEntries(db: DbOrTx, entryIds: number[]): Promise<number[]> {
  if (entryIds.length === 0) return [];
  const gone = await db.execute(sql`
    delete from timeline_entries t
    where t.id in ${entryIds} and not exists (select 1 from events e where e.timeline_entry_id = t.id)
    returning t.id, t.dispute_id`);
  const deleted = (gone as unknown as { rows: { id: number; dispute_id: number }[] }).rows;
  const deletedIds = new Set(deleted.map((r) => Number(r.id)));
  const kept = entryIds.filter((id) => !deletedIds.has(id));
  // The date placement gave an entry may have come from a report now gone: its remaining reports date it again.
  if (kept.length) await db.execute(sql`update timeline_entries set placement = placement - 'date' - 'precision' where id in ${kept} and placement is not null`);
  await refreshEntriesEvidence(db, kept);
  const left = await db.select({ disputeId: timelineEntries.disputeId }).from(timelineEntries).where(inArray(timelineEntries.id, entryIds));
  return [...new Set([...deleted.map((r) => Number(r.dispute_id)), ...left.map((r) => r.disputeId)])];
}

export async function getDispute(db: DbOrTx, id: number): Promise<Dispute | undefined> {
  const rows = await prepared(db, 'dispute_by_id', (n) =>
    db.select().from(disputes).where(eq(disputes.id, sql.placeholder('id'))).limit(1).prepare(n),
  ).execute({ id });
  return rows[0];
}

/**
 * A dispute's parties (id, name, kind; by name) as one JSON value of the row of "disputes" in the outer query:
 * one round trip and one plan with the dispute instead of a query of their own.
 */
const partiesJson = () =>
  sql<{ id: number; name: string; kind: string; role: string; roles: { role: string; since: string }[] }[]>`(select coalesce(json_agg(json_build_object('id', e.id, 'name', e.name, 'kind', e.kind, 'role', dp.role, 'roles', dp.roles) order by e.name), '[]'::json) from ${disputeParties} dp join ${entities} e on e.id = dp.entity_id where dp.dispute_id = "disputes"."id")`;

/** A dispute with its parties, as getDispute and getDisputeParties give them, in one query. */
export async function getDisputeWithParties(db: DbOrTx, id: number) {
  const rows = await prepared(db, 'dispute_with_parties', (n) =>
    db
      .select({ ...getTableColumns(disputes), parties: partiesJson() })
      .from(disputes)
      .where(eq(disputes.id, sql.placeholder('id')))
      .limit(1)
      .prepare(n),
  ).execute({ id });
  return rows[0];
}

export async function getDisputeParties(db: DbOrTx, disputeId: number) {
  return prepared(db, 'dispute_parties', (n) =>
    db
      .select({ id: entities.id, name: entities.name, kind: entities.kind, role: disputeParties.role, roles: disputeParties.roles })
      .from(disputeParties)
      .innerJoin(entities, eq(entities.id, disputeParties.entityId))
      .where(eq(disputeParties.disputeId, sql.placeholder('id')))
      .orderBy(asc(entities.name))
      .prepare(n),
  ).execute({ id: disputeId });
}

export async function getDisputeChanges(db: DbOrTx, disputeId: number) {
  return db
    .select()
    .from(disputeChanges)
    .where(eq(disputeChanges.disputeId, disputeId))
    .orderBy(asc(disputeChanges.changedOn), asc(disputeChanges.id));
}

export interface ListDisputesParams {
  actorIds?: number[];
  status?: string[];
  issue?: string;
  minLevel?: number;
  since?: string;
  sort: 'recent' | 'escalation';
  limit: number;
  cursor?: { key: string; id: number };
}

/** Dispute list with filters; keyset pagination on (last activity, id) or (escalation index, id). */
export async function listDisputes(db: DbOrTx, p: ListDisputesParams) {
  const ph = sql.placeholder;
  const escalation = p.sort === 'escalation';
  // Orders match the partial indexes disputes_escalation_idx and disputes_last_event_idx (DESC NULLS LAST).
  const order = escalation
    ? [sql`${disputes.level} desc nulls last`, sql`${disputes.escalationIndex} desc nulls last`, sql`${disputes.id} desc nulls last`]
    : [sql`${disputes.lastEventAt} desc nulls last`, sql`${disputes.id} desc nulls last`];
  const cursorCond = p.cursor
    ? escalation
      ? sql`(${disputes.level}, ${disputes.escalationIndex}, ${disputes.id}) < (split_part(${ph('cursorKey')}::text, ':', 1)::int, split_part(${ph('cursorKey')}::text, ':', 2)::real, ${ph('cursorId')}::int)`
      : sql`(${disputes.lastEventAt}, ${disputes.id}) < (${ph('cursorKey')}::date, ${ph('cursorId')}::int)`
    : undefined;
  const shape = `${escalation ? 'e' : 'r'}${p.actorIds ? 'a' : ''}${p.status?.length ? 's' : ''}${p.issue ? 'i' : ''}${p.minLevel !== undefined ? 'l' : ''}${p.since ? 'd' : ''}${p.cursor ? 'c' : ''}`;
  return prepared(db, `disputes_list_${shape}`, (name) =>
    db
      .select({
        ...getTableColumns(disputes),
        // Parties come with the row: one round trip and one plan per page.
        parties: partiesJson(),
      })
      .from(disputes)
      .where(
        and(
          sql`${disputes.mergedInto} is null`,
          p.actorIds ? sql`exists (select 1 from ${disputeParties} dp where dp.dispute_id = ${disputes.id} and dp.entity_id = any(${ph('actorIds')}::int[]))` : undefined,
          p.status?.length ? sql`${disputes.status} in (select jsonb_array_elements_text(${ph('status')}::jsonb))` : undefined,
          p.issue ? sql`${disputes.issue} ilike ${ph('issue')}` : undefined,
          p.minLevel !== undefined ? sql`${disputes.level} >= ${ph('minLevel')}::int` : undefined,
          p.since ? sql`${disputes.lastEventAt} >= ${ph('since')}::date` : undefined,
          cursorCond,
        ),
      )
      .orderBy(...order)
      .limit(ph('limit'))
      .prepare(name),
  ).execute({
    actorIds: p.actorIds ? intArrayLiteral(p.actorIds.length ? p.actorIds : [-1]) : undefined,
    status: p.status?.length ? JSON.stringify(p.status) : undefined,
    issue: p.issue ? `%${p.issue.replace(/[%_\\]/g, (c) => `\\${c}`)}%` : undefined,
    minLevel: p.minLevel,
    since: p.since,
    cursorKey: p.cursor?.key,
    cursorId: p.cursor?.id,
    limit: p.limit,
  });
}

export interface TimelineParams {
  types?: string[];
  since?: string;
  until?: string;
  limit: number;
  cursor?: { date: string; reportedAt: string; id: number; type: string };
}

/**
 * Narrative order of events reported on the same day by the same first report: the accusation before
 * the step taken on it, the answer after both ("accused … and filed a complaint"; "denied").
 */
export const SAME_DAY_ORDER = ['ALLEGATION', 'DEMAND', 'THREAT', 'INVESTIGATION', 'LEGAL_ACTION', 'RESTRICTION', 'DENIAL', 'DEESCALATION'];
const sameDayRank = (type: unknown) => sql`coalesce(array_position(${sql.raw(`array[${SAME_DAY_ORDER.map((t) => `'${t}'`).join(',')}]::text[]`)}, ${type}), 99)`;

/** The evidence of a timeline entry, as its sources list shows it (getEntrySources), before syndicated copies are added. */
interface EvidenceJson {
  articleId: number;
  url: string;
  title: string | null;
  outlet: string;
  publishedAt: string | null;
  sentence: string;
  quote: string | null;
  hasCopies: boolean;
}

/**
 * The evidence of the entry in the outer query's row of "timeline_entries", as one JSON array: what getEntrySources
 * returns for it (same fields, same order: by publication, then event), built by PostgreSQL with the entry.
 */
const evidenceJson = () => sql<EvidenceJson[]>`(
  select coalesce(json_agg(json_build_object(
    'articleId', a.id, 'url', a.url, 'title', a.title, 'outlet', s.name,
    'publishedAt', ${isoTimestampOf(sql`a.published_at`)},
    'sentence', e.sentence, 'quote', e.quote,
    'hasCopies', exists (select 1 from ${storyOutlets} so where so.story_id = a.id)
  ) order by a.published_at, e.id), '[]'::json)
  from ${events} e join ${articles} a on a.id = e.article_id join ${sources} s on s.id = a.source_id
  where e.timeline_entry_id = "timeline_entries"."id")`;

/** Which optional filters a timeline page has (each shape is one prepared statement). */
const timelineShape = (p: TimelineParams) => `${p.types?.length ? 'y' : ''}${p.since ? 's' : ''}${p.until ? 'u' : ''}${p.cursor ? 'c' : ''}`;

/** A timeline page's entries: the dispute's, filtered by type and date, after the cursor. */
function timelineConditions(p: TimelineParams) {
  const ph = sql.placeholder;
  return and(
    eq(timelineEntries.disputeId, ph('disputeId')),
    p.types?.length ? sql`${timelineEntries.type} in (select jsonb_array_elements_text(${ph('types')}::jsonb))` : undefined,
    p.since ? sql`${timelineEntries.eventDate} >= ${ph('since')}::date` : undefined,
    p.until ? sql`${timelineEntries.eventDate} <= ${ph('until')}::date` : undefined,
    p.cursor
      ? sql`(${timelineEntries.eventDate}, ${timelineEntries.firstReportedAt}, ${sameDayRank(timelineEntries.type)}, ${timelineEntries.id}) > (${ph('cursorDate')}::date, ${ph('cursorReportedAt')}::timestamptz, ${sameDayRank(sql`${ph('cursorType')}::text`)}, ${ph('cursorId')}::bigint)`
      : undefined,
  );
}

/** Timeline order: by date, events of the same day in the order they were first reported, then by the ladder. */
const timelineOrder = () => [asc(timelineEntries.eventDate), asc(timelineEntries.firstReportedAt), sameDayRank(timelineEntries.type), asc(timelineEntries.id)];

const timelineValues = (disputeId: number, p: TimelineParams) => ({
  disputeId,
  types: p.types?.length ? JSON.stringify(p.types) : undefined,
  since: p.since,
  until: p.until,
  cursorDate: p.cursor?.date,
  cursorReportedAt: p.cursor?.reportedAt,
  cursorType: p.cursor?.type,
  cursorId: p.cursor?.id,
  limit: p.limit,
});

/**
 * A dispute's timeline in date order — events of the same day in the order they were first reported —
 * each entry with actor, target and corroboration and its evidence. Keyset-paginated on (date, first report, id).
 */
function timelineQuery(db: DbOrTx, disputeId: number, p: TimelineParams) {
  const ph = sql.placeholder;
  return prepared(db, `timeline_${timelineShape(p)}`, (name) =>
    db
      .select({
        id: timelineEntries.id,
        date: timelineEntries.eventDate,
        type: timelineEntries.type,
        actor: entityNameOf('"timeline_entries"."actor_id"'),
        actorId: timelineEntries.actorId,
        target: entityNameOf('"timeline_entries"."target_id"', 'nullable'),
        targetId: timelineEntries.targetId,
        // One act against many: every target, in the order the reports named them (the target alone otherwise).
        targets: entryTargets(),
        sentence: timelineEntries.sentence,
        quote: timelineEntries.quote,
        issue: timelineEntries.issue,
        confidence: timelineEntries.confidence,
        corroboration: timelineEntries.corroboration,
        // As text (what JSON.stringify makes of the Date): no Date built per entry to be printed back.
        firstReportedAt: isoTimestampOf<string>(timelineEntries.firstReportedAt),
        answersEntryId: timelineEntries.answersEntryId,
        evidence: evidenceJson(),
      })
      .from(timelineEntries)
      .where(timelineConditions(p))
      .orderBy(...timelineOrder())
      .limit(ph('limit'))
      .prepare(name),
  ).execute(timelineValues(disputeId, p));
}

/** A value as JSON text, `null` for SQL NULL (to_json escapes strings as JSON.stringify does). */
const jsonText = (v: SQL) => sql`coalesce(to_json(${v})::text, 'null')`;

/**
 * The sources of the entry in the outer query's row of "timeline_entries" as JSON text, in the fields, order and
 * format the API's `sourceRef` schema gives them (as evidenceJson, with each story's syndicated copies in place of
 * its hasCopies flag): no value of it is read by the API, which sends the text as it comes.
 */
const sourcesJsonText = () => sql`(
  select coalesce('[' || string_agg(
    '{"articleId":' || a.id || ',"url":' || ${jsonText(sql`a.url`)} || ',"outlet":' || ${jsonText(sql`s.name`)}
    || ',"title":' || ${jsonText(sql`a.title`)} || ',"publishedAt":' || ${jsonText(isoTimestampOf(sql`a.published_at`))}
    || ',"sentence":' || ${jsonText(sql`e.sentence`)} || ',"quote":' || ${jsonText(sql`e.quote`)}
    || ',"syndicatedBy":' || coalesce((
      select '[' || string_agg('{"outlet":' || ${jsonText(sql`s2.name`)} || ',"url":' || ${jsonText(sql`a2.url`)} || '}', ',' order by so.article_id) || ']'
      from ${storyOutlets} so join ${articles} a2 on a2.id = so.article_id join ${sources} s2 on s2.id = so.source_id
      where so.story_id = a.id and so.article_id <> so.story_id), '[]')
    || '}', ',' order by a.published_at, e.id) || ']', '[]')
  from ${events} e join ${articles} a on a.id = e.article_id join ${sources} s on s.id = a.source_id
  where e.timeline_entry_id = "timeline_entries"."id")`;

/** One act against many: every target of the outer query's timeline entry, as the reports named them (the target alone otherwise). */
const entryTargets = () =>
  sql<string[]>`(select coalesce(json_agg(e.name order by x.n), '[]'::json) from jsonb_array_elements_text(coalesce("timeline_entries"."target_ids", case when "timeline_entries"."target_id" is null then '[]'::jsonb else jsonb_build_array("timeline_entries"."target_id") end)) with ordinality as x(id, n) join ${entities} e on e.id = x.id::int)`;

/** A timeline entry as JSON text in the fields and order of the API's `timelineEntry` schema. */
const entryJsonText = () => sql<string>`'{"id":' || ${timelineEntries.id} || ',"date":' || ${jsonText(sql`${timelineEntries.eventDate}`)}
  || ',"type":' || ${jsonText(sql`${timelineEntries.type}`)} || ',"actor":' || ${jsonText(entityNameOf('"timeline_entries"."actor_id"'))}
  || ',"target":' || ${jsonText(entityNameOf('"timeline_entries"."target_id"', 'nullable'))}
  || ',"targets":' || ${entryTargets()}::text
  || ',"sentence":' || ${jsonText(sql`${timelineEntries.sentence}`)} || ',"quote":' || ${jsonText(sql`${timelineEntries.quote}`)}
  || ',"issue":' || ${jsonText(sql`${timelineEntries.issue}`)} || ',"confidence":' || ${jsonText(sql`${timelineEntries.confidence}`)}
  || ',"corroboration":' || ${timelineEntries.corroboration} || ',"firstReportedAt":' || ${jsonText(isoTimestampOf(timelineEntries.firstReportedAt))}
  || ',"answersEntryId":' || ${jsonText(sql`${timelineEntries.answersEntryId}`)} || ',"sources":' || ${sourcesJsonText()} || '}'`;

/** A timeline page as the JSON API sends it: the entries as one JSON array text, their count and the last one's cursor fields. */
export interface TimelinePageJson {
  items: string;
  count: number;
  last: { date: string; reportedAt: string; type: string; id: number } | null;
}

/**
 * The page of getTimelineWithSources (same entries, filters, order and cursor) as JSON text built by PostgreSQL, for
 * the JSON API: an uncached page had cost the single-threaded API ~1.4 ms of CPU parsing rows and the evidence's JSON,
 * mapping them and serialising them again, against a few tenths of a millisecond more for PostgreSQL to print them.
 */
export async function getTimelinePageJson(db: DbOrTx, disputeId: number, p: TimelineParams): Promise<TimelinePageJson> {
  const rows = await prepared(db, `timeline_json_${timelineShape(p)}`, (name) => {
    const t = db
      .select({
        json: entryJsonText().as('json'),
        date: sql<string>`to_char(${timelineEntries.eventDate}, 'YYYY-MM-DD')`.as('date'),
        reportedAt: isoTimestampOf<string>(timelineEntries.firstReportedAt).as('reported_iso'),
        reported: sql`${timelineEntries.firstReportedAt}`.as('reported'),
        rank: sameDayRank(timelineEntries.type).as('rank'),
        type: sql<string>`${timelineEntries.type}`.as('type'),
        id: sql<number>`${timelineEntries.id}`.as('id'),
      })
      .from(timelineEntries)
      .where(timelineConditions(p))
      .orderBy(...timelineOrder())
      .limit(sql.placeholder('limit'))
      .as('t');
    const forward = sql`${t.date}, ${t.reported}, ${t.rank}, ${t.id}`;
    const backward = sql`${t.date} desc, ${t.reported} desc, ${t.rank} desc, ${t.id} desc`;
    return db
      .select({
        items: sql<string>`coalesce('[' || string_agg(${t.json}, ',' order by ${forward}) || ']', '[]')`,
        count: sql<number>`count(*)::int`,
        lastDate: sql<string | null>`(array_agg(${t.date} order by ${backward}))[1]`,
        lastReportedAt: sql<string | null>`(array_agg(${t.reportedAt} order by ${backward}))[1]`,
        lastType: sql<string | null>`(array_agg(${t.type} order by ${backward}))[1]`,
        lastId: sql<number | null>`(array_agg(${t.id} order by ${backward}))[1]`,
      })
      .from(t)
      .prepare(name);
  }).execute(timelineValues(disputeId, p));
  const r = rows[0]!;
  return {
    items: r.items,
    count: r.count,
    last: r.lastId === null ? null : { date: r.lastDate!, reportedAt: r.lastReportedAt!, type: r.lastType!, id: Number(r.lastId) },
  };
}

/** The evidence (article, outlet, sentence, quote) of a set of timeline entries. */
export async function getEntrySources(db: DbOrTx, entryIds: number[]) {
  if (entryIds.length === 0) return [];
  return prepared(db, 'entry_sources', (name) =>
    db
      .select({
        entryId: events.timelineEntryId,
        eventId: events.id,
        articleId: articles.id,
        url: articles.url,
        title: articles.title,
        outlet: sources.name,
        publishedAt: isoTimestampOf(articles.publishedAt),
        sentence: events.sentence,
        quote: events.quote,
        hasCopies: sql<boolean>`exists (select 1 from ${storyOutlets} so where so.story_id = "articles"."id")`,
      })
      .from(events)
      .innerJoin(articles, eq(articles.id, events.articleId))
      .innerJoin(sources, eq(sources.id, articles.sourceId))
      .where(sql`${events.timelineEntryId} = any(${sql.placeholder('ids')}::bigint[])`)
      .orderBy(asc(articles.publishedAt), asc(events.id))
      .prepare(name),
  ).execute({ ids: intArrayLiteral(entryIds) });
}

/** Timeline entries with their evidence: every article (and syndicated copy) that reported each one. */
export async function getTimelineWithSources(db: DbOrTx, disputeId: number, p: TimelineParams) {
  // The entries and their evidence in one query (PostgreSQL builds each entry's evidence as JSON): a round trip
  // of its own had cost the API ~0.3 ms of CPU, as much as the rows it carried.
  const rows = await timelineQuery(db, disputeId, p);
  const withCopies = [...new Set(rows.flatMap((r) => r.evidence.filter((s) => s.hasCopies).map((s) => s.articleId)))];
  const copies = withCopies.length
    ? await db
        .select({ storyId: storyOutlets.storyId, articleId: storyOutlets.articleId, outlet: sources.name, url: articles.url })
        .from(storyOutlets)
        .innerJoin(articles, eq(articles.id, storyOutlets.articleId))
        .innerJoin(sources, eq(sources.id, storyOutlets.sourceId))
        .where(and(inArray(storyOutlets.storyId, withCopies), sql`${storyOutlets.articleId} <> ${storyOutlets.storyId}`))
    : [];
  const copiesByStory = new Map<number, { outlet: string; url: string }[]>();
  for (const c of copies) {
    const list = copiesByStory.get(c.storyId) ?? [];
    list.push({ outlet: c.outlet, url: c.url });
    copiesByStory.set(c.storyId, list);
  }
  return rows.map(({ evidence, ...entry }) => ({
    ...entry,
    sources: evidence.map(({ hasCopies: _hasCopies, ...src }) => ({ ...src, syndicatedBy: copiesByStory.get(src.articleId) ?? [] })),
  }));
}

/**
 * Merges dispute `fromId` into `intoId`: its timeline entries, change records and parties move over and
 * it is kept as a tombstone (`merged_into`) so old links can redirect. Returns false when either is missing.
 */
export async function mergeDisputes(db: DbOrTx, fromId: number, intoId: number, now: Date): Promise<boolean> {
  const [from, into] = await Promise.all([getDispute(db, fromId), getDispute(db, intoId)]);
  if (!from || !into || from.mergedInto || into.mergedInto) return false;
  await db.update(timelineEntries).set({ disputeId: intoId }).where(eq(timelineEntries.disputeId, fromId));
  await db.delete(disputeChanges).where(eq(disputeChanges.disputeId, fromId));
  const parties = [...new Set([...into.partyIds, ...from.partyIds])].sort((a, b) => a - b);
  // The parties move with their roles; a party of both keeps the survivor's.
  await db.execute(sql`
    insert into dispute_parties (dispute_id, entity_id, role, roles, unit)
    select ${intoId}, entity_id, role, roles, unit from dispute_parties where dispute_id = ${fromId}
    on conflict (dispute_id, entity_id) do nothing`);
  await db
    .insert(disputeParties)
    .values(parties.map((entityId) => ({ disputeId: intoId, entityId })))
    .onConflictDoNothing();
  // An administrator's merge is authoritative: placement never merges or unmerges a pinned dispute.
  await db.update(disputes).set({ partyIds: parties, pinned: true, updatedAt: now }).where(eq(disputes.id, intoId));
  await db
    .update(disputes)
    .set({ mergedInto: intoId, key: `${from.key}|merged-${from.id}`, eventCount: 0, pinned: true, updatedAt: now })
    .where(eq(disputes.id, fromId));
  await db.insert(disputeMerges).values({ fromDisputeId: fromId, intoDisputeId: intoId, rule: 'admin' });
  return true;
}

/** Moves the given timeline entries of a dispute into a new dispute with the same parties; returns its id. */
export async function splitDispute(db: DbOrTx, id: number, entryIds: number[], issue: string | null, now: Date): Promise<number | null> {
  const d = await getDispute(db, id);
  if (!d || d.mergedInto) return null;
  const owned = await db
    .select({ id: timelineEntries.id })
    .from(timelineEntries)
    .where(and(eq(timelineEntries.disputeId, id), inArray(timelineEntries.id, entryIds)));
  if (owned.length !== new Set(entryIds).size || owned.length === 0) return null;
  const newIssue = issue ?? d.issue;
  const created = await db
    .insert(disputes)
    .values({
      key: `${d.partyIds.join('-')}|${newIssue}|split-${id}-${Math.min(...entryIds)}`,
      title: d.title.replace(/: [^:]*$/, `: ${newIssue}`),
      partyIds: d.partyIds,
      issue: newIssue,
      issues: issue ? { [issue]: 1 } : d.issues,
      pinned: true,
      lastActivityAt: now,
    })
    .returning({ id: disputes.id });
  const newId = created[0]!.id;
  // Both halves are an administrator's: placement never merges them back.
  await db.update(disputes).set({ pinned: true }).where(eq(disputes.id, id));
  await db.execute(sql`
    insert into dispute_parties (dispute_id, entity_id, role, roles, unit)
    select ${newId}, entity_id, role, roles, unit from dispute_parties where dispute_id = ${id}
    on conflict (dispute_id, entity_id) do nothing`);
  await db.insert(disputeParties).values(d.partyIds.map((entityId) => ({ disputeId: newId, entityId }))).onConflictDoNothing();
  await db.update(timelineEntries).set({ disputeId: newId }).where(inArray(timelineEntries.id, entryIds));
  return newId;
}
