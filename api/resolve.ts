/** Turns an `actor` parameter (an entity id or a name or alias) into entity ids. */
import type { Db } from '../db/client.ts';
import { findEntityIdsByName } from '../db/queries/entities.ts';

export async function resolveActorIds(db: Db, actor: string | undefined): Promise<number[] | undefined> {
  if (actor === undefined) return undefined;
  if (/^\d{1,9}$/.test(actor)) return [Number(actor)];
  return findEntityIdsByName(db, actor);
}
