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
import { listRecentEntryIdsOfArticle, listUnplacedEvents, setEventEntry } from '../db/queries/events.ts';
import { queueAlerts } from '../alerts/queue.ts';
import {
  findAnsweredAllegation,
  findMatchingEntry,
  findOrCreateDispute,
  insertTimelineEntry,
  listDisputesForParties,
  listEntriesForLadder,
  lockDisputeKey,
  refreshEntryEvidence,
  saveDisputeState,
  setDisputeIssue,
  setEntryAnswers,
} from '../db/queries/disputes.ts';
import type { DbOrTx } from '../db/client.ts';
import type { Ctx } from './context.ts';
import type { ArticleJob, NextJob } from './queues.ts';

export const MATCH_WINDOW_DAYS = 6;
export const ONGOING_DAYS = 30;
/** Events first reported longer ago than this raise no alert (an old story re-reported is not news). */
const ALERT_WINDOW_MS = 7 * 86_400_000;
const GENERIC_ISSUES = new Set(['', 'general', 'unspecified', 'dispute']);

export interface UpdateDisputesResult {
  placed: number;
  newEntries: number[];
  disputes: number[];
  next: NextJob[];
}

/** Places an article's unplaced events on dispute timelines and refreshes those disputes. */
export async function updateDisputes(ctx: Ctx, job: ArticleJob): Promise<UpdateDisputesResult> {
  const { db } = ctx;
  const rows = await listUnplacedEvents(db, job.articleId);
  const touched = new Set<number>();
  const newEntries: number[] = [];
  let placed = 0;
  const entityIds = [...new Set(rows.flatMap((r) => [r.event.actorId, r.event.targetId ?? -1]))].filter((id) => id > 0);
  const entityById = new Map((await getEntitiesByIds(db, entityIds)).map((e) => [e.id, e]));
  const partyNames = [...new Set([...entityById.values()].map((e) => e.partyName).filter((n): n is string => !!n))];
  const partyIdByName = await getEntityIdsByNames(db, partyNames);
  /** A ministry counts as its country, a spokesperson as the body they speak for (disputes/parties.ts). */
  const partyIdOf = (e: { id: number; partyName: string | null }) => (e.partyName ? (partyIdByName.get(e.partyName) ?? e.id) : e.id);

  // Events grouped by party set: one transaction (and one advisory lock) per group.
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
    const lockKey = `dispute-parties-${partyIds.join('-')}`;
    if (!groups.has(lockKey)) groups.set(lockKey, { partyIds, rows: [] });
    groups.get(lockKey)!.rows.push(row);
  }

  for (const [lockKey, group] of groups) {
    const { partyIds } = group;
    const results = await db.transaction(async (tx) => {
      await lockDisputeKey(tx, lockKey);
      const out: { disputeId: number; entryId: number; created: boolean }[] = [];
      for (const { event, publishedAt, createdAt } of group.rows) {
        const actor = entityById.get(event.actorId)!;
        const target = entityById.get(event.targetId!)!;
        const issue = (event.issue ?? '').trim().toLowerCase();
        const existing = await listDisputesForParties(tx, partyIds);
        let dispute = existing.find((d) => d.issue === issue);
        const joinsLatest = GENERIC_ISSUES.has(issue) || event.type === 'DENIAL' || event.type === 'DEESCALATION';
        if (!dispute && joinsLatest && existing[0]) dispute = existing[0];
        // The same parties quarrelling within ONGOING_DAYS of each other is one ongoing dispute, even when
        // a report labels the issue differently; an admin can split it (POST /disputes/:id/split).
        if (!dispute) dispute = existing.find((d) => d.status !== 'resolved' && d.lastEventAt && daysApart(d.lastEventAt, event.eventDate) <= ONGOING_DAYS);
        const title = (i: string) => disputeTitle(actor.partyName ?? actor.name, target.partyName ?? target.name, i);
        if (!dispute) {
          // A dispute opened without a specific issue takes the first specific one it meets.
          const generic = existing.find((d) => GENERIC_ISSUES.has(d.issue));
          if (generic) dispute = await setDisputeIssue(tx, generic.id, `${partyIds.join('-')}|${issue}`, issue, title(issue));
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
        }
        let entry = await findMatchingEntry(tx, {
          disputeId: dispute.id,
          type: event.type,
          actorId: event.actorId,
          targetId: event.targetId,
          eventDate: event.eventDate,
          windowDays: MATCH_WINDOW_DAYS,
        });
        let created = false;
        if (!entry) {
          entry = await insertTimelineEntry(tx, {
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
          created = true;
        }
        await setEventEntry(tx, event.id, entry.id);
        await refreshEntryEvidence(tx, entry.id);
        if (event.type === 'DENIAL' && entry.answersEntryId === null) {
          const answered = await findAnsweredAllegation(tx, dispute.id, event.targetId, event.eventDate);
          if (answered) await setEntryAnswers(tx, entry.id, answered);
        }
        out.push({ disputeId: dispute.id, entryId: entry.id, created });
      }
      // Each touched dispute is recomputed once, from its whole timeline, under the same lock.
      for (const disputeId of new Set(out.map((r) => r.disputeId))) await recomputeDispute(tx, ctx, disputeId);
      return out;
    });
    for (const r of results) {
      placed++;
      touched.add(r.disputeId);
      if (r.created) newEntries.push(r.entryId);
    }
  }

  // Alerts: one delivery per (rule, timeline event), whatever number of articles report it. Every recent
  // entry this article supports is offered again, so a retry after a crash loses no alert and the unique
  // key keeps it from doubling.
  const since = new Date(ctx.now().getTime() - ALERT_WINDOW_MS);
  let alerted = 0;
  for (const entryId of await listRecentEntryIdsOfArticle(db, job.articleId, since)) alerted += (await queueAlerts(db, entryId)).length;
  return { placed, newEntries, disputes: [...touched], next: alerted ? [{ queue: 'deliver-alerts', payload: {} }] : [] };
}

function daysApart(a: string, b: string): number {
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;
}

function disputeTitle(a: string, b: string, issue: string): string {
  return `${[a, b].sort().join(' – ')}: ${issue}`;
}

/** Recomputes level, index, status and change records of one dispute from its timeline. */
export async function recomputeDispute(db: DbOrTx, ctx: Ctx, disputeId: number): Promise<void> {
  const entries = await listEntriesForLadder(db, disputeId);
  const today = ctx.now().toISOString().slice(0, 10);
  const state = computeDisputeState(ctx.ladder, entries, today);
  await saveDisputeState(db, disputeId, state, ctx.now());
}
