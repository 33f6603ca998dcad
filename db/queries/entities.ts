/** Queries on entities and their mentions. */
import { and, asc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import { LRUCache } from 'lru-cache';
import type { DbOrTx } from '../client.ts';
import { intArrayLiteral, prepared, textArrayLiteral } from '../prepared.ts';
import { disputeParties, disputes, entities, mentions } from '../schema.ts';

export type Entity = typeof entities.$inferSelect;

export interface EntityInput {
  name: string;
  kind: string;
  aliases?: string[];
  organisation?: string | null;
  partyName?: string | null;
}

/** What an entity row holds that an upsert compares against: its id and the fields an upsert may grow. */
interface KnownEntity {
  id: number;
  aliases: string[];
  organisation: string | null;
  partyName: string | null;
}

/**
 * Entity rows as last read or written through a database handle, by canonical name, for upsertEntities.
 * A name's id never changes (names are unique and entities are never renamed or deleted by Brinkwatch),
 * and an upsert only grows a row (aliases merged, organisation kept, party set), so a remembered row is at
 * worst missing what another process added since: the upsert then merges it again, which is idempotent.
 * Each extraction names ~15–20 entities, nearly all known: without this, every article paid a round trip
 * to read them (~0.2 ms of the worker's CPU and ~0.08 ms of PostgreSQL's). Keyed by the handle, so a test's
 * fresh database starts empty; `forgetEntities` empties it (a foreign-key error means a row was removed
 * behind our back).
 */
const knownByHandle = new WeakMap<object, LRUCache<string, KnownEntity>>();
const KNOWN_MAX = 50_000;

function knownFor(db: DbOrTx): LRUCache<string, KnownEntity> {
  let known = knownByHandle.get(db);
  if (!known) knownByHandle.set(db, (known = new LRUCache<string, KnownEntity>({ max: KNOWN_MAX })));
  return known;
}

/** Forgets the entity rows remembered for this handle (after a foreign-key violation on an entity id). */
export function forgetEntities(db: DbOrTx): void {
  knownByHandle.get(db)?.clear();
}

/**
 * Inserts entities by canonical name (merging aliases, organisation and party of existing ones); returns
 * name → id. Known entities that would not change are only read — and not even read when this handle
 * remembers them (see knownByHandle): rewriting them on every article made
 * each extraction lock widely named rows (countries, big labs) and every concurrent foreign-key check on
 * them wait. Only new or changed rows go through the upsert, sorted by name so concurrent upserts lock in
 * one order and cannot deadlock. Inside a transaction nothing is remembered (a rollback would leave ids of
 * rows that do not exist).
 */
export async function upsertEntities(db: DbOrTx, list: EntityInput[]): Promise<Map<string, number>> {
  const byName = new Map<string, EntityInput>();
  for (const e of list) if (e.name && !byName.has(e.name)) byName.set(e.name, e);
  const out = new Map<string, number>();
  if (byName.size === 0) return out;
  const remember = !isTransaction(db);
  const known = remember ? knownFor(db) : null;
  const knownByName = new Map<string, KnownEntity>();
  const unknown: string[] = [];
  for (const name of byName.keys()) {
    const k = known?.get(name);
    if (k) knownByName.set(name, k);
    else unknown.push(name);
  }
  if (unknown.length) {
    const rows = await prepared(db, 'entities_by_names', (n) =>
      db
        .select({ id: entities.id, name: entities.name, aliases: entities.aliases, organisation: entities.organisation, partyName: entities.partyName })
        .from(entities)
        .where(sql`${entities.name} in (select jsonb_array_elements_text(${sql.placeholder('names')}::jsonb))`)
        .prepare(n),
    ).execute({ names: JSON.stringify(unknown) });
    for (const r of rows) {
      const k: KnownEntity = { id: r.id, aliases: r.aliases, organisation: r.organisation, partyName: r.partyName };
      knownByName.set(r.name, k);
      known?.set(r.name, k);
    }
  }
  const aliasesOf = (e: EntityInput) => [...new Set(e.aliases ?? [])].filter((a) => a !== e.name).slice(0, 50);
  const changes: EntityInput[] = [];
  for (const e of byName.values()) {
    const k = knownByName.get(e.name);
    if (k) out.set(e.name, k.id);
    const changed =
      !k ||
      aliasesOf(e).some((a) => !k.aliases.includes(a)) ||
      (k.organisation === null && !!e.organisation) ||
      (!!e.partyName && e.partyName !== k.partyName);
    if (changed) changes.push(e);
  }
  if (changes.length === 0) return out;
  const sorted = changes.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const json = JSON.stringify(
    sorted.map((e, n) => ({ n, name: e.name, kind: e.kind, aliases: aliasesOf(e), organisation: e.organisation ?? null, party_name: e.partyName ?? null })),
  );
  // One JSON parameter (one statement text, no per-value query building); `n` keeps the sorted order.
  const result = await db.execute(sql`
    insert into entities as t (name, kind, aliases, organisation, party_name)
    select x.name, x.kind, coalesce(x.aliases, '[]'::jsonb), x.organisation, x.party_name
    from jsonb_to_recordset(${json}::jsonb) as x(n int, name text, kind text, aliases jsonb, organisation text, party_name text)
    order by x.n
    on conflict (name) do update set
      aliases = (select coalesce(jsonb_agg(distinct a), '[]'::jsonb) from jsonb_array_elements_text(t.aliases || excluded.aliases) a),
      organisation = coalesce(t.organisation, excluded.organisation),
      party_name = coalesce(excluded.party_name, t.party_name)
    returning id, name, aliases, organisation, party_name`);
  type Written = { id: number | string; name: string; aliases: string[]; organisation: string | null; party_name: string | null };
  for (const r of (result as unknown as { rows: Written[] }).rows) {
    out.set(r.name, Number(r.id));
    known?.set(r.name, { id: Number(r.id), aliases: r.aliases, organisation: r.organisation, partyName: r.party_name });
  }
  return out;
}

/** Whether `db` is a transaction (drizzle's transaction objects), not a pool or client handle. */
function isTransaction(db: DbOrTx): boolean {
  return typeof (db as { rollback?: unknown }).rollback === 'function';
}

/** Entity ids by exact canonical name. */
export async function getEntityIdsByNames(db: DbOrTx, names: string[]): Promise<Map<string, number>> {
  if (names.length === 0) return new Map();
  const rows = await db
    .select({ id: entities.id, name: entities.name })
    .from(entities)
    .where(sql`${entities.name} = any(${textArrayLiteral(names)}::text[])`);
  return new Map(rows.map((r) => [r.name, r.id]));
}

/**
 * The name of the entity whose id is in `column` of the outer query (e.g. `"ev"."actor_id"`), looked up
 * by primary key for the rows returned only: on a page of results this beats joining entities, which
 * made PostgreSQL hash every entity.
 */
export function entityNameOf(id: string | SQL): SQL<string>;
export function entityNameOf(id: string | SQL, nullable: 'nullable'): SQL<string | null>;
export function entityNameOf(id: string | SQL, _nullable?: 'nullable'): SQL<string | null> {
  return sql<string | null>`(select e.name from ${entities} e where e.id = ${typeof id === 'string' ? sql.raw(id) : id})`;
}

/** Replaces the mention counts of one article. */
export async function replaceMentions(db: DbOrTx, articleId: number, counts: { entityId: number; count: number }[]): Promise<void> {
  await db.delete(mentions).where(eq(mentions.articleId, articleId));
  if (counts.length === 0) return;
  await db.execute(insertMentionsSql(sql`${articleId}`, sql`${mentionRowsJson(counts)}`));
}

/** Mention counts as the one JSON parameter insertMentionsSql reads. */
export const mentionRowsJson = (counts: { entityId: number; count: number }[]) =>
  JSON.stringify(counts.map((c) => ({ entity_id: c.entityId, count: c.count })));

/**
 * INSERT of mention counts (`json`: mentionRowsJson, as a value or a placeholder) for the article
 * `articleId` (an SQL expression; `from` adds relations it refers to).
 */
export function insertMentionsSql(articleId: SQL, json: SQL, from: SQL = sql``): SQL {
  return sql`
    insert into mentions (article_id, entity_id, count)
    select ${articleId}, x.entity_id, x.count
    from ${from} jsonb_to_recordset(${json}::jsonb) as x(entity_id int, count int)
    on conflict do nothing`;
}

export async function getEntity(db: DbOrTx, id: number): Promise<Entity | undefined> {
  const rows = await db.select().from(entities).where(eq(entities.id, id)).limit(1);
  return rows[0];
}

export async function getEntitiesByIds(db: DbOrTx, ids: number[]): Promise<Entity[]> {
  if (ids.length === 0) return [];
  return db.select().from(entities).where(sql`${entities.id} = any(${intArrayLiteral(ids)}::int[])`);
}

/**
 * Finds entity ids whose canonical name equals `name` (case-insensitive, indexed); failing that, those
 * with it among their aliases.
 */
export async function findEntityIdsByName(db: DbOrTx, name: string): Promise<number[]> {
  const exact = await prepared(db, 'entity_ids_by_name', (n) =>
    db
      .select({ id: entities.id })
      .from(entities)
      .where(sql`lower(${entities.name}) = lower(${sql.placeholder('name')})`)
      .prepare(n),
  ).execute({ name });
  if (exact.length) return exact.map((r) => r.id);
  const rows = await db
    .select({ id: entities.id })
    .from(entities)
    .where(
      or(
        sql`lower(${entities.name}) = lower(${name})`,
        sql`exists (select 1 from jsonb_array_elements_text(${entities.aliases}) a where lower(a) = lower(${name}))`,
      ),
    );
  return rows.map((r) => r.id);
}

/**
 * The entities a name stands for as a party: the entities of that name or alias, and those that count as one of them
 * in a dispute (`party_name`: a ministry, agency or spokesperson as its state). Event search by "China" finds the
 * commerce ministry's and its spokesperson's events too.
 */
export async function findPartyEntityIds(db: DbOrTx, name: string): Promise<number[]> {
  const own = await findEntityIdsByName(db, name);
  if (!own.length) return own;
  const rows = await db
    .select({ id: entities.id })
    .from(entities)
    .where(sql`lower(${entities.partyName}) in (select lower(e.name) from ${entities} e where e.id in (${sql.join(own.map((id) => sql`${id}`), sql`, `)}))`);
  return [...new Set([...own, ...rows.map((r) => r.id)])].sort((a, b) => a - b);
}

export interface ListActorsParams {
  q?: string;
  kind?: string;
  limit: number;
  afterId?: number;
}

/** Actors with their aliases, kinds, mention totals and dispute count. */
export async function listActors(db: DbOrTx, p: ListActorsParams) {
  return db
    .select({
      id: entities.id,
      name: entities.name,
      kind: entities.kind,
      aliases: entities.aliases,
      organisation: entities.organisation,
      // Columns inside a select's sql are rendered unqualified by drizzle: name the outer table explicitly.
      mentions: sql<number>`(select coalesce(sum(m.count), 0)::int from ${mentions} m where m.entity_id = "entities"."id")`,
      disputes: sql<number>`(select count(*)::int from ${disputeParties} dp where dp.entity_id = "entities"."id")`,
    })
    .from(entities)
    .where(
      and(
        p.q ? ilike(entities.name, `%${p.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`) : undefined,
        p.kind ? eq(entities.kind, p.kind) : undefined,
        p.afterId ? sql`${entities.id} > ${p.afterId}` : undefined,
      ),
    )
    .orderBy(asc(entities.id))
    .limit(p.limit);
}

/** The disputes an entity is a party to. */
export async function listDisputesOfEntity(db: DbOrTx, entityId: number) {
  return db
    .select({ id: disputes.id, title: disputes.title, issue: disputes.issue, status: disputes.status, level: disputes.level, levelType: disputes.levelType, lastEventAt: disputes.lastEventAt })
    .from(disputeParties)
    .innerJoin(disputes, eq(disputes.id, disputeParties.disputeId))
    .where(eq(disputeParties.entityId, entityId))
    .orderBy(sql`${disputes.lastActivityAt} desc`);
}
