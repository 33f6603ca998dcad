/**
 * Prepared drizzle queries, built once per database handle and query shape. drizzle's query builder
 * re-renders a query's SQL on every call, which on the API's read paths cost more CPU than PostgreSQL
 * spent answering; a prepared query keeps the rendered text (and, on PostgreSQL, a named statement
 * planned once per connection) and binds only the values. A "shape" is the set of optional filters
 * present: each shape is its own statement.
 */
const byHandle = new WeakMap<object, Map<string, unknown>>();

export interface Prepared<T> {
  execute(values: Record<string, unknown>): Promise<T>;
}

/** The prepared query `name` of this handle, built by `build(name)` the first time. */
export function prepared<T>(db: object, name: string, build: (name: string) => Prepared<T>): Prepared<T> {
  let map = byHandle.get(db);
  if (!map) byHandle.set(db, (map = new Map()));
  let q = map.get(name) as Prepared<T> | undefined;
  if (!q) map.set(name, (q = build(`bw_${name}`)));
  return q;
}

/** A PostgreSQL array literal of integers, bound as one text parameter: `${...}::int[]`. */
export const intArrayLiteral = (ids: readonly number[]) => `{${ids.map((n) => Math.trunc(n)).join(',')}}`;
