/**
 * Names of entities and sources by id, for answers that list many rows naming a few of them (an event
 * search page names ~100 targets and outlets among a few dozen): looked up once per page instead of joined
 * per row. `directNames` reads them every time; the API keeps them (api/names.ts).
 */
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { intArrayLiteral, prepared, textArrayLiteral } from '../prepared.ts';
import { entities, sources } from '../schema.ts';

export interface NameLookup {
  entities(ids: readonly number[]): Promise<Map<number, string>>;
  sources(ids: readonly string[]): Promise<Map<string, string>>;
}

export async function readEntityNames(db: DbOrTx, ids: readonly number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await prepared(db, 'entity_names', (n) =>
    db
      .select({ id: entities.id, name: entities.name })
      .from(entities)
      .where(sql`${entities.id} = any(${sql.placeholder('ids')}::int[])`)
      .prepare(n),
  ).execute({ ids: intArrayLiteral(ids) });
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function readSourceNames(db: DbOrTx, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await prepared(db, 'source_names', (n) =>
    db
      .select({ id: sources.id, name: sources.name })
      .from(sources)
      .where(sql`${sources.id} = any(${sql.placeholder('ids')}::text[])`)
      .prepare(n),
  ).execute({ ids: textArrayLiteral(ids) });
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Names read from the database on every call. */
export const directNames = (db: DbOrTx): NameLookup => ({
  entities: (ids) => readEntityNames(db, ids),
  sources: (ids) => readSourceNames(db, ids),
});
