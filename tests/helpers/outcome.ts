/** What an ingest leaves in the database, independent of ids and timestamps: for comparing two ways of running it. */
import { sql } from 'drizzle-orm';
import type { DbHandle } from '../../db/client.ts';

export async function rows<T>(handle: DbHandle, query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await handle.db.execute(query)) as unknown as { rows: T[] }).rows;
}

export async function ingestOutcome(handle: DbHandle) {
  const articles = await rows<{ url: string; status: string; extracted: boolean; placed: boolean; copy: boolean }>(
    handle,
    sql`select canonical_url as url, fetch_status as status, extracted_at is not null as extracted,
               placed_at is not null as placed, story_id is not null as copy
        from articles order by canonical_url`,
  );
  const events = await rows<{ url: string; type: string; actor: string; target: string | null; placed: boolean }>(
    handle,
    sql`select a.canonical_url as url, e.type, ea.name as actor, et.name as target, e.timeline_entry_id is not null as placed
        from events e join articles a on a.id = e.article_id join entities ea on ea.id = e.actor_id
        left join entities et on et.id = e.target_id
        order by 1, 2, 3, 4`,
  );
  const disputes = await rows<{ title: string; level: number; events: number }>(
    handle,
    sql`select title, level, event_count as events from disputes order by title`,
  );
  return { articles, events, disputes };
}
