/**
 * Which party an actor counts as in a dispute. A ministry, department or other executive body counts
 * as its country ("a ministry and its country count as one party"); a person counts as the organisation the
 * text names them acting for (or, from the gazetteer, the body an official or spokesperson serves) and is
 * otherwise a party of their own; a company owned by another (gazetteer `parent`) counts as its owner; everything
 * else is its own party. Regulators,
 * courts and legislatures stay themselves: an inquiry by a board is a step by the board.
 */
import { BY_NAME } from '../extract/gazetteer.ts';

export interface PartyInput {
  name: string;
  kind: string;
  organisation?: string | null;
}

/** The canonical name of the party an entity counts as (its own name when nothing maps it). */
export function partyOf(e: PartyInput, depth = 0): string {
  const entry = BY_NAME.get(e.name);
  if (e.kind === 'government' || entry?.kind === 'government') {
    if (entry?.country && entry.country !== e.name) return entry.country;
    return e.name;
  }
  if (e.kind === 'person' && depth < 2) {
    // The organisation the text names them acting for; failing that, the gazetteer's, only for an official or a
    // spokesperson: a founder or chief executive may act in their own name and is never merely their company.
    const gazOrg = entry?.org ? BY_NAME.get(entry.org) : undefined;
    const official = entry?.role === 'spokesperson' || (gazOrg && ['government', 'regulator', 'court', 'legislature'].includes(gazOrg.kind));
    const org = e.organisation ?? (official ? entry!.org! : null);
    if (org) {
      const orgEntry = BY_NAME.get(org);
      return partyOf({ name: org, kind: orgEntry?.kind ?? 'other_org' }, depth + 1);
    }
  }
  if (entry?.parent && depth < 2 && !['government', 'regulator', 'court', 'legislature', 'person'].includes(e.kind)) {
    return partyOf({ name: entry.parent, kind: BY_NAME.get(entry.parent)?.kind ?? 'company' }, depth + 1);
  }
  return e.name;
}
