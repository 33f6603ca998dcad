/**
 * Selecting a digest's content from the day's timeline entries (pure): filters applied, events grouped
 * by dispute, denials listed on their own, escalations and new disputes restricted to disputes the
 * subscriber follows.
 */
import { matchesFilters } from '../alerts/match.ts';
import type { AlertFilters } from '../db/schema.ts';
import type { EntryWithDisputeRow } from '../db/queries/digests.ts';
import type { DigestContent, DigestDispute, DigestEvent } from './render.ts';
import { partyWithRole } from '../api/render/words.ts';

export interface DigestRaw {
  entries: EntryWithDisputeRow[];
  escalations: { disputeId: number; fromType: string | null; toType: string | null; fromLevel: number; toLevel: number; changedOn: string }[];
  newDisputeIds: number[];
  /** Disputes named by escalations or new disputes, with parties. */
  disputes: { id: number; title: string; issue: string; status: string; level: number; levelType: string | null; parties: { id: number; name: string; aliases?: string[]; role?: string | null }[] }[];
}

function toDigestDispute(d: DigestRaw['disputes'][number] | EntryWithDisputeRow['dispute']): DigestDispute {
  return { id: d.id, title: d.title, issue: d.issue, status: d.status, level: d.level, levelType: d.levelType, parties: d.parties.map(partyWithRole) };
}

function toDigestEvent(e: EntryWithDisputeRow['entry']): DigestEvent {
  return {
    id: e.id,
    date: e.date,
    type: e.type,
    actor: e.actor,
    target: e.target,
    sentence: e.sentence,
    quote: e.quote,
    corroboration: e.corroboration,
    sources: e.sources,
    answers: e.answers,
  };
}

/** Builds the four digest sections from the raw rows of one day, keeping only what the filters let through. */
export function selectDigestContent(filters: AlertFilters, raw: DigestRaw): DigestContent {
  const entries = raw.entries.filter((r) => matchesFilters(filters, r));
  // A dispute-level section passes when the filters (without event types) accept the dispute itself.
  const { types: _types, ...disputeFilters } = filters;
  const disputeOk = (d: DigestRaw['disputes'][number]) =>
    matchesFilters(disputeFilters, {
      entry: { id: 0, type: '', date: '', actorId: -1, actor: '', targetId: null, target: null },
      dispute: { id: d.id, title: d.title, issue: d.issue, level: d.level, parties: d.parties },
    });
  const byId = new Map(raw.disputes.map((d) => [d.id, d]));
  const groups = new Map<number, { dispute: DigestDispute; events: DigestEvent[] }>();
  for (const r of entries) {
    const g = groups.get(r.dispute.id) ?? { dispute: toDigestDispute(r.dispute), events: [] };
    g.events.push(toDigestEvent(r.entry));
    groups.set(r.dispute.id, g);
  }
  const eventsByDispute = [...groups.values()].sort((a, b) => b.dispute.level - a.dispute.level || a.dispute.id - b.dispute.id);
  return {
    escalated: raw.escalations
      .filter((c) => byId.has(c.disputeId) && disputeOk(byId.get(c.disputeId)!))
      .map((c) => ({ dispute: toDigestDispute(byId.get(c.disputeId)!), fromType: c.fromType, toType: c.toType, fromLevel: c.fromLevel, toLevel: c.toLevel, changedOn: c.changedOn })),
    newDisputes: raw.newDisputeIds
      .map((id) => byId.get(id))
      .filter((d): d is DigestRaw['disputes'][number] => !!d && disputeOk(d))
      .map(toDigestDispute),
    eventsByDispute,
    denials: entries.filter((r) => r.entry.type === 'DENIAL').map((r) => ({ dispute: toDigestDispute(r.dispute), denial: toDigestEvent(r.entry) })),
  };
}
