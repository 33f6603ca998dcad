// Implied events: an act stated together with its reason implies a second act by the same parties. Each rule is one
// row of IMPLIED_RULES: the types of event it reads, the type it implies, and the cue it looks for in the event's own
// clause after its trigger. A legal step, restriction or inquiry with a wrongdoing complement ("sued Marrowby for
// copying …", "added Quillon to the list for shipping chips in breach of …", "opened a probe into whether Quillon
// abused …", "fined Quillon after it failed to disclose …") is also the actor's allegation against the target; an
// authority's easing act done for the other side's concession ("lifted the block after the company registered") is
// also that side's de-escalation towards the authority; talks agreed ("agreed to hold talks with X") are both sides'.
// Language-independent: the word classes come from the bundle (lang/en/implied.ts, lang/en/discourse.ts).
import { TRIGGERS, SUBORDINATORS } from './lexicon.ts';
import { FRONTED_SUIT_NOUNS, FRONTED_SUIT_FILED, IN_WORD, IMPLIED_ACCUSATION_NOUNS, IMPLIED_AUTHOR_PREPS } from './lexicon.ts';
import { IMPLIED_ALLEGE_CUES, IMPLIED_WRONG_NOUNS, IMPLIED_REASON_PREPS, IMPLIED_CLAUSE_END, IMPLIED_NEGATORS, WRONGDOING, FAILED, FAILED_TO, TO, UNLAWFUL_PHRASES, DATA_VERBS, TAINTED, DETS, CONCESSION_AFTER, CONCESSION_ACCEPT, CONCESSION_NOUNS, CONCESSION_OFFERED, AGENT_BY, MUTUAL_TALK_NOUNS, LIST_AND } from './lexicon.ts';
import { claimAuthorAt, type RawEvent } from './events.ts';
import type { SentenceInfo } from './entities.ts';
import type { EntityKind, EventType } from './index.ts';

/** Appeals attack a ruling: a wrongdoing stated in their clause is the ruling's finding ("appealed a ruling that found it had
 * copied …"), no allegation of the appellant's. */
const APPEALS = new Set(TRIGGERS.filter((x) => x.appeal).map((x) => x.id));

interface ImpliedRule {
  id: string; from: EventType[]; type: EventType; cue: (info: SentenceInfo, ti: number, e: RawEvent) => boolean;
  /** Only events whose actor is of these kinds. */
  actorKinds?: EntityKind[];
  /** Only events of these patterns. */
  patterns?: string[];
  /** The implied act goes the other way (the target acts on the actor). */
  reverse?: boolean;
}

/** The token index of the event's trigger. */
function triggerIndex(e: RawEvent): number {
  const { toks, s } = e.info;
  for (let k = 0; k < toks.length; k++) if (toks[k].start - s.start >= e.tpos) return k;
  return toks.length;
}

/** A negator or word of clearing in the two words before token `k`. */
function negatedAt(toks: SentenceInfo['toks'], k: number): boolean {
  return IMPLIED_NEGATORS.test(toks[k - 1]?.text ?? '') || IMPLIED_NEGATORS.test(toks[k - 2]?.text ?? '');
}

/** Whether the cue at k ends a subordinate clause opened after the trigger with a subject of its own ("after X accused"). */
function ownSubjectClause(toks: SentenceInfo['toks'], ti: number, k: number): boolean {
  for (let b = k - 1; b > ti && k - b <= 8; b--) if (SUBORDINATORS.test(toks[b].text)) return k - b >= 2;
  return false;
}

/** A wrongdoing stated in the act's clause after its trigger, not negated. */
function wrongdoingComplement(info: SentenceInfo, ti: number): boolean {
  const { toks } = info;
  let end = toks.length;
  for (let k = ti + 1; k < toks.length; k++) if (IMPLIED_CLAUSE_END.test(toks[k].text)) { end = k; break; }
  for (let k = ti + 1; k < end; k++) {
    const w = toks[k].text;
    // "opened a review after a coalition of authors accused the company of …": a subordinate clause with a subject of its
    // own is another party's accusation, not the act's reason in the actor's mouth.
    if (IMPLIED_ALLEGE_CUES.test(w) && ownSubjectClause(toks, ti, k)) return false;
    if (IMPLIED_ALLEGE_CUES.test(w) && !negatedAt(toks, k)) return true;
    // "over the leaked designs": a participle after a determiner qualifies a noun; it states no act of the target.
    if (WRONGDOING.test(w) && !negatedAt(toks, k) && !DETS.has(toks[k - 1]?.text ?? '')) return true;
    if (FAILED.test(w) && toks[k + 1]?.text.toLowerCase() === TO && FAILED_TO.test(toks[k + 2]?.text ?? '')) return true;
    if (IMPLIED_WRONG_NOUNS.test(w) && !negatedAt(toks, k)) {
      for (let b = k - 1; b >= Math.max(ti + 1, k - 4); b--) if (IMPLIED_REASON_PREPS.test(toks[b].text)) return true;
    }
    // "for shipping chips without a licence", "for selling counterfeit parts": a data or trade verb made unlawful.
    if (DATA_VERBS.test(w) && k + 1 < end) {
      if (TAINTED.test(toks[k + 1].text)) return true;
      const rest = info.s.text.slice(toks[k].start - info.s.start, end < toks.length ? toks[end].start - info.s.start : undefined);
      if (UNLAWFUL_PHRASES.test(rest)) return true;
    }
  }
  return false;
}

/**
 * The other side's concession stated as the reason of an authority's easing act: "lifted its block on X after the
 * company registered", "closed its investigation into X after accepting the firm's undertakings", "accepted commitments
 * offered by X, closing the investigation". The target is named (or described) right after "after"/"once", or the
 * authority accepts something, or an offer is made "by" the target.
 */
function concessionReason(info: SentenceInfo, ti: number, e: RawEvent): boolean {
  const { toks, mentions } = info;
  const isTarget = (m: { ent: { name: string } } | undefined) => !!m && m.ent.name === e.target!.name;
  for (let k = ti + 1; k < toks.length; k++) {
    if (IMPLIED_CLAUSE_END.test(toks[k].text)) break;
    if (!CONCESSION_AFTER.test(toks[k].text)) continue;
    if (CONCESSION_ACCEPT.test(toks[k + 1]?.text ?? '')) return true;
    if (isTarget(mentions.find((m) => (m.lead ?? m.t0) >= k + 1 && (m.lead ?? m.t0) <= k + 2 && !m.mod))) return true;
  }
  for (let k = 0; k + 3 < toks.length; k++) {
    if (CONCESSION_NOUNS.test(toks[k].text) && CONCESSION_OFFERED.test(toks[k + 1].text) && toks[k + 2].text === AGENT_BY
      && isTarget(mentions.find((m) => m.t0 === k + 3))) return true;
  }
  return false;
}

/** Talks agreed or to be held: a noun of a meeting within six words after the trigger ("agreed to hold talks", "will hold consultations with X"). */
function talksAgreed(info: SentenceInfo, ti: number): boolean {
  const { toks } = info;
  for (let k = ti; k < Math.min(toks.length, ti + 7); k++) if (MUTUAL_TALK_NOUNS.test(toks[k].text)) return true;
  return false;
}

/**
 * Talks told of both sides together ("Japan and South Korea will hold talks next week", "Officials from Japan and South
 * Korea will meet"): a meeting noun after the cue, and the two parties named before it joined by "and".
 */
function jointTalks(info: SentenceInfo, ti: number, e: RawEvent): boolean {
  if (!talksAgreed(info, ti)) return false;
  const { toks, mentions } = info;
  const a = mentions.find((m) => m.t1 <= ti && m.ent.name === e.actor?.name);
  const b = mentions.find((m) => m.t1 <= ti && m.ent.name === e.target?.name);
  if (!a || !b) return false;
  const [x, y] = a.t0 < b.t0 ? [a, b] : [b, a];
  return toks.slice(x.t1, y.lead ?? y.t0).some((t) => t.text === LIST_AND) && !toks.slice(x.t1, y.lead ?? y.t0).some((t) => t.text === ',' || t.text === ';');
}

/**
 * An accusation made in a legal document the sentence opens with ("In a lawsuit filed on Tuesday in Manhattan, X accused
 * Y of …", "In a complaint put before the regulator, X alleges …"): the accuser brought that document against the
 * accused. Not when the document names another author ("In a lawsuit filed by Z, X …"), and only with the accusation's
 * actor as the subject of its own clause.
 */
function frontedSuit(info: SentenceInfo, ti: number, e: RawEvent): boolean {
  const { toks } = info;
  if (!IN_WORD.test(toks[0]?.text ?? '') || e.how.actor !== 'subject') return false;
  let noun = -1;
  for (let k = 1; k <= 3 && k < ti; k++) if (FRONTED_SUIT_NOUNS.test(toks[k].text)) { noun = k; break; }
  if (noun < 0 || !FRONTED_SUIT_FILED.test(toks[noun + 1]?.text ?? '')) return false;
  const comma = toks.findIndex((t, k) => k > noun && t.text === ',');
  if (comma < 0 || comma > ti) return false;
  return !toks.slice(noun + 1, comma).some((t) => t.text === AGENT_BY);
}

/**
 * An act on an accusation that names its author ("settle allegations by the FTC that …", "settle the FTC's charges"):
 * the author, the act's target, accused the actor. The author is named right after the accusation noun behind
 * "by"/"from", or as its possessor right before it, within the act's clause. (Read for denials too it exposed an
 * order-dependence of dispute placement and was removed there: extract/README.md, session 10.)
 */
function accusationByTarget(info: SentenceInfo, ti: number, e: RawEvent): boolean {
  const { toks, mentions } = info;
  const isTarget = (m: { ent: { name: string } } | undefined) => !!m && m.ent.name === e.target!.name;
  for (let k = ti + 1; k < Math.min(toks.length, ti + 6); k++) {
    if (IMPLIED_CLAUSE_END.test(toks[k].text)) return false;
    if (!IMPLIED_ACCUSATION_NOUNS.test(toks[k].text)) continue;
    // "accusations by X", "charges levelled last week by X": the noun's author (claimAuthorAt).
    const by = claimAuthorAt(toks, k, (w) => IMPLIED_AUTHOR_PREPS.test(w));
    if (by > 0 && isTarget(mentions.find((m) => (m.lead ?? m.t0) >= by + 1 && (m.lead ?? m.t0) <= by + 2))) return true;
    if (isTarget(mentions.find((m) => m.t1 >= k - 3 && m.t1 < k && /^['’]s?$/.test(toks[m.t1]?.text ?? '')))) return true;
    return false;
  }
  return false;
}

export const IMPLIED_RULES: ImpliedRule[] = [
  { id: 'implied.denied-accusation', from: ['DENIAL'], type: 'ALLEGATION', cue: accusationByTarget, reverse: true },
  // "agreed to pay $5 million to settle allegations by the FTC that …": a settlement of a named author's accusation.
  { id: 'implied.settled-accusation', from: ['DEESCALATION'], type: 'ALLEGATION', cue: accusationByTarget, reverse: true, patterns: ['deescalation.settle', 'deescalation.pay-to-resolve'] },
  { id: 'implied.fronted-suit', from: ['ALLEGATION'], type: 'LEGAL_ACTION', cue: frontedSuit },
  { id: 'implied.allegation', from: ['LEGAL_ACTION', 'RESTRICTION', 'INVESTIGATION'], type: 'ALLEGATION', cue: wrongdoingComplement },
  // A deferred- or non-prosecution agreement is the authority's legal step and the accused's settlement with it.
  // An authority's easing act done for the other side's concession is also that side's de-escalation towards it.
  { id: 'implied.concession', from: ['DEESCALATION'], type: 'DEESCALATION', cue: concessionReason, reverse: true, actorKinds: ['regulator', 'government'] },
  // Talks agreed between two sides are both sides' de-escalation.
  { id: 'implied.talks', from: ['DEESCALATION'], type: 'DEESCALATION', cue: talksAgreed, reverse: true, patterns: ['deescalation.agree-to', 'deescalation.hold-talks'] },
  { id: 'implied.joint-talks', from: ['DEESCALATION'], type: 'DEESCALATION', cue: jointTalks, reverse: true, patterns: ['discourse.deescalation'] },
  { id: 'implied.prosecution-settlement', from: ['LEGAL_ACTION'], type: 'DEESCALATION', cue: () => true, patterns: ['legal-action.prosecution-agreement'], reverse: true },
];

/** The events the rules imply from `raw` (complete events only; a court's or judge's ruling implies no allegation). */
export function impliedEvents(raw: RawEvent[]): RawEvent[] {
  const out: RawEvent[] = [];
  for (const rule of IMPLIED_RULES) {
    for (const e of raw) {
      if (!rule.from.includes(e.type) || !e.actor || !e.target) continue;
      if (rule.patterns && !rule.patterns.includes(e.pattern)) continue;
      if (rule.actorKinds && !rule.actorKinds.includes(e.actor.kind)) continue;
      if (rule.type === 'ALLEGATION' && APPEALS.has(e.pattern)) continue;
      if (e.actor.kind === 'court' || e.actor.role === 'judge') continue;
      if (!rule.cue(e.info, triggerIndex(e), e)) continue;
      out.push({ ...e, type: rule.type, pattern: rule.id, order: e.order + 0.5, ...(rule.reverse ? { actor: e.target, target: e.actor } : {}) });
    }
  }
  return out;
}
