/**
 * Prepared drizzle queries, built once per database handle and query shape. drizzle's query builder
 * re-renders a query's SQL on every call, which on the API's read paths cost more CPU than PostgreSQL
 * spent answering; a prepared query keeps the rendered text (and, on PostgreSQL, a named statement
 * planned once per connection) and binds only the values. A "shape" is the set of optional filters
 * present: each shape is its own statement.
 */
import { Column, SQL, Subquery, entityKind, fillPlaceholders, is, noopDecoder, sql, type AnyColumn } from 'drizzle-orm';

const byHandle = new WeakMap<object, Map<string, unknown>>();

export interface Prepared<T> {
  execute(values: Record<string, unknown>): Promise<T>;
}

/** The prepared query `name` of this handle, built by `build(name)` the first time. */
export function prepared<T>(db: object, name: string, build: (name: string) => Prepared<T>): Prepared<T> {
  let map = byHandle.get(db);
  if (!map) byHandle.set(db, (map = new Map()));
  let q = map.get(name) as Prepared<T> | undefined;
  if (!q) map.set(name, (q = withFlatRowMapper(build(`bw_${name}`))));
  return q;
}

/** What a node-postgres prepared query of drizzle holds (drizzle-orm/node-postgres/session.js). */
interface NodePgPrepared {
  client: { query(config: object, params: unknown[]): Promise<{ rows: unknown[][] }> };
  queryConfig: { name?: string; text: string; rowMode: 'array' };
  params: unknown[];
  fields?: { path: string[]; field: unknown }[];
  customResultMapper?: unknown;
}

type Decoder = { mapFromDriverValue(v: unknown): unknown };

/**
 * On node-postgres, a query selecting flat fields (no nested objects: every query built here) maps its
 * rows with a function compiled once for its columns, in place of drizzle's generic mapper, which
 * re-examines every field of every row (on an API page of 100 events, more CPU than PostgreSQL's parse of
 * the rows). The decoders are drizzle's own, chosen as drizzle chooses them; values come through the same
 * query configuration (named statement, array rows, drizzle's type parsers). Anything else (PGlite,
 * nested selections) keeps drizzle's execute.
 */
export function withFlatRowMapper<T>(q: Prepared<T>): Prepared<T> {
  const pq = q as unknown as NodePgPrepared;
  const kind = (pq.constructor as unknown as Record<symbol, unknown>)[entityKind];
  if (kind !== 'NodePgPreparedQuery' || pq.queryConfig?.rowMode !== 'array' || !pq.client || !Array.isArray(pq.fields) || pq.customResultMapper) return q;
  if (pq.fields.length === 0 || pq.fields.some((f) => f.path.length !== 1)) return q;
  const keys = pq.fields.map((f) => f.path[0]!);
  if (new Set(keys).size !== keys.length) return q;
  const decoders: (Decoder | null)[] = pq.fields.map(({ field }) => {
    const d: Decoder = is(field, Column)
      ? (field as Decoder)
      : is(field, SQL)
        ? (field as unknown as { decoder: Decoder }).decoder
        : is(field, Subquery)
          ? (field as unknown as { _: { sql: { decoder: Decoder } } })._.sql.decoder
          : (field as { sql: { decoder: Decoder } }).sql.decoder;
    // Identity decoders (text, integers pg already parsed, untyped SQL) are not called at all.
    return d === noopDecoder || d.mapFromDriverValue === Column.prototype.mapFromDriverValue ? null : d;
  });
  const body = keys
    .map((k, i) => `${JSON.stringify(k)}: r[${i}] === null ? null : ${decoders[i] ? `d[${i}].mapFromDriverValue(r[${i}])` : `r[${i}]`}`)
    .join(',\n');
  const mapRow = new Function('d', `return (r) => ({${body}});`)(decoders) as (r: unknown[]) => unknown;
  return {
    async execute(values: Record<string, unknown>) {
      const result = await pq.client.query(pq.queryConfig, fillPlaceholders(pq.params, values));
      return result.rows.map(mapRow) as T;
    },
  };
}

/** What drizzle's database and transaction handles hold to prepare a statement (pg-core PgDatabase). */
interface PreparingHandle {
  session: { prepareQuery(query: { sql: string; params: unknown[] }, fields: undefined, name: string, isResponseInArrayMode: boolean): { execute(values: Record<string, unknown>): Promise<unknown> } };
  dialect: { sqlToQuery(sql: SQL): { sql: string; params: unknown[] } };
}

/**
 * A hand-written statement (`sql` with `sql.placeholder` values) as a prepared query of this handle,
 * rendered once and, on PostgreSQL, sent as the named statement `bw_NAME`: each connection parses and
 * plans it once (a writing statement with CTEs cost PostgreSQL more to plan per article than to run its
 * lookups). Rows come back as objects, as from `db.execute`. On a transaction handle the text is rendered
 * again for each transaction, but the connection still keeps the statement it parsed.
 */
export function preparedSql<R>(db: object, name: string, build: () => SQL): Prepared<R[]> {
  return prepared(db, name, (n) => {
    const h = db as unknown as PreparingHandle;
    const q = h.session.prepareQuery(h.dialect.sqlToQuery(build()), undefined, n, false);
    return { execute: async (values) => ((await q.execute(values)) as { rows: R[] }).rows };
  });
}

/**
 * `insert into TABLE (c1, …) select c1, … from jsonb_to_recordset(ROWS) as x(c1 type1, …)`: a batch of rows as one JSON
 * parameter, the columns named once with their types (`columns`, in insertion order; each row keyed by column name).
 * drizzle renders a value list one chunk per value, which for a batch of wide rows cost more CPU than PostgreSQL
 * spent inserting them.
 */
export function insertJsonRows(table: string, columns: Record<string, string>, rows: readonly Record<string, unknown>[]): SQL {
  const names = Object.keys(columns);
  return sql`insert into ${sql.identifier(table)} (${sql.raw(names.join(', '))})
    select ${sql.raw(names.map((c) => `x.${c}`).join(', '))}
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(${sql.raw(names.map((c) => `${c} ${columns[c]}`).join(', '))})`;
}

/** A PostgreSQL array literal of integers, bound as one text parameter: `${...}::int[]`. */
export const intArrayLiteral = (ids: readonly number[]) => `{${ids.map((n) => Math.trunc(n)).join(',')}}`;

/**
 * A timestamptz column as the text JSON.stringify makes of the JavaScript Date node-postgres would build
 * from it (`2024-07-30T02:12:19.000Z`, milliseconds truncated as the Date constructor truncates them), for
 * read paths that only serialise it: a page of 100 events spent more API CPU parsing timestamps into
 * Dates and printing them back than on the rest of its JSON.
 */
export const isoTimestampOf = <T extends string | null = string | null>(column: AnyColumn | SQL) =>
  sql<T>`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** A PostgreSQL array literal of texts, bound as one text parameter: `${...}::text[]` (every element quoted). */
export const textArrayLiteral = (items: readonly string[]) =>
  `{${items.map((t) => `"${t.replace(/[\\"]/g, (c) => `\\${c}`)}"`).join(',')}}`;
