/**
 * `brinkwatch disputes rebuild` (rebuildDisputes) on PGlite and PostgreSQL: every dispute recomputed from the
 * stored events, an administrator's split kept, the alerts already sent staying sent (none queued twice), and a
 * second rebuild changing nothing. Also: placing the same article twice changes nothing.
 */
import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { queueAlerts } from '../../../alerts/queue.ts';
import type { DbHandle } from '../../../db/client.ts';
import { createAlertRule } from '../../../db/queries/alerts.ts';
import { getTimelineWithSources, splitDispute } from '../../../db/queries/disputes.ts';
import { rebuildDisputes, updateDisputes } from '../../../workers/update-disputes.ts';
import { freshPglite, freshPostgres, serviceAvailable, testConfig, testCtx, TEST_DATABASE_URL } from '../../helpers/env.ts';
import { SEED_CASE, seedArticles } from '../../helpers/seed.ts';

const now = () => new Date('2026-11-26T12:00:00Z');
let handle: DbHandle | undefined;
afterEach(async () => {
  await handle?.close();
  handle = undefined;
});

async function rows<T>(h: DbHandle, q: ReturnType<typeof sql>): Promise<T[]> {
  return ((await h.db.execute(q)) as unknown as { rows: T[] }).rows;
}

/** The disputes as an analyst sees them: title, pinned, parties with roles, and each entry's events, independent of ids. */
async function picture(h: DbHandle) {
  return rows<{ title: string; pinned: boolean; parties: string; entries: string }>(h, sql`
    select d.title, d.pinned,
      (select string_agg(e.name || ':' || dp.role, ',' order by e.name) from dispute_parties dp join entities e on e.id = dp.entity_id where dp.dispute_id = d.id) as parties,
      (select string_agg(t.type || '@' || t.event_date::text || '[' || (select string_agg(ev.id::text, ' ' order by ev.id) from events ev where ev.timeline_entry_id = t.id) || ']', ',' order by t.event_date, t.type, t.id)
         from timeline_entries t where t.dispute_id = d.id) as entries
    from disputes d where d.merged_into is null and d.event_count > 0 order by d.title, entries`);
}

async function scenario(h: DbHandle) {
  const ctx = testCtx(testConfig(), h, now);
  const ids = await seedArticles(ctx, h, SEED_CASE);
  // Placing the same article again changes nothing.
  const before = await picture(h);
  for (const id of ids) expect((await updateDisputes(ctx, { articleId: id })).placed).toBe(0);
  expect(await picture(h)).toEqual(before);

  // An alert sent for the allegation; an administrator splits the export-control dispute's threat off.
  const rule = await createAlertRule(h.db, { name: 'desk', filters: { actors: ['Anthropic'] }, email: 'desk@example.org' });
  const [allegation] = await rows<{ id: number }>(h, sql`select t.id from timeline_entries t where t.type = 'ALLEGATION' order by t.id limit 1`);
  expect(await queueAlerts(h.db, Number(allegation!.id))).toEqual([rule.id]);
  await h.db.execute(sql`update alert_deliveries set status = 'sent', sent_at = now(), batch_key = 'b1'`);
  const [exportDispute] = await rows<{ id: number; entry: number }>(h, sql`
    select t.dispute_id as id, t.id as entry from timeline_entries t where t.type = 'THREAT' limit 1`);
  const splitId = await splitDispute(h.db, Number(exportDispute!.id), [Number(exportDispute!.entry)], 'retaliation', now());
  expect(splitId).not.toBeNull();
  const afterSplit = await picture(h);

  const first = await rebuildDisputes(ctx);
  expect(first.deliveriesKept).toBe(1);
  const rebuilt = await picture(h);
  // The split halves are kept as they were; the seed case is rebuilt as the same one story.
  expect(rebuilt).toEqual(afterSplit);
  const seed = rebuilt.find((d) => d.parties.includes('UK AI Safety Board'))!;
  expect(seed.parties).toBe('Alibaba:accused,Anthropic:accuser,UK AI Safety Board:forum');
  // The alert already sent follows its events: still sent, and not queued again.
  const deliveries = await rows<{ status: string; type: string }>(h, sql`select ad.status, t.type from alert_deliveries ad join timeline_entries t on t.id = ad.timeline_entry_id`);
  expect(deliveries).toEqual([{ status: 'sent', type: 'ALLEGATION' }]);
  const [again] = await rows<{ id: number }>(h, sql`select t.id from timeline_entries t where t.type = 'ALLEGATION' order by t.id limit 1`);
  expect(await queueAlerts(h.db, Number(again!.id))).toEqual([]);

  // A second rebuild changes nothing.
  await rebuildDisputes(ctx);
  expect(await picture(h)).toEqual(rebuilt);
  expect(await rows(h, sql`select status from alert_deliveries`)).toEqual([{ status: 'sent' }]);
}

const pgUp = await serviceAvailable(TEST_DATABASE_URL, 'PostgreSQL');

describe('one act against many targets', () => {
  it('is one timeline entry listing its targets, in one dispute', async () => {
    handle = await freshPglite();
    const ctx = testCtx(testConfig(), handle, now);
    const sentence = 'The US added Nvidia and DeepSeek to the Entity List.';
    await seedArticles(ctx, handle, [{
      url: 'http://127.0.0.1/list', title: 'Listing', published: '2026-10-20',
      events: [
        { type: 'RESTRICTION', actor: 'United States', target: 'Nvidia', date: '2026-10-20', sentence, issue: 'export controls' },
        { type: 'RESTRICTION', actor: 'United States', target: 'DeepSeek', date: '2026-10-20', sentence, issue: 'export controls' },
      ],
    }]);
    const [d] = await rows<{ id: number }>(handle, sql`select id from disputes where event_count > 0`);
    const timeline = await getTimelineWithSources(handle.db, Number(d!.id), { limit: 10 });
    expect(timeline.map((e) => [e.type, e.actor, e.targets])).toEqual([['RESTRICTION', 'United States', ['Nvidia', 'DeepSeek']]]);
  });
});

describe('disputes rebuild', () => {
  it('PGlite: recomputes from stored events, keeps the admin split and the sent alert, and is idempotent', async () => {
    handle = await freshPglite();
    await scenario(handle);
  }, 60_000);

  it.runIf(pgUp)('PostgreSQL: the same', async () => {
    handle = await freshPostgres();
    await scenario(handle);
  }, 60_000);
});
