/**
 * Bulk inserts for `brinkwatch seed`: synthetic actors, sources, articles, disputes, timeline entries and
 * events at benchmark scale. Rows are generated inside PostgreSQL (generate_series) or passed as one JSON
 * document per batch (json_to_recordset), never one INSERT per row. Ids are reserved up front by moving
 * each table's sequence, so the generator can wire foreign keys without reading rows back.
 */
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';

type Rows<T> = { rows: T[] };

/** Reserves `count` ids of a serial column; returns the id just before the reserved range. */
export async function reserveSeedIds(db: DbOrTx, table: 'entities' | 'articles' | 'disputes' | 'timeline_entries', count: number): Promise<number> {
  // setval under the table's max: ids inserted explicitly stay clear of what nextval hands out later.
  const res = (await db.execute(sql`
    select setval(pg_get_serial_sequence(${table}, 'id'),
                  greatest((select coalesce(max(id), 0) from ${sql.identifier(table)}),
                           (select last_value from ${sql.raw(`${table}_id_seq`)})) + ${count}) - ${count} as base`)) as unknown as Rows<{ base: string }>;
  return Number(res.rows[0]!.base);
}

/** Inserts `count` actors with ids base+1..base+count: "<Kind> <run>-<n>", one alias each. */
export async function insertSeedEntities(db: DbOrTx, p: { base: number; count: number; run: string }): Promise<void> {
  await db.execute(sql`
    insert into entities (id, name, kind, aliases, party_name)
    select ${p.base} + i,
           k.label || ' ' || ${p.run} || '-' || lpad(i::text, 5, '0'),
           k.kind,
           jsonb_build_array(upper(left(k.kind, 3)) || ${p.run} || '-' || i),
           null
    from generate_series(1, ${p.count}::int) i
    cross join lateral (
      select case when i % 10 < 3 then 'government' when i % 10 < 8 then 'company' when i % 10 = 8 then 'regulator' else 'court' end as kind,
             case when i % 10 < 3 then 'Republic' when i % 10 < 8 then 'Labs' when i % 10 = 8 then 'Authority' else 'Court' end as label
    ) k`);
}

/** Inserts (or keeps) the seed's sources. */
export async function insertSeedSources(db: DbOrTx, ids: string[]): Promise<void> {
  await db.execute(sql`
    insert into sources (id, name, kind, url, format, poll_interval_minutes, enabled)
    select s, 'Seed outlet ' || s, 'news', 'https://seed.invalid/' || s || '.rss', 'rss', 60, false
    from json_array_elements_text(${JSON.stringify(ids)}::json) s
    on conflict (id) do nothing`);
}

/**
 * Inserts articles base+from+1..base+to, extracted and fetched, spread over sources and over
 * `days` days before `until`.
 */
export async function insertSeedArticles(
  db: DbOrTx,
  p: { base: number; from: number; to: number; run: string; sourceIds: string[]; until: string; days: number },
): Promise<void> {
  await db.execute(sql`
    with src as (select array_agg(s order by s) as ids from json_array_elements_text(${JSON.stringify(p.sourceIds)}::json) s)
    insert into articles (id, canonical_url, url, source_id, title, published_at, fetched_at, text, content_hash,
                          fetch_status, extracted_at, extractor_version)
    select ${p.base} + i,
           'https://seed.invalid/' || ${p.run} || '/' || i,
           'https://seed.invalid/' || ${p.run} || '/' || i,
           src.ids[1 + (i % array_length(src.ids, 1))],
           'Seeded report ' || i,
           d.at, d.at + interval '1 hour',
           'Seeded article ' || i || '. Its events are written by brinkwatch seed for benchmarks and carry no news.',
           md5(i::text), 'fetched', d.at + interval '2 hours', 'seed'
    from src, generate_series(${p.from + 1}::int, ${p.to}::int) i
    cross join lateral (
      select ${p.until}::date - (abs(hashint4(i)) % ${p.days}) * interval '1 day' + (abs(hashint4(i + 7)) % 86400) * interval '1 second' as at
    ) d`);
}

export interface SeedDispute {
  id: number;
  key: string;
  title: string;
  partyIds: number[];
  issue: string;
  status: string;
  level: number;
  levelType: string | null;
  escalationIndex: number;
  eventCount: number;
  firstEventAt: string | null;
  lastEventAt: string | null;
  lastActivityAt: string;
}

/** Inserts disputes with explicit ids, and their two parties each. */
export async function insertSeedDisputes(db: DbOrTx, rows: SeedDispute[]): Promise<void> {
  if (rows.length === 0) return;
  const doc = JSON.stringify(
    rows.map((d) => ({
      id: d.id, key: d.key, title: d.title, party_ids: d.partyIds, issue: d.issue, status: d.status, level: d.level,
      level_type: d.levelType, escalation_index: d.escalationIndex, event_count: d.eventCount,
      first_event_at: d.firstEventAt, last_event_at: d.lastEventAt, last_activity_at: d.lastActivityAt,
    })),
  );
  await db.execute(sql`
    insert into disputes (id, key, title, party_ids, issue, status, level, level_type, escalation_index, event_count,
                          first_event_at, last_event_at, last_activity_at)
    select id, key, title, party_ids, issue, status, level, level_type, escalation_index, event_count,
           first_event_at, last_event_at, last_activity_at
    from json_to_recordset(${doc}::json) as x(id int, key text, title text, party_ids jsonb, issue text, status text, level int,
      level_type text, escalation_index real, event_count int, first_event_at date, last_event_at date, last_activity_at timestamptz)`);
  await db.execute(sql`
    insert into dispute_parties (dispute_id, entity_id)
    select x.id, p::int
    from json_to_recordset(${doc}::json) as x(id int, party_ids jsonb)
    cross join lateral jsonb_array_elements_text(x.party_ids) p
    on conflict do nothing`);
}

export interface SeedEntry {
  id: number;
  disputeId: number;
  type: string;
  actorId: number;
  targetId: number;
  eventDate: string;
  issue: string;
  corroboration: number;
  answersEntryId: number | null;
}

/** Inserts timeline entries with explicit ids; sentence and quote are written from the parties' names. */
export async function insertSeedTimelineEntries(db: DbOrTx, rows: SeedEntry[]): Promise<void> {
  if (rows.length === 0) return;
  const doc = JSON.stringify(
    rows.map((e) => ({
      id: e.id, d: e.disputeId, t: e.type, a: e.actorId, g: e.targetId, on: e.eventDate, i: e.issue, c: e.corroboration, ans: e.answersEntryId,
    })),
  );
  await db.execute(sql`
    insert into timeline_entries (id, dispute_id, type, actor_id, target_id, event_date, first_reported_at, sentence, quote,
                                  issue, confidence, corroboration, answers_entry_id)
    select x.id, x.d, x.t, x.a, x.g, x.on, x.on + interval '9 hours',
           ${seedSentence(sql`x.t`, sql`a.name`, sql`g.name`, sql`x.i`)},
           case when x.id % 3 = 0 then 'We will respond to ' || g.name || ' in due course.' end,
           x.i, 0.6 + (x.id % 4) * 0.1, x.c, x.ans
    from json_to_recordset(${doc}::json) as x(id bigint, d int, t text, a int, g int, "on" date, i text, c int, ans bigint)
    join entities a on a.id = x.a
    join entities g on g.id = x.g`);
}

/**
 * Inserts the events (the articles' reports) of timeline entries loEntry..hiEntry: entry j gets
 * `corroboration` events, numbered globally from `offset`; event number n is reported by article
 * articleBase + 1 + (n mod articleCount), so the reports of one entry sit in different articles.
 */
export async function insertSeedEvents(
  db: DbOrTx,
  p: { loEntry: number; hiEntry: number; offset: number; articleBase: number; articleCount: number },
): Promise<number> {
  const res = await db.execute(sql`
    insert into events (article_id, type, actor_id, target_id, event_date, sentence, quote, field, start_offset, end_offset,
                        confidence, issue, timeline_entry_id)
    select ${p.articleBase} + 1 + ((t.off + k) % ${p.articleCount}),
           t.type, t.actor_id, t.target_id, t.event_date, t.sentence, t.quote, 'text',
           k * 120, k * 120 + length(t.sentence), t.confidence - (k % 3) * 0.05, t.issue, t.id
    from (
      select te.*, ${p.offset}::bigint + sum(te.corroboration) over (order by te.id) - te.corroboration as off
      from timeline_entries te
      where te.id between ${p.loEntry} and ${p.hiEntry}
    ) t
    cross join lateral generate_series(0, t.corroboration - 1) k`);
  return Number((res as unknown as { rowCount: number | null }).rowCount ?? 0);
}

export interface SeedChange {
  disputeId: number;
  timelineEntryId: number;
  fromType: string | null;
  toType: string | null;
  fromLevel: number;
  toLevel: number;
  direction: string;
  changedOn: string;
}

/** Inserts dispute level changes. */
export async function insertSeedDisputeChanges(db: DbOrTx, rows: SeedChange[]): Promise<void> {
  if (rows.length === 0) return;
  await db.execute(sql`
    insert into dispute_changes (dispute_id, timeline_entry_id, from_type, to_type, from_level, to_level, direction, changed_on)
    select d, e, ft, tt, fl, tl, dir, on_
    from json_to_recordset(${JSON.stringify(rows.map((c) => ({ d: c.disputeId, e: c.timelineEntryId, ft: c.fromType, tt: c.toType, fl: c.fromLevel, tl: c.toLevel, dir: c.direction, on_: c.changedOn })))}::json)
      as x(d int, e bigint, ft text, tt text, fl int, tl int, dir text, on_ date)
    on conflict do nothing`);
}

/** Refreshes planner statistics of the seeded tables. */
export async function analyzeSeedTables(db: DbOrTx): Promise<void> {
  await db.execute(sql`analyze entities, sources, articles, disputes, dispute_parties, timeline_entries, events, dispute_changes`);
}

function seedSentence(type: ReturnType<typeof sql>, actor: ReturnType<typeof sql>, target: ReturnType<typeof sql>, issue: ReturnType<typeof sql>) {
  return sql`case ${type}
      when 'ALLEGATION' then ${actor} || ' accused ' || ${target} || ' of wrongdoing over ' || ${issue} || '.'
      when 'DENIAL' then ${actor} || ' denied the claims made by ' || ${target} || ' about ' || ${issue} || '.'
      when 'LEGAL_ACTION' then ${actor} || ' filed a lawsuit against ' || ${target} || ' over ' || ${issue} || '.'
      when 'INVESTIGATION' then ${actor} || ' opened an investigation into ' || ${target} || ' over ' || ${issue} || '.'
      when 'RESTRICTION' then ${actor} || ' restricted exports to ' || ${target} || ' citing ' || ${issue} || '.'
      when 'THREAT' then ${actor} || ' threatened ' || ${target} || ' with retaliation over ' || ${issue} || '.'
      when 'DEMAND' then ${actor} || ' demanded that ' || ${target} || ' stop ' || ${issue} || '.'
      else ${actor} || ' and ' || ${target} || ' agreed to settle their dispute over ' || ${issue} || '.'
    end`;
}
