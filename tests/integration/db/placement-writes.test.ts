/**
 * The placement's batch writes that travel as one JSON parameter (insertTimelineEntries, the change records
 * of saveDisputeStates) store every field as given: nulls, quotes and backslashes in text, a timestamp's
 * milliseconds, a real confidence, and the entity lookups by name and by id that feed them.
 */
import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../../db/client.ts';
import { findOrCreateDispute, getDisputeChanges } from '../../../db/queries/disputes.ts';
import { getEntitiesByIds, getEntityIdsByNames, upsertEntities } from '../../../db/queries/entities.ts';
import { insertTimelineEntries, reserveEntryIds, saveDisputeStates } from '../../../db/queries/placement.ts';
import type { DisputeState } from '../../../disputes/ladder.ts';
import { freshPglite, freshPostgres, serviceAvailable, TEST_DATABASE_URL } from '../../helpers/env.ts';

let handle: DbHandle | undefined;
afterEach(async () => {
  await handle?.close();
  handle = undefined;
});

describe.each([
  ['PGlite', freshPglite, true],
  ['PostgreSQL', freshPostgres, await serviceAvailable(TEST_DATABASE_URL, 'PostgreSQL')],
] as const)('placement writes on %s', (_name, fresh, up) => {
  it.runIf(up)('store timeline entries and change records field for field', async () => {
    handle = await fresh();
    const { db } = handle;
    const names = ['Anthropic', 'Alibaba "Cloud"', 'Back\\slash, {Lab}'];
    const ids = await upsertEntities(db, names.map((name) => ({ name, kind: 'company', aliases: [], mentions: 1 })));
    // Lookups by name and by id take every name, odd characters included.
    expect(await getEntityIdsByNames(db, [...names, 'Nobody'])).toEqual(ids);
    expect((await getEntitiesByIds(db, [...ids.values(), 999_999])).map((e) => e.name).sort()).toEqual([...names].sort());

    const [a, b, c] = names.map((n) => ids.get(n)!);
    const dispute = await findOrCreateDispute(db, { key: `${a}-${b}|data theft`, title: 'Anthropic v Alibaba: data theft', partyIds: [a!, b!], issue: 'data theft', now: new Date() });
    const [e1, e2] = await reserveEntryIds(db, 2);
    const reported = new Date(Date.UTC(2026, 10, 20, 9, 30, 15, 250));
    await insertTimelineEntries(db, [
      { id: e1!, disputeId: dispute.id, type: 'ALLEGATION', actorId: a!, targetId: b!, eventDate: '2026-11-19', firstReportedAt: reported,
        sentence: 'Anthropic said Alibaba "trained" on its data \\ C:\\path', quote: '“baseless”', issue: 'data theft', confidence: 0.7 },
      { id: e2!, disputeId: dispute.id, type: 'DENIAL', actorId: c!, targetId: null, eventDate: '2026-11-20', firstReportedAt: reported,
        sentence: 'It denied it.', quote: null, issue: null, confidence: 0.55, corroboration: 3 },
    ]);
    const rows = (
      (await db.execute(sql`select id, dispute_id, type, actor_id, target_id, event_date::text as date, first_reported_at, sentence, quote, issue,
                                   confidence, corroboration, answers_entry_id from timeline_entries order by id`)) as unknown as { rows: Record<string, unknown>[] }
    ).rows.map((r) => ({ ...r, id: Number(r.id), first_reported_at: new Date(r.first_reported_at as string).toISOString() }));
    expect(rows).toEqual([
      { id: e1, dispute_id: dispute.id, type: 'ALLEGATION', actor_id: a, target_id: b, date: '2026-11-19', first_reported_at: reported.toISOString(),
        sentence: 'Anthropic said Alibaba "trained" on its data \\ C:\\path', quote: '“baseless”', issue: 'data theft', confidence: 0.7, corroboration: 1, answers_entry_id: null },
      { id: e2, dispute_id: dispute.id, type: 'DENIAL', actor_id: c, target_id: null, date: '2026-11-20', first_reported_at: reported.toISOString(),
        sentence: 'It denied it.', quote: null, issue: null, confidence: 0.55, corroboration: 3, answers_entry_id: null },
    ]);

    const state = (changes: DisputeState['changes']): DisputeState => ({
      level: 2, levelType: 'DENIAL', escalationIndex: 1.5, status: 'escalating', changes, firstEventAt: '2026-11-19', lastEventAt: '2026-11-20',
    });
    const started = { entryId: e1!, fromType: null, toType: 'ALLEGATION', fromLevel: 0, toLevel: 1, direction: 'started' as const, changedOn: '2026-11-19' };
    const escalated = { entryId: e2!, fromType: 'ALLEGATION', toType: 'DENIAL', fromLevel: 1, toLevel: 2, direction: 'escalated' as const, changedOn: '2026-11-20' };
    await saveDisputeStates(db, [{ disputeId: dispute.id, state: state([started, escalated]), eventCount: 2 }], new Date());
    const strip = (cs: Awaited<ReturnType<typeof getDisputeChanges>>) =>
      cs.map(({ timelineEntryId, fromType, toType, fromLevel, toLevel, direction, changedOn }) => ({ timelineEntryId, fromType, toType, fromLevel, toLevel, direction, changedOn }));
    const want = [started, escalated].map(({ entryId, ...c }) => ({ timelineEntryId: entryId, ...c }));
    expect(strip(await getDisputeChanges(db, dispute.id))).toEqual(want);
    // Saved again with one change gone: the stale record goes, the kept one is not written twice.
    await saveDisputeStates(db, [{ disputeId: dispute.id, state: state([started]), eventCount: 1 }], new Date());
    expect(strip(await getDisputeChanges(db, dispute.id))).toEqual(want.slice(0, 1));
  });
});
