/** When official sources and the press first reported each step of a dispute (disputes/lead.ts summarises). */
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import type { StepReports } from '../../disputes/lead.ts';

/** Per timeline entry of the dispute: the earliest report by an official source and by a news source. */
export async function getStepReports(db: DbOrTx, disputeId: number): Promise<StepReports[]> {
  const res = await db.execute(sql`
    select t.id as entry_id, t.type, t.event_date::text as date,
      min(coalesce(a.published_at, a.created_at)) filter (where s.kind <> 'news') as official_at,
      min(coalesce(a.published_at, a.created_at)) filter (where s.kind = 'news') as press_at
    from timeline_entries t
    join events e on e.timeline_entry_id = t.id
    join articles a on a.id = e.article_id
    join sources s on s.id = a.source_id
    where t.dispute_id = ${disputeId}
    group by t.id, t.type, t.event_date
    order by t.event_date, t.id`);
  const rows = (res as unknown as { rows: { entry_id: string | number; type: string; date: string; official_at: string | Date | null; press_at: string | Date | null }[] }).rows;
  const at = (v: string | Date | null) => (v === null ? null : new Date(v));
  return rows.map((r) => ({ entryId: Number(r.entry_id), type: r.type, date: r.date, officialAt: at(r.official_at), pressAt: at(r.press_at) }));
}
