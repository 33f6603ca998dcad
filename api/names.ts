/**
 * Entity and source names kept by the API between requests, until the table changes (the response
 * cache's change notifications, api/cache.ts): an event search page then costs PostgreSQL the page's
 * events and articles only. Names not yet known are read together, once per page. Without the cache
 * (API_CACHE_MB=0, or while notifications cannot be heard) they are read on every page.
 */
import type { DbOrTx } from '../db/client.ts';
import { directNames, readEntityNames, readSourceNames, type NameLookup } from '../db/queries/names.ts';
import type { ResponseCache } from './cache.ts';

/** Past this many names a table's map starts again empty, before the next page's are read (an entity table can grow large). */
const MAX_NAMES = 200_000;

export function cachedNames(db: DbOrTx, cache: ResponseCache | null): NameLookup {
  if (!cache) return directNames(db);
  async function lookup<K>(table: string, ids: readonly K[], read: (missing: K[]) => Promise<Map<K, string>>): Promise<Map<K, string>> {
    // One map per table and generation: a change to the table (a rename, a merge) starts a new one.
    const slot = await cache!.memo(`names\n${table}`, [table], async () => ({ map: new Map<K, string>() }));
    // Replaced, not cleared: a request still reading names keeps the map it started with.
    if (slot.map.size > MAX_NAMES) slot.map = new Map();
    const known = slot.map;
    const missing = ids.filter((id) => !known.has(id));
    if (missing.length) for (const [id, name] of await read(missing)) known.set(id, name);
    return known;
  }
  return {
    entities: (ids) => lookup('entities', ids, (missing) => readEntityNames(db, missing)),
    sources: (ids) => lookup('sources', ids, (missing) => readSourceNames(db, missing)),
  };
}
