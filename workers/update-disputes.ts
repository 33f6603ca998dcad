/**
 * update-disputes: place each of an article's events on a dispute timeline.
 *
 * A dispute is a set of parties (an unordered pair; a ministry counts as its country and a
 * spokesperson as the body they speak for, see disputes/parties.ts) and an issue. An event joins the
 * dispute of its parties with the same issue; an event with no specific issue, a denial or a
 * de-escalation joins the parties' most recently active dispute; an event within ONGOING_DAYS of an
 * unresolved dispute of the same parties joins it; otherwise it starts a new one. Within a dispute, reports of the same type by the same actor
 * against the same target within MATCH_WINDOW_DAYS are one real-world event: one timeline entry with
 * every article as its evidence and a corroboration count. After each change the dispute's level,
 * escalation index, status and change records are recomputed from its whole timeline (disputes/ladder.ts),
 * so the job is idempotent. Work on one party set is serialised by an advisory lock.
 */
import { computeDisputeState } from '../disputes/ladder.ts';
import { getEntitiesByIds, getEntityIdsByNames } from '../db/queries/entities.ts';
import { listRecentEntryIdsOfArticles } from '../db/queries/events.ts';
import { queueAlerts } from '../alerts/queue.ts';
import { listEnabledAlertRules } from '../db/queries/alerts.ts';
import { findOrCreateDispute, setDisputeIssue, type Dispute } from '../db/queries/disputes.ts';
import {
  addEntriesEvidence,
  claimUnplacedArticles,
  getPlacementStates,
  insertTimelineEntries,
  listDisputesForPartySets,
  listEntriesOfArticle,
  listEntriesOfDisputes,
  listUnplacedEventsOf,
  lockArticlesForPlacement,
  lockPartySets,
  markArticlesPlaced,
  refreshEntriesEvidence,
  reserveEntryIds,
  saveDisputeStates,
  setAnsweredAllegations,
  setEventEntries,
  type AnswerLookup,
  type NewTimelineEntry,
} from '../db/queries/placement.ts';
import type { DbOrTx } from '../db/client.ts';
import type { Ctx } from './context.ts';
import type { NextJob, UpdateDisputesJob } from './queues.ts';

export const MATCH_WINDOW_DAYS = 6;
/** Timeline entry ids reserved at a time by a placement batch. */
const ENTRY_ID_BLOCK = 32;
export const ONGOING_DAYS = 30;
/** Events first reported longer ago than this raise no alert (an old story re-reported is not news). */
const ALERT_WINDOW_MS = 7 * 86_400_000;
const GENERIC_ISSUES = new Set(['', 'general', 'unspecified', 'dispute']);

export interface UpdateDisputesResult {
  /** Articles whose events this job placed (its own and those it claimed). */
  articles: number;
  placed: number;
  newEntries: number[];
  disputes: number[];
  next: NextJob[];
  /** Another batch holds the job's article: run the job again after this long (only with `deferIfBusy`). */
  deferMs?: number;
}

/** How long a job whose article another batch holds waits before it runs again (a batch takes ~0.1–1 s). */
export const BUSY_DEFER_MS = 500;

/** The advisory-lock key of a party set (see lockPartySets). */
export const partySetKey = (partyIds: readonly number[]) => `dispute-parties-${[...partyIds].sort((a, b) => a - b).join('-')}`;

/**
 * Places the events of the job's articles (one, or a fetch batch's) on dispute timelines, together with
 * other extracted articles still waiting, up to DISPUTES_BATCH_SIZE in all (claimed with SKIP LOCKED, so
 * concurrent jobs take disjoint batches), in one transaction; then offers the alerts of the job's own articles.
 */
export async function updateDisputes(ctx: Ctx, job: UpdateDisputesJob, opts: { deferIfBusy?: boolean } = {}): Promise<UpdateDisputesResult> {
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
          const placed = ids.length || refresh.length ? await placeArticles(tx, ctx, ids, refresh) : empty;
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

type EntryRow = Awaited<ReturnType<typeof listEntriesOfDisputes>>[number];

/**
 * Places the unplaced events of these (locked) articles, refreshes the given entries, recomputes every
 * dispute touched once, and marks the articles placed. The number of statements depends on the number
 * of new disputes and entries, not on the number of events.
 */
async function placeArticles(
  tx: DbOrTx,
  ctx: Ctx,
  articleIds: number[],
  refresh: { entryId: number; disputeId: number; partyIds: number[] }[],
): Promise<Omit<UpdateDisputesResult, 'next'>> {
  const rows = await listUnplacedEventsOf(tx, articleIds);
  const entityIds = [...new Set(rows.flatMap((r) => [r.event.actorId, r.event.targetId ?? -1]))].filter((id) => id > 0);
  const entityById = new Map((await getEntitiesByIds(tx, entityIds)).map((e) => [e.id, e]));
  const partyNames = [...new Set([...entityById.values()].map((e) => e.partyName).filter((n): n is string => !!n))];
  const partyIdByName = await getEntityIdsByNames(tx, partyNames);
  /** A ministry counts as its country, a spokesperson as the body they speak for (disputes/parties.ts). */
  const partyIdOf = (e: { id: number; partyName: string | null }) => (e.partyName ? (partyIdByName.get(e.partyName) ?? e.id) : e.id);

  // Events grouped by party set, in event order within each.
  type Row = (typeof rows)[number];
  const groups = new Map<string, { partyIds: number[]; rows: Row[] }>();
  for (const row of rows) {
    const { event } = row;
    if (event.targetId === null || event.targetId === event.actorId) continue;
    const actor = entityById.get(event.actorId);
    const target = entityById.get(event.targetId);
    if (!actor || !target) continue;
    const actorParty = partyIdOf(actor);
    const targetParty = partyIdOf(target);
    if (actorParty === targetParty) continue;
    const partyIds = [actorParty, targetParty].sort((a, b) => a - b);
    const key = partySetKey(partyIds);
    if (!groups.has(key)) groups.set(key, { partyIds, rows: [] });
    groups.get(key)!.rows.push(row);
  }
  const partySets = new Map<string, number[]>([...groups].map(([k, g]) => [k, g.partyIds]));
  for (const r of refresh) partySets.set(partySetKey(r.partyIds), r.partyIds);
  await lockPartySets(tx, [...partySets.keys()]);
  // Ids for the entries this batch may create, taken after the locks: an entry of these disputes created by
  // any earlier batch has a smaller id, and the batch's own are handed out in order. The entries are then
  // written in one statement at the end (a round trip per entry, under the locks, kept every other batch on
  // these parties waiting). Ids come in blocks of ENTRY_ID_BLOCK (a batch creates ~16 entries; one more
  // statement when a batch needs more); the first block is taken here, so every id handed out later is above
  // the bound a denial's lookup uses.
  let toPlace = [...groups.values()].reduce((n, g) => n + g.rows.length, 0);
  const reserved = await reserveEntryIds(tx, Math.min(toPlace, ENTRY_ID_BLOCK));
  let nextReserved = 0;
  const pendingEntries: NewTimelineEntry[] = [];
  /** Denials whose answered allegation is looked up once the batch's entries are written (in loop order). */
  const pendingAnswers: AnswerLookup[] = [];

  // What the events are matched against, loaded once: the parties' disputes, and their entries within
  // the match window of the batch's dates (a long timeline is not read whole for every batch).
  const disputesByKey = new Map<string, Dispute[]>();
  for (const d of await listDisputesForPartySets(tx, [...groups.values()].map((g) => g.partyIds))) {
    const key = partySetKey(d.partyIds);
    const list = disputesByKey.get(key) ?? [];
    list.push(d);
    disputesByKey.set(key, list);
  }
  const dates = [...groups.values()].flatMap((g) => g.rows.map((r) => r.event.eventDate)).sort();
  const entriesByDispute = new Map<number, EntryRow[]>();
  if (dates.length) {
    const window = { from: shiftDays(dates[0]!, -MATCH_WINDOW_DAYS), to: shiftDays(dates[dates.length - 1]!, MATCH_WINDOW_DAYS) };
    for (const e of await listEntriesOfDisputes(tx, [...disputesByKey.values()].flat().map((d) => d.id), window)) {
      const list = entriesByDispute.get(e.disputeId) ?? [];
      list.push(e);
      entriesByDispute.set(e.disputeId, list);
    }
  }
  /** Entries created in this batch, per dispute (what may have changed a dispute's status since its row was read). */
  const createdIn = new Map<number, EntryRow[]>();

  const placements: { eventId: number; entryId: number }[] = [];
  const touchedEntries = new Set<number>(refresh.map((r) => r.entryId));
  const refreshed = new Set<number>(refresh.map((r) => r.entryId));
  const touchedDisputes = new Set<number>(refresh.map((r) => r.disputeId));
  const newEntries: number[] = [];
  // Whether a dispute is resolved as its timeline now stands: its row says so unless an entry created in this
  // batch is now its latest step (a settlement resolves it, a hostile step reopens it).
  const resolved = (d: Dispute) => {
    let latest: EntryRow | null = null;
    for (const e of createdIn.get(d.id) ?? []) if (!latest || e.eventDate > latest.eventDate || (e.eventDate === latest.eventDate && e.id > latest.id)) latest = e;
    if (!latest || (d.lastEventAt && latest.eventDate < d.lastEventAt)) return d.status === 'resolved';
    return latest.type === 'DEESCALATION';
  };
  for (const [key, group] of groups) {
    const { partyIds } = group;
    const existing = disputesByKey.get(key) ?? [];
    disputesByKey.set(key, existing);
    for (const { event, publishedAt, createdAt } of group.rows) {
      const left = toPlace--; // events still to place, this one included
      const actor = entityById.get(event.actorId)!;
      const target = entityById.get(event.targetId!)!;
      const issue = (event.issue ?? '').trim().toLowerCase();
      let dispute = existing.find((d) => d.issue === issue);
      const joinsLatest = GENERIC_ISSUES.has(issue) || event.type === 'DENIAL' || event.type === 'DEESCALATION';
      if (!dispute && joinsLatest && existing[0]) dispute = existing[0];
      // The same parties quarrelling within ONGOING_DAYS of each other is one ongoing dispute, even when
      // a report labels the issue differently; an admin can split it (POST /disputes/:id/split).
      if (!dispute) {
        dispute = existing.find((d) => {
          const last = lastEventOf(d, entriesByDispute);
          return !resolved(d) && last !== null && daysApart(last, event.eventDate) <= ONGOING_DAYS;
        });
      }
      const title = (i: string) => disputeTitle(actor.partyName ?? actor.name, target.partyName ?? target.name, i);
      if (!dispute) {
        // A dispute opened without a specific issue takes the first specific one it meets.
        const generic = existing.find((d) => GENERIC_ISSUES.has(d.issue));
        if (generic) {
          dispute = await setDisputeIssue(tx, generic.id, `${partyIds.join('-')}|${issue}`, issue, title(issue));
          existing.splice(existing.indexOf(generic), 1, dispute);
        }
      }
      if (!dispute) {
        const disputeIssue = GENERIC_ISSUES.has(issue) ? 'general' : issue;
        dispute = await findOrCreateDispute(tx, {
          key: `${partyIds.join('-')}|${disputeIssue}`,
          title: title(disputeIssue),
          partyIds,
          issue: disputeIssue,
          now: ctx.now(),
        });
        // Newly active: first in the most-recently-active order the rules above read.
        if (!existing.some((d) => d.id === dispute!.id)) existing.unshift(dispute);
      }
      const entries = entriesByDispute.get(dispute.id) ?? [];
      entriesByDispute.set(dispute.id, entries);
      let entry = findMatchingEntry(entries, event, MATCH_WINDOW_DAYS);
      if (!entry) {
        if (nextReserved === reserved.length) reserved.push(...(await reserveEntryIds(tx, Math.min(left, ENTRY_ID_BLOCK))));
        const id = reserved[nextReserved++]!;
        pendingEntries.push({
          id,
          disputeId: dispute.id,
          type: event.type,
          actorId: event.actorId,
          targetId: event.targetId,
          eventDate: event.eventDate,
          firstReportedAt: publishedAt ?? createdAt,
          sentence: event.sentence,
          quote: event.quote,
          issue: event.issue,
          confidence: event.confidence,
        });
        entry = { id, disputeId: dispute.id, type: event.type, actorId: event.actorId, targetId: event.targetId, eventDate: event.eventDate, answersEntryId: null, corroboration: 1 };
        entries.push(entry);
        const createdHere = createdIn.get(dispute.id) ?? [];
        createdHere.push(entry);
        createdIn.set(dispute.id, createdHere);
        newEntries.push(entry.id);
      }
      // As the evidence refresh will have it: the earliest date the reports give, never after the first report.
      const reportedDay = (publishedAt ?? createdAt).toISOString().slice(0, 10);
      for (const day of [event.eventDate, reportedDay]) if (day < entry.eventDate) entry.eventDate = day;
      placements.push({ eventId: event.id, entryId: entry.id });
      touchedEntries.add(entry.id);
      touchedDisputes.add(dispute.id);
      if (event.type === 'DENIAL' && entry.answersEntryId === null) {
        // The allegation answered may be older than the loaded window: asked of the database once the batch's
        // entries are written, among the entries that existed at this point of the batch (ids below the next
        // reserved one), as if asked now. A later denial of the same entry is asked too; the first answer wins.
        pendingAnswers.push({
          entryId: entry.id,
          disputeId: dispute.id,
          accuserId: event.targetId,
          onOrBefore: event.eventDate,
          // The next id to hand out, or one past the last reserved (the first block is never empty here).
          idBelow: reserved[nextReserved] ?? reserved[reserved.length - 1]! + 1,
        });
      }
    }
  }

  await insertTimelineEntries(tx, pendingEntries);
  await setAnsweredAllegations(tx, pendingAnswers);
  await setEventEntries(tx, placements);
  // Entries created in this batch (and those a copy re-evaluates) are computed from all their events; entries
  // that had evidence already take the new events on top of it.
  const created = new Set(newEntries);
  await refreshEntriesEvidence(tx, [...touchedEntries].filter((id) => created.has(id) || refreshed.has(id)));
  await addEntriesEvidence(tx, placements.filter((p) => !created.has(p.entryId) && !refreshed.has(p.entryId)).map((p) => p.eventId));
  // Each touched dispute is recomputed once, from its whole timeline, under the same locks.
  await recomputeDisputes(tx, ctx, [...touchedDisputes]);
  await markArticlesPlaced(tx, articleIds, ctx.now());
  return { articles: articleIds.length, placed: placements.length, newEntries, disputes: [...touchedDisputes] };
}

/** The entry of the dispute reporting the same real-world event: same type, actor and target within the window, nearest date. */
function findMatchingEntry(entries: EntryRow[], ev: { type: string; actorId: number; targetId: number | null; eventDate: string }, windowDays: number) {
  let best: { entry: EntryRow; gap: number } | null = null;
  for (const e of entries) {
    if (e.type !== ev.type || e.actorId !== ev.actorId || e.targetId !== ev.targetId) continue;
    const gap = daysApart(e.eventDate, ev.eventDate);
    if (gap > windowDays) continue;
    if (!best || gap < best.gap || (gap === best.gap && e.id < best.entry.id)) best = { entry: e, gap };
  }
  return best?.entry;
}

/** The latest event date of a dispute, counting entries placed earlier in this batch. */
function lastEventOf(d: Dispute, entriesByDispute: Map<number, EntryRow[]>): string | null {
  let last = d.lastEventAt;
  for (const e of entriesByDispute.get(d.id) ?? []) if (!last || e.eventDate > last) last = e.eventDate;
  return last;
}

function shiftDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

function daysApart(a: string, b: string): number {
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;
}

function disputeTitle(a: string, b: string, issue: string): string {
  return `${[a, b].sort().join(' – ')}: ${issue}`;
}

/** Recomputes level, index, status and change records of disputes from their timelines. */
export async function recomputeDisputes(db: DbOrTx, ctx: Ctx, disputeIds: number[]): Promise<void> {
  if (disputeIds.length === 0) return;
  const byDispute = new Map<number, { id: number; type: string; eventDate: string; corroboration: number }[]>(disputeIds.map((id) => [id, []]));
  for (const e of await listEntriesOfDisputes(db, disputeIds)) byDispute.get(e.disputeId)?.push(e);
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
