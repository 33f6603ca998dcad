// Discourse rules: events read from the ROLE a party already has in the article plus a broad class of cue words,
// not from one trigger pattern per phrasing. They run after the per-sentence patterns (events.ts), only on text
// sentences where no pattern found an event of the same type, and each is one row of DISCOURSE_RULES:
//   - denial: the accused (target of an allegation, legal step or inquiry) speaks with negative polarity or asserts
//     its lawfulness ("Corvane said the listing rested on a misreading and that it never had such clients");
//   - threat: a future, modal or conditional clause whose object is a punitive noun ("Veldoria will respond with
//     countermeasures");
//   - demand: a speaker with a request cue and an addressee party ("the ministry pressed Corvane to hand over logs");
//   - allegation: a party asserting that another named party did a wrongdoing of a broad class ("the board concluded
//     that Orrin had circumvented the quota");
//   - de-escalation: a party lifting, suspending, dropping a measure or proceeding, restoring supplies, granting a
//     licence, settling or holding talks, toward the other party of the article's acts.
// Language-independent: the word classes come from the bundle (lang/en/discourse.ts) through lexicon.ts.
import { DISC_NEGATORS, DISC_FALSITY, DISC_LAWFUL, DISC_FALSITY_PHRASES, DISC_CONCESSION, DISC_NO_COMMENT, THREAT_CUES, THREAT_NOUNS, THREAT_OWN_BUSINESS, THREAT_UNDERGO, THREAT_UNDERGO_PRESENT, THREAT_STRUCK, ALTERNATIVE_OR, THREAT_DONE, DEMAND_CUES, DEMAND_ON, DEMAND_COMPLEMENT, DEMAND_DEADLINE, DEMAND_MODALS, CONDITION_OPENERS, THREAT_UNDO, DISC_COUNTERCLAIM_VERBS, DISC_NOT_DENYING, DISC_SELF_SUBJECTS, DISC_NEG_FILLERS, DISC_MODAL_AUX, DEMAND_GIVE, ARTICLES, GERUND_ENDING, BUSINESS_NEWS_NOUNS, SPEECH_NOUNS, FIRST_PERSON, CLAIM_NOUN, TO, BE_INFINITIVE, ALLEGE_REPORT, WRONGDOING, FAILED_TO, FAILED, DATA_VERBS, UNLAWFUL_PHRASES, ALLEGE_DOUBT, EASE_VERBS, EASE_MEASURES, GRANT_VERBS, GRANT_NOUNS, SETTLE_VERBS, SETTLE_NOUNS, EASE_BLOCKERS, ALLEGE_SOURCE_NOUNS, VIOLATION_NOUNS, IN_WORD, OF_WORD, WITH_WORD, MAYBE_MODALS, DOUBT_SUBORDINATORS, SETTLE_WITH, NOT_CLAUSE_LINK, RESTORE_VERBS, GOODS_NOUNS, RESOLVE_VERBS, RESOLVE_NOUNS, TAINTED } from './lexicon.ts';
import { POSSESSIVE_S, LEGAL_SUFFIX_WORDS } from './lexicon.ts';
import { THREAT_BORNE, THREAT_PASSIVES, THREAT_PASSIVE_FILLERS, THREAT_FIRM, IT_WORD } from './lexicon.ts';
import { LETTER_NOUNS } from './lexicon.ts';
import { DENY_CHARACTERISE, DENY_CLAIM_NOUNS, DENY_CLAIM_FILLERS, DISC_FALSITY_MORE, DISC_LAWFUL_PHRASES, COUNSEL_NOUNS, THREAT_LITOTES, THREAT_VERBS, THREAT_NOUNS_MORE, NONCOMPLIANCE_NOUNS, THREAT_FORUM_PREPS, COND_WORDS, PARTY_PRONOUNS, DEMAND_HAS, DEMAND_PASSIVE, DEMAND_PASSIVE_BE, DEMAND_REQUEST_NEXT, REQUESTER_MEMBER_NOUNS, DEADLINE_UNTIL, AGENT_BY_WORD, PLURAL_PRONOUNS, STATEMENT_BY, COORDINATED_VERB, FROM_WORD, RELIEF_FROM_NOUNS, REACTIVE_NOUNS, CONTEST_VERBS, THREAT_COND_NOUNS, THREAT_PERMIT_NOUNS, THREAT_NO_CHOICE, THREAT_BUT, THREAT_HELD_BY, EASE_SENTENCE_BLOCKERS, LIST_REQUEST_VERBS, LIST_REQUEST_FILLERS, LIST_ITEM_OPENERS, LIST_ITEM_WORDS, LIST_CALL, LIST_ITEM_CONJ } from './lexicon.ts';
import { agentOf, speakerFor, usable, prepBefore, CARRIED, type Agent, type RawEvent, type SentCtx } from './events.ts';
import { TYPE_RULES } from './types.ts';
import { posTags } from './pos.ts';

const NOUN_TAG = /^NNS?$/;
const ATTRIBUTE_OF = /^(?:NNS?|VBN|JJ)$/;
import type { Mention, Registry, SentenceInfo } from './entities.ts';
import { PUBLIC_KINDS } from './entities.ts';
import type { EventType } from './index.ts';

/** What a discourse rule sees: one text sentence, the article's events so far, and how to tell parties apart. */
export interface DiscourseCtx {
  info: SentenceInfo; reg: Registry; ctx: SentCtx; raw: RawEvent[]; group: (a: Agent) => string;
  /** Position of each sentence in the article (text order), to find the nearest other events. */
  pos: Map<SentenceInfo, number>;
  /** Who "we"/"I" outside a quotation is: the spokesperson's body or the article's leading authority (a statement's issuer). */
  author: Agent | null;
  /** The issuer of a statement told so far ("X released the following statement:", a title "X statement on …"), if any. */
  issuer: Agent | null;
  /** The article's text sentences in order (the previous sentence gives a pronoun's antecedent). */
  infos: SentenceInfo[];
}
interface Found { actor: Agent; target: Agent | null; at: number; how: { actor: string; target: string } }
interface DiscourseRule { id: string; type: EventType; conf: number; find: (d: DiscourseCtx) => Found | null }

/** Kinds of a public body. */
const bench = (a: Agent): boolean => a.kind === 'court' || a.role === 'judge';
const QUOTE = /^[“”"]$/;
/** "we", "our", "I" — not the all-capital "US". */
const firstPersonWord = (w: string): boolean => FIRST_PERSON.test(w) && (w === 'I' || w !== w.toUpperCase());

/** The speaker of the sentence (reporting verb before or after), or for a first-person quotation the quoted speaker. */
function speakerOf(d: DiscourseCtx): { agent: Agent; vi: number; how: string } | null {
  const { info, reg, ctx } = d;
  const sp = speakerFor(info, -1) ?? speakerFor(info, info.toks.length);
  // "If Washington imposes tariffs, they said, Korea should …": a name inside a condition does not speak.
  const cond = sp?.m ? conditionAt(info, info.toks.length) : null;
  if (cond && sp!.m!.t0 > cond.from && sp!.m!.t1 <= cond.to) return null;
  if (sp?.m && sp.m.ent.kind !== 'other_org') return { agent: agentOf(sp.m.ent, reg), vi: sp.vi, how: 'speaker' };
  if (sp?.spokes && ctx.defaultSpeaker) return { agent: ctx.defaultSpeaker, vi: sp.vi, how: 'spokesperson' };
  const fp = firstPerson(d, info.toks.length);
  if (fp) return { agent: fp, vi: -1, how: 'first person' };
  return null;
}

/** Who "we"/"I" before token `k` is: the quoted speaker inside a quotation, else the statement's author. */
function firstPerson(d: DiscourseCtx, k: number): Agent | null {
  const { info, ctx } = d;
  const at = info.toks.findIndex((t, q) => q < k && firstPersonWord(t.text));
  if (at < 0) return null;
  if (info.toks.some((t) => QUOTE.test(t.text))) return ctx.quoteSpeakers?.get(info.s.line) ?? d.issuer;
  return lineVoice(d) ?? d.issuer ?? d.author;
}

/** The nearest usable name before token `k` in its clause, not the object of a preposition: the clause's subject. */
function subjectBefore(info: SentenceInfo, k: number): Mention | null {
  let best: Mention | null = null;
  for (const m of info.mentions) {
    if (m.t1 > k) break;
    if (!usable(info, m) || prepBefore(info, m)) continue;
    best = m;
  }
  if (!best) return null;
  // Only within the clause: no semicolon, colon or quotation boundary between it and the cue.
  for (let q = best.t1; q < k; q++) if (/^[;:]$/.test(info.toks[q].text)) return null;
  // "Should Corvane fail to answer, the panel will …": a name inside an opening conditional clause is not the subject.
  if (CONDITION_OPENERS.test(info.toks[0]?.text ?? '')) {
    const comma = info.toks.findIndex((t, q) => q > 0 && q < k && t.text === ',');
    if (comma < 0 || best.t0 < comma) return null;
  }
  return best;
}

/** The first usable name opening within [from, to] (its noun phrase's first token). */
function nameAt(info: SentenceInfo, from: number, to: number): Mention | null {
  return info.mentions.find((m) => (m.lead ?? m.t0) >= from && (m.lead ?? m.t0) <= to && !m.mod && !m.attr) ?? null;
}

/**
 * An addressee at [from, to]: a name, or an organisation as possessor of its officer ("Lumen's chief executive, Oren
 * Blake,"), which is asked as the organisation. Returns the mention and the token after the addressee's noun phrase.
 */
function addresseeAt(info: SentenceInfo, from: number, to: number): { m: Mention; end: number } | null {
  const first = info.mentions.find((m) => (m.lead ?? m.t0) >= from && (m.lead ?? m.t0) <= to && !m.attr);
  if (!first) return null;
  if (!first.mod) return { m: first, end: first.t1 };
  if (first.ent.kind === 'person' || first.ent.kind === 'model') return null;
  // The officer's noun phrase runs to the next comma pair or up to "to"/"for".
  const { toks } = info;
  let q = first.t1;
  let commas = 0;
  while (q < toks.length && q < first.t1 + 12) {
    if (toks[q].text === ',') { commas++; if (commas === 2) { q++; break; } }
    else if (commas === 0 && DEMAND_COMPLEMENT.test(toks[q].text)) break;
    q++;
  }
  return { m: first, end: q };
}

/**
 * The article's nearest act of the given types (a demand or restriction by default) on another party (not a court's),
 * by `who`'s side when given: the party it ordered, restricted (or, for an easing, licensed) is its target.
 */
function nearestOrder(d: DiscourseCtx, who: Agent | null = null, types: readonly EventType[] = ORDER_TYPES): RawEvent | null {
  const g = who ? d.group(who) : null;
  const here = d.pos.get(d.info) ?? 0;
  let best: RawEvent | null = null, dist = Infinity;
  for (const x of d.raw) {
    if (!types.includes(x.type) || !x.actor || !x.target || bench(x.actor) || d.group(x.target) === d.group(x.actor)) continue;
    if (g !== null && (d.group(x.actor) !== g || d.group(x.target) === g)) continue;
    const k = Math.abs((d.pos.get(x.info) ?? -1) - here);
    if (k < dist) { best = x; dist = k; }
  }
  return best;
}
const ORDER_TYPES: readonly EventType[] = ['DEMAND', 'RESTRICTION'];
const EASING_TYPES: readonly EventType[] = ['DEESCALATION'];

/** The public body nearest in the article that accused, sued, probed, ordered or restricted `who` (not a court). */
function nearestAuthorityOn(d: DiscourseCtx, who: Agent): Agent | null {
  const g = d.group(who);
  const here = d.pos.get(d.info) ?? 0;
  let best: Agent | null = null, dist = Infinity;
  for (const x of d.raw) {
    if (!ACTS_ON_TYPES.includes(x.type) || !x.actor || !x.target || bench(x.actor) || !PUBLIC_KINDS.includes(x.actor.kind)) continue;
    if (d.group(x.target) !== g || d.group(x.actor) === g) continue;
    const k = Math.abs((d.pos.get(x.info) ?? -1) - here);
    if (k < dist) { best = x.actor; dist = k; }
  }
  return best;
}
const ACTS_ON_TYPES: EventType[] = ['ALLEGATION', 'LEGAL_ACTION', 'INVESTIGATION', 'RESTRICTION', 'DEMAND'];

/** The target of the nearest demand or restriction by `who`'s side in the article: the party it ordered or restricted. */
const orderedBy = (d: DiscourseCtx, who: Agent): Agent | null => nearestOrder(d, who)?.target ?? null;

/** A pronoun that never stands for one person ("it", "they", "them"). */
const notOnePerson = (w: string): boolean => PLURAL_PRONOUNS.test(w) || w.toLowerCase() === IT_WORD;

function otherParty(d: DiscourseCtx, who: Agent, types: EventType[] | null): Agent | null {
  const g = d.group(who);
  const here = d.pos.get(d.info) ?? 0;
  const near = d.raw.map((x) => ({ x, i: d.pos.get(x.info) ?? -1 })).filter(({ x }) => x.actor && x.target && (!types || types.includes(x.type)))
    .sort((a, b) => Math.abs(a.i - here) - Math.abs(b.i - here));
  for (const { x } of near) {
    if (d.group(x.target!) === g && d.group(x.actor!) !== g && !bench(x.actor!)) return x.actor!;
    if (d.group(x.actor!) === g && d.group(x.target!) !== g && !bench(x.target!)) return x.target!;
  }
  return null;
}


// ---- Second pass (issue 17): who speaks and who is meant, shared by the denial, threat and demand rules. ----

/** Who speaks on this sentence's line outside a quotation: a byline's author, a statement's issuer, a letter's signatory, a turn's label. */
function lineVoice(d: DiscourseCtx): Agent | null {
  const v = d.ctx.voices?.get(d.info.s.line)?.agent ?? null;
  // A turn's speaker known only by name ("Ada Vell:" in a ministry's briefing) speaks for the article's leading authority.
  if (v && v.kind === 'person' && !v.org && d.author && d.author.kind !== 'person') return d.author;
  return v;
}

/**
 * A pronoun's antecedent ("If it does not, …", "asked them to …"): the previous sentence's subject, else its first other
 * name, of a group other than `not`'s.
 */
/** The party a pronoun of the sentence before stands for; `noPerson` for "they"/"them" and "it", which are never one person. */
function antecedent(d: DiscourseCtx, not: Agent | null, noPerson = false): Agent | null {
  const i = d.pos.get(d.info) ?? 0;
  const p = i > 0 ? d.infos[i - 1] : null;
  if (!p) return null;
  let best: Mention | null = null;
  for (const m of p.mentions) {
    if (!usable(p, m) || m.mod) continue;
    const a = agentOf(m.ent, d.reg);
    if (bench(a) || (not && d.group(a) === d.group(not)) || p.toks[m.t1]?.text === ':' || (noPerson && m.ent.kind === 'person')) continue;
    if (!prepBefore(p, m)) { best = m; break; }
    best ??= m;
  }
  return best ? agentOf(best.ent, d.reg) : null;
}

/**
 * The speaker of a denial, where the plain speaker is someone acting for the accused: counsel speaks for its client
 * ("Quillon's attorney, Ada Vell, said", "Ada Vell, a lawyer for Quillon, said"), and "a company spokesperson" for the
 * company named last in the paragraph; "It added that …" is the previous sentence's speaker.
 */
function agentSpeaker(d: DiscourseCtx, sp: ReturnType<typeof speakerFor>): { agent: Agent; vi: number; how: string } | null {
  const { info, reg } = d;
  const toks = info.toks;
  // "It added that …": a pronoun opening the sentence before a reporting verb is the previous sentence's speaker.
  if (!sp?.m && PARTY_PRONOUNS.test(toks[0]?.text ?? '') && ALLEGE_REPORT.test(toks[1]?.text ?? '')) {
    const i = d.pos.get(info) ?? 0;
    const p = i > 0 ? d.infos[i - 1] : null;
    const psp = p ? speakerFor(p, -1) ?? speakerFor(p, p.toks.length) : null;
    if (psp?.m && psp.m.ent.kind !== 'other_org') return { agent: agentOf(psp.m.ent, reg), vi: 1, how: 'pronoun for the previous speaker' };
    // "X issued a statement on Friday. It said …": with no speaker before, "it" is the previous sentence's opening
    // subject, an organisation (not a person).
    if (!psp && p && /^it$/i.test(toks[0].text)) {
      const m = p.mentions.find((x) => !x.listener);
      if (m && (m.lead ?? m.t0) === 0 && m.ent.kind !== 'person' && m.ent.kind !== 'other_org') return { agent: agentOf(m.ent, reg), vi: 1, how: 'pronoun for the previous sentence\'s subject' };
    }
  }
  if (!sp) return null;
  // '"…," she said' after "A spokeswoman for X said …": the pronoun is the speaker of the sentence before (up to two back).
  if (sp.afterQuote && !sp.m) {
    const i = d.pos.get(info) ?? 0;
    for (let j = i - 1; j >= Math.max(0, i - 2); j--) {
      const p = d.infos[j];
      const psp = speakerFor(p, -1) ?? speakerFor(p, p.toks.length);
      if (psp?.m && psp.m.ent.kind !== 'other_org') return { agent: agentOf(psp.m.ent, reg), vi: sp.vi, how: 'pronoun for the previous speaker' };
      if (psp?.spokes && d.ctx.defaultSpeaker) return { agent: d.ctx.defaultSpeaker, vi: sp.vi, how: 'pronoun for the previous spokesperson' };
      if (psp) break;
    }
    return null;
  }
  if (sp.m && sp.m.ent.kind === 'person') {
    const pm = sp.m;
    for (const m of info.mentions) {
      if (m === pm) continue;
      const [a, b] = m.t1 <= pm.t0 ? [m.t1, pm.t0] : [pm.t1, m.t0];
      if (b < a || b - a > 4) continue;
      if (toks.slice(a, b).some((t) => COUNSEL_NOUNS.test(t.text))) return { agent: agentOf(m.ent, reg), vi: sp.vi, how: 'counsel of the party' };
    }
  }
  if (sp.spokes && !sp.m) {
    const i = d.pos.get(info) ?? 0;
    for (let j = i; j >= Math.max(0, i - 2); j--) {
      const x = d.infos[j];
      if (x.s.line !== info.s.line) break;
      let co: Mention | null = null;
      for (const m of x.mentions) if (m.ent.kind === 'company' && usable(x, m) && (j < i || m.t0 < sp.vi)) co = m;
      if (co) return { agent: agentOf(co.ent, reg), vi: sp.vi, how: 'spokesperson of the company named last' };
    }
  }
  return null;
}

/** The kinds of party whose members ask in the plural ("the senators asked …"). */
const MEMBER_BODY_KINDS: string[] = ['person', 'legislature'];

/** The acts a denial may answer when the accused is no target of an allegation, legal step or inquiry: also a restriction. */
const ANSWERED_MORE: EventType[] = [...TYPE_RULES.DENIAL.answers, 'RESTRICTION'];

/**
 * The accuser of a speaker who is no target of the article's accusations: the actor of an accusation, legal step or
 * inquiry whose sentence names the speaker beside its target ("charges A, B and C …" with only C found) or of a
 * restriction on the speaker itself, else the speaker's counterpart in the article's other events.
 */
function fallbackAccuser(d: DiscourseCtx, who: Agent): Agent | null {
  const g = d.group(who);
  const here = d.pos.get(d.info) ?? 0;
  let best: Agent | null = null;
  let bestDist = Infinity;
  for (const x of d.raw) {
    if (!x.actor || !x.target || bench(x.actor) || d.group(x.actor) === g || !ANSWERED_MORE.includes(x.type)) continue;
    // Named beside the target only in an accusation, legal step or inquiry; a restriction must target the speaker itself.
    if (d.group(x.target) !== g && (x.type === 'RESTRICTION' || !x.info.mentions.some((m) => d.group(agentOf(m.ent, d.reg)) === g))) continue;
    const dist = Math.abs((d.pos.get(x.info) ?? -1) - here);
    if (dist < bestDist) { best = x.actor; bestDist = dist; }
  }
  return best ?? otherParty(d, who, null);
}

/** "called the lawsuit …", "disagree with these conclusions", "dismissed the claims": a characterising or rejecting verb on a claim. */
function characterisedClaim(toks: SentenceInfo['toks'], from: number): number {
  // "dismissed rumours of layoffs": business news rejected answers no accusation.
  if (toks.some((t) => BUSINESS_NEWS_NOUNS.test(t.text))) return -1;
  for (let k = from; k < toks.length - 1; k++) {
    if (!DENY_CHARACTERISE.test(toks[k].text)) continue;
    // "would not contest the findings": a refusal to contest is no denial.
    if (toks.slice(Math.max(0, k - 3), k).some((t) => DISC_NEGATORS.test(t.text))) continue;
    let q = k + 1;
    while (q < toks.length && q <= k + 4 && DENY_CLAIM_FILLERS.test(toks[q].text)) q++;
    if (q < toks.length && DENY_CLAIM_NOUNS.test(toks[q].text)) return k;
  }
  return -1;
}

/** Rule 1: the accused's denial by polarity. */
function denial(d: DiscourseCtx): Found | null {
  const { info, raw, group } = d;
  const toks = info.toks;
  if (toks.some((t) => DISC_CONCESSION.test(t.text))) return null;
  // "According to the complaint, …": a document or an unnamed source speaks; the sentence tells the claim.
  const raw0 = speakerFor(info, -1) ?? speakerFor(info, toks.length);
  if (raw0 && !raw0.m && !raw0.spokes) return null;
  const sp = agentSpeaker(d, raw0) ?? speakerOf(d);
  let who: Agent | null = sp?.agent ?? null;
  let how = sp?.how ?? '';
  if (!who) {
    // The sentence's subject, opening it ("Corvane has never …", "The company's filings are accurate").
    const first = info.mentions.find((x) => usable(info, x) && !prepBefore(info, x));
    if (first && (first.lead ?? first.t0) <= 2) { who = agentOf(first.ent, d.reg); how = 'subject'; }
    // In a party's own statement, post or letter, a sentence opened by no name ("These assertions are false.", "It is
    // not owned by …") is its voice's.
    else if (lineVoice(d) || d.issuer) { who = lineVoice(d) ?? d.issuer; how = 'issuer of the statement'; }
  }
  if (!who || bench(who)) return null;
  const g = group(who);
  // A transcript turn's speaker known only by name ("Ada Vell:") speaks for the article's leading authority (the
  // briefing's ministry): the accusations against that authority are the ones denied.
  const ga = how === 'issuer of the statement' && who.kind === 'person' && !who.org && d.author ? group(d.author) : g;
  const accusers = raw.filter((x) => TYPE_RULES.DENIAL.answers.includes(x.type) && x.actor && x.target && (group(x.target) === g || group(x.target) === ga) && group(x.actor) !== g && group(x.actor) !== ga && !bench(x.actor));
  // No allegation, legal step or inquiry found against the speaker: the accuser the article still gives (see fallbackAccuser).
  // Only for a speaker that is itself no accuser in the article (a named speaker, counsel, spokesperson or voice; not a
  // name merely opening the sentence).
  const accuses = (x: RawEvent) => x.actor && x.target && ANSWERED_MORE.includes(x.type) && group(x.actor) === g && group(x.target) !== g;
  const fallback = accusers.length || how === 'subject' || raw.some(accuses) ? null : fallbackAccuser(d, who);
  if (!accusers.length && !fallback) return null;
  // "Corvane said Pellucid had copied its code": the accused's own allegation against a third party is no denial.
  // (An act with no target names no third party: "calling this discrimination is not accurate" keeps its denial.)
  if (raw.some((x) => x.info === info && x.actor && x.target && group(x.actor) === g && x.type !== 'DENIAL')) return null;
  // "X claims that the publishers are not complying": the accused accusing back.
  if (sp && sp.vi >= 0 && DISC_COUNTERCLAIM_VERBS.test(toks[sp.vi]?.text ?? '')) return null;
  const from = sp && sp.vi >= 0 && sp.vi < toks.length - 2 ? sp.vi + 1 : 0;
  let at = -1;
  for (let k = from; k < toks.length && at < 0; k++) {
    const w = toks[k].text;
    if (DISC_FALSITY.test(w) || DISC_FALSITY_MORE.test(w) || DISC_LAWFUL.test(w)) {
      // "its wrong practices", "lawfully acquired data", "lawful orders": a word of falsity or lawfulness before a noun
      // (other than a claim) or a participle qualifies that word; it says nothing of the claim or the speaker's conduct.
      const next = toks[k + 1]?.text ?? '';
      // "is a legitimate businessman", "was a lawful sale": a predicate noun after a copula and an article says it of the subject.
      const predicate = ARTICLES.test(toks[k - 1]?.text ?? '') && DEMAND_PASSIVE_BE.test(toks[k - 2]?.text ?? '');
      // "its process was independently developed": an adverb after a copula, before the participle, says it of the
      // subject (not in a question: "to determine whether the data was lawfully processed").
      const ofSubject = DEMAND_PASSIVE_BE.test(toks[k - 1]?.text ?? '') && /ly$/i.test(w) && !toks.slice(0, k).some((t) => DOUBT_SUBORDINATORS.test(t.text));
      if (!predicate && !ofSubject && /^\p{Ll}+$/u.test(next) && ATTRIBUTE_OF.test(posTags(next)?.[0] ?? '') && !CLAIM_NOUN.test(next)) continue;
      at = k;
    }
    else if (DISC_NEGATORS.test(w)) {
      // "did not respond to a request for comment", "could not be reached": no comment is no denial.
      if (toks.slice(k + 1, k + 4).some((x) => DISC_NO_COMMENT.test(x.text))) return null;
      // "had not yet received", "has no plans to": a state of affairs, not the claim denied.
      if (toks.slice(k + 1, k + 3).some((x) => DISC_NOT_DENYING.test(x.text))) continue;
      // The negated clause is the accused's own ("it had never …", "we did not …", "Corvane has no …"), not a refusal
      // ("would not contest") nor another's ("the court found no evidence").
      let b = k - 1;
      while (b >= from && DISC_NEG_FILLERS.test(toks[b].text)) b--;
      if (b >= 0 && DISC_MODAL_AUX.test(toks[b].text)) continue;
      const own = b >= 0 && (DISC_SELF_SUBJECTS.test(toks[b].text) || firstPersonWord(toks[b].text)
        || info.mentions.some((m) => m.t1 === b + 1 && group(agentOf(m.ent, d.reg)) === g));
      if (!own) continue;
      at = k;
    }
  }
  if (at < 0) at = characterisedClaim(toks, from);
  if (at < 0 && (DISC_FALSITY_PHRASES.test(info.s.text) || DISC_LAWFUL_PHRASES.test(info.s.text))) at = from;
  if (at < 0) return null;
  // "rumours of a sale were baseless": business news called false answers no accusation.
  if (toks.slice(from, at).some((x) => BUSINESS_NEWS_NOUNS.test(x.text))) return null;
  // "X claims that the publishers are not complying": the negation is about another party named before it, X's counter-claim.
  // ("The agency has misread how our product works", "said the regulator was wrong": a word of falsity said of the
  // accuser itself is the denial.)
  const falsity = DISC_FALSITY.test(toks[at].text) || DISC_FALSITY_MORE.test(toks[at].text);
  const accuserGroups = new Set(accusers.map((x) => group(x.actor!)));
  if (info.mentions.some((m) => m.t0 >= from && m.t0 < at && usable(info, m) && group(agentOf(m.ent, d.reg)) !== g
    && !(falsity && accuserGroups.has(group(agentOf(m.ent, d.reg)))))) return null;
  // Told of the accused with no speaker ("Quillon did not offer remedies"), a bare negation is narrative, no denial.
  if (how === 'subject' && DISC_NEGATORS.test(toks[at].text)) return null;
  // "X should stop …", "we urge X to …": an obligation or a request is no denial.
  if (toks.some((t) => DEMAND_MODALS.test(t.text) || DEMAND_CUES[0].re.test(t.text))) return null;
  // The accuser: the nearest allegation against the speaker, else the nearest legal step or inquiry.
  const here = d.pos.get(info) ?? 0;
  const dist = (x: RawEvent) => Math.abs((d.pos.get(x.info) ?? -1) - here);
  const byType = (t: EventType[]) => accusers.filter((x) => t.includes(x.type)).sort((a, b) => dist(a) - dist(b))[0];
  if (fallback) return { actor: who, target: fallback, at, how: { actor: `accused, ${how}`, target: 'accuser the article gives (named beside the target, or the counterpart)' } };
  const acc = (byType(['ALLEGATION']) ?? byType(TYPE_RULES.DENIAL.answers)).actor!;
  return { actor: who, target: acc, at, how: { actor: `accused, ${how}`, target: 'accuser of the accused' } };
}

/**
 * Where a condition opens in the sentence ("If X …", "Unless X …", "Until X …" anywhere; "should X …" opening the sentence,
 * after a comma or quotation mark, or before a name) and where its clause ends (the next comma, or the cue when it opens before it).
 */
function conditionAt(info: SentenceInfo, c: number): { from: number; to: number } | null {
  const toks = info.toks;
  for (let q = 0; q < toks.length; q++) {
    if (!COND_WORDS.test(toks[q].text)) continue;
    // "should" is a condition opening the sentence, after a comma or quotation mark, or before a name ("… should
    // Dalmore persist"); before a verb it is a modal of obligation.
    if (DEMAND_MODALS.test(toks[q].text) && q > 0 && !/^[,“”"]$/.test(toks[q - 1].text) && !info.mentions.some((m) => (m.lead ?? m.t0) === q + 1)) continue;
    let to = q + 1;
    while (to < toks.length && toks[to].text !== ',' && to !== c) to++;
    return { from: q, to };
  }
  return null;
}

/** The party of a condition: its named subject, or a pronoun's antecedent ("If it does not, …"), not of `not`'s group. */
function conditionParty(d: DiscourseCtx, cond: { from: number; to: number }, not: Agent | null): Agent | null {
  const { info, reg } = d;
  for (const m of info.mentions) {
    if (m.t0 <= cond.from || m.t1 > cond.to || !usable(info, m) || prepBefore(info, m)) continue;
    const a = agentOf(m.ent, reg);
    if (!bench(a) && (!not || d.group(a) !== d.group(not))) return a;
  }
  if (PARTY_PRONOUNS.test(info.toks[cond.from + 1]?.text ?? '')) return antecedent(d, not, notOnePerson(info.toks[cond.from + 1].text));
  return null;
}

/** A name in toks[from, to] that the punitive noun is aimed at, not a forum or framework it is taken under ("under the WTO"). */
function aimedAt(info: SentenceInfo, from: number, to: number): Mention | null {
  for (const m of info.mentions) {
    const lead = m.lead ?? m.t0;
    if (lead < from || lead > to || m.mod || m.attr) continue;
    let q = lead - 1;
    if (q >= 0 && ARTICLES.test(info.toks[q].text)) q--;
    if (q >= 0 && THREAT_FORUM_PREPS.test(info.toks[q].text)) continue;
    // "every power open to the Board": the holder of the powers, not their aim.
    if (q >= 1 && info.toks[q].text.toLowerCase() === TO && THREAT_HELD_BY.test(info.toks[q - 1].text)) continue;
    return m;
  }
  return null;
}

/**
 * Rule 2: a modal, future or conditional clause with a punitive noun as its object ("will not hesitate to impose
 * penalties" too), or in a conditional sentence a coercive verb ("Should X fail, we will summon …").
 */
function threat(d: DiscourseCtx): Found | null {
  const { info, reg } = d;
  const toks = info.toks;
  for (let c = 0; c < toks.length; c++) {
    // "X faces penalties reaching … if …", "X risks penalties unless …": a party right before a present "faces"/"risks".
    // (The name may read as a modifier of a plural noun, "Zentor risks": the condition after it decides.)
    // ("Brevander Inc faces …": a legal suffix may stand between.)
    const faced = THREAT_UNDERGO_PRESENT.test(toks[c].text)
      ? info.mentions.find((m) => (m.t1 === c || (m.t1 === c - 1 && LEGAL_SUFFIX_WORDS.has(toks[c - 1].text))) && !m.mod) ?? null : null;
    // "… gave X ten days to fix it or face a ban": the alternative to a demand of the sentence.
    const orFace = THREAT_UNDERGO.test(toks[c].text) && ALTERNATIVE_OR.test(toks[c - 1]?.text ?? '');
    if (!THREAT_CUES.test(toks[c].text) && !faced && !orFace) continue;
    let n = -1;
    let verbAt = -1;
    let undergo = !!faced || orFace;
    let litotes = false;
    let passiveAt = -1;
    let condNounAt = -1;
    let undo = false;
    // "will not hesitate to deploy every power it holds": a litotes lengthens the reach to the punitive noun.
    for (let k = c + 1; k < Math.min(toks.length, c + (litotes ? 12 : 9)); k++) {
      const w = toks[k].text;
      // "would cancel the licence", "withdraw its approval": undoing what a party holds by leave is coercive.
      if (verbAt < 0 && THREAT_UNDO.test(w) && (k === c + 1 || (toks[k - 1]?.text ?? '').toLowerCase() === TO)
        && toks.slice(k + 1, k + 4).some((x) => THREAT_PERMIT_NOUNS.test(x.text))) { verbAt = k; undo = true; continue; }
      if (/^[.;:?]$/.test(w) || THREAT_DONE.test(w) || THREAT_UNDO.test(w) || THREAT_BORNE.test(w)) break;
      if (DISC_NEGATORS.test(w)) {
        // "will not hesitate to", "does not rule out": a negated reluctance is an intention.
        if (THREAT_LITOTES.test(toks[k + 1]?.text ?? '')) { k++; litotes = true; continue; }
        // "would have no choice but to switch off access": the act after "but" is stated, not denied.
        const but = THREAT_NO_CHOICE.test(toks[k + 1]?.text ?? '') ? toks.findIndex((x, q) => q > k + 1 && q <= k + 4 && THREAT_BUT.test(x.text)) : -1;
        if (but > 0) { k = but; litotes = true; continue; }
        break;
      }
      if (condNounAt < 0 && THREAT_COND_NOUNS.test(w)) condNounAt = k;
      if (THREAT_UNDERGO.test(w)) undergo = true;
      // "could be hit with sanctions": a punitive noun undergone after a passive of striking.
      if (w.toLowerCase() === BE_INFINITIVE && THREAT_STRUCK.test(toks[k + 1]?.text ?? '') && WITH_WORD.test(toks[k + 2]?.text ?? '')) undergo = true;
      if (THREAT_NOUNS.test(w) || THREAT_NOUNS_MORE.test(w)) { n = k; break; }
      if (verbAt < 0 && THREAT_VERBS.test(w) && (k === c + 1 || (toks[k - 1]?.text ?? '').toLowerCase() === TO)) verbAt = k;
      // "will be blocked", "could be barred", "would be cut off again": a punitive act undergone (right after the modal).
      if (passiveAt < 0 && k === c + 1 && w.toLowerCase() === BE_INFINITIVE) {
        let q = k + 1;
        while (q < toks.length && THREAT_PASSIVE_FILLERS.test(toks[q].text)) q++;
        if (THREAT_PASSIVES.test(toks[q]?.text ?? '')) passiveAt = q;
      }
    }
    const cond = conditionAt(info, c);
    // A present "faces"/"risks" is a threat only as the consequence of a condition ("… if it keeps the practice").
    if (faced && !(cond && (c < cond.from || c > cond.to))) continue;
    if (orFace && n >= 0) {
      // The demand's own parties: who set the deadline threatens whom it addressed.
      const dem = d.raw.find((x) => x.info === info && x.type === 'DEMAND' && x.actor && x.target);
      if (dem && !bench(dem.actor!) && d.group(dem.actor!) !== d.group(dem.target!)) {
        return { actor: dem.actor!, target: dem.target, at: c, how: { actor: 'who made the demand the threat is the alternative to', target: 'the demand\'s addressee' } };
      }
      continue;
    }
    // A coercive verb is a threat in a conditional sentence or after a litotes ("will not hesitate to refer …").
    if (n < 0 && verbAt >= 0 && (cond || litotes)) n = verbAt;
    // An inquiry or a case is one only as the consequence of a condition ("would open an investigation into X if …").
    if (n < 0 && condNounAt >= 0 && cond && (c < cond.from || c > cond.to)) n = condNounAt;
    // A punitive act undergone is a threat only under a condition ("… if it keeps ignoring the order"): the modal
    // must be the consequence's, not a word inside the condition.
    const passive = n < 0 && passiveAt >= 0 && !!cond && (c < cond.from || c > cond.to);
    if (passive) n = passiveAt;
    if (n < 0) continue;
    const sp = speakerOf(d);
    // "Failure to comply may …", "would not hesitate to refer every failure to obey to prosecutors".
    const onNoncompliance = toks.slice(Math.max(0, c - 6), c).some((t) => NONCOMPLIANCE_NOUNS.test(t.text))
      || toks.slice(n + 1, n + 4).some((t) => NONCOMPLIANCE_NOUNS.test(t.text));
    let subj = subjectBefore(info, c);
    // A model or product does not threaten: in "wrote to X, maker of the Nova app, that it plans to fine the firm" the writer does.
    if (subj && subj.ent.kind === 'model') subj = null;
    // '"Until the Department answers, I will …"': a name inside the condition is not the main clause's subject.
    if (subj && cond && subj.t0 > cond.from && subj.t1 <= cond.to) subj = null;
    // "If the Dalmore side insists …, Veldoria will take all necessary measures", "… should Dalmore persist": the party
    // of a condition is the one the measures answer.
    const condParty = cond ? conditionParty(d, cond, subj ? agentOf(subj.ent, reg) : sp?.agent ?? null) : null;
    // "will take measures to cut costs": the speaker's own business (unless it answers another party's condition, or the
    // measures are firm ones: "resolute measures to safeguard the interests of its companies" are said to another party).
    if (!condParty && (toks[n + 1]?.text ?? '').toLowerCase() === TO && THREAT_OWN_BUSINESS.test(toks[n + 2]?.text ?? '')
      && !toks.slice(Math.max(c + 1, n - 2), n).some((t) => THREAT_FIRM.test(t.text))) continue;
    let actor: Agent | null = null;
    let target: Agent | null = null;
    let how = { actor: 'subject of the modal clause', target: 'named after the punitive noun' };
    if (passive) {
      // "X could be barred from tenders if it …": the speaker (or the text's voice) threatens; the passive's subject, a
      // party, is the one threatened, else the condition's party ("The app will be blocked if X …"), else the party the
      // speaker ordered or restricted ("The suspension would be reimposed should it …").
      // "…, the office said": with no named speaker, the one who last ordered or restricted a party.
      actor = sp?.agent ?? lineVoice(d) ?? d.issuer ?? d.author ?? nearestOrder(d)?.actor ?? null;
      if (!actor) continue;
      how = { actor: sp ? sp.how : 'voice of the text, else who ordered or restricted a party', target: 'subject of the passive' };
      // The passive's subject is right before its modal ("Kestrel Apps could be barred"), not a name further back; a
      // party's thing counts as the party ("Kestrel's app would be blocked").
      const possessed = info.mentions.find((m) => {
        if (!usable(info, m) || !/^['’]$/.test(toks[m.t1]?.text ?? '')) return false;
        const thing = POSSESSIVE_S.test(toks[m.t1 + 1]?.text ?? '') ? m.t1 + 2 : m.t1 + 1;
        return thing < c && c - thing <= 2 && toks.slice(thing, c).every((x) => /^\p{Ll}/u.test(x.text));
      });
      const near = subj && subj.t1 >= c - 2 ? subj : possessed ?? null;
      const undergoer = near ? agentOf(near.ent, reg) : null;
      // A measure undergone with no party named ("access would be terminated if …") is an authority's to take.
      if (!undergoer && actor.kind === 'company') continue;
      // A public body in the condition is more often the one that judges ("if the ministry finds …") than the one threatened:
      // then the party the actor ordered or restricted comes first.
      const condOk = !!condParty && d.group(condParty) !== d.group(actor);
      const condBody = condOk && PUBLIC_KINDS.includes(condParty!.kind);
      if (undergoer && d.group(undergoer) !== d.group(actor)) target = undergoer;
      else if (condOk && !condBody) { target = condParty; how.target = 'party of the condition'; }
      else if (!near) {
        // A person speaking for a body that the text does not tie to it: the party of the article's nearest order.
        target = orderedBy(d, actor) ?? (actor.kind === 'person' ? nearestOrder(d)?.target ?? null : null);
        how.target = 'the party the actor ordered or restricted';
        if (!target && condBody) { target = condParty; how.target = 'party of the condition'; }
      }
      if (!target) continue;
    } else if (faced) {
      // "X faces penalties reaching … if …": the speaker, else a public body of the condition ("if the Commission confirms
      // its findings"), else the text's voice or who last ordered or restricted X threatens X.
      const condBody = condParty && PUBLIC_KINDS.includes(condParty.kind) ? condParty : null;
      target = agentOf(faced.ent, reg);
      actor = sp?.agent ?? condBody ?? lineVoice(d) ?? d.issuer ?? nearestAuthorityOn(d, target) ?? null;
      how = { actor: sp ? sp.how : condBody ? 'public body of the condition' : 'voice of the text, else the authority nearest that acted on the party', target: 'who faces the measure' };
      if (!actor) continue;
    } else if (undergo) {
      // "Y said X could face sanctions": the speaker threatens the one who would face them.
      if (!sp || !subj) continue;
      actor = sp.agent; target = agentOf(subj.ent, reg);
      how = { actor: 'speaker', target: 'who would face the measure' };
    } else {
      const fp = info.toks.slice(Math.max(0, c - 2), c).some((t) => firstPersonWord(t.text)) ? firstPerson(d, c) : null;
      actor = fp ?? (subj ? agentOf(subj.ent, reg) : sp?.agent ?? null);
      if (fp) how.actor = 'first person';
      else if (!subj && sp) how.actor = sp.how;
      // "Failure to comply may result in a fine": no one named; the voice of the text (a release's issuer) threatens.
      if (!actor && onNoncompliance) {
        actor = lineVoice(d) ?? d.issuer ?? d.author;
        how.actor = 'voice of the text, on non-compliance';
      }
      if (!actor) continue;
      const obj = aimedAt(info, n + 1, n + 6) ?? aimedAt(info, c + 1, n - 1);
      if (condParty && d.group(condParty) !== d.group(actor)) { target = condParty; how.target = 'party of the condition'; }
      else if (obj && d.group(agentOf(obj.ent, reg)) !== d.group(actor)) target = agentOf(obj.ent, reg);
    }
    if (!actor || bench(actor)) continue;
    // A condition that names its party ("Until the Department answers, …") says whom the threat is against: when that
    // party could not be the target (the actor's own side), no counterpart from elsewhere stands in for it.
    if (!target && cond && info.mentions.some((m) => m.t0 > cond.from && m.t1 <= cond.to && usable(info, m) && !prepBefore(info, m))) continue;
    // No party named in the sentence: a reply ("Japan is weighing appropriate responses") answers the article's
    // counterpart, and so does contesting a measure ("The firm said it would appeal the fine"); any other punitive noun
    // with no one named ("the authority may impose fines of up to 4% of turnover", "we will take legal action where
    // needed") is a statement of powers or a general stance: no event.
    // "Any failure to comply would bring a daily penalty": non-compliance with the actor's own order threatens the party
    // the actor ordered or restricted (its nearest such act in the article).
    if (!target && onNoncompliance) {
      target = orderedBy(d, actor);
      if (target) how.target = 'the party the actor ordered or restricted (non-compliance)';
    }
    // "The agency warned that it would cancel the permit if the robocalls started again", "we shall then withdraw the licence": a
    // coercive act as the consequence of a condition, or the undoing of a permit, with no party named, is against the
    // party the actor ordered, restricted or licensed (its nearest such act in the article).
    if (!target && !passive && verbAt >= 0 && n === verbAt && (undo || (!!cond && (c < cond.from || c > cond.to)))) {
      target = orderedBy(d, actor) ?? nearestOrder(d, actor, EASING_TYPES)?.target ?? null;
      if (target) how.target = 'the party the actor ordered, restricted or licensed';
    }
    if (!target && !REACTIVE_NOUNS.test(toks[n].text) && !toks.slice(c + 1, n).some((t) => CONTEST_VERBS.test(t.text))) continue;
    if (!target) { target = otherParty(d, actor, null); how.target = 'counterpart from the article\'s other events'; }
    if (!target || d.group(target) === d.group(actor)) continue;
    return { actor, target, at: c, how };
  }
  return null;
}

/** The first pass's request cues and the second pass's: "requested X to …" takes its addressee next as well as after "that". */
const ALL_DEMAND_CUES: typeof DEMAND_CUES = [...DEMAND_CUES, { re: DEMAND_REQUEST_NEXT, addressee: 'next', needsTo: true }];

/**
 * Who asks when the sentence names no requester: the text's voice (a release's or letter's), else the article's author
 * (its leading authority) when that already acts on the addressee.
 */
function textRequester(d: DiscourseCtx, target: Agent): Agent | null {
  const a = d.author;
  if (a && d.group(a) !== d.group(target) && d.raw.some((x) => x.actor && x.target && d.group(x.actor) === d.group(a) && d.group(x.target) === d.group(target))) return a;
  return lineVoice(d) ?? d.issuer;
}

/** "the senators asked …", "the members ask …": members of the party that makes the article's other requests (else its nearest actor). */
function memberRequester(d: DiscourseCtx, target: Agent): Agent | null {
  const here = d.pos.get(d.info) ?? 0;
  let best: Agent | null = null;
  let bestKey = Infinity;
  for (const x of d.raw) {
    // Members ask for a person or a body of members (a legislator, a legislature), never a company of the article.
    if (!x.actor || bench(x.actor) || d.group(x.actor) === d.group(target) || !MEMBER_BODY_KINDS.includes(x.actor.kind)) continue;
    const key = (x.type === 'DEMAND' ? 0 : 1000) + Math.abs((d.pos.get(x.info) ?? -1) - here);
    if (key < bestKey) { best = x.actor; bestKey = key; }
  }
  return best;
}

/**
 * A requirement put on a named party with no request verb of a requester: "X is required to …", "X has been asked to …"
 * (the agent after "by", else the speaker or the text's voice asks), "X has until 12 May to …" (a deadline).
 */
function obligationAt(d: DiscourseCtx, k: number): Found | null {
  const { info, reg } = d;
  const toks = info.toks;
  const w = toks[k].text;
  let addr: Mention | null = null;
  let how = '';
  if (DEMAND_PASSIVE.test(w) && DEMAND_PASSIVE_BE.test(toks[k - 1]?.text ?? '')) {
    const to = toks.findIndex((t, q) => q > k && q <= k + 3 && t.text.toLowerCase() === TO);
    if (to < 0 || DISC_NO_COMMENT.test(toks[to + 1]?.text ?? '')) return null;
    const s = subjectBefore(info, k);
    if (s && k - s.t1 <= 3) { addr = s; how = 'subject of the passive request'; }
  } else if (DEMAND_HAS.test(w) && (toks[k + 1]?.text ?? '').toLowerCase() === DEADLINE_UNTIL) {
    addr = info.mentions.find((m) => m.t1 === k && usable(info, m) && !prepBefore(info, m)) ?? null;
    how = 'party given a deadline';
  }
  if (!addr) return null;
  const target = agentOf(addr.ent, reg);
  const by = toks.findIndex((t, q) => q > k && q <= k + 2 && t.text.toLowerCase() === AGENT_BY_WORD);
  // The agent after "by" ("was asked by X to"), else one the sentence gave before ("a request sent by X, in which Y was asked to …").
  const byAt = (m: Mention) => { const l = m.lead ?? m.t0; return (toks[l - 1]?.text ?? '').toLowerCase() === AGENT_BY_WORD; };
  const agentM = (by > 0 ? info.mentions.find((m) => m.t0 === by + 1 || m.lead === by + 1) : null)
    ?? [...info.mentions].reverse().find((m) => m.t1 <= k && m !== addr && byAt(m)) ?? null;
  const sp = speakerOf(d);
  const actor = agentM ? agentOf(agentM.ent, reg) : sp?.agent ?? textRequester(d, target);
  if (!actor || bench(actor) || bench(target) || d.group(actor) === d.group(target)) return null;
  return { actor, target, at: k, how: { actor: agentM ? 'agent of the passive' : sp ? sp.how : 'voice of the text', target: how } };
}

/** Rule 3: a request cue with an addressee party. */
function demand(d: DiscourseCtx): Found | null {
  const { info, reg } = d;
  const toks = info.toks;
  for (let k = 0; k < toks.length; k++) {
    for (const cue of ALL_DEMAND_CUES) {
      if (!cue.re.test(toks[k].text)) continue;
      if (toks.slice(Math.max(0, k - 3), k).some((x) => DISC_NEGATORS.test(x.text))) continue;
      // "a law requiring X to sell", "a rule asking X to": the noun's content, not a party's request; "the press" is a noun.
      const prev = toks[k - 1]?.text ?? '';
      if (ARTICLES.test(prev)) continue;
      // "we got a formal request for records from the Office": a request named as a noun is made by the one after
      // "from", of whoever got it, not by the sentence's speaker.
      if (cue.addressee === 'that' && ARTICLES.test(toks[k - 2]?.text ?? '') && /^\p{Ll}/u.test(prev)) continue;
      if (GERUND_ENDING.test(toks[k].text) && /^\p{Ll}+$/u.test(prev) && NOUN_TAG.test(posTags(prev)?.[0] ?? '')) continue;
      let addr: Mention | null = null;
      let pronoun = false;
      if (cue.addressee === 'next') {
        const a = addresseeAt(info, k + 1, k + 3);
        addr = a?.m ?? null;
        if (addr && cue.needsTo && !DEMAND_COMPLEMENT.test(toks[a!.end]?.text ?? '')) addr = null;
        if (addr && DEMAND_GIVE.test(toks[k].text) && !DEMAND_DEADLINE.test(toks[addr.t1]?.text ?? '')) addr = null;
        // "We have asked them to ensure …": a pronoun addressee is the party named in the sentence before.
        if (!addr && cue.needsTo && PARTY_PRONOUNS.test(toks[k + 1]?.text ?? '') && (toks[k + 2]?.text ?? '').toLowerCase() === TO) pronoun = true;
      } else if (cue.addressee === 'on') {
        const a = DEMAND_ON.test(toks[k + 1]?.text ?? '') ? addresseeAt(info, k + 2, k + 4) : null;
        addr = a?.m ?? null;
        // An officer named after a possessor needs the act asked of it ("calling on X's chief executive, Y, to appear").
        if (a && a.m.mod && !DEMAND_COMPLEMENT.test(toks[a.end]?.text ?? '')) addr = null;
        // "called for X to be held to account": who is asked is not named.
        if (addr && (toks[addr.t1]?.text ?? '').toLowerCase() === TO && (toks[addr.t1 + 1]?.text ?? '').toLowerCase() === BE_INFINITIVE) addr = null;
      } else if (cue.addressee === 'that') {
        if ((toks[k + 1]?.text ?? '').toLowerCase() === 'that') addr = nameAt(info, k + 2, k + 4);
        // "requests documents from X", "demanded answers from X": the thing asked for, then its addressee (not "comment").
        if (!addr) {
          const fr = toks.findIndex((t, q) => q > k + 1 && q <= k + 5 && FROM_WORD.test(t.text));
          if (fr > 0 && !toks.slice(k + 1, fr).some((t) => DISC_NO_COMMENT.test(t.text) || RELIEF_FROM_NOUNS.test(t.text))) addr = nameAt(info, fr + 1, fr + 2);
        }
      }
      if (!addr && !pronoun) continue;
      // The requester: "we"/"I" right before the cue, else the clause's subject a few words before it (the sentence's
      // first subject for a participle: "X wrote to Y requesting that …"), else members of a party ("the senators
      // asked …"), else the speaker.
      const fp = toks.slice(Math.max(0, k - 3), k).some((t) => firstPersonWord(t.text)) ? firstPerson(d, k) : null;
      let subj = subjectBefore(info, k);
      if (subj && k - subj.t1 > 5) subj = null;
      // A participle ("… requesting that …") or a verb coordinated with the main one ("X, …, said … and called on Y to
      // …") has the sentence's first subject.
      if (!subj && (GERUND_ENDING.test(toks[k].text) || COORDINATED_VERB.test(toks[k - 1]?.text ?? ''))) subj = info.mentions.find((m) => m.t1 <= k && usable(info, m) && !prepBefore(info, m) && !m.mod) ?? null;
      const sp = speakerOf(d);
      let actor = fp ?? (subj ? agentOf(subj.ent, reg) : null);
      const target = addr ? agentOf(addr.ent, reg) : antecedent(d, actor ?? sp?.agent ?? null, notOnePerson(toks[k + 1].text));
      if (!target) continue;
      let how = fp ? 'first person' : subj ? 'subject of the request' : 'speaker';
      if (!actor && toks.slice(Math.max(0, k - 2), k).some((t) => REQUESTER_MEMBER_NOUNS.test(t.text) || LETTER_NOUNS.test(t.text))) {
        actor = memberRequester(d, target);
        how = 'party of the members asking';
      }
      actor ??= sp?.agent ?? null;
      if (!actor || bench(actor) || bench(target) || d.group(actor) === d.group(target)) continue;
      return { actor, target, at: k, how: { actor: how, target: pronoun ? 'antecedent of the pronoun addressee' : 'addressee of the request' } };
    }
    const ob = k > 0 ? obligationAt(d, k) : null;
    if (ob) return ob;
    // "X should withdraw the listing, the ministry said": the modal's subject is asked by the speaker (in a release or
    // letter with no speaker, by its voice).
    if (DEMAND_MODALS.test(toks[k].text) && k > 0) {
      const addr = info.mentions.find((m) => m.t1 === k && usable(info, m) && !prepBefore(info, m));
      if (!addr || /^[?]$/.test(toks[toks.length - 1].text)) continue;
      const target = agentOf(addr.ent, reg);
      const sp0 = speakerOf(d);
      const tv = sp0 ? null : textRequester(d, target);
      const sp = sp0 ?? (tv ? { agent: tv, vi: -1, how: 'voice of the text' } : null);
      if (!sp) continue;
      if (DISC_NEGATORS.test(toks[k + 1]?.text ?? '') && sp.vi > k) continue;
      // An official's own view ("the minister said X must …") is no institution's demand; a spokesperson's is.
      if (sp.agent.kind === 'person') continue;
      if (bench(sp.agent) || bench(target) || d.group(sp.agent) === d.group(target)) continue;
      return { actor: sp.agent, target, at: k, how: { actor: sp.how, target: 'subject of the modal of obligation' } };
    }
  }
  return null;
}

/** Where a wrongdoing cue opens in toks[from, to): a wrongdoing verb, "failed to disclose", "shared data without consent", "in breach of". */
function wrongdoingAt(info: SentenceInfo, from: number, to: number): number {
  const toks = info.toks;
  for (let k = from; k < to; k++) {
    const w = toks[k].text;
    if (WRONGDOING.test(w)) return k;
    if (FAILED.test(w) && (toks[k + 1]?.text ?? '').toLowerCase() === TO && FAILED_TO.test(toks[k + 2]?.text ?? '')) return k;
    // "used pirated copies", "sold counterfeit chips": a use or data verb with a tainted object.
    if (DATA_VERBS.test(w) && toks.slice(k + 1, Math.min(to, k + 4)).some((t) => TAINTED.test(t.text))) return k;
    if (DATA_VERBS.test(w)) {
      const end = toks[Math.min(to, k + 10) - 1];
      if (end && UNLAWFUL_PHRASES.test(info.s.text.slice(toks[k].start - info.s.start, end.start + end.text.length - info.s.start))) return k;
    }
    // "in breach of", "in apparent violation of", "in clear contravention of".
    if (IN_WORD.test(w)) {
      const j = VIOLATION_NOUNS.test(toks[k + 1]?.text ?? '') ? k + 1 : VIOLATION_NOUNS.test(toks[k + 2]?.text ?? '') ? k + 2 : -1;
      if (j > 0 && OF_WORD.test(toks[j + 1]?.text ?? '')) return k;
    }
  }
  return -1;
}

/** Rule 4: a party asserting that another named party did a wrongdoing ("the ministry said Corvane had misused data"). */
function allegation(d: DiscourseCtx): Found | null {
  const { info, reg } = d;
  const toks = info.toks;
  if (CONDITION_OPENERS.test(toks[0]?.text ?? '')) return null;
  // "according to X('s report)": the source is the first name within five words, its document standing for it.
  const acc0 = toks.findIndex((t, q) => t.text.toLowerCase() === 'according' && (toks[q + 1]?.text ?? '').toLowerCase() === TO);
  const accM = acc0 >= 0 ? info.mentions.find((m) => m.t0 > acc0 + 1 && m.t0 <= acc0 + 6 && usable(info, m)) ?? null : null;
  const sp0 = acc0 >= 0 ? { m: accM, vi: acc0, spokes: false } : speakerFor(info, -1) ?? speakerFor(info, toks.length);
  // A party's own statement or quotation with no reporting verb ("Orrin used our designs without permission"): the
  // first person's party (the quoted speaker, the statement's issuer) asserts it.
  if (!sp0) {
    const fp = firstPerson(d, toks.length);
    if (!fp || bench(fp)) return null;
    const k = wrongdoingAt(info, 0, toks.length);
    if (k < 0 || toks.some((t) => DISC_FALSITY.test(t.text) || DISC_CONCESSION.test(t.text) || ALLEGE_DOUBT.test(t.text))) return null;
    const subj = subjectBefore(info, k);
    if (!subj || k - subj.t1 > 6) return null;
    const between = toks.slice(subj.t1, k);
    if (between.some((t) => NOT_CLAUSE_LINK.test(t.text) || DISC_MODAL_AUX.test(t.text) || firstPersonWord(t.text))) return null;
    const target = agentOf(subj.ent, reg);
    if (bench(target) || d.group(target) === d.group(fp)) return null;
    return { actor: fp, target, at: k, how: { actor: 'first person', target: 'subject of the wrongdoing clause' } };
  }
  const sp = sp0;
  if (sp.m && sp.m.ent.kind === 'other_org') return null;
  const verb = toks[sp.vi]?.text ?? '';
  if (!ALLEGE_REPORT.test(verb)) return null;
  let actor: Agent | null = null;
  let from = sp.vi + 1;
  let to = toks.length;
  let how = 'asserting party';
  // "Prosecutors say Vell copied …": a name right after a reporting verb not set off by a comma or quotation mark is
  // the reported clause's subject, not an inverted speaker; the unnamed source speaks.
  const named = sp.m && !(sp.m.t0 > sp.vi && verb.toLowerCase() !== 'according' && !/^[,"”“']$/.test(toks[sp.vi - 1]?.text ?? ''));
  if (sp.m && named) {
    actor = agentOf(sp.m.ent, reg);
    // The reported clause: after the verb, after the source of "according to X", or before an inverted "…, X said".
    if (sp.m.t0 > sp.vi) {
      if (verb.toLowerCase() !== 'according') [from, to] = [0, sp.vi];
      else { const c = toks.findIndex((t, q) => q >= sp.m!.t1 && t.text === ','); if (c < 0) return null; from = c + 1; }
    }
  } else if (!sp.spokes) {
    if (sp.m && !named) from = sp.vi + 1;
    // "the authority found that …", "according to the order, …": an unnamed body or document of the article's leading
    // authority (a state, regulator or legislature) speaks for it.
    const a = d.author;
    if (!a || !['government', 'regulator', 'legislature'].includes(a.kind)) return null;
    const acc = verb.toLowerCase() === 'according';
    const srcFrom = acc ? sp.vi + 1 : Math.max(0, sp.vi - 4);
    const srcTo = acc ? Math.min(toks.length, sp.vi + 6) : sp.vi;
    const src = toks.slice(srcFrom, srcTo).findIndex((t) => ALLEGE_SOURCE_NOUNS.test(t.text));
    if (src < 0) return null;
    if (acc) { const comma = toks.findIndex((t, q) => q > sp.vi && t.text === ','); if (comma < 0) return null; from = comma + 1; }
    actor = a; how = 'leading authority, unnamed source';
  }
  if (!actor || bench(actor)) return null;
  // "said claims that X stole … were false": a falsity word anywhere makes the sentence no assertion of the wrong.
  if (toks.some((t) => DISC_FALSITY.test(t.text) || DISC_CONCESSION.test(t.text))) return null;
  // "X has, according to Y's filing, used …": a parenthetical source between the subject and its verb is left out.
  let paren: [number, number] | null = null;
  if (verb.toLowerCase() === 'according' && toks[sp.vi - 1]?.text === ',') {
    const c = toks.findIndex((t, q) => q >= (sp.m?.t1 ?? sp.vi + 2) && t.text === ',');
    if (c > 0) { paren = [sp.vi - 1, c]; from = 0; }
  }
  const outside = (a: number, b: number) => toks.slice(a, b).filter((_, q) => !paren || a + q < paren[0] || a + q > paren[1]);
  const k = wrongdoingAt(info, paren ? paren[1] + 1 : from, to);
  if (k < 0) return null;
  // "X relabelled the servers to evade the controls": a purpose infinitive's cue is X's act however long its object.
  const purpose = (toks[k - 1]?.text ?? '').toLowerCase() === TO && WRONGDOING.test(toks[k].text);
  const subj = paren
    ? [...info.mentions].reverse().find((m) => m.t1 <= paren![0] && usable(info, m) && !prepBefore(info, m)) ?? null
    : subjectBefore(info, k);
  if (!subj || subj.t0 < from) return null;
  const between = outside(subj.t1, k);
  if (between.length > (purpose ? 14 : 6)) return null;
  // "found no evidence that X …", "asked whether X …", "X had not …": a negated or doubtful finding.
  if (outside(Math.max(from, paren ? 0 : sp.vi), k).some((t) => ALLEGE_DOUBT.test(t.text))) return null;
  if (between.some((t) => DISC_MODAL_AUX.test(t.text) && !MAYBE_MODALS.test(t.text))) return null;
  // The cue is a verb of the subject's clause, not a noun after an article or preposition ("sue X over the copying");
  // "accused X of copying" keeps its "of". "in breach of" opens with its own preposition.
  const link = between.filter((t, q) => NOT_CLAUSE_LINK.test(t.text) && !(OF_WORD.test(t.text) && q === 0 && subj.t0 === sp.vi + 1));
  if (link.length && !purpose) return null;
  const target = agentOf(subj.ent, reg);
  // The speaker telling its own wrong is a confession, no allegation.
  if (bench(target) || d.group(target) === d.group(actor)) return null;
  return { actor, target, at: k, how: { actor: how, target: 'subject of the wrongdoing clause' } };
}

/** Rule 5: a party easing toward another or its measure (lifts, suspends, withdraws, settles, grants a licence, holds talks). */
/** The first token within `n` after `k` that matches `re`, before the clause ends; -1 if none. */
function aheadOf(toks: SentenceInfo['toks'], k: number, n: number, re: RegExp): number {
  for (let q = k + 1; q < Math.min(toks.length, k + 1 + n); q++) { if (/^[.;:?]$/.test(toks[q].text)) return -1; if (re.test(toks[q].text)) return q; }
  return -1;
}

function deescalation(d: DiscourseCtx): Found | null {
  const { info, reg } = d;
  const toks = info.toks;
  if (CONDITION_OPENERS.test(toks[0]?.text ?? '')) return null;
  for (let k = 1; k < toks.length; k++) {
    const w = toks[k].text;
    let obj = -1;
    if (EASE_VERBS.test(w)) obj = aheadOf(toks, k, 7, EASE_MEASURES);
    if (obj < 0 && GRANT_VERBS.test(w)) obj = aheadOf(toks, k, 6, GRANT_NOUNS);
    if (obj < 0 && SETTLE_VERBS.test(w)) obj = aheadOf(toks, k, 4, SETTLE_NOUNS);
    if (obj < 0 && SETTLE_WITH.test(w) && WITH_WORD.test(toks[k + 1]?.text ?? '')) obj = k + 1;
    if (obj < 0 && RESTORE_VERBS.test(w)) obj = aheadOf(toks, k, 6, GOODS_NOUNS);
    // Ending a dispute, a deal or talks say nothing of whom by themselves: they need the other party named in the sentence.
    let named = false;
    if (obj < 0 && RESOLVE_VERBS.test(w)) { obj = aheadOf(toks, k, 4, RESOLVE_NOUNS); named = obj >= 0; }
    if (obj >= 0 && !EASE_MEASURES.test(toks[obj].text) && !GOODS_NOUNS.test(toks[obj].text) && !GRANT_NOUNS.test(toks[obj].text)) named = true;
    if (obj < 0) continue;
    // "urged X to lift", "refused to lift", "has no plans to", "would lift if": a request, refusal or possibility.
    const clauseFrom = (() => { let q = k - 1; while (q > 0 && !/^[,;:]$/.test(toks[q].text) && k - q < 8) q--; return q; })();
    if (toks.slice(Math.max(0, clauseFrom), k).some((t) => EASE_BLOCKERS.test(t.text))) continue;
    if (toks.slice(0, k).some((t) => DOUBT_SUBORDINATORS.test(t.text))) continue;
    // "We urge Washington to end this and take our firms off its list", "Beijing hopes Washington will lift these curbs",
    // "the department may then take it off the list": a request, hope or power anywhere before it.
    if (toks.slice(0, k).some((t) => EASE_SENTENCE_BLOCKERS.test(t.text))) continue;
    const fp = toks.slice(Math.max(0, k - 3), k).some((t) => firstPersonWord(t.text)) ? firstPerson(d, k) : null;
    let subj = subjectBefore(info, k);
    if (subj && k - subj.t1 > 9) subj = null;
    const sp = subj || fp ? null : speakerOf(d);
    const actor = fp ?? (subj ? agentOf(subj.ent, reg) : sp?.agent ?? null);
    if (!actor || bench(actor)) continue;
    let target: Agent | null = null;
    let how = 'named after the easing verb';
    for (const m of info.mentions) {
      if (m.t0 <= k || m.t0 > obj + 6 || !usable(info, m)) continue;
      const a = agentOf(m.ent, reg);
      if (!bench(a) && d.group(a) !== d.group(actor)) { target = a; break; }
    }
    // "willing to work with Dalmore to resolve our differences": else a name of another party elsewhere in the sentence.
    if (!target) {
      for (const m of info.mentions) {
        if (!usable(info, m)) continue;
        const a = agentOf(m.ent, reg);
        if (!bench(a) && d.group(a) !== d.group(actor)) { target = a; how = 'other party named in the sentence'; break; }
      }
    }
    if (!target && !named) { target = otherParty(d, actor, null); how = 'counterpart from the article\'s other events'; }
    if (!target || d.group(target) === d.group(actor)) continue;
    return { actor, target, at: k, how: { actor: fp ? 'first person' : subj ? 'subject of the easing verb' : 'speaker', target: how } };
  }
  return null;
}

/**
 * The issuer a sentence names for a statement: in a text line ending in a colon, the subject of a clause holding a
 * statement noun ("X issued the following statement:"); in a title, a name right before a statement noun.
 */
function issuerIn(info: SentenceInfo, reg: Registry, intro: boolean): Agent | null {
  const k = info.toks.findIndex((t) => SPEECH_NOUNS.test(t.text));
  if (k < 0) return null;
  const m = intro ? subjectBefore(info, k) : info.mentions.find((x) => x.t1 === k && !x.mod)
    // A title "Statement by Lumora Robotics on …": the name right after the statement noun and "by"/"from"/"of".
    ?? (STATEMENT_BY.test(info.toks[k + 1]?.text ?? '') ? info.mentions.find((x) => (x.lead ?? x.t0) === k + 2 && !x.mod) : undefined);
  return m ? agentOf(m.ent, reg) : null;
}

/** The discourse rules, one row each: the type, the confidence, the finder. */
export const DISCOURSE_RULES: DiscourseRule[] = [
  { id: 'discourse.denial', type: 'DENIAL', conf: 0.5, find: denial },
  { id: 'discourse.threat', type: 'THREAT', conf: 0.5, find: threat },
  { id: 'discourse.demand', type: 'DEMAND', conf: 0.5, find: demand },
  { id: 'discourse.allegation', type: 'ALLEGATION', conf: 0.5, find: allegation },
  { id: 'discourse.deescalation', type: 'DEESCALATION', conf: 0.5, find: deescalation },
];

/**
 * Runs the discourse rules over the article's text sentences and returns their events, for sentences with no event
 * of the same type from the patterns. Questions are skipped. `raw` is not changed.
 */
/**
 * "We therefore ask:", "The coalition calls on:": a request ending on a colon, its verb followed by nothing but fillers,
 * introduces a list whose items name each addressee ("(a) that the Authority open …", "1. The ministry to remove …").
 * The requester: the subject named before the verb, else the line's first-person voice (a letter's signatory, a
 * statement's issuer).
 */
function listRequester(info: SentenceInfo, reg: Registry, ctx: SentCtx, fallback: Agent | null): { actor: Agent; how: string; line: number } | null {
  const { toks } = info;
  const v = toks.findIndex((x) => LIST_REQUEST_VERBS.test(x.text) && /^\p{Ll}/u.test(x.text));
  if (v < 0 || !toks.slice(v + 1, toks.length - 1).every((x) => LIST_REQUEST_FILLERS.test(x.text))) return null;
  if (LIST_CALL.verb.test(toks[v].text) && !LIST_CALL.prep.test(toks[v + 1]?.text ?? '')) return null;
  const subj = info.mentions.find((m) => m.t1 <= v && !m.mod && usable(info, m));
  if (subj) return { actor: agentOf(subj.ent, reg), how: 'requester introducing the list', line: info.s.line };
  if (!toks.slice(0, v).some((x) => FIRST_PERSON.test(x.text))) return null;
  const voice = ctx.voices?.get(info.s.line)?.agent ?? fallback;
  return voice ? { actor: voice, how: 'first person introducing the list (the text\'s voice)', line: info.s.line } : null;
}

/**
 * One sentence after a list's request: an enumerator alone ("1.") is skipped; an item whose head names a party followed
 * by its step ("the Authority to open …", "that the Governor suspend …") is a demand on that party; any other sentence
 * on a later line ends the list.
 */
function listItem(info: SentenceInfo, list: { line: number }, reg: Registry, ctx: SentCtx, group: (a: Agent) => string): { target: Agent; at: number } | null | 'end' {
  const { toks } = info;
  if (toks.every((x) => LIST_ITEM_OPENERS.test(x.text) && !LIST_ITEM_WORDS.test(x.text))) return null;
  let k = 0;
  while (k < toks.length && k < 6 && LIST_ITEM_OPENERS.test(toks[k].text)) k++;
  const m = info.mentions.find((x) => (x.lead ?? x.t0) <= k && x.t1 > k - 1 && !x.mod && usable(info, x));
  const after = m ? toks.slice(m.t1, m.t1 + 6) : [];
  const step = after.findIndex((x, q) => (x.text.toLowerCase() === TO && /^\p{Ll}/u.test(after[q + 1]?.text ?? ''))
    || (q === 0 && /^\p{Ll}/u.test(x.text) && (posTags(x.text) ?? []).some((t) => t === 'VB' || t === 'VBP')));
  if (m && step >= 0) return { target: agentOf(m.ent, reg), at: m.t0 };
  // An item that names no addressee keeps the list open; prose after the list (a new paragraph's sentence) ends it.
  return info.s.line > list.line + 1 && !/[;,]$/.test(toks[toks.length - 1]?.text ?? '') && !LIST_ITEM_CONJ.test(toks[toks.length - 1]?.text ?? '')
    && !LIST_ITEM_OPENERS.test(toks[0]?.text ?? '') ? 'end' : null;
}

export function discourseEvents(infos: SentenceInfo[], raw: RawEvent[], reg: Registry, ctx: SentCtx, group: (a: Agent) => string, author: Agent | null, title: SentenceInfo | null = null): { at: SentenceInfo; e: RawEvent }[] {
  const pos = new Map(infos.map((x, i) => [x, i]));
  // A title "Hanshan AI statement regarding …" names the issuer of the text's first person.
  let issuer: Agent | null = title ? issuerIn(title, reg, false) : null;
  const out: { at: SentenceInfo; e: RawEvent }[] = [];
  // An article without a dispute of its own (no act between two parties) gets no discourse events.
  if (!raw.some((x) => x.actor && x.target)) return out;
  // A request introducing a list ("We therefore ask:") and the line it ends on: its items name addressees and steps.
  let list: { actor: Agent; how: string; line: number } | null = null;
  for (const info of infos) {
    const last = info.toks[info.toks.length - 1]?.text ?? '';
    // "Senator Ada Vell released the following statement:": the quotations below are hers.
    if (last === ':') {
      issuer = issuerIn(info, reg, true) ?? issuer;
      list = listRequester(info, reg, ctx, issuer ?? author);
      continue;
    }
    if (list) {
      const item = listItem(info, list, reg, ctx, group);
      if (item === 'end') list = null;
      else if (item) {
        // The steps the item asks for ("that the Authority open an investigation into X") are not taken: no events.
        for (const x of raw) if (x.info === info && x.type !== 'DEMAND' && x.type !== 'ALLEGATION') x.actor = null;
        out.push({ at: info, e: {
          type: 'DEMAND', actor: list.actor, target: item.target, needActor: false, needTarget: false, anaphor: false, info, field: 'text',
          conf: 0.55, order: 0, tpos: Math.max(0, info.toks[item.at].start - info.s.start), quote: null, pattern: 'discourse.demand-list',
          how: { actor: list.how, target: 'addressee named at the head of the list item' },
        } });
        continue;
      }
    }
    if (last === '?' || info.s.qa === 'Q' || info.toks.length < 4) continue;
    for (const rule of DISCOURSE_RULES) {
      // (A threat of a pattern left without the target it needs is no event: the rule may still find one.)
      const same = raw.filter((x) => x.info === info && x.type === rule.type && x.actor && !(rule.type === 'THREAT' && x.needTarget && !x.target));
      // A pattern's actor carried over from earlier sentences gives way to the sentence's own "we" (a statement's
      // issuer, a quoted speaker): '"We exhort X to …"' under "Y issued the following statement:" is Y's.
      const carried = same.length > 0 && same.every((x) => x.how.actor === CARRIED);
      if (same.length && !carried) continue;
      const f = rule.find({ info, reg, ctx, raw, group, pos, author, issuer, infos });
      if (!f) continue;
      if (carried) {
        if (!/first person|issuer/.test(f.how.actor) || same.some((x) => group(x.actor!) === group(f.actor))) continue;
        for (const x of same) { x.actor = f.actor; x.how = { ...x.how, actor: f.how.actor }; }
        continue;
      }
      // A person's act where the article already has one of this type on the same target: the person is most likely
      // that act's actor or its official, named differently; a second event would only repeat it.
      if (f.actor.kind === 'person' && f.target && raw.some((x) => x.type === rule.type && x.actor && x.target && group(x.target) === group(f.target!))) continue;
      const tok = info.toks[f.at] ?? info.toks[0];
      const quote = /[“"]([^”"]+)[”"]/.exec(info.s.text)?.[1] ?? null;
      out.push({ at: info, e: {
        type: rule.type, actor: f.actor, target: f.target, needActor: false, needTarget: false, anaphor: false, info, field: 'text',
        conf: rule.conf, order: 0, tpos: Math.max(0, tok.start - info.s.start), quote, pattern: rule.id, how: f.how,
      } });
    }
  }
  return out;
}
