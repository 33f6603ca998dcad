/**
 * update-disputes: place each of an article's events on a dispute timeline.
 *
 * Which dispute and entry an event joins — the joining rules, the parties' roles, merges of disputes that turn
 * out to be one story, titles — is decided by the pure disputes/placement.ts (the same code `brinkwatch
 * disputes` runs). This stage locks (the units an event could join through, then the disputes found by them),
 * reads those disputes, calls placeEvents, and writes the outcome. After each change the dispute's level,
 * escalation index, status and change records are recomputed from its whole timeline (disputes/ladder.ts),
 * so the job is idempotent: an article is placed once (placed_at), and placing it again changes nothing. A dispute
 * left with no events (a re-extraction took them away and none came back) is deleted.
 */
import { sql } from 'drizzle-orm';
import { computeDisputeState, type LadderEntry } from '../disputes/ladder.ts';
import { CASE_DAYS, isGenericIssue, placeEvents, unitOf, unitsOfEvent, type DisputeRecord, type EntryRecord, type PartyRole, type PlacementEvent } from '../disputes/placement.ts';
import { disputeTitle } from '../disputes/story.ts';
import { placementEventOf } from '../disputes/event.ts';
import { getEntitiesByIds, getEntityIdsByNames, upsertEntities } from '../db/queries/entities.ts';
import { listRecentEntryIdsOfArticles } from '../db/queries/events.ts';
import { queueAlerts } from '../alerts/queue.ts';
import { listEnabledAlertRules } from '../db/queries/alerts.ts';
import { intArrayLiteral } from '../db/prepared.ts';
import {
  addEntriesEvidence,
  applyStoryMerges,
  claimUnplacedArticles,
  deleteEmptyDisputes,
  getPlacementStates,
  insertStoryDisputes,
  insertTimelineEntries,
  listEntriesOfArticle,
  listEntryArticles,
  listEntriesOfDisputes,
  listUnplacedEventsOf,
  loadDisputesForUnits,
  lockArticlesForPlacement,
  lockPartySets,
  markArticlesPlaced,
  refreshEntriesEvidence,
  reserveEntryIds,
  restoreDeliveries,
  takeApartDisputes,
  saveDisputeStates,
  saveStoryDisputes,
  setAnsweredAllegations,
  setEntriesPlacement,
  setEntryTargets,
  setEventEntries,
  type NewTimelineEntry,
} from '../db/queries/placement.ts';
import type { DbOrTx } from '../db/client.ts';
import type { Ctx } from './context.ts';
import type { NextJob, UpdateDisputesJob } from './queues.ts';

/** Events first reported longer ago than this raise no alert (an old story re-reported is not news). */
const ALERT_WINDOW_MS = 7 * 86_400_000;

export interface UpdateDisputesResult {
  /** Articles whose events this job placed (its own and those it claimed). */
  articles: number;
  placed: number;
  newEntries: number[];
  disputes: number[];
  /**
   * What placement said of each event it was given, which the tables do not keep: the joining rule that put it on
   * its entry, or why it stayed off every timeline. Only with `explain` (`brinkwatch disputes` shows both); a
   * queue job's result, kept in Redis, carries no lists of that size.
   */
  rules?: { eventId: number; rule: string }[];
  unplaced?: { eventId: number; reason: string }[];
  next: NextJob[];
  /** Another batch holds the job's article: run the job again after this long (only with `deferIfBusy`). */
  deferMs?: number;
}

const shiftDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** How long a job whose article another batch holds waits before it runs again (a batch takes ~0.1–1 s). */
export const BUSY_DEFER_MS = 500;


/**
 * Places the events of the job's articles (one, or a fetch batch's) on dispute timelines, together with
 * other extracted articles still waiting, up to DISPUTES_BATCH_SIZE in all (claimed with SKIP LOCKED, so
 * concurrent jobs take disjoint batches), in one transaction; then offers the alerts of the job's own articles.
 */
export async function updateDisputes(ctx: Ctx, job: UpdateDisputesJob, opts: { deferIfBusy?: boolean; explain?: boolean } = {}): Promise<UpdateDisputesResult> {
  const { db } = ctx;
  const batchSize = ctx.config.workers.disputesBatchSize;
  const ownIds = 'articleIds' in job ? [...new Set(job.articleIds)].sort((a, b) => a - b) : [job.articleId];
  const refreshStory = 'refresh' in job && job.refresh === true;
  // Most jobs find their articles placed by a batch another job ran: one read, no transaction.
  const states = await getPlacementStates(db, ownIds);
  const toPlace = states.filter((s) => !s.placedAt).map((s) => s.id);
  const empty = { articles: 0, placed: 0, newEntries: [], disputes: [] };
  // The job's own articles first. Another batch may hold one (it claimed the article before this job ran):
  // waiting for that batch guarantees that when the lock is ours, the article is placed (the batch committed)
  // or ours to place (it rolled back), so no article falls between. A runner that can run the job again later
  // (BullMQ) is asked to, instead: a job waiting on a lock held its slot, and behind such waits the queue of
  // these jobs — most of them finding their article placed — grew for the whole run and drained only at its end.
  // Those it could lock it places now; the job runs again for the rest.
  const deferIfBusy = opts.deferIfBusy === true && states.length > 0;
  const outcome =
    toPlace.length === 0 && !refreshStory
      ? { ...empty, busy: false }
      : await db.transaction(async (tx) => {
          const lockIds = refreshStory ? ownIds : toPlace;
          const own = await lockArticlesForPlacement(tx, lockIds, deferIfBusy ? 'skip' : 'wait');
          const busy = deferIfBusy && own.length < lockIds.length;
          const ids: number[] = [];
          const refresh: { entryId: number; disputeId: number; partyIds: number[] }[] = [];
          for (const a of own) {
            if (a.extractedAt && !a.placedAt && !a.storyId) ids.push(a.id);
            // A story already placed is re-evaluated when a syndicated copy of it arrives (its corroboration grows).
            else if (a.placedAt && refreshStory) refresh.push(...(await listEntriesOfArticle(tx, a.id)));
          }
          if (busy && ids.length === 0 && refresh.length === 0) return { ...empty, busy }; // nothing done: the empty transaction just ends
          ids.push(...(await claimUnplacedArticles(tx, ownIds, batchSize - ids.length)));
          const placed = ids.length || refresh.length ? await placeArticles(tx, ctx, ids, refresh, opts.explain === true) : empty;
          return { ...placed, busy };
        });
  const { busy, ...result } = outcome;
  if (busy) return { ...result, next: [], deferMs: BUSY_DEFER_MS };

  // Alerts: one delivery per (rule, timeline event), whatever number of articles report it. Every recent
  // entry these articles support is offered again, so a retry after a crash loses no alert and the unique
  // key keeps it from doubling. (Articles placed in this batch on behalf of other jobs are offered by theirs.)
  const since = new Date(ctx.now().getTime() - ALERT_WINDOW_MS);
  let alerted = 0;
  // The placement-state read already said whether any rule is enabled; the rules are then read once per job.
  const rules = states[0]?.hasAlertRules === false ? [] : await listEnabledAlertRules(db);
  if (rules.length > 0) {
    for (const entryId of await listRecentEntryIdsOfArticles(db, ownIds, since)) alerted += (await queueAlerts(db, entryId, rules)).length;
  }
  return { ...result, next: alerted ? [{ queue: 'deliver-alerts', payload: {} }] : [] };
}

/**
 * Places the unplaced events of these (locked) articles with disputes/placement.ts, refreshes the given
 * entries, recomputes every dispute touched once, and marks the articles placed. The stage only locks,
 * reads and writes: which dispute and entry an event joins, the parties' roles, merges and titles are the
 * pure module's.
 */
async function placeArticles(
  tx: DbOrTx,
  ctx: Ctx,
  articleIds: number[],
  refresh: { entryId: number; disputeId: number; partyIds: number[] }[],
  explain = false,
): Promise<Omit<UpdateDisputesResult, 'next'>> {
  const rows = await listUnplacedEventsOf(tx, articleIds);
  const entityIds = [...new Set(rows.flatMap((r) => [r.event.actorId, r.event.targetId ?? -1]))].filter((id) => id > 0);
  const entityById = new Map((await getEntitiesByIds(tx, entityIds)).map((e) => [e.id, e]));
  const day = (d: Date) => d.toISOString().slice(0, 10);
  // In order of publication, then extraction: as `brinkwatch disputes` places articles.
  const ordered = [...rows].sort((a, b) => {
    const pa = day(a.publishedAt ?? a.createdAt);
    const pb = day(b.publishedAt ?? b.createdAt);
    return pa < pb ? -1 : pa > pb ? 1 : a.event.articleId - b.event.articleId || a.event.id - b.event.id;
  });
  const rowByRef = new Map(ordered.map((r) => [String(r.event.id), r]));
  const events: PlacementEvent[] = [];
  for (const { event, publishedAt, createdAt, head } of ordered) {
    const actor = entityById.get(event.actorId);
    const target = event.targetId ? entityById.get(event.targetId) : undefined;
    if (!actor) continue;
    // Built as `brinkwatch disputes` builds it (disputes/event.ts), from the stored event and its article.
    events.push(
      placementEventOf(String(event.id), { id: String(event.articleId), published: day(publishedAt ?? createdAt), text: head ?? '' }, {
        type: event.type,
        actor: actor.name,
        actorKind: actor.kind,
        target: target?.name ?? null,
        targetKind: target?.kind ?? null,
        actorActsFor: actor.partyName,
        targetActsFor: target?.partyName ?? null,
        date: event.eventDate,
        precision: event.datePrecision as 'day' | 'month' | 'year' | null,
        background: event.background,
        sentence: event.sentence,
        issue: event.issue,
      }),
    );
  }

  // Every dispute an event could join shares a unit with it: those units' locks (in one order), then the
  // disputes' rows (in id order). A batch sharing no unit with this one runs alongside it.
  const units = [...new Set(events.flatMap((e) => unitsOfEvent(e)))];
  await lockPartySets(tx, units.map((u) => `dispute-unit-${u}`));
  const refreshIds = [...new Set(refresh.map((r) => r.disputeId))];
  if (refreshIds.length) await tx.execute(sql`select id from disputes where id = any(${intArrayLiteral(refreshIds)}::int[]) order by id for update`);
  // Joining rules reach CASE_DAYS around an event at most.
  const days = events.map((e) => e.date).sort();
  const window = {
    from: days.length ? shiftDays(days[0]!, -CASE_DAYS) : '1900-01-01',
    to: days.length ? shiftDays(days[days.length - 1]!, CASE_DAYS) : '2999-12-31',
  };
  const { stored, idOfName, open } = await readOpenDisputes(tx, units, window, entityById.values());
  const storedTargets = new Map(stored.entries.map((e) => [String(e.id), e.targetIds.length]));
  const placementOf = (e: EntryRecord) => ({ actorUnit: e.actorUnit, targetUnits: e.targetUnits, sentence: e.sentence, date: e.date, ...(e.precision ? { precision: e.precision } : {}), undated: e.undated });
  const before = new Map(open.flatMap((d) => d.entries.map((e) => [e.id, JSON.stringify(placementOf(e))] as const)));
  // Steps these articles already put on timelines (a re-extraction keeps the events that did not change): the
  // report rule reads them as steps of the same article.
  const reported = new Map<string, string[]>();
  for (const r of await listEntryArticles(tx, articleIds)) reported.set(String(r.entryId), [...(reported.get(String(r.entryId)) ?? []), String(r.articleId)]);
  for (const d of open) for (const e of d.entries) e.articles = reported.get(e.id) ?? [];

  let k = 0;
  const out = placeEvents(open, events, { newDisputeId: () => `new-d${++k}`, newEntryId: () => `new-e${++k}` });

  // Ids: new disputes are created (keyed by their first event), new entries take reserved ids in creation order.
  const isNew = (id: string) => id.startsWith('new-');
  const disputeId = new Map<string, number>(open.map((d) => [d.id, Number(d.id)]));
  const created = out.disputes.filter((d) => isNew(d.id));
  const createdIds = await insertStoryDisputes(
    tx,
    created.map((d) => ({
      key: `story-${Math.min(...d.entries.flatMap((e) => e.refs.map(Number)))}`,
      title: disputeTitle(d),
      issue: d.issue ?? 'general',
      issues: d.issues,
      partyIds: [],
    })),
    ctx.now(),
  );
  created.forEach((d, i) => disputeId.set(d.id, createdIds[i]!));
  const newEntries = out.disputes.flatMap((d) => d.entries.filter((e) => isNew(e.id)).map((e) => ({ d, e })));
  newEntries.sort((a, b) => Number(a.e.id.slice(5)) - Number(b.e.id.slice(5)));
  const reserved = await reserveEntryIds(tx, newEntries.length);
  const entryId = new Map<string, number>(stored.entries.map((e) => [String(e.id), e.id]));
  newEntries.forEach(({ e }, i) => entryId.set(e.id, reserved[i]!));

  const merges = out.merges.filter((m) => !isNew(m.from)).map((m) => ({ from: Number(m.from), into: disputeId.get(m.into)!, rule: m.rule }));
  await applyStoryMerges(tx, merges, ctx.now());

  const pendingEntries: NewTimelineEntry[] = newEntries.map(({ d, e }) => {
    const first = rowByRef.get(e.refs[0]!)!;
    const targetIds = e.targets.map((t) => idOfName.get(t)).filter((id): id is number => id !== undefined);
    return {
      id: entryId.get(e.id)!,
      disputeId: disputeId.get(d.id)!,
      type: e.type,
      actorId: idOfName.get(e.actor) ?? first.event.actorId,
      targetId: targetIds[0] ?? null,
      targetIds: targetIds.length > 1 ? targetIds : null,
      undated: e.undated,
      eventDate: e.date,
      firstReportedAt: first.publishedAt ?? first.createdAt,
      sentence: first.event.sentence,
      quote: first.event.quote,
      issue: first.event.issue,
      confidence: first.event.confidence,
      placement: placementOf(e),
    };
  });
  await insertTimelineEntries(tx, pendingEntries);
  // Existing entries placement changed (another target of the act, an earlier date): what it keeps of them.
  await setEntriesPlacement(
    tx,
    out.disputes.flatMap((d) =>
      d.entries
        .filter((e) => !isNew(e.id) && before.has(e.id) && before.get(e.id) !== JSON.stringify(placementOf(e)))
        .map((e) => ({ id: entryId.get(e.id)!, placement: placementOf(e) })),
    ),
  );
  // An existing entry that gained targets (another report of one act against many).
  await setEntryTargets(
    tx,
    out.disputes.flatMap((d) =>
      d.entries
        .filter((e) => !isNew(e.id) && e.targets.length > (storedTargets.get(e.id) ?? 0) && e.targets.length > 1)
        .map((e) => ({ id: entryId.get(e.id)!, targetIds: e.targets.map((t) => idOfName.get(t)).filter((x): x is number => x !== undefined) })),
    ),
  );
  // A denial answers the newest allegation of its dispute by the party it answers, among the entries before it.
  await setAnsweredAllegations(
    tx,
    pendingEntries
      .filter((e) => e.type === 'DENIAL')
      .map((e) => ({ entryId: e.id, disputeId: e.disputeId, accuserId: e.targetId ?? null, onOrBefore: e.eventDate, idBelow: e.id })),
  );
  const placements = out.assignments.map((a) => ({ eventId: Number(a.ref), entryId: entryId.get(a.entryId)! }));
  await setEventEntries(tx, placements);
  const createdEntries = new Set(pendingEntries.map((e) => e.id));
  const refreshed = new Set(refresh.map((r) => r.entryId));
  await refreshEntriesEvidence(tx, [...createdEntries, ...refreshed]);
  await addEntriesEvidence(tx, placements.filter((p) => !createdEntries.has(p.entryId) && !refreshed.has(p.entryId)).map((p) => p.eventId));

  // Forums named only in a sentence (the board a complaint was filed with) are parties too: their entity rows
  // are found, or made from the gazetteer.
  const unnamed = [...new Set(out.disputes.flatMap((d) => d.parties.map((p) => p.name)))].filter((n) => !idOfName.has(n));
  if (unnamed.length) {
    for (const [name, id] of await getEntityIdsByNames(tx, unnamed)) idOfName.set(name, id);
    const still = unnamed.filter((n) => !idOfName.has(n));
    const kinds = new Map(out.disputes.flatMap((d) => d.parties.map((p) => [p.name, p.kind] as const)));
    if (still.length) for (const [name, id] of await upsertEntities(tx, still.map((name) => ({ name, kind: kinds.get(name) ?? 'other_org' })))) idOfName.set(name, id);
  }
  await saveStoryDisputes(
    tx,
    out.disputes.map((d) => ({
      id: disputeId.get(d.id)!,
      title: disputeTitle(d),
      issue: d.issue ?? 'general',
      issues: d.issues,
      parties: d.parties
        .filter((p) => idOfName.has(p.name))
        .map((p) => ({ entityId: idOfName.get(p.name)!, role: p.role, roles: p.roles, unit: p.unit })),
    })),
  );
  // A dispute a re-extraction emptied (its article's old events taken off it) that took none of the new ones back
  // goes: no dispute stays without events. One merged away stays as the tombstone old links redirect by.
  const mergedAway = new Set(out.merges.map((m) => m.from));
  const placedOn = new Map(out.disputes.map((d) => [d.id, d]));
  await deleteEmptyDisputes(tx, open.filter((d) => !mergedAway.has(d.id) && (placedOn.get(d.id) ?? d).entries.length === 0).map((d) => Number(d.id)));
  const touched = new Set<number>([...out.disputes.map((d) => disputeId.get(d.id)!), ...refreshIds]);
  await recomputeDisputes(tx, ctx, [...touched]);
  await markArticlesPlaced(tx, articleIds, ctx.now());
  return {
    articles: articleIds.length,
    placed: placements.length,
    newEntries: [...createdEntries],
    disputes: [...touched],
    ...(explain && {
      rules: out.assignments.map((a) => ({ eventId: Number(a.ref), rule: a.rule })),
      unplaced: out.unplaced.map((u) => ({ eventId: Number(u.ref), reason: u.reason })),
    }),
  };
}

/**
 * The live disputes an event with these units could join within the window, read back as placeEvents holds
 * them in memory (`brinkwatch disputes`): parties with their units and roles, entries as placement kept them
 * (timeline_entries.placement), in the order it made them. `known` are entities already read (their names).
 */
export async function readOpenDisputes(tx: DbOrTx, units: string[], window: { from: string; to: string }, known: Iterable<{ id: number; name: string }> = []) {
  const stored = await loadDisputesForUnits(tx, units, window);
  const names = new Map<number, string>();
  for (const e of known) names.set(e.id, e.name);
  for (const p of stored.parties) names.set(p.entityId, p.name);
  const missingTargets = [...new Set(stored.entries.flatMap((e) => e.targetIds))].filter((id) => !names.has(id));
  for (const e of await getEntitiesByIds(tx, missingTargets)) names.set(e.id, e.name);
  const idOfName = new Map<string, number>();
  for (const [id, name] of names) if (!idOfName.has(name)) idOfName.set(name, id);

  const open: DisputeRecord[] = stored.disputes.map((d) => {
    const parties = stored.parties.filter((p) => p.disputeId === d.id);
    const since = d.firstEventAt ?? '1970-01-01';
    return {
      id: String(d.id),
      issue: isGenericIssue(d.issue) ? null : d.issue,
      issues: Object.keys(d.issues ?? {}).length || isGenericIssue(d.issue) ? { ...d.issues } : { [d.issue]: 1 },
      pinned: d.pinned,
      parties: parties.map((p) => ({
        name: p.name,
        kind: p.kind,
        unit: p.unit ?? unitOf(p.name, p.kind).unit,
        role: p.role as PartyRole,
        roles: (p.roles?.length ? p.roles : [{ role: p.role, since }]) as { role: PartyRole; since: string }[],
      })),
      entries: stored.entries
        .filter((e) => e.disputeId === d.id)
        .map((e) => ({
          id: String(e.id),
          type: e.type,
          actor: e.actorName,
          // As placement kept the entry (timeline_entries.placement); an entry written before that is read again.
          actorUnit: e.placement?.actorUnit ?? unitOf(e.actorName, parties.find((p) => p.entityId === e.actorId)?.kind ?? null).unit,
          targets: e.targetIds.map((t) => names.get(t) ?? String(t)),
          targetUnits:
            e.placement && e.placement.targetUnits.length === e.targetIds.length
              ? [...e.placement.targetUnits]
              : e.targetIds.map((t) => unitOf(names.get(t) ?? String(t), parties.find((p) => p.entityId === t)?.kind ?? null).unit),
          date: e.placement?.date ?? e.eventDate,
          ...(e.placement?.precision ? { precision: e.placement.precision } : {}),
          undated: e.placement?.undated ?? e.undated,
          refs: [],
          articles: [],
          sentence: e.placement?.sentence ?? e.sentence,
        })),
    };
  });
  return { stored, names, idOfName, open };
}

/**
 * `brinkwatch disputes rebuild`: recomputes every dispute from the stored events with the current placement
 * rules. Disputes an administrator merged or split (pinned) are kept as they are (events may still join them);
 * the alerts already queued or sent follow their events to the new entries, so none goes out twice. Articles
 * are placed again in order of publication, in batches of DISPUTES_BATCH_SIZE, in one transaction.
 */
export async function rebuildDisputes(ctx: Ctx): Promise<{ articles: number; disputes: number; deliveriesKept: number }> {
  return ctx.db.transaction(async (tx) => {
    const { deliveries, articleIds } = await takeApartDisputes(tx);
    const size = Math.max(1, ctx.config.workers.disputesBatchSize);
    for (let i = 0; i < articleIds.length; i += size) await placeArticles(tx, ctx, articleIds.slice(i, i + size), []);
    const deliveriesKept = await restoreDeliveries(tx, deliveries);
    const [row] = ((await tx.execute(sql`select count(*)::int as n from disputes where merged_into is null and event_count > 0`)) as unknown as { rows: { n: number }[] }).rows;
    return { articles: articleIds.length, disputes: row?.n ?? 0, deliveriesKept };
  });
}

/** Recomputes level, index, status and change records of disputes from their timelines. */
export async function recomputeDisputes(db: DbOrTx, ctx: Ctx, disputeIds: number[]): Promise<void> {
  if (disputeIds.length === 0) return;
  const byDispute = new Map<number, LadderEntry[]>(disputeIds.map((id) => [id, []]));
  for (const e of await listEntriesOfDisputes(db, disputeIds)) {
    // The sides by party: what tells a settlement of the case from another party's concession (disputes/ladder.ts).
    const sides = { actor: `p${e.actorId}`, targets: e.targetId == null ? [] : [`p${e.targetId}`] };
    byDispute.get(e.disputeId)?.push({ ...e, background: e.undated, key: `${e.type}|${e.actorId}|${e.targetId}`, ...sides });
  }
  const today = ctx.now().toISOString().slice(0, 10);
  await saveDisputeStates(
    db,
    [...byDispute].map(([disputeId, entries]) => ({ disputeId, state: computeDisputeState(ctx.ladder, entries, today), eventCount: entries.length })),
    ctx.now(),
  );
}

/** Recomputes one dispute (after a merge, a split or a re-extraction). */
export async function recomputeDispute(db: DbOrTx, ctx: Ctx, disputeId: number): Promise<void> {
  await recomputeDisputes(db, ctx, [disputeId]);
}
