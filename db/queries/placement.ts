/**
 * Set-based queries of update-disputes: claiming a batch of extracted articles, locking their party sets,
 * loading the disputes and entries they touch in one go, and writing the outcome back in a few
 * statements whatever the batch size. Arrays travel as one parameter (a PostgreSQL array literal or a
 * JSON text), so each statement has one text and one prepared plan.
 */
import { and, asc, desc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { insertJsonRows, intArrayLiteral, prepared } from '../prepared.ts';
import { articles, disputeChanges, disputes, events, timelineEntries } from '../schema.ts';
import { changeRecord, type DisputeState } from '../../disputes/ladder.ts';
import { PLACEMENT_TEXT_CHARS } from '../../disputes/event.ts';


/**
 * Whether an article is already placed (read without a lock), and whether any alert rule is enabled: what
 * a job needs to know to skip the placement transaction (another batch placed its article) and the alerts.
 */
export async function getPlacementStates(db: DbOrTx, ids: number[]) {
  return prepared(db, 'placement_states', (n) =>
    db
      .select({
        id: articles.id,
        placedAt: articles.placedAt,
        hasAlertRules: sql<boolean>`exists (select 1 from alert_rules where enabled)`,
      })
      .from(articles)
      .where(sql`${articles.id} = any(${sql.placeholder('ids')}::bigint[])`)
      .prepare(n),
  ).execute({ ids: intArrayLiteral(ids) });
}

/**
 * Locks articles for placement (waiting for a batch that holds one to commit, in id order) and returns
 * the state of those that exist; with 'skip', those another transaction holds are left out instead.
 */
export async function lockArticlesForPlacement(db: DbOrTx, ids: number[], ifBusy: 'wait' | 'skip' = 'wait') {
  return (
    db
      .select({ id: articles.id, extractedAt: articles.extractedAt, placedAt: articles.placedAt, storyId: articles.storyId })
      .from(articles)
      .where(sql`${articles.id} = any(${intArrayLiteral(ids)}::bigint[])`)
      .orderBy(asc(articles.id))
      // NO KEY UPDATE: exclusive among placement batches, yet no obstacle to the foreign-key checks of rows
      // that reference the article (a syndicated copy's story_outlets row waited 130 ms behind a batch).
      // 'skip': no row when another transaction holds it, instead of waiting for that transaction to end.
      .for('no key update', ifBusy === 'skip' ? { skipLocked: true } : undefined)
  );
}

/** Claims up to `limit` other extracted, unplaced stories, oldest first, skipping those another batch holds. */
export async function claimUnplacedArticles(db: DbOrTx, excludeIds: number[], limit: number): Promise<number[]> {
  if (limit <= 0) return [];
  const rows = await db
    .select({ id: articles.id })
    .from(articles)
    .where(and(sql`extracted_at is not null and placed_at is null and story_id is null`, sql`${articles.id} <> all(${intArrayLiteral(excludeIds)}::bigint[])`))
    .orderBy(asc(articles.id))
    .limit(limit)
    .for('no key update', { skipLocked: true });
  return rows.map((r) => r.id);
}

/** The events of these articles that are not on a timeline yet, in id order, with their article's dates and opening. */
export async function listUnplacedEventsOf(db: DbOrTx, articleIds: number[]) {
  if (articleIds.length === 0) return [];
  return db
    // The article's opening (what placement reads of it: the issues it names most) comes with each event.
    .select({ event: events, publishedAt: articles.publishedAt, createdAt: articles.createdAt, head: sql<string | null>`left(${articles.text}, ${sql.raw(String(PLACEMENT_TEXT_CHARS))})` })
    .from(events)
    .innerJoin(articles, eq(articles.id, events.articleId))
    .where(and(sql`${events.articleId} = any(${intArrayLiteral(articleIds)}::bigint[])`, isNull(events.timelineEntryId)))
    .orderBy(asc(events.id));
}

/** Timeline entries (with their dispute and its parties) that the events of this article support. */
export async function listEntriesOfArticle(db: DbOrTx, articleId: number) {
  return db
    .selectDistinct({ entryId: timelineEntries.id, disputeId: timelineEntries.disputeId, partyIds: disputes.partyIds })
    .from(events)
    .innerJoin(timelineEntries, eq(timelineEntries.id, events.timelineEntryId))
    .innerJoin(disputes, eq(disputes.id, timelineEntries.disputeId))
    .where(eq(events.articleId, articleId));
}

/**
 * Takes the transaction-scoped advisory locks of these party sets, in one fixed order (of their 64-bit
 * hashes) so that two batches sharing party sets cannot deadlock. Every writer of a dispute's timeline
 * takes the lock of its party set through this function or lockDisputeKey.
 */
export async function lockPartySets(db: DbOrTx, keys: string[]): Promise<void> {
  if (keys.length === 0) return;
  await db.execute(sql`
    select pg_advisory_xact_lock(h)
    from (select distinct hashtextextended(k, 0) as h from jsonb_array_elements_text(${JSON.stringify(keys)}::jsonb) as k order by h) s`);
}

/**
 * The timeline entries of these disputes in date order, all of them (the ladder's input) or those dated
 * within the window (what placement matches new events against).
 */
export async function listEntriesOfDisputes(db: DbOrTx, disputeIds: number[], window?: { from: string; to: string }) {
  if (disputeIds.length === 0) return [];
  return db
    .select({
      id: timelineEntries.id,
      disputeId: timelineEntries.disputeId,
      type: timelineEntries.type,
      actorId: timelineEntries.actorId,
      targetId: timelineEntries.targetId,
      eventDate: timelineEntries.eventDate,
      answersEntryId: timelineEntries.answersEntryId,
      corroboration: timelineEntries.corroboration,
      undated: timelineEntries.undated,
    })
    .from(timelineEntries)
    .where(
      and(
        sql`${timelineEntries.disputeId} = any(${intArrayLiteral(disputeIds)}::int[])`,
        window ? sql`${timelineEntries.eventDate} between ${window.from}::date and ${window.to}::date` : undefined,
      ),
    )
    .orderBy(asc(timelineEntries.disputeId), asc(timelineEntries.eventDate), asc(timelineEntries.id));
}

export type NewTimelineEntry = typeof timelineEntries.$inferInsert & { id: number };

/** `n` ids of the timeline_entries sequence, in increasing order (one statement). */
export async function reserveEntryIds(db: DbOrTx, n: number): Promise<number[]> {
  if (n <= 0) return [];
  const result = await db.execute(sql`select nextval(pg_get_serial_sequence('timeline_entries', 'id')) as id from generate_series(1, ${n}::int)`);
  return (result as unknown as { rows: { id: string | number }[] }).rows.map((r) => Number(r.id)).sort((a, b) => a - b);
}

/** Writes timeline entries whose ids were reserved (reserveEntryIds), in one statement. */
export async function insertTimelineEntries(db: DbOrTx, entries: NewTimelineEntry[]): Promise<void> {
  if (entries.length === 0) return;
  // One JSON parameter, not a value list: drizzle rendered a batch's entries x 13 columns one chunk at a time,
  // about 0.3 ms of worker CPU per entry (the largest share of drizzle in an ingest profile).
  await db.execute(
    insertJsonRows(
      'timeline_entries',
      {
        id: 'bigint', dispute_id: 'int', type: 'text', actor_id: 'int', target_id: 'int', event_date: 'date', first_reported_at: 'timestamptz',
        sentence: 'text', quote: 'text', issue: 'text', confidence: 'real', corroboration: 'int', answers_entry_id: 'bigint',
        target_ids: 'jsonb', undated: 'boolean', placement: 'jsonb',
      },
      entries.map((e) => ({
        id: e.id, dispute_id: e.disputeId, type: e.type, actor_id: e.actorId, target_id: e.targetId ?? null,
        event_date: e.eventDate, first_reported_at: e.firstReportedAt.toISOString(), sentence: e.sentence,
        quote: e.quote ?? null, issue: e.issue ?? null, confidence: e.confidence, corroboration: e.corroboration ?? 1,
        answers_entry_id: e.answersEntryId ?? null, target_ids: e.targetIds ?? null, undated: e.undated ?? false,
        placement: e.placement ?? null,
      })),
    ),
  );
}

/** A denial's entry and what it may answer: the newest allegation of the dispute (by `accuserId` when set) on or before a date, among entries with ids below `idBelow`. */
export interface AnswerLookup {
  entryId: number;
  disputeId: number;
  accuserId: number | null;
  onOrBefore: string;
  idBelow: number;
}

/**
 * Links denials to the allegations they answer, in one statement: each lookup finds its allegation, and
 * of several lookups for one entry the first (in the order given) that finds one sets it.
 */
export async function setAnsweredAllegations(db: DbOrTx, lookups: AnswerLookup[]): Promise<void> {
  if (lookups.length === 0) return;
  const rows = lookups.map((l, ord) => ({ entry_id: l.entryId, dispute_id: l.disputeId, accuser_id: l.accuserId, on_or_before: l.onOrBefore, id_below: l.idBelow, ord }));
  await db.execute(sql`
    update timeline_entries t set answers_entry_id = c.answer
    from (
      select distinct on (q.entry_id) q.entry_id, a.id as answer
      from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
        as q(entry_id bigint, dispute_id int, accuser_id int, on_or_before date, id_below bigint, ord int)
      cross join lateral (
        select te.id from timeline_entries te
        where te.dispute_id = q.dispute_id and te.type = 'ALLEGATION'
          and (q.accuser_id is null or te.actor_id = q.accuser_id)
          and te.event_date <= q.on_or_before and te.id < q.id_below
        order by te.event_date desc, te.id desc
        limit 1
      ) a
      order by q.entry_id, q.ord
    ) c
    where t.id = c.entry_id`);
}

/** Points each event at its timeline entry, in one statement. */
export async function setEventEntries(db: DbOrTx, pairs: { eventId: number; entryId: number }[]): Promise<void> {
  if (pairs.length === 0) return;
  await db.execute(sql`
    update events e set timeline_entry_id = v.entry_id
    from unnest(${intArrayLiteral(pairs.map((p) => p.eventId))}::bigint[], ${intArrayLiteral(pairs.map((p) => p.entryId))}::bigint[]) as v(event_id, entry_id)
    where e.id = v.event_id`);
}

/**
 * The number of distinct outlets (sources) that reported a timeline entry: those of the articles whose events
 * are on it, and those that carried a syndicated copy of one of them. Outlets, not articles: one outlet under ten
 * URLs (or a feed that rotates its URLs on every poll) is one report, not ten. Index lookups per entry.
 */
function outletCount(entryId: SQL) {
  return sql`(select count(distinct o.source_id)::int from (
      select a.source_id from events e2 join articles a on a.id = e2.article_id where e2.timeline_entry_id = ${entryId}
      union all
      select so.source_id from events e2 join story_outlets so on so.story_id = e2.article_id where e2.timeline_entry_id = ${entryId}
    ) o)`;
}

/**
 * Recomputes, for each entry, its corroboration (distinct outlets reporting it, syndicated copies included), first report time and date, and keeps the best-evidenced sentence (highest confidence) and a
 * quote as its headline evidence. One statement for any number of entries.
 */
export async function refreshEntriesEvidence(db: DbOrTx, entryIds: number[]): Promise<void> {
  if (entryIds.length === 0) return;
  await db.execute(sql`
    update timeline_entries t set
      corroboration = greatest(1, s.outlets),
      first_reported_at = least(t.first_reported_at, s.first_at),
      -- A real-world event happens once: the date placement gave it (the earliest its reports give, a month or a
      -- year giving way to a day inside it), else the earliest, and never after its first report (later articles
      -- that mention it in passing carry their own, later, publication dates).
      event_date = least(coalesce((t.placement->>'date')::date, s.min_date), s.first_at::date),
      sentence = coalesce(s.sentence, t.sentence),
      quote = coalesce(s.quote, t.quote),
      confidence = greatest(t.confidence, s.conf)
    from (
      -- Entry by entry (lateral), articles and outlets by key: an index lookup each, whatever the planner's
      -- statistics say (a join over the whole batch was planned as a hash join of every article while the
      -- statistics were stale, 35 ms a batch by 10,000 articles on a server without autovacuum).
      select x.entry_id, s.n, s.first_at, s.sentence, s.quote, s.conf, s.min_date, ${outletCount(sql`x.entry_id`)} as outlets
      from unnest(${intArrayLiteral(entryIds)}::bigint[]) as x(entry_id)
      cross join lateral (
        select count(distinct e.article_id)::int as n,
               min((select coalesce(a.published_at, a.created_at) from articles a where a.id = e.article_id)) as first_at,
               (array_agg(e.sentence order by e.confidence desc, e.id))[1] as sentence,
               (array_agg(e.quote order by (e.quote is null), e.confidence desc, e.id))[1] as quote,
               max(e.confidence) as conf,
               min(e.event_date) as min_date
        from events e
        where e.timeline_entry_id = x.entry_id
      ) s
      where s.n > 0
    ) s
    where t.id = s.entry_id`);
}

/**
 * Adds newly placed events to the evidence of entries that already had some, from the new events alone
 * (the outlets are counted again, see outletCount): the first report and date can only
 * move earlier, the headline sentence changes only for a report as confident or more (a tie is settled
 * by the index on (entry, confidence, id)); the quote is looked up again only when a new event brings one. refreshEntriesEvidence aggregates every event of an entry,
 * which on a long-running story (hundreds of reports) cost more than the rest of a batch.
 */
export async function addEntriesEvidence(db: DbOrTx, eventIds: number[]): Promise<void> {
  if (eventIds.length === 0) return;
  await db.execute(sql`
    update timeline_entries t set
      -- Counted again, not added to: a new report from an outlet already counted adds nothing.
      corroboration = greatest(1, ${outletCount(sql`t.id`)}),
      first_reported_at = least(t.first_reported_at, s.first_at),
      event_date = least(coalesce((t.placement->>'date')::date, least(t.event_date, s.min_date)), t.first_reported_at::date, s.first_at::date),
      -- A tie in confidence goes to the earliest event, as when every event is aggregated.
      sentence = case when s.conf > t.confidence then s.sentence
        when s.conf = t.confidence then (select e.sentence from events e where e.timeline_entry_id = t.id order by e.confidence desc nulls last, e.id limit 1)
        else t.sentence end,
      quote = case when s.has_quote
        then (select e.quote from events e where e.timeline_entry_id = t.id and e.quote is not null order by e.confidence desc nulls last, e.id limit 1)
        else t.quote end,
      confidence = greatest(t.confidence, s.conf)
    from (
      select e.timeline_entry_id as entry_id,
             count(*)::int as n,
             -- Articles by key (an index lookup per event), as in refreshEntriesEvidence.
             min((select coalesce(a.published_at, a.created_at) from articles a where a.id = e.article_id)) as first_at,
             (array_agg(e.sentence order by e.confidence desc, e.id))[1] as sentence,
             bool_or(e.quote is not null) as has_quote,
             max(e.confidence) as conf,
             min(e.event_date) as min_date
      from events e
      where e.id = any(${intArrayLiteral(eventIds)}::bigint[]) and e.timeline_entry_id is not null
      group by e.timeline_entry_id
    ) s
    where t.id = s.entry_id`);
}

/** Stores the computed state of several disputes and replaces their change records: three statements. */
export async function saveDisputeStates(db: DbOrTx, states: { disputeId: number; state: DisputeState; eventCount: number }[], now: Date): Promise<void> {
  if (states.length === 0) return;
  const rows = states.map(({ disputeId, state: s, eventCount }) => ({
    id: disputeId,
    level: s.level,
    level_type: s.levelType,
    escalation_index: s.escalationIndex,
    status: s.status,
    first_event_at: s.firstEventAt,
    last_event_at: s.lastEventAt,
    event_count: eventCount,
  }));
  await db.execute(sql`
    update disputes d set
      level = v.level, level_type = v.level_type, escalation_index = v.escalation_index, status = v.status,
      first_event_at = v.first_event_at, last_event_at = v.last_event_at, event_count = v.event_count,
      last_activity_at = ${now.toISOString()}::timestamptz, updated_at = ${now.toISOString()}::timestamptz
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as v(id int, level int, level_type text, escalation_index real,
      status text, first_event_at date, last_event_at date, event_count int)
    where d.id = v.id`);
  // Change records are replaced by difference: a long timeline keeps its hundreds of records, and a batch
  // writes only those that appeared or changed.
  const ids = states.map((s) => s.disputeId);
  const existing = await db
    .select({
      id: disputeChanges.id,
      disputeId: disputeChanges.disputeId,
      timelineEntryId: disputeChanges.timelineEntryId,
      fromType: disputeChanges.fromType,
      toType: disputeChanges.toType,
      fromLevel: disputeChanges.fromLevel,
      toLevel: disputeChanges.toLevel,
      direction: disputeChanges.direction,
      changedOn: disputeChanges.changedOn,
    })
    .from(disputeChanges)
    .where(sql`${disputeChanges.disputeId} = any(${intArrayLiteral(ids)}::int[])`);
  type Change = Omit<ReturnType<typeof changeRecord>, 'timelineEntryId'> & { timelineEntryId: number | null };
  const keyOf = (c: Change) => JSON.stringify([c.disputeId, c.timelineEntryId, c.fromType, c.toType, c.fromLevel, c.toLevel, c.direction, c.changedOn]);
  const wanted: Change[] = states.flatMap(({ disputeId, state }) => state.changes.map((c) => changeRecord(disputeId, c)));
  const wantedKeys = new Set(wanted.map(keyOf));
  const kept = new Set<string>();
  const stale: number[] = [];
  for (const e of existing) {
    const k = keyOf(e);
    if (wantedKeys.has(k) && !kept.has(k)) kept.add(k);
    else stale.push(e.id);
  }
  if (stale.length) await db.execute(sql`delete from dispute_changes where id = any(${intArrayLiteral(stale)}::bigint[])`);
  const fresh = wanted.filter((c) => !kept.has(keyOf(c)));
  if (fresh.length) {
    // One JSON parameter, as insertTimelineEntries: a value list of ~0.75 records per article ingested was drizzle's next largest cost.
    await db.execute(
      insertJsonRows(
        'dispute_changes',
        { dispute_id: 'int', timeline_entry_id: 'bigint', from_type: 'text', to_type: 'text', from_level: 'int', to_level: 'int', direction: 'text', changed_on: 'date' },
        fresh.map((c) => ({
          dispute_id: c.disputeId, timeline_entry_id: c.timelineEntryId, from_type: c.fromType, to_type: c.toType,
          from_level: c.fromLevel, to_level: c.toLevel, direction: c.direction, changed_on: c.changedOn,
        })),
      ),
    );
  }
}

/** Marks articles as placed (their events are on timelines, or cannot be placed). */
export async function markArticlesPlaced(db: DbOrTx, articleIds: number[], at: Date): Promise<void> {
  if (articleIds.length === 0) return;
  await db.execute(sql`update articles set placed_at = ${at.toISOString()}::timestamptz where id = any(${intArrayLiteral(articleIds)}::bigint[])`);
}

// ---- Story placement (disputes/placement.ts): the disputes an event could join, and the outcome written back ----

export interface StoredParty { disputeId: number; entityId: number; name: string; kind: string; unit: string | null; role: string; roles: { role: string; since: string }[] }
export interface StoredEntry {
  id: number; disputeId: number; type: string; actorId: number; actorName: string; targetIds: number[];
  eventDate: string; undated: boolean; sentence: string;
  /** What placement keeps of the entry (timeline_entries.placement); null on entries written before it. */
  placement: EntryPlacement | null;
}

export type EntryPlacement = NonNullable<typeof timelineEntries.$inferSelect.placement>;

/** Writes what placement now keeps of existing entries (their targets, date or undatedness changed). */
export async function setEntriesPlacement(db: DbOrTx, rows: { id: number; placement: EntryPlacement }[]): Promise<void> {
  if (rows.length === 0) return;
  await db.execute(sql`
    update timeline_entries t set placement = v.placement
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as v(id bigint, placement jsonb)
    where t.id = v.id`);
}

/**
 * The live disputes with a party counting as one of these units, locked for this transaction (in id order,
 * after the units' advisory locks), with their parties and timeline entries: what placement matches against.
 */
export async function loadDisputesForUnits(db: DbOrTx, units: string[], window: { from: string; to: string }) {
  if (units.length === 0) return { disputes: [], parties: [] as StoredParty[], entries: [] as StoredEntry[] };
  // Only disputes with a step within the window (what no joining rule reaches is not read): a state named in
  // thousands of disputes over the years would otherwise be read whole by every batch that names it.
  const found = await db.execute(sql`
    select distinct dp.dispute_id as id
    from dispute_parties dp join entities e on e.id = dp.entity_id join disputes d on d.id = dp.dispute_id
    where d.merged_into is null
      and (d.last_event_at is null or (d.last_event_at >= ${window.from}::date and d.first_event_at <= ${window.to}::date))
      and coalesce(dp.unit, e.party_name, e.name) in (select jsonb_array_elements_text(${JSON.stringify(units)}::jsonb))`);
  const ids = (found as unknown as { rows: { id: number }[] }).rows.map((r) => Number(r.id)).sort((a, b) => a - b);
  if (ids.length === 0) return { disputes: [], parties: [] as StoredParty[], entries: [] as StoredEntry[] };
  const locked = await db
    .select()
    .from(disputes)
    .where(and(sql`${disputes.id} = any(${intArrayLiteral(ids)}::int[])`, isNull(disputes.mergedInto)))
    .orderBy(asc(disputes.id))
    .for('update');
  const live = locked.map((d) => d.id);
  if (live.length === 0) return { disputes: [], parties: [] as StoredParty[], entries: [] as StoredEntry[] };
  const parties = (await db.execute(sql`
    select dp.dispute_id as "disputeId", dp.entity_id as "entityId", e.name, e.kind, dp.unit, dp.role, dp.roles
    from dispute_parties dp join entities e on e.id = dp.entity_id
    where dp.dispute_id = any(${intArrayLiteral(live)}::int[])
    order by dp.dispute_id, e.name`)) as unknown as { rows: StoredParty[] };
  const entries = (await db.execute(sql`
    select t.id, t.dispute_id as "disputeId", t.type, t.actor_id as "actorId", a.name as "actorName",
           coalesce(t.target_ids, case when t.target_id is null then '[]'::jsonb else jsonb_build_array(t.target_id) end) as "targetIds",
           t.event_date::text as "eventDate", t.undated, t.sentence, t.placement
    from timeline_entries t join entities a on a.id = t.actor_id
    where t.dispute_id = any(${intArrayLiteral(live)}::int[])
    -- In the order placement made them (ids are reserved in creation order), as its disputes keep them.
    order by t.dispute_id, t.id`)) as unknown as { rows: StoredEntry[] };
  return {
    disputes: locked,
    parties: parties.rows.map((p) => ({ ...p, disputeId: Number(p.disputeId), entityId: Number(p.entityId) })),
    entries: entries.rows.map((e) => ({ ...e, id: Number(e.id), disputeId: Number(e.disputeId), actorId: Number(e.actorId), targetIds: (e.targetIds ?? []).map(Number) })),
  };
}

/** Which of these articles already report which timeline entries (a re-extracted article's placed events). */
export async function listEntryArticles(db: DbOrTx, articleIds: number[]): Promise<{ entryId: number; articleId: number }[]> {
  if (articleIds.length === 0) return [];
  const res = await db.execute(sql`
    select distinct timeline_entry_id as "entryId", article_id as "articleId" from events
    where article_id = any(${intArrayLiteral(articleIds)}::bigint[]) and timeline_entry_id is not null`);
  return (res as unknown as { rows: { entryId: number; articleId: number }[] }).rows.map((r) => ({ entryId: Number(r.entryId), articleId: Number(r.articleId) }));
}

/** Creates story disputes (one statement); returns their ids in the order given. */
export async function insertStoryDisputes(db: DbOrTx, rows: { key: string; title: string; issue: string; issues: Record<string, number>; partyIds: number[] }[], now: Date): Promise<number[]> {
  if (rows.length === 0) return [];
  const inserted = await db
    .insert(disputes)
    .values(rows.map((r) => ({ key: r.key, title: r.title, issue: r.issue, issues: r.issues, partyIds: r.partyIds, lastActivityAt: now })))
    .returning({ id: disputes.id, key: disputes.key });
  const byKey = new Map(inserted.map((r) => [r.key, r.id]));
  return rows.map((r) => byKey.get(r.key)!);
}

/** Writes disputes' title, issue and parties (with roles) as placement left them: an upsert of every party. */
export async function saveStoryDisputes(
  db: DbOrTx,
  rows: { id: number; title: string; issue: string; issues: Record<string, number>; parties: { entityId: number; role: string; roles: { role: string; since: string }[]; unit: string }[] }[],
): Promise<void> {
  if (rows.length === 0) return;
  await db.execute(sql`
    update disputes d set title = v.title, issue = v.issue, issues = v.issues, party_ids = v.party_ids
    from jsonb_to_recordset(${JSON.stringify(rows.map((r) => ({ id: r.id, title: r.title, issue: r.issue, issues: r.issues, party_ids: [...new Set(r.parties.map((p) => p.entityId))].sort((a, b) => a - b) })))}::jsonb)
      as v(id int, title text, issue text, issues jsonb, party_ids jsonb)
    where d.id = v.id`);
  const parties = rows.flatMap((r) => r.parties.map((p) => ({ dispute_id: r.id, entity_id: p.entityId, role: p.role, roles: p.roles, unit: p.unit })));
  if (parties.length === 0) return;
  await db.execute(sql`
    insert into dispute_parties (dispute_id, entity_id, role, roles, unit)
    select v.dispute_id, v.entity_id, v.role, v.roles, v.unit
    from jsonb_to_recordset(${JSON.stringify(parties)}::jsonb) as v(dispute_id int, entity_id int, role text, roles jsonb, unit text)
    on conflict (dispute_id, entity_id) do update set role = excluded.role, roles = excluded.roles, unit = excluded.unit`);
}

/**
 * Merges disputes placement found to be one story: the timeline and change records move to the survivor, the
 * merged one stays as a tombstone (`merged_into`, as an administrator's merge leaves it), and the merge is recorded.
 */
export async function applyStoryMerges(db: DbOrTx, merges: { from: number; into: number; rule: string }[], now: Date): Promise<void> {
  for (const m of merges) {
    await db.execute(sql`update timeline_entries set dispute_id = ${m.into} where dispute_id = ${m.from}`);
    await db.execute(sql`delete from dispute_changes where dispute_id = ${m.from}`);
    await db.execute(sql`delete from dispute_parties where dispute_id = ${m.from}`);
    await db.execute(sql`update disputes set merged_into = ${m.into}, key = key || '|merged-' || id::text, event_count = 0, updated_at = ${now.toISOString()}::timestamptz where id = ${m.from}`);
    await db.execute(sql`insert into dispute_merges (from_dispute_id, into_dispute_id, rule) values (${m.from}, ${m.into}, ${m.rule})`);
  }
}

/**
 * Deletes those of the given disputes left with no timeline entry, unless merged away or held by an administrator:
 * a dispute a re-extraction emptied whose events went elsewhere when its article was placed again. Its parties and
 * change records go with it. Returns the ids deleted.
 */
export async function deleteEmptyDisputes(db: DbOrTx, ids: number[]): Promise<number[]> {
  if (ids.length === 0) return [];
  const gone = await db.execute(sql`
    delete from disputes d
    where d.id = any(${intArrayLiteral(ids)}::int[]) and d.merged_into is null and not d.pinned
      and not exists (select 1 from timeline_entries t where t.dispute_id = d.id)
    returning d.id`);
  return (gone as unknown as { rows: { id: number }[] }).rows.map((r) => Number(r.id));
}

/** Sets the full target list of entries that gained targets (one act against many). */
export async function setEntryTargets(db: DbOrTx, rows: { id: number; targetIds: number[] }[]): Promise<void> {
  if (rows.length === 0) return;
  await db.execute(sql`
    update timeline_entries t set target_ids = v.target_ids
    from jsonb_to_recordset(${JSON.stringify(rows.map((r) => ({ id: r.id, target_ids: r.targetIds })))}::jsonb) as v(id bigint, target_ids jsonb)
    where t.id = v.id`);
}

// ---- `brinkwatch disputes rebuild` ----

export interface KeptDelivery { ruleId: number; status: string; batchKey: string | null; attempts: number; sentAt: string | null; eventIds: number[] }

/**
 * Takes apart every dispute an administrator did not merge or split (pinned ones stay whole): remembers the
 * alert deliveries of their entries by the events those entries held, detaches the events, deletes the
 * disputes (entries, parties, change records and deliveries go with them) and marks the articles concerned
 * unplaced. Returns the remembered deliveries and the articles to place again, oldest publication first.
 */
export async function takeApartDisputes(db: DbOrTx): Promise<{ deliveries: KeptDelivery[]; articleIds: number[] }> {
  const kept = (await db.execute(sql`
    select ad.rule_id as "ruleId", ad.status, ad.batch_key as "batchKey", ad.attempts, ad.sent_at::text as "sentAt",
           coalesce((select json_agg(e.id order by e.id) from events e where e.timeline_entry_id = ad.timeline_entry_id), '[]'::json) as "eventIds"
    from alert_deliveries ad join timeline_entries t on t.id = ad.timeline_entry_id join disputes d on d.id = t.dispute_id
    where not d.pinned`)) as unknown as { rows: KeptDelivery[] };
  await db.execute(sql`
    update events e set timeline_entry_id = null
    from timeline_entries t join disputes d on d.id = t.dispute_id
    where e.timeline_entry_id = t.id and not d.pinned`);
  await db.execute(sql`delete from disputes where not pinned`);
  // Every extracted story not wholly on a pinned dispute's timeline is placed again (its unplaceable events too).
  const res = await db.execute(sql`
    update articles a set placed_at = null
    where a.extracted_at is not null and a.story_id is null
      and exists (select 1 from events e where e.article_id = a.id and e.timeline_entry_id is null)
    returning a.id, coalesce(a.published_at, a.created_at) as at`);
  const rows = (res as unknown as { rows: { id: number; at: string | Date }[] }).rows
    .map((r) => ({ id: Number(r.id), at: new Date(r.at).getTime() }))
    .sort((a, b) => a.at - b.at || a.id - b.id);
  return { deliveries: kept.rows.map((d) => ({ ...d, eventIds: (d.eventIds ?? []).map(Number) })), articleIds: rows.map((r) => r.id) };
}

/** Puts remembered alert deliveries back on the entries their events now belong to (so no alert goes out twice). */
export async function restoreDeliveries(db: DbOrTx, deliveries: KeptDelivery[]): Promise<number> {
  if (deliveries.length === 0) return 0;
  const res = await db.execute(sql`
    insert into alert_deliveries (rule_id, timeline_entry_id, status, batch_key, attempts, sent_at)
    select distinct on (v.rule_id, e.timeline_entry_id) v.rule_id, e.timeline_entry_id, v.status, v.batch_key, v.attempts, v.sent_at
    from jsonb_to_recordset(${JSON.stringify(deliveries.map((d) => ({ rule_id: d.ruleId, status: d.status, batch_key: d.batchKey, attempts: d.attempts, sent_at: d.sentAt, event_ids: d.eventIds })))}::jsonb)
      as v(rule_id int, status text, batch_key text, attempts int, sent_at timestamptz, event_ids jsonb)
    cross join lateral jsonb_array_elements_text(v.event_ids) as x(event_id)
    join events e on e.id = x.event_id::bigint and e.timeline_entry_id is not null
    order by v.rule_id, e.timeline_entry_id, (v.status = 'sent') desc
    on conflict (rule_id, timeline_entry_id) do nothing
    returning id`);
  return (res as unknown as { rows: unknown[] }).rows.length;
}

// ---- `brinkwatch disputes`: the whole placement read back ----

/**
 * Every live dispute with its parties, timeline entries and the events on them, and every event on no timeline:
 * what `brinkwatch disputes` prints from its own embedded database once the articles are placed. Rows come in a
 * fixed order (disputes and entries by id, parties by the day they joined, events by id), so the same database
 * reads the same.
 */
export async function readPlacedDisputes(db: DbOrTx) {
  const rows = <T>(r: unknown) => (r as { rows: T[] }).rows;
  const list = rows<{ id: number; title: string; issue: string; status: string; level: number; levelType: string | null }>(
    await db.execute(sql`
      select id, title, issue, status, level, level_type as "levelType" from disputes
      where merged_into is null and event_count > 0 order by id`),
  );
  const parties = rows<{ disputeId: number; entityId: number; name: string; kind: string; unit: string | null; role: string; roles: { role: string; since: string }[] }>(
    await db.execute(sql`
      select p.dispute_id as "disputeId", p.entity_id as "entityId", e.name, e.kind, p.unit, p.role, p.roles
      from dispute_parties p join entities e on e.id = p.entity_id join disputes d on d.id = p.dispute_id
      where d.merged_into is null and d.event_count > 0
      order by p.dispute_id, (select min(r->>'since') from jsonb_array_elements(p.roles) r) nulls last, p.entity_id`),
  );
  const entries = rows<{ id: number; disputeId: number; type: string; actor: string; targetId: number | null; targetIds: number[] | null; eventDate: string; undated: boolean; placement: EntryPlacement | null }>(
    await db.execute(sql`
      select t.id, t.dispute_id as "disputeId", t.type, a.name as actor, t.target_id as "targetId", t.target_ids as "targetIds",
        t.event_date::text as "eventDate", t.undated, t.placement
      from timeline_entries t join entities a on a.id = t.actor_id join disputes d on d.id = t.dispute_id
      where d.merged_into is null order by t.id`),
  );
  const names = new Map(
    rows<{ id: number; name: string }>(
      await db.execute(sql`
        select id, name from entities where id in (
          select target_id from timeline_entries union select jsonb_array_elements_text(coalesce(target_ids, '[]'::jsonb))::int from timeline_entries)`),
    ).map((r) => [Number(r.id), r.name]),
  );
  const evs = rows<{ id: number; articleId: number; entryId: number | null; type: string; actor: string; target: string | null }>(
    await db.execute(sql`
      select e.id, e.article_id as "articleId", e.timeline_entry_id as "entryId", e.type, a.name as actor, b.name as target
      from events e join entities a on a.id = e.actor_id left join entities b on b.id = e.target_id order by e.id`),
  );
  const merges = rows<{ from: number; into: number; rule: string }>(
    await db.execute(sql`select from_dispute_id as "from", into_dispute_id as "into", rule from dispute_merges order by id`),
  );
  return {
    disputes: list.map((d) => ({ ...d, id: Number(d.id) })),
    parties: parties.map((p) => ({ ...p, disputeId: Number(p.disputeId), entityId: Number(p.entityId) })),
    entries: entries.map((e) => ({
      ...e,
      id: Number(e.id),
      disputeId: Number(e.disputeId),
      targets: (e.targetIds?.length ? e.targetIds : e.targetId != null ? [e.targetId] : []).map((t) => names.get(Number(t)) ?? String(t)),
    })),
    events: evs.map((e) => ({ ...e, id: Number(e.id), articleId: Number(e.articleId), entryId: e.entryId == null ? null : Number(e.entryId) })),
    merges: merges.map((m) => ({ from: Number(m.from), into: Number(m.into), rule: m.rule })),
  };
}

/** An article's stored events by their natural key (type, actor's and target's names). */
export async function listArticleEventKeys(db: DbOrTx, articleId: number): Promise<{ id: number; type: string; actor: string; target: string | null }[]> {
  const r = (await db.execute(sql`
    select e.id, e.type, x.name as actor, y.name as target from events e join entities x on x.id = e.actor_id
    left join entities y on y.id = e.target_id where e.article_id = ${articleId} order by e.id`)) as unknown as { rows: { id: number; type: string; actor: string; target: string | null }[] };
  return r.rows.map((row) => ({ ...row, id: Number(row.id) }));
}

/** Removes an article with its events (`brinkwatch disputes` drops an article whose extraction or placement failed). */
export async function deleteArticle(db: DbOrTx, articleId: number): Promise<void> {
  await db.execute(sql`delete from articles where id = ${articleId}`);
}
