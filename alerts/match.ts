/**
 * Matching timeline events against the filters shared by alert rules and digest subscriptions (pure).
 * Every filter that is set must match (AND); within a filter any value may match (OR):
 *  - actors: an entity name or alias (case-insensitive) or id of the event's actor or target, or of a
 *    party of its dispute — a rule on "Alibaba" sees Anthropic's allegation against Alibaba.
 *  - disputeIds: the event's dispute.
 *  - issues: a case-insensitive substring of the dispute's issue ("export" matches "export controls").
 *  - minLevel: the dispute's level after the event is at least this rung.
 *  - types: the event's type.
 */
import { z } from 'zod';
import type { AlertFilters } from '../db/schema.ts';

export interface MatchParty {
  id: number;
  name: string;
  aliases?: string[];
}

export interface EntryWithDispute {
  entry: {
    id: number;
    type: string;
    date: string;
    actorId: number;
    actor: string;
    targetId: number | null;
    target: string | null;
  };
  dispute: { id: number; title: string; issue: string; level: number; parties: MatchParty[] };
}

export interface RuleLike {
  id: number;
  enabled?: boolean;
  filters: AlertFilters;
}

const norm = (s: string) => s.trim().toLowerCase();

/** Whether one event passes the filters. */
export function matchesFilters(filters: AlertFilters, x: EntryWithDispute): boolean {
  if (filters.disputeIds?.length && !filters.disputeIds.includes(x.dispute.id)) return false;
  if (filters.types?.length && !filters.types.map((t) => t.toUpperCase()).includes(x.entry.type)) return false;
  if (filters.minLevel !== undefined && filters.minLevel !== null && x.dispute.level < filters.minLevel) return false;
  if (filters.issues?.length) {
    const issue = norm(x.dispute.issue);
    if (!filters.issues.some((i) => issue.includes(norm(i)))) return false;
  }
  if (filters.actors?.length) {
    const ids = new Set<number>([x.entry.actorId, ...(x.entry.targetId !== null ? [x.entry.targetId] : []), ...x.dispute.parties.map((p) => p.id)]);
    const names = new Set<string>(
      [x.entry.actor, x.entry.target ?? '', ...x.dispute.parties.flatMap((p) => [p.name, ...(p.aliases ?? [])])].filter(Boolean).map(norm),
    );
    const hit = filters.actors.some((a) => (/^\d+$/.test(a.trim()) ? ids.has(Number(a)) : names.has(norm(a))));
    if (!hit) return false;
  }
  return true;
}

/** The enabled rules whose filters the event passes. */
export function matchRules<R extends RuleLike>(rules: readonly R[], x: EntryWithDispute): R[] {
  return rules.filter((r) => r.enabled !== false && matchesFilters(r.filters ?? {}, x));
}

/** The filters as accepted from API and CLI input (zod); unknown keys are refused. */
export const AlertFiltersSchema = z
  .object({
    actors: z.array(z.string().trim().min(1).max(200)).max(50).optional(),
    disputeIds: z.array(z.number().int().positive().max(2_147_483_647)).max(200).optional(),
    issues: z.array(z.string().trim().min(1).max(100)).max(50).optional(),
    minLevel: z.number().int().min(0).max(100).optional(),
    types: z.array(z.enum(['ALLEGATION', 'DENIAL', 'LEGAL_ACTION', 'INVESTIGATION', 'RESTRICTION', 'THREAT', 'DEMAND', 'DEESCALATION'])).max(8).optional(),
  })
  .strict();
