/** Turns an `actor` parameter (an entity id or a name or alias) into entity ids. */
import type { Db } from '../db/client.ts';
import { findEntityIdsByName, findPartyEntityIds } from '../db/queries/entities.ts';
import type { ResponseCache } from './cache.ts';

/** Names resolve the same until an entity changes: with a cache, a name costs one lookup per change. */
export async function resolveActorIds(db: Db, actor: string | undefined, cache?: ResponseCache | null): Promise<number[] | undefined> {
  if (actor === undefined) return undefined;
  if (/^\d{1,9}$/.test(actor)) return [Number(actor)];
  return cache ? cache.memo(`actor-ids\n${actor.toLowerCase()}`, ['entities'], () => findEntityIdsByName(db, actor)) : findEntityIdsByName(db, actor);
}

/**
 * As resolveActorIds, but a name also stands for the bodies that count as it in a dispute (a ministry, agency or
 * spokesperson as its state): event search by party. An id stays that one entity.
 */
export async function resolvePartyIds(db: Db, actor: string | undefined, cache?: ResponseCache | null): Promise<number[] | undefined> {
  if (actor === undefined) return undefined;
  if (/^\d{1,9}$/.test(actor)) return [Number(actor)];
  return cache ? cache.memo(`party-ids\n${actor.toLowerCase()}`, ['entities'], () => findPartyEntityIds(db, actor)) : findPartyEntityIds(db, actor);
}
