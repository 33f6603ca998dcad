// Event detection over sentences whose entity mentions are known.
// For each trigger of extract/lexicon.ts the actor is the clause's subject (or the speaker, for
// reported wrongdoing), the target the first named object after the verb (or the subject of the
// reported predicate), with passive voice flipped, lists expanded, and unreal clauses skipped.
// Roles that the sentence leaves open are filled from the article's other events ("counterpart").
import { PURCHASE_FROM_HEADS, DISPUTE_CHARGE_MATTER, LEGAL_SUFFIX_WORDS, LIST_OWNERS, FINITE_BE_HAVE, BE_INFINITIVE_OR_GERUND, LIFTING_VERBS, PASSIVE_ADVERBS, PROMPTED_BY_VERBS } from './lexicon.ts';
/** Patterns of a party put on or taken off a list. */
const LIST_PATTERNS = new Set(['restriction.add-to-list', 'deescalation.remove-from-list']);
import { TRIGGERS, TRIGGER_HINTS, TRIGGERS_BY_KEY, UNREAL_OPENERS, NEGATORS, MODALS, INTENT_BEFORE_TO, REPORT_RE, REPORT_NEEDS_CLAUSE, SUBORDINATORS, FRONT_SUBORDINATORS, TIME_NOUNS, LEGAL_DOCUMENTS, SPEECH_NOUNS, HELP_NOUNS, LEGAL_CONTEXT, REACTION_VERBS, NOMINAL_GOVERNORS, PARTY_GROUP_NOUNS, CASE_FILLER, DENYING, DETERMINERS, PLAIN_NEGATORS, AUXILIARIES, PREPS, DETS, LIST_SEP, BE, SKIP_BACK, NON_OBJECT_PREPS, COMPASS, SAID_VERBS, CLAIM_NOUN, CARRY_WORDS, ADVERB_FORM, DECISION_NOUNS, NP_BOUNDARY, MAKER_AGENT_VERBS, CLAUSE_REPORT_VERBS, TITLE_VERBS, RELATIVE_PRONOUNS, TIME_COUNTS, TIME_SUBORDINATORS, HELP_PREPS, INCLUDING, OF_CAUSE_HEADS, TURN_WORDS, SUBJECT_DETERMINERS, CLAUSE_BREAK_WORDS, CALL_FOR_VERBS, FOR_WORD, PAIR_WORDS, SELF_PRONOUNS, CLAUSE_OPENERS, PLURAL_QUANTIFIERS, THAT_WHICH, BE_FORMS, NP_OPENERS, CLAIM_VERBS, DOC_DETERMINERS, SUBJECT_FILLERS, DEMAND_VERBS, CALL_VERB, CALL_PREPS, FINITE_BE, FALSE_WORDS, REQUEST_NOUNS, ENDING_VERBS, ENDING_REFUSED, GERUND_PREPS, PARTICIPLE_PREPS, HEADLINE_PASSIVE_NEXT, CALLING_VERBS, ACCUSING_STEMS, OBJECT_LINKS, FINDING_VERBS, COORDINATORS, OBJECT_RELATIVES, WILL_FACE, SUBJECT_RELATIVES, FORUM_PREPS, FORUM_TO_LEADS, SUIT_DOCUMENTS, SUIT_BROUGHT, PROOF_NOUNS, POSSESSIVE_PRONOUNS, POSSESSIVE_S, CLAIM_NOUN_ONLY, PREMISES_NOUNS, TO_WORD, ACCORDING, DEFINITE_ARTICLE, TOGETHER, ALTERNATIVE_CONJ, CONDITION_CONJ, PRESENT_BE, IN_AT, THEY, INDEFINITE_ARTICLES, FIRST_PERSON, IT_THEY, GERUND_ENDING_I, GERUND_ENDING, ADVERB_ENDING, PAST_ENDING, PARTICIPLE_ENDING_I, PARTICIPLE_ENDING, PASSIVE_PARTICIPLE_ENDING, PLURAL_ENDING, LOWER_PLURAL, ACCORDING_TO, RELATIVE_WHO_WHICH, CLAUSE_COMPLEMENTISERS, CONTRAST_CONJ, HELPER_PREPS, PRESENT_BE_FORMS, DENIAL_VERBS_AS_NEGATORS, IF_WORDS, BARE_NEGATORS, FIRST_PERSON_SINGULAR, THEM, BE_INFINITIVE, COMPLEMENTISER, TO, AGAINST, ARTICLE_THE, LIST_AND, AGENT_BY, GENITIVE, SPOKES_PREFIX, INVERTED_CONDITIONAL, LETTER_NOUNS, ARTICLES, IN_FAVOUR, GRANT_STEM, CASE_V, OFFICIAL_PLURALS, AI_ACRONYM, DEMAND_BARE, DECISION_TIME_WORDS, NORM_NOUNS, AGENT_OF_BODY_NOUNS, AGENT_OF_BODY_PREPS, GRAND_JURY, JURY_NAME_MODS, FIRST_PERSON_BODY, STATEMENT_FOLLOWING, CHARGING_NOUNS, DEAL_NOUNS, COMPLAINED_OF_PREPS, NOUN_TARGET_PREPS, NOUN_PHRASE_END, UNDERGO_NOUN_VERBS, APPOSITION_RELATIVES, APPOSITION_ARTICLES, FEELING_PARTICIPLES, EASE_SENTENCE_BLOCKERS, DESCRIBED_PARTY_PREPS, OPENING_PARTICIPLES, type Trigger } from './lexicon.ts';
import { ROLE_ORG_PREPS, PERSON_TITLES, REPORT_NOUN_FORMS, CLAIM_UNDERGO_VERBS, SPEAKER_FOR_NOUNS, TITLED_GROUP_NOUNS, TITLED_GROUP_COUNTS, TITLED_GROUP_LABELS, ATTORNEY_GENERAL, PROSECUTORS, LED_BY, COUNSEL_NOUNS, ROLE_NOUNS, PERSON_PRONOUNS, SPEECH_AFTER, CLIENT_NOUNS } from './lexicon.ts';
import { DEMONYMS } from './gazetteer.ts';
import { PENALISING_STEMS } from './lexicon.ts';
import { SUING_STEMS, NOT_YET, INVITING_COMPLEMENTS, CONFLICT_NOUNS, COMMERCIAL_OBJECTS, EN_PARTICIPLE_ENDING, PERSON_POSSESSIVES, CAUSATIVE_VERBS, AFFIRMING_AFTER_NO, REFERRING_ADJECTIVES, RUMOUR_NOUNS, BUSINESS_NEWS_NOUNS } from './lexicon.ts';
import { STATEMENT_HEADING } from './lexicon.ts';
import { BYLINE_SEPARATOR, BYLINE_YEAR, POSTED_BY, STATEMENT_TOPIC_HEADING, STATEMENT_INTRO_NOUNS, LETTER_CLOSINGS, SIGNED_MARK, TURN_COURTESY, TURN_LEGISLATOR, NOT_TURN_LABEL, EACH_OF, SECOND_PERSON, SALUTATION, MEMO_FROM, CONDITIONAL_OPENERS, CONDITION_WORDS, FUTURE_WILL, POST_CHANNELS, HOLDING_VERBS, RELIEF_NOUNS, SEEK_VERBS } from './lexicon.ts';
import { APPOSITION_OPENERS, MEMBER_DESC_DETERMINERS, AMOUNT_WORDS, AMOUNT_FORM, MEMBER_CONJ, GROUP_REF_OPENERS, GROUP_REF_FILLERS, GROUP_REF_HEADS, GROUP_REF_COUNTED, GROUP_REF_NUMBERS } from './lexicon.ts';
import { BY_NAME, stateOfPlace } from './gazetteer.ts';
import { TYPE_RULES } from './types.ts';
import { posTags } from './pos.ts';
import { EPISTEMIC_MODALS, PERFECT_HAVE, REPORTED_WOULD, FROM_WORD } from './lexicon.ts';
import { triggerCandidates, slotsOk, INCLUDING_FIRST, INCLUDING_SECOND, IT_WORD, IT_ANTECEDENT_PREPS, AGENT_OF_STATE_NOUNS, AGENT_OF_STATE_PREPS, CONDEMN_AS_VERBS, AS_WORD, REQUEST_THAT_VERBS } from './lexicon.ts';
import { isHeadline } from './text.ts';
import { isGivenName } from './given-names.ts';
import { countedPluralAt, personDescriptionAt } from './plurals.ts';
/** Acts whose object may be an indefinite description of one person, named later (plurals.ts). */
const PERSON_DESCRIPTION_TYPES: EventType[] = ['LEGAL_ACTION', 'RESTRICTION'];
import { PLURAL_PRONOUNS, OBJECT_PRONOUNS, RELATION_NOUNS, BETWEEN, OBJECT_INTRODUCERS, NON_PARTY_HEADS } from './lexicon.ts';
import { ADDRESSEE_VERBS, ADDRESSEE_NEXT, ORIGIN_PREPS, GOODS_LINKS, ORIGIN_PARTICIPLES, IN_WORD, MEASURE_NOUNS } from './lexicon.ts';
import { CLASS_QUANTIFIERS, CLASS_NOUNS, BACKER_PARTICIPLES, JUDGING_VERBS } from './lexicon.ts';
import { isCaseCitation, releaseDatelineEnd, seatPhraseAt, PUBLIC_KINDS, type Entity, type Mention, type SentenceInfo, type Registry } from './entities.ts';
import type { EntityKind, EventType } from './index.ts';

export interface Agent { name: string; kind: EntityKind; country?: string | null; org?: string | null; role?: string | null }
export interface RawEvent {
  type: EventType;
  actor: Agent | null;
  target: Agent | null;
  needActor: boolean;
  needTarget: boolean;
  anaphor: boolean;
  info: SentenceInfo;
  field: 'text' | 'title';
  conf: number;
  order: number;
  tpos: number; // trigger offset within the sentence
  passive?: boolean;
  quote: string | null;
  pattern: string;                       // id of the trigger pattern that fired (--explain)
  how: { actor: string; target: string }; // how each role was filled (--explain)
  via?: { actor?: string; target?: string }; // the description or pronoun that filled a role (--explain)
  pluralObject?: boolean;                // the object is a counted plural of parties, named later or dropped (plurals.ts)
}

/** The descriptions or pronouns ("the company", "He") that filled the roles, for --explain. */
function viaOf(a: Mention | undefined, t: Mention | undefined): { via?: { actor?: string; target?: string } } {
  return a || t ? { via: { ...(a ? { actor: a.surface } : {}), ...(t ? { target: t.surface } : {}) } } : {};
}

/** How an actor taken from the previous sentences is explained. */
export const CARRIED = 'carried over: last speaker or actor';
/** How a denial's target named as the owner of the claims ("Quillon's claims", "accusations by Quillon") is explained. */
export const NAMED_ACCUSER = 'accuser named in the sentence';
export const JURY_ACTOR = 'the grand jury of an article naming no prosecuting authority';

const AUTHORITY: EntityKind[] = ['government', 'regulator', 'court', 'legislature', 'person'];
/** Kinds that author a legal step a party undergoes (an agreement the department reached with X). */
const UNDERGO_AUTHORS: EntityKind[] = ['government', 'regulator'];

/** Whether a token slot is empty or an article. */
const optionalArticle = (w: string): boolean => w === '' || ARTICLES.test(w);
/** Whether a token is "that", a comma or a quotation mark (a reporting verb that also means something else reports next to one). */
const thatOrQuote = (w: string): boolean => w === COMPLEMENTISER || /^(?:,|[“”"‘’'])$/.test(w);

/** The name an event carries for an entity: models speak for their owner, spokespeople and ministries for their state. */
export function agentOf(ent: Entity, reg: Registry): Agent {
  if (ent.kind === 'model' && ent.organisation) {
    const owner = BY_NAME.get(ent.organisation);
    return { name: ent.organisation, kind: owner?.kind ?? 'company' };
  }
  if (ent.kind === 'person' && ent.role === 'spokesperson' && ent.organisation) {
    const org = reg.byKey.get(ent.organisation) ?? [...reg.byKey.values()].find((e) => e.name === ent.organisation);
    if (org && org !== ent) return agentOf(org, reg);
    const gz = BY_NAME.get(ent.organisation);
    if (gz) return agentOf(reg.get(gz), reg);
  }
  return { name: ent.name, kind: ent.kind, country: ent.country, org: ent.kind === 'person' ? ent.organisation : null, role: ent.role };
}

function tokenAt(info: SentenceInfo, absPos: number): number {
  const { toks } = info;
  let lo = 0, hi = toks.length - 1, ans = toks.length;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid].end > absPos) { ans = mid; hi = mid - 1; } else lo = mid + 1;
  }
  return ans;
}

export function prepBefore(info: SentenceInfo, m: Mention): boolean {
  let k = (m.lead ?? m.t0) - 1;
  while (k >= 0 && (DETS.has(info.toks[k].text) || /^\d/.test(info.toks[k].text) || SKIP_BACK.has(info.toks[k].text))) k--;
  if (k < 0) return false;
  const w = info.toks[k].text.toLowerCase();
  if (w === TO && k >= 1 && info.toks[k - 1].text.toLowerCase() === ACCORDING_TO.first) return false;
  return PREPS.has(w);
}

function inParens(info: SentenceInfo, m: Mention): boolean {
  let d = info.depth;
  if (!d) {
    d = new Uint8Array(info.toks.length + 1);
    let depth = 0;
    for (let k = 0; k < info.toks.length; k++) {
      d[k] = depth;
      const w = info.toks[k].text;
      if (w === '(') depth = Math.min(255, depth + 1);
      else if (w === ')') depth = Math.max(0, depth - 1);
    }
    d[info.toks.length] = depth;
    info.depth = d;
  }
  return d[m.t0] > 0;
}

/** Whether a mention is the agent of a maker participle ("models made by X and Y"): the maker, not a prepositional object. */
/** "hackers backed by the Iranian government", "a group linked to the Chinese state": a state behind an unnamed group, right after a backing participle and its preposition. */
function backerOf(info: SentenceInfo, m: Mention): boolean {
  if (m.ent.kind !== 'government') return false;
  const { toks } = info;
  let k = (m.lead ?? m.t0) - 1;
  while (k >= 0 && DETS.has(toks[k].text)) k--;
  return k >= 1 && PREPS.has(toks[k].text) && BACKER_PARTICIPLES.test(toks[k - 1].text);
}

function makerBy(info: SentenceInfo, m: Mention): boolean {
  const { toks } = info;
  let k = (m.lead ?? m.t0) - 1;
  while (k >= 0 && DETS.has(toks[k].text)) k--;
  if (k >= 1 && toks[k].text === AGENT_BY) return MAKER_AGENT_VERBS.test(toks[k - 1].text);
  if (k >= 0 && (toks[k].text === LIST_AND || toks[k].text === ',')) {
    const prev = info.mentions.find((x) => x.t1 === k);
    return !!prev && makerBy(info, prev);
  }
  return false;
}

/** Whether a word after a subject reads as its verb: a modal, an auxiliary or a verb by its first reading ("will", "has", "sued"). */
const verbNext = (w: string): boolean => /^\p{Ll}/u.test(w) && (MODALS.has(w) || AUXILIARIES.test(w) || (posTags(w)?.[0] ?? '').startsWith('VB') || posTags(w)?.[0] === 'MD');

/** Acts coordinated after a reported clause that are the reporter's own (DEMAND since session 9; the rest session 11; not legal
 * steps: "a jury found that X … and awarded Y damages" is a ruling the engine gives the court of the case). */
const REPORTER_COORDINATED_TYPES: readonly EventType[] = ['DEMAND', 'RESTRICTION', 'INVESTIGATION'];

function clauseStart(info: SentenceInfo, ti: number, relative = false): number {
  for (let k = ti - 1; k >= 0; k--) {
    const w = info.toks[k].text;
    // ", which have a partnership, have copied": a relative clause closed before the trigger is not its clause.
    if (relative && RELATIVE_WHO_WHICH.has(w) && k > 0 && info.toks[k - 1].text === ',' && info.toks.slice(k + 1, ti).some((x) => x.text === ',')) continue;
    // "X, a reseller that sued Y": "that" after an apposition opens a relative clause on X, not a complement clause.
    if (APPOSITION_RELATIVES.test(w) && CLAUSE_COMPLEMENTISERS.has(w) && appositionOwner(info, k - 1)) continue;
    if (w === ';' || w === ':' || CLAUSE_COMPLEMENTISERS.has(w)) return k + 1;
    // "Quillon said the FTC had opened …": a reporting verb followed by a name opens the reported clause.
    // ("added Orrin Defense to its list": a name followed by no verb is the object of "added", not a clause's subject.)
    if (CLAUSE_REPORT_VERBS.test(w) && k + 1 < ti
      && info.mentions.some((m) => !m.mod && (m.lead ?? m.t0) >= k + 1 && (m.lead ?? m.t0) <= k + 2 && m.t1 <= ti && optionalArticle((m.lead ?? m.t0) === k + 2 ? info.toks[k + 1].text : '')
        && !PREPS.has(info.toks[m.t1]?.text ?? ''))) return k + 1;
    // ", while Y did ..." opens a clause with its own subject.
    if (CONTRAST_CONJ.has(w) && k > 0 && info.toks[k - 1].text === ',') return k + 1;
    // "X will withdraw its petitions, and Y will drop its complaint": ", and" before a name and its verb opens a clause
    // (not a list of subjects: "Japan, Canada, and Britain opened …" has no lower-case word before it).
    if (w === LIST_AND && k > 1 && info.toks[k - 1].text === ',' && info.toks.slice(0, k - 1).some((x) => /^\p{Ll}/u.test(x.text) && !DETS.has(x.text))
      && info.mentions.some((m) => !m.mod && (m.t0 === k + 1 || (m.t0 === k + 2 && DETS.has(info.toks[k + 1].text))) && m.t1 <= ti && verbNext(info.toks[m.t1]?.text ?? ''))) return k + 1;
    // "a day after Y sued the company": a subordinate clause with its own subject right after the conjunction.
    // "… after the Commerce Department announced …": the subject may open with a determiner.
    if (SUBORDINATORS.test(w) && k + 1 < ti && info.mentions.some((m) => (m.t0 === k + 1 || (m.t0 === k + 2 && DETS.has(info.toks[k + 1].text) && m.t1 <= ti)) && !m.mod)) return k + 1;
    // "… after a coalition of authors and musicians accused the company …": a subject the article does not name (lower-case
    // words only, up to the act's past-tense verb) opens the subordinate clause just the same.
    // (An indefinite or bare plural subject only: "once again abused" is an adverb, "when it copied" a pronoun the
    // resolver takes up, "after both firms settled" a description of parties.)
    if (SUBORDINATORS.test(w) && k + 1 < ti && ti - k <= 8 && PAST_ENDING.test(info.toks[ti].text)
      && (INDEFINITE_ARTICLES.test(info.toks[k + 1].text) || (PLURAL_ENDING.test(info.toks[k + 1].text) && !THEY.test(info.toks[k + 1].text)))
      && info.toks.slice(k + 1, ti).every((x) => /^\p{Ll}[\p{Ll}-]*$/u.test(x.text)) && !info.mentions.some((m) => m.t0 > k && m.t0 < ti)) return k + 1;
    if (relative && RELATIVE_WHO_WHICH.has(w)) return k + 1;
  }
  return 0;
}

function inQuotedTitle(info: SentenceInfo, m: Mention): boolean {
  if (!info.s.text.includes('“') && !info.s.text.includes('"')) return false;
  for (let k = m.t0 - 1; k >= Math.max(0, m.t0 - 40); k--) {
    const w = info.toks[k].text;
    if (w === '”') return false;
    if (w === '“' || w === '"') return k >= 1 && TITLE_VERBS.test(info.toks[k - 1].text);
  }
  return false;
}

export function usable(info: SentenceInfo, m: Mention): boolean {
  return !m.mod && !m.attr && !inParens(info, m);
}

/** Whether a mention sits inside a parenthetical relative clause (", which is led by Name,") opened after `from`. */
function inRelativeClause(info: SentenceInfo, from: number, m: Mention): boolean {
  const { toks } = info;
  for (let k = (m.lead ?? m.t0) - 1; k > from; k--) {
    if (toks[k].text === ',') return RELATIVE_PRONOUNS.test(toks[k + 1]?.text ?? '') && k + 1 < (m.lead ?? m.t0);
  }
  return false;
}

/** End (the comma) of a fronted adverbial clause opening the sentence ("When X ..., ", "Hours after X ..., "), else -1. */
function frontedClauseEnd(info: SentenceInfo): number {
  let e = info.front;
  if (e === undefined) {
    e = -1;
    const { toks } = info;
    let k = 0;
    if (toks[k] && (/^\d/.test(toks[k].text) || TIME_COUNTS.test(toks[k].text)) && TIME_NOUNS.test(toks[k + 1]?.text ?? '')) k += 2;
    else if (toks[k] && TIME_NOUNS.test(toks[k].text)) k += 1;
    const opens = toks[k] && (k > 0 ? TIME_SUBORDINATORS.test(toks[k].text) : FRONT_SUBORDINATORS.test(toks[k].text));
    if (opens) {
      for (let q = k + 2; q < toks.length && q < 40; q++) if (toks[q].text === ',') { e = q; break; }
    }
    info.front = e;
  }
  return e;
}

/** Whether the lexicon knows a word as a noun only (no verb reading): "inquiry", "retaliation", not "probe" or "ban". */
function nounOnly(word: string): boolean {
  const tags = posTags(word.toLowerCase());
  return !!tags && tags[0].startsWith('NN') && !tags.some((g) => g.startsWith('VB'));
}

/**
 * Whether m is a later member of a list opened by a preposition's object: "In letters to A, B and C, Senator X asked …":
 * B and C belong to the phrase with A; the list closes after its member joined by "and"/"or", so X is the subject.
 */
function inPrepList(info: SentenceInfo, m: Mention): boolean {
  const ms = info.mentions;
  for (let a = 0; a < ms.length && ms[a].t0 < m.t0; a++) {
    if (!prepBefore(info, ms[a])) continue;
    // Only a list closed by its "and"/"or" member: "from the publisher, the Institute ordered …" is an apposition or the
    // phrase's end, no list.
    let prev = ms[a];
    let hit = false;
    for (let b = a + 1; b < ms.length; b++) {
      const gap = info.toks.slice(prev.t1, ms[b].lead ?? ms[b].t0).map((x) => x.text).filter((w) => !DETS.has(w));
      const comma = gap.length === 1 && gap[0] === ',';
      const and = (gap.length === 1 && (gap[0] === LIST_AND || ALTERNATIVE_CONJ.test(gap[0]))) || (gap.length === 2 && gap[0] === ',' && (gap[1] === LIST_AND || ALTERNATIVE_CONJ.test(gap[1])));
      if (!comma && !and) break;
      if (ms[b] === m) hit = true;
      prev = ms[b];
      if (and) return hit;
    }
  }
  return false;
}

export function subjectIn(info: SentenceInfo, from: number, to: number): Mention | null {
  const fe = frontedClauseEnd(info);
  for (const m of info.mentions) {
    if ((m.lead ?? m.t0) < from || m.t1 > to) continue;
    // "When the guards found X, prosecutors said ...": a name inside the fronted clause is not the main clause's subject.
    if (fe > 0 && m.t0 < fe && to > fe + 1) continue;
    // "According to X, Y sued Z": the source of the report is not the clause's subject.
    if (m.t0 >= 2 && TO_WORD.test(info.toks[(m.lead ?? m.t0) - 1]?.text ?? '') && ACCORDING.test(info.toks[(m.lead ?? m.t0) - 2]?.text ?? '')) continue;
    const opensClause = from > 0 && (m.t0 === from || (m.t0 === from + 1 && DETS.has(info.toks[from].text))) && SUBORDINATORS.test(info.toks[from - 1].text);
    if (!usable(info, m) || (prepBefore(info, m) && !opensClause && !bodyOfAgents(info, from, m)) || inQuotedTitle(info, m) || inRelativeClause(info, from, m)) continue;
    if (inPrepList(info, m)) continue;
    return m;
  }
  return null;
}

/** "Officials of the Authority raided …", "Investigators from the Commission …": the body the clause's first noun acts for. */
function bodyOfAgents(info: SentenceInfo, from: number, m: Mention): boolean {
  let p = (m.lead ?? m.t0) - 1;
  if (DEFINITE_ARTICLE.test(info.toks[p]?.text ?? '')) p--;
  // "Regulators in South Korea", "Officials in Berlin": people of a state, named by where they sit.
  const ofState = m.ent.kind === 'government' && !!m.ent.country && m.ent.name === m.ent.country
    && AGENT_OF_STATE_PREPS.test(info.toks[p]?.text ?? '') && AGENT_OF_STATE_NOUNS.test(info.toks[p - 1]?.text ?? '');
  if (p - 1 < from || p - 1 > from + 2 || !(ofState || AGENT_OF_BODY_PREPS.test(info.toks[p]?.text ?? '') && AGENT_OF_BODY_NOUNS.test(info.toks[p - 1].text))) return false;
  // Only a determiner, number or adjective before the noun ("Two officials of", "EU investigators from"): no name, no comma.
  for (let k = from; k < p - 1; k++) if (/[,;:]/.test(info.toks[k].text) || info.mentions.some((y) => y.t0 <= k && y.t1 > k)) return false;
  return true;
}

/** Whether the name at token l is a helper or partner: "with the help of X", "in cooperation with X", "alongside X". */
function helperAt(toks: SentenceInfo['toks'], l: number): boolean {
  if (DEFINITE_ARTICLE.test(toks[l - 1]?.text ?? '')) l--;
  const p1 = toks[l - 1]?.text.toLowerCase() ?? '';
  const p2 = toks[l - 2]?.text ?? '';
  if (p1 === HELPER_PREPS.alone || (p1 === HELPER_PREPS.withTogether && TOGETHER.test(p2))) return true;
  return HELP_PREPS.test(p1) && HELP_NOUNS.test(p2);
}

/** Whether token k ends an opener of a list's members: "including", "namely", "among them", "such as". */
function includingEnds(toks: SentenceInfo['toks'], k: number): boolean {
  return INCLUDING.test(toks[k].text) || (k > 0 && INCLUDING_SECOND.test(toks[k].text) && INCLUDING_FIRST.test(toks[k - 1].text));
}

/**
 * The index of "it" as the object of the act at [from, to]: right after the verb or after a preposition that ends the
 * pattern ("opened an inquiry into it"), and not the subject of a clause of its own ("… said it would …"); else -1.
 */
function itObjectAt(info: SentenceInfo, from: number, to: number): number {
  const { toks } = info;
  const end = PREPS.has(toks[to]?.text.toLowerCase() ?? '') ? to + 1 : to;
  for (let k = from; k <= Math.min(end, toks.length - 1); k++) {
    if (toks[k].text !== IT_WORD) continue;
    if (k > from && !PREPS.has(toks[k - 1].text.toLowerCase())) return -1;
    const next = toks[k + 1]?.text ?? '';
    const tags = /^\p{Ll}/u.test(next) ? posTags(next) ?? [] : [];
    if (tags[0] === 'MD' || (tags[0] ?? '').startsWith('VB') && !PARTICIPLE_PREPS.test(next)) return -1;
    return k;
  }
  return -1;
}

/**
 * Whether the participle at ti is an adjective between a verb and its object noun ("to ship restricted chips", "sold
 * sanctioned equipment"): a lower-case verb before it that is no auxiliary, and a lower-case common noun after it.
 */
function attributiveAfterVerb(toks: SentenceInfo['toks'], ti: number): boolean {
  const prev = toks[ti - 1].text, next = toks[ti + 1]?.text ?? '';
  if (!/^\p{Ll}/u.test(prev) || !/^\p{Ll}/u.test(next) || AUXILIARIES.test(prev) || BE.has(prev)) return false;
  const pt = posTags(prev) ?? [], nt = posTags(next) ?? [];
  return pt.some((t) => /^VB[DNPZ]?$/.test(t)) && /^NNS?$/.test(nt[0] ?? '');
}

/** Whether token ti lies in the "as"-complement of a condemning verb of its clause ("denounced the tariffs as bullying"). */
function condemnedAs(toks: SentenceInfo['toks'], cs: number, ti: number): boolean {
  const as = toks.findIndex((x, k) => k >= Math.max(cs, ti - 8) && k < ti && x.text === AS_WORD);
  return as > 0 && toks.slice(Math.max(cs, as - 8), as).some((x) => CONDEMN_AS_VERBS.test(x.text));
}

/**
 * The subject of a relative clause opened by a preposition and "which"/"whom", right before the act ("a lawsuit in which
 * Korvel accused Tessmark of …", "the case in which the Commission fined X"), or null.
 */
function prepRelativeSubject(info: SentenceInfo, ti: number): Mention | null {
  const { toks } = info;
  const m = info.mentions.find((x) => (x.t1 === ti || (x.t1 === ti - 1 && ADVERB_ENDING.test(toks[ti - 1].text))) && usable(info, x));
  if (!m) return null;
  let k = (m.lead ?? m.t0) - 1;
  while (k > 0 && (DETS.has(toks[k].text) || /^\p{Ll}/u.test(toks[k].text) && !PREPS.has(toks[k].text) && !OBJECT_RELATIVES.test(toks[k].text) && (m.lead ?? m.t0) - k <= 3)) k--;
  return k >= 1 && OBJECT_RELATIVES.test(toks[k].text) && PREPS.has(toks[k - 1].text.toLowerCase()) ? m : null;
}

/**
 * The party an apposition ending at token `end` describes: "X, a Lisbon-based reseller" or "X, the consumer group in
 * Ghent" — a comma, an article, then at most eight words with no verb, comma or other party of their own kind, right after
 * X's name. Null when the words before `end` are no such apposition.
 */
function appositionOwner(info: SentenceInfo, end: number): Mention | null {
  const { toks } = info;
  for (let c = end - 1; c >= Math.max(1, end - 9); c--) {
    const w = toks[c].text;
    if (w === ',') {
      if (!APPOSITION_ARTICLES.test(toks[c + 1]?.text ?? '') || c + 1 >= end) return null;
      const m = info.mentions.find((x) => x.t1 === c && usable(info, x) && !x.mod && x.ent.kind !== 'model');
      return m ?? null;
    }
    if (/^\p{Ll}/u.test(w) && !w.includes('-') && /^(?:VB[DPZ]?|MD)$/.test(posTags(w)?.[0] ?? '')) return null;
    if (!/^[\p{L}\p{N}'’&.-]+$/u.test(w)) return null;
    if (info.mentions.some((x) => x.t0 <= c && x.t1 > c && x.ent.kind !== 'government')) return null;
  }
  return null;
}

/**
 * The antecedent of a relative clause opened by "which"/"who" after a comma, whose verb is at ti with at most a time
 * phrase or an adverb between ("X, which last month accused Y", "X, who in March sued Y"), or null.
 */
function commaRelativeBefore(info: SentenceInfo, ti: number): Mention | null {
  const { toks } = info;
  let r = -1;
  for (let k = ti - 1; k >= Math.max(1, ti - 4); k--) {
    if (SUBJECT_RELATIVES.test(toks[k].text) || APPOSITION_RELATIVES.test(toks[k].text)) { r = k; break; }
    if (info.mentions.some((m) => m.t0 <= k && m.t1 > k)) return null;
  }
  if (r < 1) return null;
  // Between the pronoun and the verb only a time phrase or adverbs: no verb of its own ("which said Y …").
  for (let k = r + 1; k < ti; k++) if (/^\p{Ll}/u.test(toks[k].text) && /^(?:VB[DPZ]?|MD)$/.test(posTags(toks[k].text)?.[0] ?? '') && !AUXILIARIES.test(toks[k].text)) return null;
  // "X, a Lisbon-based reseller, which accused Y", "X, a reseller in Lisbon that sued Y": the clause describes the noun of
  // an apposition, which is X.
  const app = appositionOwner(info, toks[r - 1].text === ',' ? r - 2 : r - 1);
  if (app) return app;
  if (toks[r - 1].text !== ',' || !SUBJECT_RELATIVES.test(toks[r].text)) return null;
  const ante = info.mentions.find((m) => m.t1 === r - 1 && usable(info, m) && !m.mod);
  // "… (MUI), which …": an acronym in parentheses after the name.
  const paren = !ante && toks[r - 2]?.text === ')' ? info.mentions.find((m) => toks[m.t1]?.text === '(' && usable(info, m) && !m.mod && m.t1 >= r - 5) : undefined;
  const m = ante ?? paren ?? null;
  return m;
}

/**
 * Whether a preposition opens a description right before the name ("at Brno chipmaker X", "of the Delft
 * chip-design firm X"): up to five words, none a verb, the last a common noun, between the preposition and the name.
 */
function describedAfterPrep(info: SentenceInfo, m: Mention): boolean {
  const { toks } = info;
  const lead = m.lead ?? m.t0;
  // ("at Brno chipmaker Tennick": the describing noun may be the mention's own lead word.)
  const ownNoun = m.lead !== undefined && m.lead < m.t0;
  const last = toks[lead - 1]?.text ?? '';
  // (A noun the lexicon does not know, "chipmaker", counts as one.)
  if (!ownNoun && (!/^\p{Ll}[\p{Ll}-]*$/u.test(last) || !/^NNS?$/.test(posTags(last)?.[0] ?? 'NN'))) return false;
  for (let k = ownNoun ? lead - 1 : lead - 2; k >= Math.max(0, lead - 7); k--) {
    const w = toks[k].text;
    if (DESCRIBED_PARTY_PREPS.test(w)) return true;
    if (!/^[\p{L}-]+$/u.test(w) || (/^\p{Ll}/u.test(w) && /^(?:VB[DPZ]?|MD)$/.test(posTags(w)?.[0] ?? ''))) return false;
  }
  return false;
}

/** The word before token k, past any determiners ("to the ministry" → "to"). */
function wordBefore(toks: SentenceInfo['toks'], k: number): string {
  let q = k - 1;
  while (q > 0 && DETS.has(toks[q].text)) q--;
  return toks[q]?.text ?? '';
}

/**
 * Who "it" as an act's object is: the nearest party named before the act in the sentence that is not the actor's, a
 * person, a modifier or a place; else the last sentence's subject, else the last party acted on, when not the actor's.
 */
function itAntecedent(info: SentenceInfo, cs: number, ti: number, actorName: string | null, reg: Registry, ctx: SentCtx): { m?: Mention; agent: Agent; how: string } | null {
  const { toks } = info;
  const before = info.mentions.filter((m) => m.t1 <= ti && usable(info, m) && !m.mod && !m.attr && m.ent.kind !== 'person'
    && (!prepBefore(info, m) || IT_ANTECEDENT_PREPS.test(wordBefore(toks, m.lead ?? m.t0))) && agentOf(m.ent, reg).name !== actorName);
  // The act's own subject right before the verb is never its object's antecedent ("… in which X accused it of …").
  // (A participle's own noun before it, "wrote to the regulator asking it to …", may be.)
  const finite = !GERUND_ENDING_I.test(toks[ti].text);
  const near = before.filter((m) => !finite || !(m.t1 === ti || (m.t1 === ti - 1 && ADVERB_ENDING.test(toks[ti - 1].text)))).pop();
  if (near) return { m: near, agent: agentOf(near.ent, reg), how: '"it": the nearest party named before the act' };
  // Another sentence only when this one names no other party before the act.
  if (before.length || cs > 0 && info.mentions.some((m) => m.t1 <= cs && agentOf(m.ent, reg).name !== actorName)) return null;
  const prev = ctx.lastSubject && ctx.lastSubject.name !== actorName && ctx.lastSubject.kind !== 'person' ? ctx.lastSubject : null;
  if (prev) return { agent: prev, how: '"it": the last sentence\'s subject' };
  const acted = ctx.lastGroup?.targets.length === 1 ? ctx.lastGroup.targets[0] : null;
  if (acted && acted.name !== actorName && acted.kind !== 'person') return { agent: acted, how: '"it": the last party acted on' };
  return null;
}

/**
 * "charged a former Brisquay engineer, Owen Ilmore, with …", "fined the local reseller, Tolven, for …": an object told by a
 * description (an article, then at most seven words in lower case or names modifying them) and named after a comma
 * is that name. Returns the name's first token, or `from` when the words there are no such description.
 */
function describedObjectStart(info: SentenceInfo, from: number): number {
  const { toks } = info;
  if (!APPOSITION_ARTICLES.test(toks[from]?.text ?? '')) return from;
  for (let k = from + 1; k < toks.length && k <= from + 8; k++) {
    const w = toks[k].text;
    if (w === ',') {
      if (k === from + 1) return from;
      const m = info.mentions.find((x) => (x.lead ?? x.t0) === k + 1 && usable(info, x));
      const next = toks[m?.t1 ?? -1]?.text ?? '';
      return m && (next === ',' || PREPS.has(next.toLowerCase()) || next === '.' || next === '') && !SAID_VERBS.test(toks[(m.t1) + 1]?.text ?? '') ? k + 1 : from;
    }
    if (/^\p{Ll}[\p{Ll}-]*$/u.test(w) && !PREPS.has(w) && !COORDINATORS.test(w) && !/^(?:VB[DPZ]?|MD)$/.test(posTags(w)?.[0] ?? '')) continue;
    // A name inside the description modifies it ("a former Brisquay engineer"): one the text has not found as a party, or a modifier.
    const inside = info.mentions.find((x) => x.t0 <= k && x.t1 > k);
    if (inside ? inside.mod : /^\p{Lu}[\p{L}-]*$/u.test(w)) continue;
    return from;
  }
  return from;
}

function objectsAfter(info: SentenceInfo, from0: number, exclude: string | null, reg: Registry, maxGap = 14, limit = Infinity): Mention[] {
  const { toks, mentions } = info;
  const from = describedObjectStart(info, from0);
  let first: Mention | null = null;
  let placeEnd = -1;
  for (const m of mentions) {
    if ((m.lead ?? m.t0) < from || !usable(info, m)) continue;
    if ((m.lead ?? m.t0) - from > maxGap || m.t0 >= limit) break;
    if (exclude && agentOf(m.ent, reg).name === exclude) continue;
    // A preposition that ends the pattern itself ("information from X") introduces its object.
    if (PLACE_PREP_BEFORE(info, m) && (m.lead ?? m.t0) !== from) { placeEnd = m.t1; continue; }
    // "entities in Ostmark and Dastia": a name coordinated with a place is a place too.
    if (placeEnd > 0 && (m.lead ?? m.t0) > placeEnd && toks.slice(placeEnd, m.lead ?? m.t0).every((x) => LIST_SEP.has(x.text))) { placeEnd = m.t1; continue; }
    if (placeConjunct(info, m)) { placeEnd = m.t1; continue; }
    // ("consultations with the United States" ending the pattern: its own preposition introduces the object.)
    const atFrom = (m.lead ?? m.t0) === from || ((m.lead ?? m.t0) === from + 1 && DEFINITE_ARTICLE.test(toks[from]?.text ?? ''));
    if (!atFrom && helperAt(toks, m.lead ?? m.t0)) continue;
    // "…, according to Reuters": the source of the report is no object.
    if ((m.lead ?? m.t0) >= 2 && TO_WORD.test(toks[(m.lead ?? m.t0) - 1].text) && ACCORDING.test(toks[(m.lead ?? m.t0) - 2].text)) continue;
    // "examining its consistency with Ostmark rules": a body named before a noun of norms names the norms, not a party.
    if (NORM_NOUNS.test(toks[m.t1]?.text ?? '')) continue;
    // "…, and Dastia will consider …": a name after ", and" before its own verb opens a clause of its own.
    const lead = m.lead ?? m.t0;
    if (lead > from + 1 && toks[lead - 1].text === LIST_AND && toks[lead - 2].text === ',' && verbNext(toks[m.t1]?.text ?? '')) break;
    // "banned Quillon chips after Marrowby accused …": the subject of a following subordinate clause is no object.
    // ("…, weeks after the U.S. tightened …": also with a determiner between.)
    let sb = (m.lead ?? m.t0) - 1;
    while (sb > from && DETS.has(toks[sb].text)) sb--;
    // ("an investigation into whether Quillon processed …": after only a preposition, an open question's subject is what
    // the act is about, as in "investigating whether Quillon …".)
    if ((m.lead ?? m.t0) > from && SUBORDINATORS.test(toks[sb].text) && sb > from
      && !(CONDITION_CONJ.test(toks[sb].text) && toks.slice(from, sb).every((x) => PREPS.has(x.text.toLowerCase())))) break;
    let blocked = false;
    for (let k = from; k < m.t0; k++) if (toks[k].text === ';' || toks[k].text === '?') { blocked = true; break; }
    if (blocked) break;
    first = m;
    break;
  }
  // "added six entities in Ostmark to the list, including A, B and C": with no named object, the members named after
  // "including" a noun of parties are the objects.
  if (!first) {
    const inc = toks.findIndex((x, k) => k >= from && k - from <= maxGap + 4 && k < limit && includingEnds(toks, k));
    if (inc > 0 && toks.slice(from, inc).some((x) => PARTY_GROUP_NOUNS.test(x.text)) && !toks.slice(from, inc).some((x) => x.text === ';')) {
      first = mentions.find((m) => (m.lead ?? m.t0) > inc && (m.lead ?? m.t0) <= inc + 3 && usable(info, m) && !m.mod && !m.attr) ?? null;
    }
  }
  if (!first) return [];
  const out = [first];
  let prev = first;
  // The preposition that introduces the first member, which a gapped member may repeat ("… on A and 2 million euros on B").
  let pb = (first.lead ?? first.t0) - 1;
  while (pb > 0 && DETS.has(toks[pb].text)) pb--;
  const introPrep = pb >= from && PREPS.has(toks[pb]?.text.toLowerCase() ?? '') ? toks[pb].text.toLowerCase() : null;
  let appEnd = -1;
  for (const m of mentions) {
    if (m.t0 < prev.t1 || m === prev) continue;
    if (m.t0 >= limit) break;
    if (m.mod || m.attr) continue;
    if (toks[prev.t1]?.text === '(' && inParens(info, m)) continue;
    // A name inside an apposition of the last member ("A, a rival of Dastia, and B") is no member.
    if (m.t0 < appEnd) continue;
    {
      // "A, 52, and B", "A and its chief operating officer, B", "4 million euros on A and 2 million euros on B".
      const ae = appositionEnd(info, prev.t1);
      if (ae > 0 && m.t0 < ae) { appEnd = ae; continue; }
      if (listGap(info, ae > 0 ? ae : prev.t1, m.lead ?? m.t0, introPrep) && !(ae < 0 && plainListGap(info, prev.t1, m.lead ?? m.t0))) {
        if (!(exclude && agentOf(m.ent, reg).name === exclude) && !out.some((x) => x.ent === m.ent)) out.push(m);
        prev = m;
        continue;
      }
    }
    let ok = true;
    let sawSep = false;
    for (let k = prev.t1; k < (m.lead ?? m.t0); k++) {
      const w = toks[k].text;
      // "Marrowby Components (Dastia) and Tessaly": a short parenthesis after a member (its seat, its acronym) is skipped.
      if (w === '(' && k === prev.t1) {
        const close = toks.findIndex((x, q) => q > k && q <= k + 5 && x.text === ')');
        if (close > 0) { k = close; continue; }
      }
      if (w === '(' || w === ')') { ok = false; break; }
      // "Marrowby and engineers Ada Vell and Tomas Brin": a plural noun right before a member describes the members.
      if (k === (m.lead ?? m.t0) - 1 && k > prev.t1 && LOWER_PLURAL.test(w) && posTags(w)?.[0] === 'NNS') continue;
      if (!LIST_SEP.has(w)) { ok = false; break; }
      if (w !== ARTICLE_THE) sawSep = true;
    }
    if (!ok || !sawSep) break;
    // "…, the Justice Department said": a name after a comma and before a speech verb speaks; it is no member.
    if (SAID_VERBS.test(toks[m.t1]?.text ?? '')) break;
    if (m.ent.kind === 'person' && m.ent.organisation && agentOf(prev.ent, reg).name === m.ent.organisation) { prev = m; continue; }
    if (out.some((x) => x.ent === m.ent)) { prev = m; continue; } // an appositive ("the Board, the regulator set up ...")
    if (!(exclude && agentOf(m.ent, reg).name === exclude)) out.push(m);
    prev = m;
  }
  // "added 14 Chinese entities to its Entity List, including X, Y and Z": each named member too.
  const inc = toks.findIndex((x, k) => k >= prev.t1 && k - prev.t1 <= 12 && includingEnds(toks, k));
  // Only a list of parties ("entities", "companies", or a name) is expanded: "characters, including ..." names none.
  const head = inc > 0 ? (toks[inc - 1].text === ',' ? inc - 2 : inc - 1) : -1;
  let after = inc + 1;
  while (after < toks.length && /^\p{Ll}/u.test(toks[after].text) && after - inc <= 4) after++;
  const partyList = head >= 0 && (head < prev.t1 || PARTY_GROUP_NOUNS.test(toks[head].text) || PARTY_GROUP_NOUNS.test(toks[prev.t1 - 1].text)
    || (after - 1 > inc && PARTY_GROUP_NOUNS.test(toks[after - 1].text)));
  if (inc >= 0 && partyList && !toks.slice(prev.t1, inc).some((x) => x.text === ';')) {
    const more = mentions.filter((m) => m.t0 > inc && !m.mod && !m.attr);
    let last = inc + 1;
    for (const m of more) {
      if (toks.slice(last, m.lead ?? m.t0).some((x) => !LIST_SEP.has(x.text) && !/^\p{Ll}/u.test(x.text) && x.text !== AI_ACRONYM && !SKIP_BACK.has(x.text))) break;
      if ((m.lead ?? m.t0) - last > 6) break;
      if (!(exclude && agentOf(m.ent, reg).name === exclude) && !out.includes(m)) out.push(m);
      last = m.t1;
    }
  }
  return out;
}

/**
 * Where an apposition after a list member closes before the list goes on: "A, 52, and B", "A, a chip designer, and B",
 * "A, based in Dalmore, and B", also two in a row ("A, 52, a former engineer, and B"). The closing comma's index, or -1.
 */
function appositionEnd(info: SentenceInfo, at: number): number {
  const { toks } = info;
  if (toks[at]?.text !== ',') return -1;
  let open = at + 1;
  for (let k = at + 1; k < toks.length && k <= at + 16; k++) {
    const t = toks[k].text;
    if (k === open) {
      if (!APPOSITION_OPENERS.test(t) && !AMOUNT_FORM.test(t)) return -1;
      continue;
    }
    if (t === ',') {
      const nx = toks[k + 1]?.text ?? '';
      if (nx !== ',' && MEMBER_CONJ.test(nx)) return k;
      open = k + 1;
      continue;
    }
    if (/^[;:()"“”?—–]$/.test(t)) return -1;
    // A clause of its own ("A, the company said, …", "A, which makes chips, …") is no apposition of a member.
    if (/^\p{Ll}/u.test(t) && /^(?:VB[DZP]|MD)$/.test(posTags(t)?.[0] ?? '')) return -1;
  }
  return -1;
}

/** A word of a lower-case description before a name ("the magazine publisher", "its chief operating officer"). */
function descriptionWord(w: string): boolean {
  return /^\p{Ll}[\p{Ll}-]*$/u.test(w) && /^(?:NN|NNS|JJ)$/.test(posTags(w)?.[0] ?? 'NN');
}

/**
 * Whether tokens [a, b) join two members of one list of parties: separators ("and", commas), amounts and a repeated
 * preposition of a gapped list ("4 million euros on A and 2 million euros on B", "fined A EUR 3m and B EUR 1m"), then
 * an optional description of the next member after its determiner ("and its chief operating officer, B", "and the
 * regional broadcaster B").
 */
function listGap(info: SentenceInfo, a: number, b: number, prep: string | null): boolean {
  const { toks } = info;
  let sawSep = false;
  let k = a;
  // "Quillon Labs of Shenzhen and Marrowby Systems": a member's seat after it ("of" and one capitalised word).
  if (seatPhraseAt(toks, k) && k + 2 < b) k += 2;
  for (; k < b; k++) {
    const w = toks[k].text;
    if (MEMBER_CONJ.test(w)) { sawSep = true; continue; }
    if (sawSep && MEMBER_DESC_DETERMINERS.test(w)) { k++; break; }
    if (AMOUNT_FORM.test(w) || AMOUNT_WORDS.test(w)) continue;
    if (prep && sawSep && w.toLowerCase() === prep) continue;
    if (LIST_SEP.has(w) && !/^[:—–-]$/.test(w)) continue;
    break;
  }
  if (!sawSep) return false;
  if (k === b) return true;
  if (!MEMBER_DESC_DETERMINERS.test(toks[k - 1]?.text ?? '')) return false;
  // The description: up to five lower-case nouns and adjectives, a comma before the name allowed.
  let n = 0;
  for (; k < b; k++) {
    const w = toks[k].text;
    if (w === ',' && k === b - 1) break;
    if (n >= 5 || !(descriptionWord(w) || (LIST_SEP.has(w) && /^\p{Ll}[\p{Ll}-]*$/u.test(w)))) return false;
    n++;
  }
  return n > 0;
}

/**
 * A plural description that takes up parties named together, from token a: "both companies", "the two firms", "each of
 * the three groups", "these companies". Returns its end and the kinds of party its head may take up ([] = any), or null.
 */
function groupRefAt(toks: { text: string }[], a: number): { end: number; kinds: readonly string[]; count: number | null; counted: boolean } | null {
  const open = toks[a]?.text ?? '';
  if (!GROUP_REF_OPENERS.test(open)) return null;
  let k = a + 1;
  let count: number | null = GROUP_REF_NUMBERS[open.toLowerCase()] ?? null;
  while (k < toks.length && k - a <= 4 && GROUP_REF_FILLERS.test(toks[k].text)) {
    const w = toks[k].text.toLowerCase();
    count = GROUP_REF_NUMBERS[w] ?? (/^\d+$/.test(w) ? Number(w) : count);
    k++;
  }
  // "the companies" takes them up too; "all companies" is a class.
  if (count === null && !GROUP_REF_COUNTED.test(open)) return null;
  // One adjective or demonym may stand before the head ("the two Dalmoran firms", "both rival companies").
  if (!GROUP_REF_HEADS.some(([re]) => re.test(toks[k]?.text ?? '')) && /^[\p{L}-]+$/u.test(toks[k]?.text ?? '')) k++;
  const head = GROUP_REF_HEADS.find(([re]) => re.test(toks[k]?.text ?? ''));
  return head ? { end: k + 1, kinds: head[1], count, counted: count !== null } : null;
}

/**
 * The side of the last joint act that a plural description takes up: the parties of its kinds and number, first on
 * the side given first (a subject takes up actors before targets, an object targets before actors).
 */
function groupSide(group: SentCtx['lastGroup'], ref: { kinds: readonly string[]; count: number | null }, first: 'actors' | 'targets'): Agent[] | null {
  if (!group) return null;
  const fits = (xs: Agent[]) => xs.length >= 2 && (ref.count === null || ref.count === xs.length) && xs.every((x) => !ref.kinds.length || ref.kinds.includes(x.kind));
  const [a, b] = first === 'actors' ? [group.actors, group.targets] : [group.targets, group.actors];
  return fits(a) ? a : fits(b) ? b : null;
}

/** Whether tokens [a, b) hold only list separators (the plain list the older check reads). */
function plainListGap(info: SentenceInfo, a: number, b: number): boolean {
  return info.toks.slice(a, b).every((x) => LIST_SEP.has(x.text));
}

/** "in Ostmark and Dastia": a name after "and" or a comma whose first conjunct, a capitalised name, follows a place preposition. */
function placeConjunct(info: SentenceInfo, m: Mention): boolean {
  const { toks } = info;
  let k = (m.lead ?? m.t0) - 1;
  if (k < 2 || !(toks[k].text === LIST_AND || toks[k].text === ',')) return false;
  k--;
  let n = 0;
  while (k >= 0 && n < 4 && /^\p{Lu}/u.test(toks[k].text)) { k--; n++; }
  if (!n || k < 0) return false;
  while (k >= 0 && DETS.has(toks[k].text)) k--;
  return k >= 0 && NON_OBJECT_PREPS.has(toks[k].text.toLowerCase());
}

function PLACE_PREP_BEFORE(info: SentenceInfo, m: Mention): boolean {
  let k = (m.lead ?? m.t0) - 1;
  // "in southern Dalmore": a compass adjective keeps the name a place.
  while (k >= 0 && (DETS.has(info.toks[k].text) || /^\d/.test(info.toks[k].text) || SKIP_BACK.has(info.toks[k].text) || COMPASS.test(info.toks[k].text))) k--;
  if (k < 0) return false;
  const w = info.toks[k].text.toLowerCase();
  // "ahead of Diwali", "in the wake of X", "because of X": a compound preposition of time or cause names no object.
  if (w === GENITIVE && k > 0 && OF_CAUSE_HEADS.test(info.toks[k - 1].text)) return true;
  // "the partnership between A and B": after a relation noun "between" names the parties.
  if (w === BETWEEN && k > 0 && RELATION_NOUNS.test(info.toks[k - 1].text)) return false;
  // "stop buying chips from Acme", "orders from Acme": after words of buying "from" names the seller.
  if (FROM_WORD.test(w) && info.toks.slice(Math.max(0, k - 3), k).some((x) => PURCHASE_FROM_HEADS.test(x.text))) return false;
  // "an inspection at Acme's Tokyo office", "raids in Acme's premises": the owner of the premises is no place.
  if (IN_AT.test(w) && /^['’]$/.test(info.toks[m.t1]?.text ?? '')) {
    const from = POSSESSIVE_S.test(info.toks[m.t1 + 1]?.text ?? '') ? m.t1 + 2 : m.t1 + 1;
    if (info.toks.slice(from, from + 3).some((x) => PREMISES_NOUNS.test(x.text))) return false;
  }
  return NON_OBJECT_PREPS.has(w);
}

function reportVerbs(info: SentenceInfo): { vi: number; 0: string }[] {
  let l = info.verbs;
  if (!l) {
    l = [];
    REPORT_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = REPORT_RE.exec(info.s.text)) !== null) {
      const vi = tokenAt(info, info.s.start + m.index);
      // A capitalised reporting verb inside a sentence is part of a name ("the United States").
      if (vi > 0 && /^\p{Lu}/u.test(m[0]) && !/^[“"‘'(:—–-]$/.test(info.toks[vi - 1].text)) continue;
      // "X adds 14 firms to a list" is no speech: such a verb reports only next to a clause, a comma or a quotation mark.
      if (REPORT_NEEDS_CLAUSE.test(m[0]) && !thatOrQuote(info.toks[vi + 1]?.text ?? '') && !/^(?:,|[“”"‘’'])$/.test(info.toks[vi - 1]?.text ?? '')) continue;
      // "X was found liable", "X is said to …": a passive reporting verb has no speaker.
      if (vi > 0 && BE.has(info.toks[vi - 1].text) && (posTags(m[0].toLowerCase()) ?? []).includes('VBN')) continue;
      // "agreed to settle claims that it …": after a main verb (not an auxiliary) such a form is the verb's object, no speech.
      if (vi > 0 && REPORT_NOUN_FORMS.test(m[0]) && /^\p{Ll}+$/u.test(info.toks[vi - 1].text) && !AUXILIARIES.test(info.toks[vi - 1].text)
        && (posTags(info.toks[vi - 1].text)?.[0] ?? '').startsWith('VB')) continue;
      // "the agency's claims that …", "its claims": after a possessive or a determiner, a noun.
      if (vi > 1 && REPORT_NOUN_FORMS.test(m[0]) && (DETS.has(info.toks[vi - 1].text) || (/^s$/i.test(info.toks[vi - 1].text) && /^['’]$/.test(info.toks[vi - 2].text)))) continue;
      // "the U.S. claims were groundless", "Quillon's claims are false": a form followed by a finite "be" or "have" is
      // the noun, the subject of that verb, not a reporting verb.
      if (REPORT_NOUN_FORMS.test(m[0]) && FINITE_BE_HAVE.test(info.toks[vi + 1]?.text ?? '')) continue;
      l.push({ vi, 0: m[0] });
    }
    info.verbs = l;
  }
  return l;
}

/**
 * "The lawsuit, brought by X against Y, …", "a complaint filed by X": a legal document opening at `head` (after its
 * determiner) speaks for the agent after its own "by" before `end`; undefined when `head` holds no such document, null
 * when it names no agent.
 */
function documentAgent(info: SentenceInfo, head: number, end: number): Mention | null | undefined {
  const { toks } = info;
  if (head < toks.length && (SUBJECT_DETERMINERS.test(toks[head].text) || INDEFINITE_ARTICLES.test(toks[head].text))) head++;
  if (!toks[head] || !LEGAL_DOCUMENTS.test(toks[head].text)) return undefined;
  const by = toks.findIndex((x, k) => k > head && k < end && x.text === AGENT_BY);
  return by > 0 ? info.mentions.find((x) => x.t0 > by && x.t0 <= by + 2 && !x.mod) ?? null : null;
}

export interface Speaker { m: Mention | null; vi: number; spokes: boolean; afterQuote?: boolean }

/** '"…," she said', '"…," the embassy said': a reporting verb after a closing quotation mark (one ending a quoted clause
 * with a comma or a full stop) has its subject after that mark; the quotation is its object. The first token after the
 * mark, or `from` when there is none within six tokens before the verb. */
const QUOTE_MARKS = /^[”"’]$/;
const QUOTE_ENDERS = /^[,.?!]$/;
const OPENING_QUOTES = /^[“"‘]$/;
function afterClosingQuote(toks: SentenceInfo['toks'], from: number, vi: number): number {
  for (let k = vi - 1; k > from && k >= vi - 6; k--) {
    if (!QUOTE_MARKS.test(toks[k].text) || !QUOTE_ENDERS.test(toks[k - 1]?.text ?? '')) continue;
    // Only a quotation that opens the sentence (or follows a colon or dash): 'Corvane, calling the ruling "flawed," said
    // it would appeal' has a quoted phrase inside its subject's clause.
    let o = k - 2;
    while (o >= 0 && !OPENING_QUOTES.test(toks[o].text)) o--;
    if (o === 0 || (o > 0 && /^[:—–-]$/.test(toks[o - 1].text))) return k + 1;
    return from;
  }
  return from;
}

/** "a spokesperson for Quillon" between from and to: the organisation the spokesperson speaks for, or null. */
function spokesFor(info: SentenceInfo, from: number, to: number): Mention | null {
  const { toks } = info;
  for (let k = from; k < to; k++) {
    if (!SPEAKER_FOR_NOUNS.test(toks[k].text) || !ROLE_ORG_PREPS.test(toks[k + 1]?.text ?? '')) continue;
    // "a rep for Quillon", "a lawyer for the company" (a description's mention opens with its article).
    const at = ARTICLE_THE === (toks[k + 2]?.text ?? '').toLowerCase() ? k + 3 : k + 2;
    // Counsel speaks for its client, a person too ("a lawyer for Tomas Rik").
    const m = info.mentions.find((x) => ((x.lead ?? x.t0) === at || x.t0 === k + 2) && (x.ent.kind !== 'person' || COUNSEL_NOUNS.test(toks[k].text)));
    if (m) return m;
  }
  return null;
}

/**
 * The party counsel speaks for, the counsel named before token `to`: "a lawyer for Vik", "Vik's lawyer" (a mention
 * of a person or an organisation), or null.
 */
function clientOfCounsel(info: SentenceInfo, to: number): Mention | null {
  const { toks } = info;
  for (let k = 0; k < to; k++) {
    if (!COUNSEL_NOUNS.test(toks[k].text)) continue;
    // "a lawyer for Vik": as a spokesperson speaks for a body (spokesFor).
    const forClient = spokesFor(info, k, k + 1);
    if (forClient) return forClient;
    // "Vik's lawyer": the possessor right before the counsel noun.
    const m = info.mentions.find((x) => /^['’]$/.test(toks[x.t1]?.text ?? '') && (x.t1 + 2 === k || (x.t1 + 1 === k && /s$/.test(x.surface ?? ''))));
    if (m) return m;
  }
  return null;
}

/** Speaker of reported speech around token ti: subject of a reporting verb, "said X", or "according to X". */
export function speakerFor(info: SentenceInfo, ti: number): Speaker | null {
  const { toks } = info;
  // A transcript line "Marrowby spokesperson Ada Vell: The claims are baseless." names its speaker before the colon.
  const colon = toks.findIndex((x, k) => k < 8 && x.text === ':');
  // "To Quillon Labs: we urge you …" addresses a letter's section; no speaker is named before its colon.
  if (colon > 0 && ti > colon && !TO_WORD.test(toks[0].text)) {
    const sp = [...info.mentions].reverse().find((x) => x.t1 === colon && !inParens(info, x));
    if (sp && toks.slice(0, sp.t0).every((x) => (/^\p{Lu}/iu.test(x.text) || TURN_WORDS.test(x.text)))) return { m: sp, vi: colon, spokes: false };
  }
  let best: Speaker | null = null;
  for (const m of reportVerbs(info)) {
    const vi = m.vi;
    if (vi === ti) continue;
    const verb = m[0].toLowerCase();
    if (verb === ACCORDING_TO.phrase) {
      // "According to public records, Quillon …": a comma closes the source phrase, and the name after it is the subject.
      let after = info.mentions.find((x) => x.t0 > vi && x.t0 <= vi + 5 && !x.mod && !prepBefore(info, x)
        && !toks.slice(vi + 1, x.t0).some((w) => w.text === ','));
      // "according to a statement from X", "according to a report by X": the one the statement is from.
      if (!after) {
        after = info.mentions.find((x) => x.t0 > vi + 2 && x.t0 <= vi + 7 && (toks[x.t0 - 1]?.text === AGENT_BY || FROM_WORD.test(toks[x.t0 - 1]?.text ?? ''))
          && SPEECH_NOUNS.test(toks[x.t0 - 2]?.text ?? '') && !toks.slice(vi + 1, x.t0).some((w) => w.text === ','));
      }
      // "According to a complaint filed by X, …": the document's author is the source.
      if (!after) {
        const comma = toks.findIndex((x, k) => k > vi + 1 && x.text === ',');
        after = documentAgent(info, vi + 2, comma > 0 ? comma : Math.min(toks.length, vi + 12)) ?? undefined;
      }
      const spokes = toks.slice(vi + 2, vi + 5).some((x) => SPOKES_PREFIX.test(x.text));
      if (after || spokes) best = { m: after ?? null, vi, spokes: !after && spokes };
      continue;
    }
    if (vi < ti && GERUND_ENDING.test(verb) && vi > 0 && !PRESENT_BE_FORMS.has(toks[vi - 1].text)) {
      // "..., claiming/accusing/noting ...": the main clause's subject speaks.
      const subj = subjectIn(info, 0, vi);
      if (subj) best = { m: subj, vi, spokes: false };
      continue;
    }
    if (vi < ti) {
      const cs0 = clauseStart(info, vi);
      const cs = afterClosingQuote(toks, cs0, vi);
      let subj = subjectIn(info, cs, vi);
      // "The lawsuit, brought by X against Y and its partner Z, alleges …": the document speaks for the agent after its "by".
      // Also with the agent alone in the subject ("The complaint, lodged with the board by X, says …").
      const doc = documentAgent(info, cs, vi);
      if (doc !== undefined && (!subj || subj.t0 > cs)) {
        subj = doc;
        if (!subj) continue;
      }
      const spokes = toks.slice(cs, vi).some((x) => SPOKES_PREFIX.test(x.text));
      const forOrg = subj ? null : spokesFor(info, cs, vi);
      if (subj) best = { m: subj, vi, spokes: false };
      else if (forOrg) best = { m: forOrg, vi, spokes: true };
      else if (spokes) best = { m: null, vi, spokes: true };
      else if (SAID_VERBS.test(verb) && toks[vi + 1]?.text !== COMPLEMENTISER) {
        // ("said the U.S. claims were groundless": a name before a noun it qualifies is no speaker after "said".)
        const after = info.mentions.find((x) => x.t0 > vi && x.t0 <= vi + 3 && !prepBefore(info, x) && !x.mod && !x.attr
          && !(/^\p{Ll}/u.test(toks[x.t1]?.text ?? '') && (posTags(toks[x.t1].text)?.[0] ?? '').startsWith('NN')));
        if (after && after.t0 < ti) best = { m: after, vi, spokes: false };
        // '"…," she said': a pronoun after the quotation speaks; no name inside the quotation does.
        else if (cs > cs0) best = { m: null, vi, spokes: false, afterQuote: true };
      } else if (cs > cs0) best = { m: null, vi, spokes: false, afterQuote: true };
    } else if (!best && SAID_VERBS.test(verb)) {
      // Postposed: "..., the spokesperson said." / "..., said Mao."
      const lo = Math.max(ti + 1, vi - 6), from = afterClosingQuote(toks, lo, vi);
      const subj = subjectIn(info, from, vi);
      if (subj) return { m: subj, vi, spokes: false };
      const after = info.mentions.find((x) => x.t0 > vi && x.t0 <= vi + 3);
      // Inverted only after a comma or a quotation ('…," said X'): "companies that have said X is …" names what was said.
      if (after && /^(?:,|[”"’'])$/.test(toks[vi - 1]?.text ?? '')) return { m: after, vi, spokes: false };
      const forOrg = spokesFor(info, Math.max(ti + 1, vi - 4), Math.min(toks.length, vi + 4));
      if (forOrg) return { m: forOrg, vi, spokes: true };
      if (toks.slice(Math.max(ti + 1, vi - 4), Math.min(toks.length, vi + 4)).some((x) => SPOKES_PREFIX.test(x.text))) return { m: null, vi, spokes: true };
      if (from > lo) return { m: null, vi, spokes: false, afterQuote: true };
    }
  }
  return best;
}

/**
 * The party that reported something of `who` in the nearest earlier sentence (up to `back` sentences, the same paragraph
 * or the question a transcript answer follows): a named speaker, not of `who`'s group nor a court, whose reporting verb
 * comes before a mention of `who` in its clause ("The FCC said cameras sold by X send footage abroad").
 */
export function reportedAccuserOf(infos: SentenceInfo[], at: number, who: Agent, group: (a: Agent) => string, reg: Registry, turn = false): Agent | null {
  if (who.kind === 'person' && !who.org) return null;
  const g = group(who);
  const party = (a: Agent | null): a is Agent => !!a && a.kind !== 'court' && a.kind !== 'other_org' && !(a.kind === 'person' && !a.org) && group(a) !== g;
  if (turn) {
    // An answer turn ("Ada Vell: …") answers the turn before it when that turn ends on a question: the party its
    // sentences report speaking or acting, the nearest first.
    const line = infos[at].s.line;
    let q = at - 1;
    while (q >= 0 && at - q <= 12 && infos[q].s.line === line) q--;
    const qLine = q >= 0 ? infos[q].s.line : -1;
    const asked = q >= 0 && infos[q].s.text.trimEnd().endsWith('?');
    for (let i = q; asked && i >= 0 && infos[i].s.line === qLine; i--) {
      const p = infos[i];
      // The question's label ("Bloomberg:") is the asker, no party: the subject after it reports.
      const colon = p.toks.findIndex((x, k) => k < 8 && x.text === ':');
      const label = colon > 0 ? p.mentions.find((x) => x.t1 === colon) : undefined;
      const sp = speakerFor(p, p.toks.length);
      const m = sp?.m && sp.m !== label ? sp.m : subjectIn(p, label ? colon + 1 : 0, p.toks.length);
      const a = m && m !== label ? agentOf(m.ent, reg) : null;
      if (party(a)) return a;
    }
    return null;
  }
  for (let i = at - 1; i >= 0 && i >= at - 3; i--) {
    const p = infos[i];
    // A transcript's answer answers its question: the party the question reports speaking, whoever it spoke of.
    if (infos[at].s.qa === 'A' && p.s.qa === 'Q') {
      const sp = speakerFor(p, p.toks.length);
      const a = sp?.m ? agentOf(sp.m.ent, reg) : null;
      if (party(a)) return a;
    }
    for (const m of p.mentions) {
      if (group(agentOf(m.ent, reg)) !== g) continue;
      const sp = speakerFor(p, m.t0);
      if (!sp?.m || sp.vi > m.t0 || sp.m === m) continue;
      const a = agentOf(sp.m.ent, reg);
      // A person of no organisation is a commentator, not a party (an analyst, a witness).
      if (party(a)) return a;
    }
  }
  return null;
}

/** "denied the motion", "rejected Quillon's request for a stay": a request noun in the object of the denial verb at ti,
 * before any comma, semicolon or clause word ("and", "but", "that"): the object phrase ends there. */
function deniesRequest(toks: SentenceInfo['toks'], ti: number): boolean {
  for (let k = ti + 1; k < Math.min(toks.length, ti + 9); k++) {
    const w = toks[k].text;
    if (/^[,;:]$/.test(w) || CLAUSE_BREAK_WORDS.test(w)) return false;
    if (REQUEST_NOUNS.test(w)) return true;
  }
  return false;
}

function unreal(info: SentenceInfo, from: number, ti: number, trig: Trigger, ignoreNegation = false): boolean {
  const { toks } = info;
  let lo = Math.max(from - 1, ti - 5, 0);
  // "said it would appeal and denied any wrongdoing", "did not comment and rejected the claims": a past-tense verb after
  // "and" is a predicate of its own; a modal or negator of the verb before it (which takes the bare form) is not its.
  const pastConjunct = ti >= 2 && toks[ti - 1].text === LIST_AND && PAST_ENDING.test(toks[ti].text) && (posTags(toks[ti].text) ?? []).includes('VBD');
  if (pastConjunct) lo = ti;
  // "refused to dismiss a lawsuit brought by X": an act told as a noun with its own participle and agent is not negated
  // or made modal by the verb that governs the noun phrase.
  if (trig.agentBy) lo = ti;
  // "If X will not delete it, Y will use every tool": a threat's negators and modals stop at the condition's comma.
  if (trig.type === 'THREAT') for (let k = ti - 1; k >= lo; k--) if (toks[k].text === ',') { lo = k + 1; break; }
  for (let k = lo; k < ti; k++) {
    const w = toks[k].text.toLowerCase();
    if (NEGATORS.has(w) && !ignoreNegation && !(trig.type === 'DENIAL' && DENIAL_VERBS_AS_NEGATORS.has(w))) return true;
    // A capitalised modal inside a sentence is a name or a month ("in May, accusing …", "Will Arden said …").
    if (MODALS.has(w) && !(k > 0 && w !== toks[k].text && !/^[“"‘'(:]$/.test(toks[k - 1].text))) {
      if (TYPE_RULES[trig.type].modalOk) continue;
      // "X said Y may have distilled its models": a wrongdoing told in the perfect under a modal is what the speaker
      // believes was done, an allegation.
      if (trig.type === 'ALLEGATION' && trig.mode === 'report' && EPISTEMIC_MODALS.test(w) && PERFECT_HAVE.test(toks[k + 1]?.text ?? '')) continue;
      // "Japan will suspend the requirements, the ministry said": an announced de-escalation is decided.
      // (Not a hope or a request: "Beijing hopes Washington will soon lift these curbs".)
      if (trig.type === 'DEESCALATION' && w === FUTURE_WILL && !toks.slice(0, k).some((x) => EASE_SENTENCE_BLOCKERS.test(x.text))) continue;
      // "Japan said it would resume exports …": reported speech's "would" is that "will" (not under a condition after it).
      if ((trig.type === 'DEESCALATION' || trig.willOk) && w === REPORTED_WOULD && toks.slice(Math.max(0, k - 4), k).some((x) => SAID_VERBS.test(x.text))
        && !toks.slice(ti).some((x) => IF_WORDS.has(x.text) || CONDITION_CONJ.test(x.text))) continue;
      // "Japan will require a licence for exports of gallium from May": a rule announced with "will" is decided.
      if (trig.willOk && w === FUTURE_WILL) continue;
      return true;
    }
  }
  // "could not perform or block her show": a negator or modal before the first of coordinated verbs holds for the next.
  if (!pastConjunct && ((ti >= 2 && ALTERNATIVE_CONJ.test(toks[ti - 1].text)) || (ti >= 3 && ALTERNATIVE_CONJ.test(toks[ti - 2].text) && ADVERB_ENDING.test(toks[ti - 1].text)))) {
    for (let k = Math.max(from - 1, ti - 14, 0); k < ti - 5; k++) {
      const w = toks[k].text.toLowerCase();
      if ((NEGATORS.has(w) && !ignoreNegation && trig.type !== 'DENIAL') || (MODALS.has(w) && w === toks[k].text && !TYPE_RULES[trig.type].modalOk)) {
        if (!toks.slice(k + 1, ti - 1).some((x) => (/^[;:]$/.test(x.text) || CLAUSE_BREAK_WORDS.test(x.text)))) return true;
      }
    }
  }
  // The main clause of a conditional threatens ("If X keeps its tariffs, Y will retaliate"); its "if" clause does not.
  for (let k = from; k < ti; k++) if (IF_WORDS.has(toks[k].text) && !(trig.type === 'THREAT' && toks.slice(k + 1, ti).some((x) => x.text === ','))) return true;
  if (from > 0 && CONDITION_CONJ.test(toks[from - 1].text)) return true; // "would examine whether X had extracted ..."

  // "urged X to lift", "plans to impose": an intention, not an event.
  if (!TYPE_RULES[trig.type].intentOk) {
    const toIdx = ti >= 1 && toks[ti - 1].text.toLowerCase() === TO ? ti - 1 : ti >= 2 && toks[ti - 2].text.toLowerCase() === TO && BE.has(toks[ti - 1].text) ? ti - 2 : -1;
    if (toIdx >= 0) for (let k = Math.max(0, toIdx - 8); k < toIdx; k++) if (INTENT_BEFORE_TO.test(toks[k].text)) return true;
    // "Call For Tightening Export Controls": the demanded action has not happened.
    for (let k = Math.max(1, ti - 3); k < ti; k++) if (FOR_WORD.test(toks[k].text) && CALL_FOR_VERBS.test(toks[k - 1].text)) return true;
  }
  // "has yet to investigate": not done, whatever the type.
  if (!ignoreNegation && ti >= 2 && toks[ti - 1].text.toLowerCase() === TO && NOT_YET.test(toks[ti - 2].text)) return true;
  return false;
}

/**
 * Whether the act at ti is only scheduled: "is/are to" right before it ("Dalmore is to ban …"), or, in a headline, a
 * name right before a "to" that opens the act's verb phrase ("Dalmore to ban …", "Dalmore to announce sanctions").
 */
function scheduled(info: SentenceInfo, ti: number, headline: boolean): boolean {
  const { toks } = info;
  if (ti >= 2 && TO_WORD.test(toks[ti - 1].text) && PRESENT_BE.test(toks[ti - 2].text)) return true;
  if (!headline) return false;
  for (let k = ti - 1; k >= Math.max(1, ti - 6); k--) {
    if (/^[,;:]$/.test(toks[k].text)) return false;
    if (TO_WORD.test(toks[k].text)) return info.mentions.some((m) => m.t1 === k);
  }
  return false;
}

function quoteIn(text: string): string | null {
  const m = /[“"‘']([^“”"‘’']{3,300})[”"’']/.exec(text);
  if (!m) return null;
  if (m[0][0] === "'" && /\w'\w/.test(text.slice(Math.max(0, m.index - 1), m.index + 2))) return null;
  return m[1];
}

/**
 * The accuser a denial names with the claim: "Quillon's claims", "Quillon's provisional findings" (up to two lower-case
 * modifiers between), "the claims by Quillon", "the Ostrian findings" (a state's adjective right before the noun).
 */
function accuserIn(info: SentenceInfo): Mention | null {
  const { toks, mentions } = info;
  const claimAfter = (k: number) => {
    for (let j = k; j <= k + 2; j++) {
      if (CLAIM_NOUN.test(toks[j]?.text ?? '')) return true;
      if (!/^\p{Ll}[\p{Ll}-]*$/u.test(toks[j]?.text ?? '') || /^NNS?$/.test(posTags(toks[j].text)?.[0] ?? '')) return false;
    }
    return false;
  };
  for (const m of mentions) {
    // "Quillon's claims", and the bare apostrophe of a name ending in s: "Quenzel Robotics' claims".
    if (/^['’]$/.test(toks[m.t1]?.text ?? '') && claimAfter(POSSESSIVE_S.test(toks[m.t1 + 1]?.text ?? '') ? m.t1 + 2 : m.t1 + 1)) return m;
    if (toks[m.t0 - 1]?.text === AGENT_BY && toks.some((x, k) => k >= m.t0 - 7 && k < m.t0 - 1 && CLAIM_NOUN.test(x.text) && claimAuthorAt(toks, k) === m.t0 - 1)) return m;
    if (m.ent.kind === 'government' && m.t1 === m.t0 + 1 && DEFINITE_ARTICLE.test(toks[m.t0 - 1]?.text ?? '') && CLAIM_NOUN.test(toks[m.t1]?.text ?? '')) return m;
    // "called the Quenzel lawsuit baseless", "rejects Quenzel Robotics allegations": a name as the modifier of a claim noun
    // that is no verb, after an article or a lower-case verb (not a preposition: "in Quenzel lawsuits" names a forum's case).
    const before = toks[m.t0 - 1]?.text ?? '';
    if (CLAIM_NOUN_ONLY.test(toks[m.t1]?.text ?? '') && m.ent.kind !== 'court' && (DEFINITE_ARTICLE.test(before) || (/^\p{Ll}+$/u.test(before) && !PREPS.has(before)))) return m;
  }
  return null;
}

/**
 * The token index of the preposition that names the author of the claim noun at k — "claims by X", or after a
 * participle and a short time phrase, "charges levelled last week by X" — or -1. `isPrep` says which words name an
 * author ("by" unless given).
 */
export function claimAuthorAt(toks: readonly { text: string }[], k: number, isPrep: (w: string) => boolean = (w) => w === AGENT_BY): number {
  if (isPrep(toks[k + 1]?.text ?? '')) return k + 1;
  if (!PARTICIPLE_ENDING.test(toks[k + 1]?.text ?? '')) return -1;
  const by = toks.findIndex((x, q) => q > k + 1 && q <= k + 6 && isPrep(x.text));
  return by > 0 && !toks.slice(k + 2, by).some((x) => /^[,;:]$/.test(x.text) || x.text === COMPLEMENTISER) ? by : -1;
}

/** Quantifiers before a wrongdoing noun that name no act ("any violation", "no wrongdoing"). */
const ANY_NO = /^(?:any|no)$/i;

/** Whether the clause before the trigger has no noun of its own, so its subject may come from the previous sentences. */
/** Whether a token may stand before a verb whose subject is carried over: a bundle word, an adverb, a quote or dash, a capital. */
const carries = (w: string): boolean => CARRY_WORDS.test(w) || ADVERB_FORM.test(w) || /^(?:['’“”"]|[,;:—–-]|\p{Lu})$/iu.test(w);

function bareSubject(info: SentenceInfo, cs: number, ti: number): boolean {
  for (let k = cs; k < ti; k++) if (!carries(info.toks[k].text)) return false;
  return true;
}

export interface SentCtx {
  lastActor: Agent | null; defaultSpeaker: Agent | null; quoteSpeakers?: Map<number, Agent>;
  /** The first name of the last text sentence that modifies nothing (its subject), for a later "It"/"They". */
  lastSubject?: Agent | null;
  /** Whether the article speaks of a court case anywhere (a caption "A v B" is a legal action only then). */
  legalContext?: boolean;
  /** The last several parties acting or acted on together, for a later "they"/"them"/"the studios". */
  lastGroup?: { actors: Agent[]; targets: Agent[] };
  /** The first-person speaker of lines no quotation gives (voicesOf), and a letter's addressee ("you"). */
  voices?: Map<number, Voice>; addressee?: Agent | null;
  /** Every party a letter's salutation names ("Dear Ms. A and Mr. B:"): "each of you" is each of them. */
  addressees?: Agent[];
  /** Where the text first names a matter of ours (DISPUTE_CHARGE_MATTER; -1: the title does): charges told from there are ours. */
  chargeMatterFrom?: number;
  /** The line (paragraph) ctx.lastActor was last set on. */
  lastActorLine?: number;
}

const AUTHORITY_PATTERNS = new Set(TRIGGERS.filter((x) => x.authority).map((x) => x.id));
const APPEAL_PATTERNS = new Set(TRIGGERS.filter((x) => x.appeal).map((x) => x.id));

/** Whether the clause's subject is counted as two ("the two companies", "both sides", "both firms"): a pair, no name. */
function pairSubject(toks: SentenceInfo['toks'], cs: number, ti: number): boolean {
  // The pair word opens the subject ("both sides", "the two companies", "the two rival labs"); a count later in the
  // clause measures something else ("The exchange comes two days after …").
  // A fronted adverbial may come first ("In June the two companies settled"); a verb may not.
  for (let k = cs; k < ti - 1; k++) {
    const w = toks[k].text;
    if (PAIR_WORDS.test(w)) {
      for (let j = k + 1; j < Math.min(ti, k + 3); j++) {
        const n = toks[j].text;
        if (LOWER_PLURAL.test(n) && posTags(n)?.[0] === 'NNS') return !TIME_NOUNS.test(n);
      }
      return false;
    }
    if (/^VB[DPZ]?$/.test(posTags(w)?.[0] ?? '') && !/^[A-Z]/.test(w)) return false;
  }
  return false;
}

/** The speaker quoted in each paragraph (line) that carries a quotation and a reporting verb. */
export function quoteSpeakersOf(infos: SentenceInfo[], reg: Registry): Map<number, Agent> {
  const out = new Map<number, Agent>();
  let prev: Agent | null = null;
  let prevLine = -2;
  for (const info of infos) {
    const line = info.s.line;
    if (line !== prevLine && prevLine >= 0 && !out.has(prevLine)) prev = null;
    prevLine = line;
    if (!/[“”"]/.test(info.s.text)) continue;
    if (!out.has(line)) {
      const sp = speakerFor(info, -1);
      if (sp?.m && sp.m.ent.kind !== 'model' && sp.m.ent.kind !== 'other_org') out.set(line, agentOf(sp.m.ent, reg));
      else if (prev) out.set(line, prev); // a quotation running on from the previous paragraph
    }
    if (out.has(line)) prev = out.get(line)!;
  }
  return out;
}

/** The start of the main clause after a condition ("If X refuses, Y will …"), or `cs` when no condition precedes the trigger. */
function afterCondition(toks: SentenceInfo['toks'], cs: number, ti: number): number {
  const ci = toks.findIndex((x, k) => k >= cs && k < ti && CONDITION_WORDS.test(x.text));
  if (ci < 0) return cs;
  const comma = toks.findIndex((x, k) => k > ci && k < ti && x.text === ',');
  return comma > 0 ? comma + 1 : cs;
}

/** A line that is only a date ("March 19, 2026", "19 March 2026"). */
const DATE_ONLY_LINE = /^(?:\p{L}+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\p{L}+\.?\s+\d{4})$/u;
/** Who "we"/"I" is on a line, and whether the line is a transcript turn whose label names its speaker. */
export interface Voice { agent: Agent; turn: boolean; /** A transcript turn's "you": the speaker of the last turn of another label. */ addressee?: Agent | null }

/**
 * The first-person speaker of each line that a quotation does not already give (quoteSpeakersOf): a post's author named
 * on a byline among the first lines ("Tarvel Newsroom - May 3, 2026", "By Ada Vell, General Counsel, Tarvel - …"), the
 * issuer of a statement introduced before its text ("Senator Vell issued the following statement:", every later line),
 * a letter's signatory (the name after "Sincerely,": every line above the close), a transcript turn whose label is a
 * known person's name ("Vell:", "MS. VELL:"). Also the letter's addressee ("Dear Ms. Vell:"), who is "you".
 */
export function voicesOf(infos: SentenceInfo[], reg: Registry): { voices: Map<number, Voice>; addressee: Agent | null; addressees: Agent[] } {
  const voices = new Map<number, Voice>();
  const byLine = new Map<number, SentenceInfo[]>();
  for (const info of infos) {
    const l = byLine.get(info.s.line) ?? [];
    l.push(info);
    byLine.set(info.s.line, l);
  }
  const lines = [...byLine.keys()].sort((a, b) => a - b);
  const voiceOf = (ms: Mention[]): Agent | null => {
    const org = ms.find((m) => !m.mod && m.ent.kind !== 'person' && m.ent.kind !== 'model');
    const who = org ?? ms.find((m) => m.ent.kind === 'person') ?? ms.find((m) => m.ent.kind !== 'model');
    return who ? agentOf(who.ent, reg) : null;
  };
  let addressee: Agent | null = null;
  const addressees: Agent[] = [];
  const addAddressees = (ms: Mention[]): void => {
    for (const m of ms) {
      const ag = m.mod ? null : agentOf(m.ent, reg);
      if (ag && !addressees.some((x) => x.name === ag.name)) addressees.push(ag);
    }
  };
  // A byline: a short line among the first four with a year and a separator, no sentence of its own.
  let author: Agent | null = null;
  let authorFrom = Infinity;
  for (const l of lines.slice(0, 4)) {
    const ss = byLine.get(l)!;
    const t = ss.map((x) => x.s.text).join(' ').trim();
    const posted = POSTED_BY.opener.test(t) && POSTED_BY.role.test(t);
    // A date alone on its line under a line of a name, a post and an organisation ("Ada Vell, chief scientist, Tarvel
    // Compute" / "March 19, 2026"): the byline is the two lines, and the organisation writes.
    if (ss.length === 1 && byLine.has(l - 1) && DATE_ONLY_LINE.test(t)) {
      const prev = byLine.get(l - 1)!;
      const org = prev.length === 1 && prev[0].toks.length <= 16 && prev[0].toks.some((x) => x.text === ',') && prev[0].mentions.some((m) => m.ent.kind === 'person' && m.t0 === 0)
        ? prev[0].mentions.filter((m) => !m.mod && m.ent.kind !== 'person' && m.ent.kind !== 'model').pop() : undefined;
      if (org) { author = agentOf(org.ent, reg); authorFrom = l; break; }
    }
    if (ss.length !== 1 || /[.!?:;]$/.test(t) || (!posted && (!BYLINE_YEAR.test(t) || !BYLINE_SEPARATOR.test(t))) || ss[0].toks.length > 24) continue;
    const sep = BYLINE_SEPARATOR.exec(t)?.index ?? t.length;
    // The author stands before the date, or after a "by" past it.
    let who = voiceOf(ss[0].mentions.filter((m) => m.start - ss[0].s.start < sep || ss[0].toks.slice(0, m.t0).some((x) => x.text.toLowerCase() === AGENT_BY)));
    // A name the text discovers only further down ("Tarvel AI - 3 May 2026"): the known party it spells, whole or but its last word ("Tarvel Newsroom").
    if (!who) {
      const words = t.slice(0, sep).trim().split(/\s+/);
      const known = (n: string) => reg.order.find((e) => e.kind !== 'person' && e.kind !== 'model' && (e.name === n || e.aliases.has(n)));
      const e = known(words.join(' ')) ?? (words.length >= 2 ? known(words.slice(0, -1).join(' ')) : undefined);
      if (e) who = agentOf(e, reg);
      // "Tarvel Robotics Newsroom - …" naming the company nowhere else: the name before its channel word.
      else if (words.length >= 2 && words.length <= 5 && POST_CHANNELS.test(words[words.length - 1]) && words.slice(0, -1).every((w) => /^\p{Lu}/u.test(w))) {
        who = { name: words.slice(0, -1).join(' '), kind: 'company' } as Agent;
      }
    }
    // "Singapore, 27 August 2026": a state or its capital alone before a comma and the date is a dateline, no author.
    if (who && who.kind === 'government' && who.country === who.name && t[sep] === ',' && ss[0].mentions.filter((m) => m.start - ss[0].s.start < sep).length === 1
      && ss[0].toks.findIndex((x) => x.text === ',') <= 3) continue;
    // A journalist's byline names no party: only an organisation's post has a voice of its own.
    if (who && who.kind !== 'person') { author = who; authorFrom = l; break; }
    if (who) break;
  }
  // A statement's heading among the first lines, alone or after a dateline ("SEOUL, 3 May 2026 — Statement by Tarvel
  // Robotics Co., Ltd."): the issuer speaks in the unquoted paragraphs below it.
  if (!author) {
    for (const l of lines.slice(0, 4)) {
      const ss = byLine.get(l)!;
      const s0 = ss[0];
      const q = s0.toks.findIndex((x, k) => k <= 12 && STATEMENT_HEADING.noun.test(x.text) && STATEMENT_HEADING.prep.test(s0.toks[k + 1]?.text ?? '')
        && (k === 0 || /^(?:-|--|–|—|:)$/.test(s0.toks[k - 1].text)));
      if (q < 0) continue;
      const m = s0.mentions.find((x) => (x.lead ?? x.t0) === q + 2 && !x.mod && x.ent.kind !== 'model' && x.ent.kind !== 'person');
      if (m && s0.toks.length <= m.t1 + 10) { author = agentOf(m.ent, reg); authorFrom = l; }
      else if (!m && s0.toks.length <= q + 10) {
        // "STATEMENT FROM TARANG LABS PRIVATE LIMITED": a heading in capitals names, whatever its case, a party the text
        // names below (its words, or all but a legal form after them).
        const rest = s0.toks.slice(q + 2).map((x) => x.text.toLowerCase()).join(' ');
        const e = reg.order.find((x) => x.kind !== 'model' && x.kind !== 'person' && x.name.includes(' ') && (rest === x.name.toLowerCase() || rest.startsWith(`${x.name.toLowerCase()} `)));
        if (e) { author = agentOf(e, reg); authorFrom = l; }
      }
      break;
    }
  }
  // A release's dateline lead ("Bengaluru, 5 March 2026 – Sarvani Intelligence today responded …"; entities.ts
  // releaseDatelineEnd): the organisation that opens it after the dash is the voice of the unquoted paragraphs below. A
  // wire story's lead ("SEOUL, May 4 (Wire) -") is no release dateline.
  if (!author && lines.length) {
    const s0 = byLine.get(lines[0])![0];
    const at = releaseDatelineEnd(s0.toks);
    // (With its year: "City, May 4 -" alone is as often a wire story's.)
    const dated = at > 0 && s0.toks.slice(0, at).some((x) => BYLINE_YEAR.test(x.text));
    const m = dated ? s0.mentions.find((x) => (x.lead ?? x.t0) === at && !x.mod && x.ent.kind !== 'model' && x.ent.kind !== 'person') : undefined;
    if (m) { author = agentOf(m.ent, reg); authorFrom = lines[0]; }
  }
  // "Statement regarding the allegations made by X" heading the text, then "Dalian, 3 May 2026", then "Qeline Tech Co., Ltd.
  // (\"Qeline\") has taken note of …": the organisation opening the first sentence after the heading issues it.
  if (!author && lines.length >= 2) {
    const h = byLine.get(lines[0])!;
    if (h.length === 1 && STATEMENT_TOPIC_HEADING.noun.test(h[0].toks[0]?.text ?? '') && STATEMENT_TOPIC_HEADING.prep.test(h[0].toks[1]?.text ?? '')) {
      for (const l of lines.slice(1, 4)) {
        const s0 = byLine.get(l)![0];
        // A dateline alone on its line ("Dalian, 3 May 2026") opens nothing.
        if (byLine.get(l)!.length === 1 && s0.toks.length <= 8 && s0.toks.some((x) => BYLINE_YEAR.test(x.text))) continue;
        const m = s0.mentions.find((x) => (x.lead ?? x.t0) === 0 && !x.mod && x.ent.kind !== 'model' && x.ent.kind !== 'person');
        if (m) { author = agentOf(m.ent, reg); authorFrom = l; }
        break;
      }
    }
  }
  // A statement introduced before its text: "X issued/released the following statement …:".
  let issuer: Agent | null = null;
  let issuerFrom = Infinity;
  for (const l of lines) {
    const ss = byLine.get(l)!;
    const last = ss[ss.length - 1];
    const colon = /:\s*$/.test(last.s.text);
    // "… issued the following statement." ends on a full stop too: "following" announces the text below.
    if (!colon && !/\.\s*$/.test(last.s.text)) continue;
    const k = last.toks.findIndex((x, q) => STATEMENT_INTRO_NOUNS.test(x.text) && (colon || STATEMENT_FOLLOWING.test(last.toks[q - 1]?.text ?? '')));
    if (k < 0) continue;
    let subj = subjectIn(last, 0, k);
    // "Select Committee Chairman Ada Vell released …": the person after the employer and title speaks.
    const person = subj && last.mentions.find((m) => m.t0 > subj!.t1 && m.t0 <= subj!.t1 + 3 && m.t1 < k && m.ent.kind === 'person');
    if (person) subj = person;
    if (subj && subj.ent.kind !== 'model') { issuer = agentOf(subj.ent, reg); issuerFrom = l; break; }
  }
  // A statement quoted after its introduction runs over the paragraphs that open with a quotation mark; an unquoted one,
  // to the end of the text.
  const opensQuoted = (l: number) => /^\s*[“"]/.test(byLine.get(l)![0].s.text);
  const afterIntro = lines.filter((l) => l > issuerFrom);
  let quotedEnd = Infinity;
  if (afterIntro.length && opensQuoted(afterIntro[0])) quotedEnd = afterIntro.find((l) => !opensQuoted(l)) ?? Infinity;
  const inStatement = (l: number) => l < quotedEnd;
  // A letter: the name after its close signs it; the salutation's name is its addressee.
  let signer: Agent | null = null;
  let closeAt = -1;
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - 8); i--) {
    const ss = byLine.get(lines[i])!;
    if (ss.length === 1 && ss[0].toks.length <= 5 && LETTER_CLOSINGS.test(ss[0].s.text.trim()) && i + 1 < lines.length) {
      const sig = byLine.get(lines[i + 1])!;
      signer = voiceOf(sig[0].mentions.filter((m) => m.ent.kind === 'person'));
      if (!signer) {
        // An unknown name alone on the signature line is the signatory, before any body named after it ("Ada Vell,
        // United States Senator" is signed by Ada Vell, not by the United States).
        // A post-nominal in capitals ("Ada Vell MEP", "Ada Vell MP") is no part of the name.
        let t = sig.map((x) => x.s.text).join(' ').trim().replace(SIGNED_MARK, '').split(',')[0].trim();
        // "(Sgd.) ADA MARIE VELL-ORTIZ": a signature in capitals, read in the name's own case.
        if (/^[\p{Lu}\s.'’-]+$/u.test(t) && /\p{Lu}{3}/u.test(t)) t = t.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
        else t = t.replace(/\s\p{Lu}{2,4}$/u, '');
        // "Senator Ada Vell": a title before the signature's name is no part of it.
        while (PERSON_TITLES.has(t.split(/\s+/)[0] ?? '') && t.split(/\s+/).length > 2) t = t.split(/\s+/).slice(1).join(' ');
        if (/^\p{Lu}\p{Ll}+(?:\s(?:\p{Lu}\.?|\p{Lu}\p{Ll}+)){0,2}\s\p{Lu}[\p{Ll}'’-]+$/u.test(t)) signer = { name: t, kind: 'person' } as Agent;
      }
      signer ??= voiceOf(sig[0].mentions);
      // "Ada Vell" / "Chairman" under a letterhead naming a public body: the chair signs for that body.
      const post = byLine.get(lines[i + 2] ?? -1);
      if (signer?.kind === 'person' && !signer.org && post && post.length === 1 && !post[0].mentions.length
        && post[0].toks.every((x) => /^\p{Lu}/u.test(x.text)) && post[0].toks.some((x) => ROLE_NOUNS.has(x.text.toLowerCase()) || PERSON_TITLES.has(x.text))) {
        // (The letterhead's last body is its most specific: "Congress" / "House" / "Select Committee on …".)
        const head = lines.slice(0, 4).flatMap((l) => byLine.get(l)!.flatMap((x) => x.mentions)).filter((m) => PUBLIC_KINDS.includes(m.ent.kind) && m.ent.kind !== 'government').pop();
        if (head) signer = agentOf(head.ent, reg);
      }
      closeAt = lines[i];
      break;
    }
  }
  // Transcript turns: a label of capitalised words before a colon opening the line ("Vell:", "MS. VELL:", "Ada Vell:").
  // The answering side's labels never end a turn on a question; a questioner's (a reporter, an outlet) do.
  // A turn has words after its label on the same line; a salutation ("Dear Ms. Vell:") is no turn.
  // A hearing's turns name legislators by title ("SEN. VELL:"), witnesses with their post in parentheses ("MR. OSTER
  // (Chief Executive, Tarvel Data):"): the label's legislators and the organisations its parentheses give.
  const legislatorLabels = new Set<string>();
  const labelOrgs = new Map<string, string>();
  const labelOf = (text: string): string | null => {
    // A title before the name may be set off by a comma ("Official Spokesperson, Ada Vell:").
    // A questioner's outlet may follow in parentheses ("Question (Ada Vell, Wirefeed):").
    const m = /^\s*((?:\p{Lu}[\p{L}'’.-]*,?\s+){0,4}\p{Lu}[\p{L}'’.-]*)(?:\s*\(([^)]{1,60})\))?\s*:\s+\S/u.exec(text);
    if (!m) return null;
    const words = m[1].split(/\s+/).map((w) => w.replace(/[.,]$/, ''));
    // "To Quillon Labs: we urge you …" addresses a section of a letter; it is no speaker's turn.
    if (SALUTATION.test(words[0]) || TO_WORD.test(words[0])) return null;
    if (words.some((w) => NOT_TURN_LABEL.test(w))) return null;
    const lab = words.filter((w) => w && !TURN_COURTESY.test(w) && !TURN_LEGISLATOR.test(w)).map((w) => w.toLowerCase()).join(' ') || null;
    if (lab && TURN_LEGISLATOR.test(words[0])) legislatorLabels.add(lab);
    const org = m[2]?.split(',').pop()?.trim();
    if (lab && org && /^\p{Lu}/u.test(org)) labelOrgs.set(lab, org);
    return lab;
  };
  const asks = new Set<string>();
  const labels = new Map<number, string>();
  let label: string | null = null;
  for (const l of lines) {
    const ss = byLine.get(l)!;
    const own = labelOf(ss.map((x) => x.s.text).join(' '));
    if (own) label = own;
    if (!own && !label) continue;
    if (own) labels.set(l, own);
    if (ss[ss.length - 1].s.text.trim().endsWith('?')) asks.add(label!);
  }
  // A transcript has turns: a single labelled line ("Kite Chat: the Authority orders …", a release's subheading) is none.
  if (labels.size < 2) labels.clear();
  const header = lines.slice(0, 5).map((l) => byLine.get(l)!.map((x) => x.s.text).join(' ')).join('\n');
  const turnAgent = new Map<string, Agent | null>();
  const speakerOfLabel = (lab: string): Agent | null => {
    if (turnAgent.has(lab)) return turnAgent.get(lab)!;
    const words = lab.split(' ');
    const surname = words[words.length - 1];
    let a: Agent | null = null;
    const e = reg.order.find((x) => x.kind !== 'model' && x.name.toLowerCase() === lab)
      ?? reg.order.find((x) => x.kind !== 'model' && words.length === 1 && x.name.split(/\s+/).length >= 2 && x.name.toLowerCase().split(/\s+/).pop() === surname);
    if (e) a = agentOf(e, reg);
    else {
      // A speaker the header lists by full name ("Ada Vell, Department Spokesperson") and the turns by surname.
      const m = new RegExp(`(?:^|[\\s,:])((?:\\p{Lu}[\\p{Ll}'’-]+\\s){1,2}${surname.replace(/[^\p{L}'’-]/gu, '')})(?![\\p{L}])`, 'iu').exec(header);
      // A courtesy or person title before the name ("Shri Ada Vell", "Secretary Ada Vell") is no part of it.
      // (Nor a salutation: "Dear Mr Vell".)
      const name = m ? m[1].trim().split(/\s+/).filter((w) => !TURN_COURTESY.test(w) && !PERSON_TITLES.has(w) && !SALUTATION.test(w)).join(' ') : '';
      // (One surname will do after a title: "Dear Mr Vell" names a person.)
      const titled = !!m && m[1].trim().split(/\s+/).some((w) => PERSON_TITLES.has(w) || TURN_COURTESY.test(w));
      if (m && /^\p{Lu}\p{Ll}/u.test(name) && (name.includes(' ') || titled)) a = { name, kind: 'person' } as Agent;
    }
    // The organisation in the label's parentheses, when the text names it ("Tarvel Data", or "Tarvel" for it).
    const org = labelOrgs.get(lab);
    if (org) {
      const first = org.split(/\s+/)[0];
      const oe = reg.order.find((x) => x.kind !== 'person' && x.kind !== 'model' && (x.name === org || x.aliases.has(org)))
        ?? reg.order.find((x) => x.kind !== 'person' && x.kind !== 'model' && x.name === first);
      if (oe) a = agentOf(oe, reg);
    }
    // A legislator the text names only by title and surname ("SEN. VELL:") is that person, a member of the legislature.
    if (legislatorLabels.has(lab) && a?.kind !== 'person') {
      const house = reg.order.find((x) => x.kind === 'legislature' && x.mentions > 0);
      a = { name: lab.split(' ').map((w) => w.replace(/(^|-)\p{Ll}/gu, (c) => c.toUpperCase())).join(' '), kind: 'person', org: house?.name ?? null } as Agent;
    }
    turnAgent.set(lab, a);
    return a;
  };
  // An open letter's or memo's header: "To: A; B; C" names its addressees, "From: X" is its voice (when no signature is).
  for (const l of lines.slice(0, 10)) {
    const ss = byLine.get(l)!;
    const tk = ss[0].toks;
    if (tk[1]?.text !== ':' || !/^\p{Lu}/u.test(tk[0]?.text ?? '')) continue;
    if (TO_WORD.test(tk[0].text)) {
      addAddressees(ss.flatMap((x) => x.mentions));
      addressee ??= addressees[0] ?? null;
    } else if (MEMO_FROM.test(tk[0].text) && !signer) {
      const m = ss[0].mentions.find((x) => !x.mod && x.t0 === 2);
      if (m) { signer = agentOf(m.ent, reg); closeAt = Infinity; }
    }
  }
  if (signer) {
    for (const l of lines) {
      const ss = byLine.get(l)!;
      if (SALUTATION.test(ss[0].toks[0]?.text ?? '') && !addressees.length) {
        const a = ss[0].mentions.find((m) => !m.mod);
        const name = ss[0].toks.filter((x, k) => k > 0 && /^\p{Lu}\p{Ll}/u.test(x.text) && !TURN_COURTESY.test(x.text)).pop()?.text;
        addressee = a ? agentOf(a.ent, reg) : name ? speakerOfLabel(name.toLowerCase()) : null;
        // "Dear Ms. Tekeda and Mr. Verit:": every party the salutation names is addressed.
        addAddressees(ss[0].mentions);
        break;
      }
    }
  }
  label = null;
  // In a hearing's transcript "you" is whoever spoke the last turn of another label (the witness a legislator
  // questions, the legislator a witness answers).
  const turnAddressee = new Map<string, Agent>();
  let lastTurn: { label: string; agent: Agent } | null = null;
  for (const l of lines) {
    const ss = byLine.get(l)!;
    // A bracketed aside ("[Editor's note: …]") ends the turn before it.
    label = labels.get(l) ?? (labels.size && !/^\s*[[(]/.test(ss[0].s.text) ? label : null);
    const a: Agent | null = label ? speakerOfLabel(label) : null;
    // (A hearing's: one side a legislator. At a press briefing the questioner is a reporter, whom no answer rebuts.)
    if (label && a && lastTurn && lastTurn.label !== label && lastTurn.agent.name !== a.name && (legislatorLabels.has(label) || legislatorLabels.has(lastTurn.label))) turnAddressee.set(label, lastTurn.agent);
    if (label && a) lastTurn = { label, agent: a };
    if (label && !asks.has(label) && a) { voices.set(l, { agent: a, turn: true, addressee: turnAddressee.get(label) ?? null }); continue; }
    if (l > issuerFrom && issuer && inStatement(l)) voices.set(l, { agent: issuer, turn: false });
    else if (signer && l < closeAt) voices.set(l, { agent: signer, turn: false });
    // A post's author speaks outside quotations; a quoted paragraph is someone else's.
    else if (l > authorFrom && author && !ss.some((x) => /[“”"]/.test(x.s.text))) voices.set(l, { agent: author, turn: false });
  }
  return { voices, addressee, addressees };
}

/** Detects the events of one sentence; updates ctx.lastActor with the sentence's speaker or actor. */
/**
 * Who denies a negated wrongdoing ("Marrowby said it had not copied the code", "We never used their data"): the
 * speaker when the speaker is the one said not to have done it (or a pronoun for it), else the subject of the
 * predicate when nobody is quoted. A third party saying someone did not do something denies nothing.
 */
function negatedWrongdoing(info: SentenceInfo, ti: number, cs: number, reg: Registry, ctx: SentCtx): { actor: Agent; how: string } | null {
  const { toks } = info;
  const sp = speakerFor(info, ti);
  const from = Math.max(cs, sp && sp.vi < ti ? sp.vi + 1 : 0);
  let doer: Mention | null = null;
  for (const x of info.mentions) {
    if ((x.lead ?? x.t0) < from || x.t1 > ti || !usable(info, x) || prepBefore(info, x)) continue;
    doer = x;
  }
  const pronoun = toks.slice(from, ti).some((x) => SELF_PRONOUNS.test(x.text));
  if (sp?.m) {
    if (doer && agentOf(doer.ent, reg).name !== agentOf(sp.m.ent, reg).name) return null;
    if (!doer && !pronoun) return null;
    return { actor: agentOf(sp.m.ent, reg), how: 'speaker, who is said not to have done it' };
  }
  if (doer) return { actor: agentOf(doer.ent, reg), how: 'subject of the negated wrongdoing' };
  if (pronoun) {
    const q = ctx.quoteSpeakers?.get(info.s.line) ?? ctx.voices?.get(info.s.line)?.agent ?? ctx.lastActor;
    if (q) return { actor: q, how: CARRIED };
  }
  return null;
}

/**
 * Whether the clause before the trigger has a subject of its own that names no party ("a family sued", "Prosecutors
 * alleged", "many businesses agree"): a determiner or quantifier, or a common noun the lexicon knows, with no mention.
 */
function unnamedSubject(info: SentenceInfo, cs: number, ti: number): boolean {
  const { toks } = info;
  // The subject after the last ", and" of the clause ("…, and a family sued X") or the clause's start.
  for (let j = ti - 1; j > cs && ti - j <= 6; j--) if (toks[j].text === LIST_AND && toks[j - 1].text === ',') { cs = j + 1; break; }
  if (info.mentions.some((m) => m.t0 >= cs && m.t1 <= ti)) return false;
  let k = cs;
  while (k < ti && CLAUSE_OPENERS.test(toks[k].text)) k++;
  // "In 2021, a newspaper report revealed …": a fronted phrase up to its comma is not the subject.
  if (k < ti && PREPS.has(toks[k].text.toLowerCase())) {
    const c = toks.findIndex((x, q) => q > k && q < Math.min(ti, k + 7) && x.text === ',');
    if (c > 0) k = c + 1;
  }
  if (k >= ti) return false;
  const w = toks[k].text;
  if (PLURAL_QUANTIFIERS.test(w)) return true;
  const lw = w.toLowerCase();
  if (carries(w) && !/^\p{Lu}\p{Ll}+s$/u.test(w)) return false;
  // "Prosecutors alleged", "Critics said": a plural common noun opens the clause.
  const tags = posTags(lw);
  return PLURAL_ENDING.test(lw) && !!tags && tags[0] === 'NNS';
}

const NOUN_TAG = /^NNS?$/;
const commonNoun = (w: string | undefined): boolean => !!w && /^\p{Ll}/u.test(w) && NOUN_TAG.test(posTags(w)?.[0] ?? '');

/**
 * Whether the wrongdoing at token ti only qualifies a common noun: the verb of a restrictive relative clause on it
 * ("content that violates …", "behaviour which breaches …"; a comma before the pronoun makes it a comment on a
 * thing already named, "a statement, which distorts …", and does not count), or a participle before it ("stolen
 * goods"; not after an auxiliary, "had stolen data").
 */
function qualifiesNoun(info: SentenceInfo, ti: number): boolean {
  const { toks } = info;
  const prev = toks[ti - 1]?.text ?? '';
  // (Not the noun of an apposition to a named party: "X, a reseller that sued Y" tells of X.)
  if (THAT_WHICH.test(prev) && commonNoun(toks[ti - 2]?.text) && !appositionOwner(info, ti - 2)) return true;
  if (PARTICIPLE_ENDING_I.test(toks[ti].text) && commonNoun(toks[ti + 1]?.text) && !AUXILIARIES.test(prev) && !BE_FORMS.test(prev)) {
    // the participle opens a noun phrase: after a determiner, a comma, a preposition or a conjunction
    return ti === 0 || NP_OPENERS.test(prev);
  }
  return false;
}

const NP_WORD = /^(?:JJ|JJR|JJS|NN|NNS|VBN|CD)$/;

/**
 * Whether the -ing trigger at ti modifies the common noun before it, and that noun phrase is the object of a
 * preposition or stands in apposition (", the panel investigating X"): the noun is the participle's agent. A noun of
 * a document or of speech ("in a statement accusing X", "a lawsuit accusing X") is its author's act and does not count,
 * nor does a description that names a party ("the ministry investigating X").
 */
function participleOfNoun(info: SentenceInfo, ti: number): boolean {
  const { toks } = info;
  if (!GERUND_ENDING_I.test(toks[ti].text)) return false;
  // "proceedings in Dalmore accusing …": a place after the noun still leaves the noun the participle's agent.
  let n = ti - 1;
  let p0 = ti;
  while (p0 > 0 && ti - p0 < 3 && /^\p{Lu}/u.test(toks[p0 - 1].text)) p0--;
  if (p0 < ti && IN_AT.test(toks[p0 - 1]?.text ?? '')) n = p0 - 2;
  else if (info.mentions.some((x) => x.t1 === ti)) return false;
  const noun = toks[n]?.text;
  if (!commonNoun(noun) || LEGAL_DOCUMENTS.test(noun!) || SPEECH_NOUNS.test(noun!)) return false;
  if (info.mentions.some((x) => x.t1 === n + 1)) return false;
  let k = n - 1;
  while (k >= 0 && n - k <= 6) {
    const w = toks[k].text;
    if (NP_BOUNDARY.test(w)) break;
    if (DETERMINERS.test(w) || /^\p{Lu}/u.test(w) || NP_WORD.test(posTags(w.toLowerCase())?.[0] ?? '')) k--;
    else break;
  }
  return k >= 0 && NP_BOUNDARY.test(toks[k].text);
}

/** Whether the sentence ends with a legal document's claim after token ti ("…, the lawsuit claimed."). */
function claimedByDocument(info: SentenceInfo, ti: number): boolean {
  const { toks } = info;
  let n = toks.length;
  while (n > 0 && /^[.!"”’']$/.test(toks[n - 1].text)) n--;
  if (n < 4 || !CLAIM_VERBS.test(toks[n - 1].text)) return false;
  if (!LEGAL_DOCUMENTS.test(toks[n - 2].text)) return false;
  const det = DOC_DETERMINERS.test(toks[n - 3].text) ? n - 3 : n - 2;
  return det > ti && /^[,”"’]$/.test(toks[det - 1]?.text ?? '');
}

/** Whether the clause's subject is plural and names no one: "They", "The studios", "The two companies". */
function pluralSubject(toks: { text: string }[], cs: number, ti: number): boolean {
  const words = toks.slice(cs, ti).map((x) => x.text).filter((w) => !SUBJECT_FILLERS.test(w));
  if (words.length === 1) return THEY.test(words[0]);
  return words.length >= 2 && words.length <= 4 && DEFINITE_ARTICLE.test(words[0]) && LOWER_PLURAL.test(words[words.length - 1])
    && words.slice(1).every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w) || /^\d+$/.test(w));
}

/**
 * "A group of senators, led by Ada Vell and Lin Oster, …": the persons or authorities after "led by" inside a subject
 * that names no party of its own (a name known by its form alone counts: leaders are people).
 */
function leadersIn(info: SentenceInfo, cs: number, ti: number): Mention[] {
  const { toks } = info;
  const inMention = (k: number) => info.mentions.some((m) => m.t0 <= k && k < m.t1);
  // "In a letter to A, eleven senators led by B …": a fronted phrase up to its comma is no part of the subject.
  if (PREPS.has(toks[cs]?.text.toLowerCase() ?? '')) {
    const c = toks.findIndex((x, k) => k > cs && k < ti - 3 && x.text === ',');
    if (c > 0) cs = c + 1;
  }
  // "led by A and B", or the members after "including" ("a group of authors including A and B").
  let led = toks.findIndex((x, k) => k >= cs && k < ti - 2 && LED_BY.test(x.text) && toks[k + 1]?.text === AGENT_BY);
  if (led < 0) { const inc = toks.findIndex((x, k) => k > cs && k < ti - 1 && INCLUDING.test(x.text)); led = inc >= 0 ? inc - 1 : -1; }
  if (led < 0) return [];
  for (let k = cs; k < led; k++) if (inMention(k)) return [];
  const out: Mention[] = [];
  let k = led + 2;
  for (const m of info.mentions) {
    if (m.t0 < k || m.t1 > ti || m.mod) continue;
    if (!toks.slice(k, m.t0).every((x) => x.text === LIST_AND || x.text === ',' || DETS.has(x.text) || PERSON_TITLES.has(x.text))) break;
    // ("authors including Ada Vell": a name opened by a given name, read as a company for want of a cue, is a person here.)
    if (!(m.ent.kind === 'person' || AUTHORITY.includes(m.ent.kind) || (m.ent.kind === 'company' && (m.ent.guessed || isGivenName(m.ent.name.split(' ')[0]!))))) break;
    out.push(m);
    k = m.t1;
  }
  return out;
}

/** The prosecuting authority the article names (the Justice Department, an attorney general's office), most named first. */
function prosecutingAuthority(reg: Registry): Entity | null {
  return reg.order.filter((e) => (e.kind === 'government' || e.kind === 'regulator') && e.mentions > 0 && PROSECUTORS.authority.test(e.name))
    .sort((a, b) => b.mentions - a.mentions)[0] ?? null;
}

/** Whether an accused is a party of a dispute: an organisation with a cue to its kind, or a person the article ties to one. */
function accusedOfDispute(m: Mention): boolean {
  return m.ent.kind === 'person' ? !!m.ent.organisation : !m.ent.guessed;
}

/** "The senators", "the lawmaker" as a clause's whole subject: the persons named with a matching title (one for a singular noun). */
const SIDE_NOUN = /^side$/;
const DATELINE_DASHES = /^(?:—|–|--|-)$/;

function titledHead(toks: { text: string }[], cs: number, ti: number): string | null {
  // Auxiliaries and adverbs before the verb are no part of the subject ("The senators are now seeking …").
  let words = toks.slice(cs, ti).map((x) => x.text).filter((w) => !SUBJECT_FILLERS.test(w) && !AUXILIARIES.test(w) && !BE.has(w) && !ADVERB_ENDING.test(w));
  // "CITY — Two senators urged …": a dateline before its dash is no part of the subject.
  const dash = words.findIndex((w, k) => k <= 3 && DATELINE_DASHES.test(w));
  if (dash >= 0) words = words.slice(dash + 1);
  // "The senators on Tuesday urged …": a time phrase after the group noun is no part of it.
  const tp = words.findIndex((w, k) => k >= 2 && PREPS.has(w.toLowerCase()) && !!TITLED_GROUP_NOUNS[words[k - 1].toLowerCase()]);
  if (tp > 0 && words.length - tp <= 3 && words.slice(tp + 1).some((w) => TIME_NOUNS.test(w) || /^\p{Lu}\p{Ll}+day$/u.test(w))) words = words.slice(0, tp);
  if (words.length < 2 || words.length > 4) return null;
  // "Two senators urged …": a count in place of "the" takes up the titled persons as a plural group.
  const counted = TITLED_GROUP_COUNTS.test(words[0]);
  if (!counted && !DEFINITE_ARTICLE.test(words[0])) return null;
  const two = words.length >= 3 ? words.slice(-2).join(' ').toLowerCase() : '';
  const head = TITLED_GROUP_NOUNS[two] ? two : words[words.length - 1];
  if (!TITLED_GROUP_NOUNS[head] || !words.slice(1, head === two ? -2 : -1).every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w) || (counted && TITLED_GROUP_LABELS.test(w)))) return null;
  if (counted && !PLURAL_ENDING.test(head.split(' ')[0])) return null;
  return head;
}

function titledSubject(toks: { text: string }[], cs: number, ti: number, reg: Registry): Agent[] | null {
  const head = titledHead(toks, cs, ti);
  if (!head) return null;
  const two = head.includes(' ') ? head : '';
  const re = TITLED_GROUP_NOUNS[head];
  const persons = reg.order.filter((e) => e.mentions > 0 && ((e.kind === 'person' && !!e.title && e.title.split(' ').some((w) => re.test(w)))
    || (e.kind === 'government' && head === two && e.name.endsWith(` ${ATTORNEY_GENERAL.title}`))));
  const plural = PLURAL_ENDING.test(head.split(' ')[0]);
  if (!persons.length || (!plural && persons.length > 1)) return null;
  return persons.map((e) => agentOf(e, reg));
}

/**
 * The decision noun whose infinitive opens at `to` ("the regulator's decision to fine X"), also across a coordinated
 * infinitive ("decision to fine X and to open an investigation into …"); -1 if none.
 */
function decisionNounBefore(toks: SentenceInfo['toks'], to: number): number {
  // "the regulator's decision last week to fine X": a time phrase may stand between the noun and its infinitive.
  const nounOf = (at: number): number => {
    let k = at - 1;
    while (k > 0 && at - k <= 3 && (TIME_NOUNS.test(toks[k].text) || DECISION_TIME_WORDS.test(toks[k].text))) k--;
    return k >= 0 && DECISION_NOUNS.test(toks[k].text) ? k : -1;
  };
  const direct = nounOf(to);
  if (direct >= 0 || toks[to - 1]?.text !== LIST_AND) return direct;
  for (let k = to - 2; k >= Math.max(1, to - 14); k--) {
    const w = toks[k].text;
    if (w === ';' || w === ':') return -1;
    if (w === TO) return nounOf(k);
  }
  return -1;
}

/**
 * The parties of an act told as a noun, read from the noun's own phrases (README "How it decides", noun arguments): the
 * agent after the pattern's closing "by" acts; the object of the type's target preposition anywhere in the noun's phrase
 * ("against" a suit, "for" a warrant, "on" a fine, "into" a probe; before or after the agent) is the target; a forum
 * ("with the board") never is. With no target in the phrase, the subject of a verb that undergoes the noun ("Marrowby
 * paid a penalty imposed by …") is. Null when no agent is named right after "by".
 */
function nounArgs(info: SentenceInfo, ti: number, byEnd: number, type: EventType, cs: number, reg: Registry): { agent: Mention; targets: Mention[]; how: string } | null {
  const { toks } = info;
  // Also after a description of the agent ("brought by the magazine publisher Tessaly Press").
  const agent = info.mentions.find((x) => x.t0 >= byEnd && !x.mod && ((x.lead ?? x.t0) <= byEnd + 2
    || ((x.lead ?? x.t0) <= byEnd + 6 && MEMBER_DESC_DETERMINERS.test(toks[byEnd]?.text ?? '')
      && toks.slice(byEnd + 1, x.lead ?? x.t0).every((w) => descriptionWord(w.text))))) ?? null;
  if (!agent) return null;
  const agentName = agentOf(agent.ent, reg).name;
  // The phrase runs from the noun to a clause word, or past the agent to a finite verb.
  let end = ti + 1;
  while (end < toks.length && end < agent.t1 + 12 && !NOUN_PHRASE_END.test(toks[end].text)) {
    if (end >= agent.t1 && /^\p{Ll}/u.test(toks[end].text) && (BE.has(toks[end].text) || /^(?:VBZ|VBP|MD)$/.test(posTags(toks[end].text)?.[0] ?? ''))) break;
    end++;
  }
  const prep = NOUN_TARGET_PREPS[type];
  if (prep) {
    for (let k = ti + 1; k < end; k++) {
      if (k >= agent.t0 && k < agent.t1) continue;
      // "on behalf of drivers" names who a filing is for, not whom it is against.
      if (!prep.test(toks[k].text) || /^behalf$/i.test(toks[k + 1]?.text ?? '')) continue;
      // A description in apposition ("against Tarvel, the company behind …") restates the object; it adds no party.
      const objs = objectsAfter(info, k + 1, agentName, reg, 3, end).filter((x, i) => x !== agent && (i === 0 || !x.coref));
      if (objs.length) return { agent, targets: objs, how: `object of "${toks[k].text.toLowerCase()}" in the noun's phrase` };
    }
  }
  // "Marrowby paid a penalty imposed by …", "faces a suit brought by …": the one who undergoes it.
  let v = ti - 1;
  while (v > cs && ti - v <= 5 && !UNDERGO_NOUN_VERBS.test(toks[v].text) && (DETS.has(toks[v].text) || ARTICLES.test(toks[v].text) || /^[$€£]?[\d.,]+$/u.test(toks[v].text)
    || (/^\p{Ll}/u.test(toks[v].text) && /^(?:JJ|NN|NNS|CD)$/.test(posTags(toks[v].text)?.[0] ?? '')))) v--;
  if (v >= cs && UNDERGO_NOUN_VERBS.test(toks[v].text) && /^\p{Ll}/u.test(toks[v].text)) {
    const subj = subjectIn(info, cs, v);
    if (subj && agentOf(subj.ent, reg).name !== agentName) return { agent, targets: [subj], how: 'subject of the verb that undergoes the noun' };
  }
  return { agent, targets: [], how: 'none' };
}

export function detectEvents(info: SentenceInfo, field: 'text' | 'title', reg: Registry, ctx: SentCtx, out: RawEvent[]): void {
  const { s, toks } = info;
  if (!toks.length) return;
  const trimmed = s.text.trimEnd();
  if (trimmed.endsWith('?')) return;
  // "If X keeps its tariffs, Y will retaliate": a conditional sentence reports only the threat of its main clause.
  const conditionalOpener = CONDITIONAL_OPENERS.test(s.text);
  if (UNREAL_OPENERS.test(s.text) && !conditionalOpener) return;
  const quote = quoteIn(s.text);
  const qaA = s.qa === 'A';
  // A headline or subheading inside the text reads as a title does ("Quillon Sued by Ledger").
  const headline = field === 'text' && isHeadline(s.text);
  let sentenceActor: Agent | null = null;
  const spokesAgent = ctx.defaultSpeaker;
  const spans: { type: EventType; a: number; b: number }[] = [];
  // Inside a demand ("urged the US to ... lift ..."), other actions are only asked for.
  let demandIdxCache = -2;
  const demandIdx = (): number => {
    if (demandIdxCache === -2) {
      // A word of a name ("Ostrik Press") is no verb.
      // After a determiner the word is a noun: "Speaking to the press, X rejected …" asks nothing.
      demandIdxCache = toks.findIndex((x, k) => !covered[k] && DEMAND_VERBS.test(x.text) && !DETERMINERS.test(toks[k - 1]?.text ?? '')
        || (CALL_VERB.test(x.text) && CALL_PREPS.test(toks[k + 1]?.text ?? ''))
        // "Senators Demand FTC Investigate …": the bare form right before a name is the verb, not the noun ("demand for").
        || (!covered[k] && DEMAND_BARE.test(x.text) && covered[k + 1] === 1)
        // "We request that the Commission open an investigation": the bare present before "that" asks too.
        || (!covered[k] && REQUEST_THAT_VERBS.test(x.text) && toks[k + 1]?.text === COMPLEMENTISER));
    }
    return demandIdxCache;
  };
  // Every trigger starts at a word boundary: only the triggers whose hints the sentence can hold are tried
  // (lexicon.ts triggerCandidates: a hint's first three letters start a word, and the hint is in the text).
  const candidates = triggerCandidates(toks, s.text.toLowerCase());
  const covered = new Uint8Array(toks.length + 1);
  for (const x of info.mentions) for (let k = x.t0; k < x.t1; k++) covered[k] = 1;
  for (const ti0 of candidates) {
    const trig = TRIGGERS[ti0];
    trig.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = trig.re.exec(s.text)) !== null) {
      // A `{class}` slot holding a word of another class ("imposed fines and then controls" for "{mod}{0,4} controls"):
      // no match here; the pattern is tried again from the next character.
      if (trig.slots && !slotsOk(trig, m, posTags)) { trig.re.lastIndex = m.index + 1; continue; }
      const ti = tokenAt(info, s.start + m.index);
      if (ti >= toks.length) continue;
      const tEnd = tokenAt(info, s.start + m.index + m[0].length - 1) + 1;
      // Triggers inside an entity name are not verbs; capitalised ones mid-sentence belong to a quoted title.
      if (covered[ti]) continue;
      if (conditionalOpener && !(trig.type === 'THREAT' && toks.slice(1, ti).some((x) => x.text === ','))) continue;
      if (field === 'text' && !headline && ti > 1 && /^\p{Lu}/u.test(m[0]) && !/^[“"‘'(:]$/.test(toks[ti - 1].text)) continue;
      // A one-word verb pattern right after a determiner is a noun ("The ban is …", "its sanctions"), no act of its own.
      // (Not a verb after "that" on an apposition's noun: "X, a reseller that sued Y".)
      if (trig.mode === 'svo' && !/\s/.test(m[0].trim()) && ti > 0 && DETERMINERS.test(toks[ti - 1].text)
        && !(APPOSITION_RELATIVES.test(toks[ti - 1].text) && appositionOwner(info, ti - 2))) continue;
      // "France to ban imports" (a headline), "France is to ban imports": a subject and "to" before the act make it a plan.
      if (!TYPE_RULES[trig.type].modalOk && scheduled(info, ti, field === 'title' || headline)) continue;
      // One phrase, one event: "decision to impose tariffs on China" is not also "tariffs on China".
      if (spans.some((x) => x.type === trig.type && ti >= x.a && ti < x.b)) continue;
      spans.push({ type: trig.type, a: ti, b: tEnd });
      // "If Marrowby refuses, Japan will retaliate": a threat's clause is the main clause after the condition's comma.
      const cs = trig.type === 'THREAT' ? afterCondition(toks, clauseStart(info, ti), ti) : clauseStart(info, ti);
      if (!trig.anyMood && unreal(info, cs, ti, trig)) {
        // "We have not copied anyone's code": a wrongdoing negated by the accused side is a denial.
        if (trig.type === 'ALLEGATION' && trig.mode === 'report' && field === 'text' && !unreal(info, cs, ti, trig, true)
          && toks.slice(Math.max(cs, ti - 2, 1), ti).some((x, q) => PLAIN_NEGATORS.test(x.text) && (BARE_NEGATORS.has(x.text)
            || AUXILIARIES.test(toks[Math.max(cs, ti - 2, 1) + q - 1].text)))) {
          const d = negatedWrongdoing(info, ti, cs, reg, ctx);
          if (d) out.push({ type: 'DENIAL', actor: d.actor, target: null, needActor: false, needTarget: true, anaphor: false, info, field,
            conf: 0.6, order: out.length, quote, tpos: m.index, pattern: `${trig.id}/negated`, how: { actor: d.how, target: 'none' } });
        }
        continue;
      }
      // "…, Quillon has blocked Dalmore from …, the lawsuit claimed.": an act told only by a legal document's claim is part of
      // the allegation, not an act of its own.
      if (trig.type !== 'ALLEGATION' && claimedByDocument(info, ti)) continue;
      // "Were Japan to ban Quillon, …", "Had Japan banned Quillon, …": an inverted condition is no act.
      if (INVERTED_CONDITIONAL.test(s.text) && !toks.slice(1, ti).some((x) => x.text === ',')) continue;
      // "Japan denied that it had banned Quillon": an act inside a denied clause did not happen by this report.
      if (trig.type !== 'DENIAL' && cs > 0 && toks[cs - 1].text === COMPLEMENTISER && toks.slice(Math.max(0, cs - 6), cs - 1).some((x) => DENYING.test(x.text))) continue;
      // "found no evidence that Marrowby had copied …", "never said that …": a clause under a negated noun or verb did not happen.
      if (cs > 2 && toks[cs - 1].text === COMPLEMENTISER && !AFFIRMING_AFTER_NO.test(toks[cs - 2].text)
        && toks.slice(Math.max(0, cs - 4), cs - 1).some((x) => NEGATORS.has(x.text.toLowerCase()) && !DENIAL_VERBS_AS_NEGATORS.has(x.text))) continue;
      // "Reports that Japan had banned Quillon were false."
      if (cs > 1 && toks[cs - 1].text === COMPLEMENTISER && CLAIM_NOUN.test(toks[cs - 2].text)
        && toks.slice(ti + 1).some((x, q, arr) => FINITE_BE.test(x.text) && FALSE_WORDS.test(arr[q + 1]?.text ?? ''))) continue;
      // "denied reports of a sale", "said rumours of layoffs were baseless": hearsay about business news answers no accusation.
      if (trig.type === 'DENIAL') {
        const r = toks.findIndex((x, k) => k >= cs && k < ti + 8 && RUMOUR_NOUNS.test(x.text));
        if (r >= 0 && toks.slice(r + 1, r + 9).some((x) => BUSINESS_NEWS_NOUNS.test(x.text))) continue;
        // "disputed the figures in a report by analysts": the claims' author is an unnamed group, no party of the article.
        const by = toks.findIndex((x, k) => k > ti && k < ti + 9 && x.text === AGENT_BY);
        if (by > 0 && !covered[by + 1] && /^\p{Ll}/u.test(toks[by + 1]?.text ?? '') && (posTags(toks[by + 1].text) ?? [])[0] === 'NNS') continue;
      }
      // A court denying a motion rules; it does not deny an allegation. Only the denial's own object counts: "denied any
      // wrongdoing and said it would appeal" has the request word in a clause of its own.
      if (trig.type === 'DENIAL' && deniesRequest(toks, ti)) continue;
      if (!TYPE_RULES[trig.type].insideDemandOk) {
        const d = demandIdx();
        if (d >= 0 && ti > d) continue;
      }
      // ("The penalty closes an inquiry launched by the Board in March": told with its opening and agent, it was opened.)
      // (Not when the ending is refused: "the judge refused to dismiss a lawsuit brought by X", "denied a motion to dismiss".)
      const endFrom = Math.max(0, ti - 4);
      if (TYPE_RULES[trig.type].cancelledByEnding && toks.slice(endFrom, ti).some((x, q) => ENDING_VERBS.test(x.text)
        && !toks.slice(Math.max(0, endFrom + q - 4), endFrom + q).some((y) => ENDING_REFUSED.test(y.text)))
        && !(trig.agentBy && toks.slice(ti, tEnd).some((x) => OPENING_PARTICIPLES.test(x.text)))) continue;
      // "lifted the ban on X", "eased its curbs on": a measure that is the object of a lifting verb, with only its
      // determiner and modifiers between, is undone here, not imposed.
      if (TYPE_RULES[trig.type].cancelledByLifting) {
        let q = ti - 1;
        while (q >= 0 && ti - q <= 4 && !LIFTING_VERBS.test(toks[q].text) && /^\p{Ll}[\p{Ll}-]*$/u.test(toks[q].text) && !COORDINATORS.test(toks[q].text)) q--;
        if (q >= 0 && ti - q <= 4 && LIFTING_VERBS.test(toks[q].text)) continue;
      }
      // "coerce Ukraine into investigating", "by blocking aid": a gerund after a preposition is not a reported act.
      // The same holds for a denial or counter-move ("accused Marrowby of denying users a refund").
      if ((trig.mode === 'svo' || trig.mode === 'counter') && GERUND_ENDING_I.test(toks[ti].text) && ti >= 1 && GERUND_PREPS.test(toks[ti - 1].text)) continue;
      // "checked on accused smuggler Vell", "a case against sanctioned firms": a participle after a preposition is an adjective.
      if ((trig.mode === 'svo' || trig.mode === 'counter') && PARTICIPLE_ENDING_I.test(toks[ti].text) && tEnd === ti + 1 && ti >= 1
        && PARTICIPLE_PREPS.test(toks[ti - 1].text) && /^\p{Ll}/u.test(toks[ti + 1]?.text ?? '')) continue;
      // "to ship restricted chips", "sold sanctioned equipment": a participle between a verb and a common noun is an
      // adjective of that noun, no act.
      if (trig.mode === 'svo' && tEnd === ti + 1 && PAST_ENDING.test(toks[ti].text) && ti >= 1 && attributiveAfterVerb(toks, ti)) continue;
      // "condemned the move as an act of economic coercion": the wrong named after "as" is the condemned thing's, and the
      // condemning verb's own pattern tells the allegation; read alone, the wrong took the sentence's subject as its doer.
      if (trig.type === 'ALLEGATION' && trig.mode === 'report' && condemnedAs(toks, cs, ti)) continue;
      const firstWordEnd = ti + 1;
      let actorM: Mention | null = null;
      let actorAgent: Agent | null = null;
      let targets: Mention[] = [];
      let needActor = false, needTarget = false, anaphor = false;
      let reportGroup: Agent[] | null = null;
      let byAgents: Agent[] | null = null;
      let speakerAfter = -1;
      let grantedAgainst: Agent | null = null;
      let itTarget: Agent | null = null;
      let sideTarget: Agent | null = null;
      let chargedFor = false;
      let voiceTarget: Agent | null = null;
      let conf = trig.conf;
      const how = { actor: 'none', target: 'none' };
      const partIdx = ADVERB_ENDING.test(toks[ti].text) && ti + 1 < toks.length ? ti + 1 : ti;
      // "Quillon fined $15M by Ostria": in a headline a participle whose "by"-agent follows an amount or adverb (no party
      // between) is passive too.
      const byAt = toks.slice(partIdx + 1, partIdx + 6).findIndex((x) => x.text === AGENT_BY);
      const agentLater = byAt > 0 && !info.mentions.some((m) => m.t0 > partIdx && m.t0 <= partIdx + byAt) && info.mentions.some((m) => (m.lead ?? m.t0) === partIdx + byAt + 2 || m.t0 === partIdx + byAt + 2);
      const headlinePassive = (field === 'title' || headline) && PAST_ENDING.test(toks[partIdx].text) && (HEADLINE_PASSIVE_NEXT.test(toks[partIdx + 1]?.text ?? '') || agentLater);
      // "sanctions imposed by the US": a participle right before "by" is passive even without "be".
      const reducedPassive = PAST_ENDING.test(toks[partIdx].text) && toks[partIdx + 1]?.text === AGENT_BY && partIdx > 0 && /^\p{Ll}/u.test(toks[partIdx - 1].text);
      // "was labelled … and blocked from …": a participle coordinated with a passive one is passive too.
      // (Not after a participle of feeling, which is an adjective: "was disappointed and denied any wrongdoing".)
      const coordPassive = ti >= 3 && toks[ti - 1].text === LIST_AND && PASSIVE_PARTICIPLE_ENDING.test(toks[partIdx].text)
        && toks.slice(cs, ti - 1).some((x, q, arr) => BE.has(x.text) && PARTICIPLE_ENDING.test(arr[q + 1]?.text ?? '') && !FEELING_PARTICIPLES.test(arr[q + 1].text));
      const passive = headlinePassive || reducedPassive || coordPassive || (ti >= 1 && (BE.has(toks[ti - 1].text) || (ti >= 2 && BE.has(toks[ti - 2].text) && (ADVERB_ENDING.test(toks[ti - 1].text) || PASSIVE_ADVERBS.test(toks[ti - 1].text))))
        && PASSIVE_PARTICIPLE_ENDING.test(toks[partIdx].text) && !FEELING_PARTICIPLES.test(toks[partIdx].text));
      const pEnd = Math.max(tEnd, partIdx + 1);
      if (trig.mode === 'anaphor') {
        anaphor = true;
        const after = objectsAfter(info, tEnd, null, reg, 40).filter((x) => x.ent.kind !== 'regulator' && x.ent.kind !== 'court' && x.ent.kind !== 'government');
        targets = after.slice(0, 1);
        actorM = subjectIn(info, 0, ti);
        how.actor = how.target = 'from the allegation the noun refers back to';
        if (actorM && (actorM.ent.kind === 'regulator' || actorM.ent.kind === 'court')) actorM = null;
        // "a complaint lodged with the Authority in March by Marrowby": the agent after "by" brought it.
        const by = toks.findIndex((x, k) => k >= tEnd && k < tEnd + 10 && x.text === AGENT_BY);
        const agent = by > 0 ? info.mentions.find((x) => (x.lead ?? x.t0) >= by + 1 && (x.lead ?? x.t0) <= by + 2 && usable(info, x)
          && x.ent.kind !== 'regulator' && x.ent.kind !== 'court') : undefined;
        if (agent && !toks.slice(tEnd, by).some((x) => x.text === ',' || x.text === ';')) {
          actorM = agent; targets = after.filter((x) => x !== agent && x.t0 > agent.t1).slice(0, 1);
          how.actor = 'agent after "by"'; how.target = targets.length ? 'object' : 'from the allegation the noun refers back to';
        }
      } else if (trig.agentBy) {
        // An act told as a noun with its agent ("a lawsuit brought by Quillon against Marrowby", "a penalty imposed on
        // Marrowby by the Authority", "the probe into Marrowby, opened by the Authority"): the noun's own phrases name
        // the parties (nounArgs).
        const args = nounArgs(info, ti, tEnd, trig.type, cs, reg);
        if (!args) continue;
        actorM = args.agent; targets = args.targets;
        how.actor = 'agent after "by"'; how.target = args.how;
        // "brought by A and B", "by the publisher A and the broadcaster B": each agent acts.
        const against = toks.findIndex((x, k) => k >= actorM!.t1 && k < actorM!.t1 + 12 && x.text === AGAINST);
        // (Not past the comma that closes a fronted clause: "Following a complaint by X, the Authority opened …".)
        const opener = FRONT_SUBORDINATORS.test(toks[0]?.text ?? '') || PROMPTED_BY_VERBS.test(toks[0]?.text ?? '');
        const fe = opener ? toks.findIndex((x, k) => k >= actorM!.t1 && x.text === ',') : frontedClauseEnd(info);
        const agents = objectsAfter(info, actorM.lead ?? actorM.t0, null, reg, 0, Math.min(against >= 0 ? against : toks.length, fe > actorM.t0 ? fe : toks.length));
        if (agents.length > 1 && agents[0] === actorM) byAgents = agents.map((x) => agentOf(x.ent, reg));
        // A suit whose defendant the phrase leaves unnamed is against the article's counterpart; a measure or inquiry
        // aimed at no one named is no event of ours.
        // (An inquiry of the authority that names its subject elsewhere, "the inquiry, launched by the Board last
        // spring, found …", is into the party the article's other acts of that authority reach: the counterpart.)
        if (!targets.length) { if (trig.type !== 'LEGAL_ACTION' && trig.type !== 'INVESTIGATION') continue; needTarget = true; }
      } else if (trig.fronted) {
        // "Contrary to the Authority's findings, the companies declared ...": the main clause's subject answers the fronted party.
        const comma = toks.findIndex((x, k) => k > ti && x.text === ',');
        if (comma < 0) continue;
        targets = objectsAfter(info, tEnd, null, reg, 6, comma).slice(0, 1);
        actorM = subjectIn(info, comma + 1, toks.length);
        how.actor = 'subject of the main clause'; how.target = 'party of the fronted phrase';
        if (!actorM || !targets.length) continue;
      } else if (trig.mode === 'characterise') {
        const callerAt = toks.findIndex((x, k) => k >= ti - 8 && k < ti && CALLING_VERBS.test(x.text));
        const caller = callerAt >= 0;
        const sp = speakerFor(info, ti);
        // The caller is the subject before "called", never the owner of the claims after it ("called Quillon's claims baseless").
        // "A spokesperson for Quillon, Ada Vell, described …": the body the spokesperson speaks for.
        if (caller) { actorM = spokesFor(info, 0, callerAt) ?? subjectIn(info, 0, callerAt); how.actor = 'subject of the characterising verb'; }
        else if (sp?.m) { actorM = sp.m; how.actor = 'speaker'; }
        else if (sp?.spokes && spokesAgent) { actorAgent = spokesAgent; how.actor = "spokesperson's body"; }
        if (!actorM && !actorAgent) { needActor = true; conf -= 0.1; }
        needTarget = true;
      } else if (trig.mode === 'undergo') {
        // "X faces charges brought by Y", "X agreed to a deferred prosecution agreement with Y": the subject undergoes it.
        const patient = subjectIn(info, cs, ti) ?? (cs > 0 ? subjectIn(info, 0, ti) : null);
        if (!patient) continue;
        targets = [patient];
        // Only with its author named after the pattern: unnamed, a criminal case of any domain would be read as a dispute.
        actorM = trig.authorInside
          ? info.mentions.find((x) => x.t0 > ti && x.t1 <= tEnd && x !== patient && UNDERGO_AUTHORS.includes(x.ent.kind)) ?? null
          : objectsAfter(info, tEnd, agentOf(patient.ent, reg).name, reg, 3)[0] ?? null;
        // "X faces further charges, the Justice Department said": a state body that reports the charges brought them.
        let reporter = false;
        if (!actorM && !trig.authorInside) {
          const sp = speakerFor(info, ti);
          if (sp?.m && sp.m !== patient && (sp.m.ent.kind === 'government' || sp.m.ent.kind === 'regulator')) { actorM = sp.m; reporter = true; }
        }
        if (!actorM) continue;
        how.actor = reporter ? 'state body that reports it' : trig.authorInside ? 'authority named inside the pattern' : 'named after the pattern';
        how.target = 'subject, who undergoes the act';
        // "The Justice Department reached a deferred prosecution agreement with X": an authority as the subject is the
        // act's author, the party after the pattern undergoes it.
        if (UNDERGO_AUTHORS.includes(patient.ent.kind) && !UNDERGO_AUTHORS.includes(actorM.ent.kind) && actorM.ent.kind !== 'court') {
          targets = [actorM]; actorM = patient; how.actor = 'subject, an authority'; how.target = 'named after the pattern';
        }
      } else if (trig.mode === 'report') {
        // "sold drugs and stolen data", "a market for the pirated films": a participle before a noun is an adjective of a kind of thing.
        if (tEnd === ti + 1 && PARTICIPLE_ENDING_I.test(toks[ti].text) && commonNoun(toks[ti + 1]?.text) && ti >= 1) {
          const prev = toks[ti - 1].text;
          if (DETS.has(prev) || ARTICLES.test(prev) || (posTags(prev.toLowerCase())?.[0] === 'JJ' && /^\p{Ll}/u.test(prev))
            || ((prev === ',' || prev === LIST_AND) && EN_PARTICIPLE_ENDING.test(toks[ti].text))) continue;
        }
        // "China opposes all forms of hacking": a class of acts named in general is alleged of no one.
        // Also a later member of the class's list ("all forms of hacking and cyber theft").
        {
          let k = ti - 1;
          while (k > cs && ti - k <= 6 && toks[k].text !== GENITIVE && /^(?:\p{Ll}[\p{Ll}-]*|,)$/u.test(toks[k].text)) k--;
          if (k >= 2 && toks[k].text === GENITIVE && CLASS_NOUNS.test(toks[k - 1].text) && CLASS_QUANTIFIERS.test(toks[k - 2].text)) continue;
        }
        // "rejected the claim that it had copied …", "denied that it had copied …": the wrongdoing is what is denied.
        if (cs > 0 && toks[cs - 1].text === COMPLEMENTISER && toks.slice(Math.max(0, cs - 6), cs - 1).some((x) => DENYING.test(x.text))) continue;
        // "has never produced any evidence that Quillon poses a threat", "no proof that …": a negated proof of the wrongdoing
        // denies it; it alleges nothing.
        if (cs > 0 && toks[cs - 1].text === COMPLEMENTISER) {
          const pn = [...toks.slice(Math.max(0, cs - 5), cs - 1)].reverse().findIndex((x) => PROOF_NOUNS.test(x.text));
          const at = pn >= 0 ? cs - 2 - pn : -1;
          if (at > 0 && toks.slice(Math.max(0, at - 7), at).some((x) => NEGATORS.has(x.text.toLowerCase()))) continue;
        }
        // "denies the accusation, which Marrowby made in May, that it copied …": the claim noun, not the word before "that", is denied.
        if (cs > 0 && toks[cs - 1].text === COMPLEMENTISER) {
          const cn = [...toks.slice(Math.max(0, cs - 14), cs - 1)].reverse().findIndex((x) => CLAIM_NOUN.test(x.text));
          const at = cn >= 0 ? cs - 2 - cn : -1;
          if (at > 0 && toks.slice(Math.max(0, at - 4), at).some((x) => DENYING.test(x.text))) continue;
        }
        // "accuses them of illegally copying …": the wrongdoing is the content of the accusation, an event of its own.
        const ofAt = toks.slice(Math.max(cs, ti - 2), ti).findIndex((x) => x.text === GENITIVE);
        if (ofAt >= 0 && toks.slice(cs, Math.max(cs, ti - 2) + ofAt).some((x) => ACCUSING_STEMS.test(x.text))) continue;
        // "sued Marrowby for infringing its patents", "is suing X for copyright infringement": the suit's own claim.
        const forAt = toks.slice(Math.max(cs, ti - 3), ti).findIndex((x) => FOR_WORD.test(x.text));
        if (forAt >= 0 && toks.slice(cs, Math.max(cs, ti - 3) + forAt).some((x) => SUING_STEMS.test(x.text))) continue;
        // "Vell says the Commission has fined Quillon for breaching the rules": the wrongdoing in a penalty's "for" phrase
        // is the penaliser's allegation (implied pass), never the reporter's against the first name of the clause.
        if (forAt >= 0 && toks.slice(cs, Math.max(cs, ti - 3) + forAt).some((x) => PENALISING_STEMS.test(x.text))) continue;
        let sp = speakerFor(info, ti);
        // "It claims that A copied …, and that A has infringed …": a coordinated "that" clause has the first one's speaker.
        if (!sp && cs >= 3 && toks[cs - 1].text === COMPLEMENTISER && (toks[cs - 2].text === LIST_AND || toks[cs - 2].text === ',')) {
          const first = toks.findIndex((x, k) => k < cs - 2 && x.text === COMPLEMENTISER);
          if (first > 0) { sp = speakerFor(info, first); if (!sp) continue; }
        }
        // "Many businesses agree that X …": the clause governing the "that" has an unnamed subject of its own.
        if (field === 'text' && !sp && cs >= 2 && toks[cs - 1].text === COMPLEMENTISER && unnamedSubject(info, clauseStart(info, cs - 2), cs - 2)) continue;
        if (field === 'text' && (!sp || (sp.m && sp.m.t0 > sp.vi && sp.vi < ti))) {
          // "Prosecutors alleged that …", "Several analysts said Quillon …": a speaker who names no party is no one of the article.
          const rv = sp ?? reportVerbs(info).filter((v) => v.vi < ti).pop();
          if (rv && unnamedSubject(info, clauseStart(info, rv.vi), rv.vi)) continue;
        }
        const from = Math.max(clauseStart(info, ti, true), sp && sp.vi < ti ? sp.vi + 1 : 0);
        let wrongdoer: Mention | null = null;
        let coWrongdoers: Mention[] = [];
        if (passive) wrongdoer = objectsAfter(info, pEnd, null, reg, 10)[0] ?? null;
        // "the Dutch government's inappropriate intervention": the possessor did it.
        if (!wrongdoer) wrongdoer = info.mentions.find((x) => x.t1 >= ti - 3 && x.t1 < ti && /^['’]$/.test(toks[x.t1]?.text ?? '')) ?? null;
        if (!wrongdoer) {
          for (const x of info.mentions) {
            if ((x.lead ?? x.t0) < from || x.t1 > ti || !usable(info, x) || (prepBefore(info, x) && !makerBy(info, x) && !(backerOf(info, x) && !wrongdoer))) continue;
            // "a technician at Brno chipmaker Tennick", "the servers of the Delft firm Stenhouse": a name after a
            // description that a preposition opens is the employer or the victim, not the wrongdoer.
            if (describedAfterPrep(info, x)) continue;
            // "the court denied the motion to dismiss the infringement claims": the bench rules on a wrongdoing, it did none.
            if (x.ent.kind === 'court' || x.ent.role === 'judge') continue;
            // "entities that the United States has determined pose a threat": the subject of a judgement right before the
            // wrongdoing judges; the wrongdoer is the unnamed antecedent.
            {
              const between = Array.from(toks.slice(x.t1, ti), (w) => w.text);
              if (between.length >= 1 && between.length <= 3 && JUDGING_VERBS.test(between[between.length - 1]) && between.slice(0, -1).every((w) => AUXILIARIES.test(w) || ADVERB_ENDING.test(w))) continue;
            }
            // The wrongdoing's subject comes first; a later name is an object or a list member ("copies of A, B, C without permission").
            if (wrongdoer && toks.slice(wrongdoer.t1, x.lead ?? x.t0).some((w) => OBJECT_LINKS.test(w.text))) break;
            // "Quillon has obtained Corvane chips …": after the first name's own verb, a later name is in its object, unless
            // it possesses the wrongdoing's noun phrase ("Quillon opposes the Corvane side's abuse of …").
            if (wrongdoer && !toks.slice(x.t1, x.t1 + 2).some((w) => /^['’]s?$/.test(w.text))
              && toks.slice(wrongdoer.t1, x.lead ?? x.t0).some((w) => /^\p{Ll}/u.test(w.text) && /^(?:VB[DZP]|MD)$/.test(posTags(w.text)?.[0] ?? ''))) break;
            wrongdoer = x;
          }
          // "said Quillon and its affiliate Marrowby had shared …": every member of a coordinated subject did it.
          const w = wrongdoer as Mention | null;
          if (w) {
            // Only a list that opens the clause ("the three, identified by their surnames A, B and C" names no subject list).
            let start = info.mentions.find((x) => (x.lead ?? x.t0) >= from && x.t1 <= (w.lead ?? w.t0) && usable(info, x) && !prepBefore(info, x));
            if (start && (toks.slice(from, start.lead ?? start.t0).some((y) => /^[,;:(—–-]$/.test(y.text))
              || !objectsAfter(info, start.lead ?? start.t0, null, reg, 0, ti).includes(w))) start = undefined;
            if (start) coWrongdoers = objectsAfter(info, start.lead ?? start.t0, null, reg, 0, ti).filter((x) => x.t1 <= ti);
          }
        }
        // "said the two companies had shared …": a plural description as the wrongdoing's subject takes up the parties
        // named together last.
        if (!wrongdoer && field === 'text') {
          let g0 = from;
          if (toks[g0]?.text === COMPLEMENTISER) g0++;
          const ref = groupRefAt(toks, g0);
          const side = ref && ref.end <= ti && ti - ref.end <= 8 && !toks.slice(ref.end, ti).some((x) => /^[,;:]$/.test(x.text))
            && !info.mentions.some((x) => x.t0 >= ref.end && x.t0 < ti) ? groupSide(ctx.lastGroup, ref, 'targets') : null;
          if (side) reportGroup = side;
        }
        // "The authority told Quillon that it must stop …": an obligation on "it"/"they" falls on the one told.
        if (!wrongdoer && !reportGroup && trig.type === 'DEMAND' && sp && sp.vi < ti) {
          let q = from;
          if (toks[q]?.text === COMPLEMENTISER) q++;
          const told = IT_THEY.test(toks[q]?.text ?? '') && q < ti ? info.mentions.find((x) => x.t0 > sp.vi && x.t1 <= from && x.t0 <= sp.vi + 2 && x.ent.kind !== 'person') : undefined;
          if (told) wrongdoer = told;
        }
        if (!wrongdoer && !reportGroup && sp?.m && sp.vi < ti && !FINDING_VERBS.test(toks[sp.vi].text)) {
          // "The U.S. says one thing and does another, ... abusing export controls": the subject is the wrongdoer.
          const between = Array.from(toks.slice(sp.vi + 1, ti), (x) => x.text);
          // Only when the wrongdoing continues the speaker's own clause ("… and does another", "…, abusing …"): after
          // "said scrapers bypass …" the complement clause has a subject of its own.
          const ownClause = GERUND_ENDING_I.test(toks[ti].text) || between.some((w) => COORDINATORS.test(w));
          if (!between.some((w) => w === COMPLEMENTISER || w === ':' || /^[“"‘]$/.test(w))) {
            if (!ownClause) continue;
            if (sp.m.ent.kind === 'court' || sp.m.ent.role === 'judge') continue;
            wrongdoer = sp.m;
          }
        }
        if (sp?.m && sp.m !== wrongdoer) { actorM = sp.m; how.actor = 'speaker'; }
        else if (sp?.spokes && spokesAgent) { actorAgent = spokesAgent; how.actor = "spokesperson's body"; }
        else if (!sp && (() => {
          // "threw out the authors' claims of unfair competition": the wrongdoing is the content of a possessed claim; the
          // claim is its possessor's, and an unnamed possessor names no actor (not the main clause's subject).
          const ofAt = Array.from(Array(Math.min(4, ti)).keys(), (d) => ti - 1 - d).find((k) => toks[k].text === GENITIVE && k > 0 && CLAIM_NOUN.test(toks[k - 1].text));
          if (ofAt === undefined || info.mentions.some((x) => x.t0 > ofAt && x.t0 < ti)) return false;
          const claimAt = ofAt - 1;
          if (!/^['’]s?$/.test(toks[claimAt - 1]?.text ?? '')) return false;
          const owner = info.mentions.find((x) => x.t1 === claimAt - 1);
          if (owner && owner !== wrongdoer) { actorM = owner; how.actor = 'owner of the claims'; }
          return true;
        })()) { if (!actorM) continue; }
        else if (!sp) {
          // "settle the agency's claims that it misled …", "settle claims by Quillon that it copied …": the claim is its
          // owner's (possessor or agent after "by"), never the main clause's subject, which undergoes or answers it.
          const claimAt = from > 1 && toks[from - 1].text === COMPLEMENTISER
            ? Array.from(Array(Math.min(6, from - 1)).keys(), (d) => from - 2 - d).find((k) => CLAIM_NOUN.test(toks[k].text)) ?? -1 : -1;
          const undergone = claimAt >= 0 && toks.slice(Math.max(0, claimAt - 6), claimAt).some((x) => CLAIM_UNDERGO_VERBS.test(x.text));
          if (undergone) {
            const owner = info.mentions.find((x) => x.t1 <= claimAt && x.t1 >= claimAt - 3 && /^['’]$/.test(toks[x.t1]?.text ?? ''))
              ?? (toks[claimAt + 1]?.text === AGENT_BY ? info.mentions.find((x) => (x.lead ?? x.t0) === claimAt + 2 || x.t0 === claimAt + 2) : undefined);
            if (owner && owner !== wrongdoer) { actorM = owner; how.actor = 'owner of the claims'; }
          } else {
            const subj = subjectIn(info, from > 0 ? clauseStart(info, from - 1) : 0, from > 0 ? from : ti);
            if (subj && subj !== wrongdoer && (!wrongdoer || subj.t0 < wrongdoer.t0) && from > 0) { actorM = subj; how.actor = 'subject of the main clause'; }
          }
        }
        // "Many experts believe Quillon stole …": told by an unnamed group, with no "that".
        if (!sp && wrongdoer && field === 'text' && unnamedSubject(info, cs, wrongdoer.lead ?? wrongdoer.t0)) continue;
        // "content that violates the rules", "a market for stolen goods": a wrongdoing that only qualifies a common noun
        // describes a kind of thing, not an act of anyone the article names.
        if (!wrongdoer && !reportGroup && trig.type === 'ALLEGATION' && qualifiesNoun(info, ti)) continue;
        // "was no admission of any breach", "without admitting any wrongdoing": a wrongdoing after "any" or
        // "no" with no wrongdoer named is a class the speaker rules out, not an act alleged of the article's other party.
        if (!wrongdoer && !reportGroup && trig.type === 'ALLEGATION' && ANY_NO.test(toks[ti - 1]?.text ?? '')) continue;
        targets = coWrongdoers.length > 1 && coWrongdoers.includes(wrongdoer!) ? coWrongdoers.filter((x) => x !== actorM) : wrongdoer ? [wrongdoer] : [];
        if (wrongdoer) how.target = 'subject of the reported wrongdoing';
        // "The Authority claims that we have been shipping …" in a post or letter: "we" is the text's own voice.
        const lv = ctx.voices?.get(s.line);
        if (!wrongdoer && field === 'text' && lv && !ctx.quoteSpeakers?.has(s.line)
          && toks.slice(from, ti).some((x) => FIRST_PERSON.test(x.text) && x.text !== FIRST_PERSON_SINGULAR)) voiceTarget = lv.agent;
        // A headline's reported wrongdoing needs its teller in the headline ("OpenAI says DeepSeek ...").
        if (field === 'title' && !sp?.m) continue;
        // "A former Quillon engineer stole …": a wrongdoer introduced by an indefinite description is someone the
        // article has not named; the act is not filled in with a counterpart from the article's other events.
        // A dateline before the clause ("PLACE, May 4 (Wire) - A former …") is skipped.
        // "referred the suspected theft to the police": a wrongdoing told as a noun with an article and no doer named in
        // the sentence is a thing talked about; it takes no counterpart from the article's other events.
        const artAt = ARTICLES.test(toks[ti - 1]?.text ?? '') ? ti - 1
          : ARTICLES.test(toks[ti - 2]?.text ?? '') && /^\p{Ll}/u.test(toks[ti - 1]?.text ?? '') ? ti - 2 : -1;
        if (!wrongdoer && !voiceTarget && !reportGroup && artAt >= 0 && artAt >= from && !GERUND_ENDING_I.test(toks[ti].text)) continue;
        const dash = from === 0 ? toks.slice(0, Math.min(ti, 14)).findIndex((x) => /^(?:-|--|–|—)$/.test(x.text)) : -1;
        if (!wrongdoer && !voiceTarget && !reportGroup && INDEFINITE_ARTICLES.test(toks[dash >= 0 ? dash + 1 : from]?.text ?? '')) continue;
        if (!actorM && !actorAgent) { needActor = true; conf -= 0.15; }
        if (!targets.length && !voiceTarget && !reportGroup) { needTarget = true; conf -= 0.15; }
      } else {
        if (passive) {
          // "X was sued by Y": Y acts on X.
          const byIdx = toks.findIndex((x, k) => k >= tEnd && k < tEnd + 8 && x.text === AGENT_BY);
          const agent = byIdx >= 0 ? info.mentions.find((x) => x.t0 > byIdx && (x.lead ?? x.t0) <= byIdx + 3 && !x.mod) ?? null : null;
          const patient = subjectIn(info, cs, ti);
          actorM = agent;
          // "A and B were indicted": each coordinated subject undergoes a legal step.
          const listed = patient && trig.type === 'LEGAL_ACTION' ? objectsAfter(info, patient.lead ?? patient.t0, null, reg, 0, ti) : [];
          targets = patient ? (listed[0] === patient ? listed.filter((x) => x !== agent) : [patient]) : [];
          how.actor = agent ? 'passive agent ("by")' : 'none'; how.target = patient ? 'passive subject' : 'object';
          // "X was charged with fraud, the department said": an agentless charge announced by an authority is its own.
          if (!actorM && trig.speakerActs) {
            const sp = speakerFor(info, ti);
            if (sp?.m && sp.vi > ti && sp.m.ent.kind !== 'person' && AUTHORITY.includes(sp.m.ent.kind)) { actorM = sp.m; how.actor = 'authority announcing the agentless act'; }
            // "X was charged with two counts of …" and nobody says so here: the prosecuting authority the article names.
            const pa = !actorM && patient && accusedOfDispute(patient) ? prosecutingAuthority(reg) : null;
            if (pa) { actorAgent = agentOf(pa, reg); how.actor = 'the prosecuting authority the article names'; }
            // "X was charged with stealing trade secrets, federal prosecutors said": prosecutors reporting the charge act;
            // their state when a demonym names it, else the prosecuting authority the article names, else themselves.
            const pk = !actorM && !actorAgent && patient && DISPUTE_CHARGE_MATTER.test(info.s.text)
              ? toks.findIndex((x, k) => k > ti && PROSECUTORS.noun.test(x.text) && SPEECH_AFTER.test(toks[k + 1]?.text ?? '')) : -1;
            if (pk > 0) {
              const dem = toks.slice(Math.max(ti, pk - 3), pk).find((x) => DEMONYMS.has(x.text));
              const st = dem ? BY_NAME.get(DEMONYMS.get(dem.text)!) : undefined;
              const ent = st ? reg.get(st) : prosecutingAuthority(reg) ?? reg.discovered(PROSECUTORS.generic, 'government');
              actorAgent = agentOf(ent, reg); how.actor = 'prosecutors reporting the agentless charge';
            }
          }
          // "A former Quillon engineer has been charged with …": a subject described as no party is the patient; a name
          // further on ("… the company's designs") is not.
          const describedSubject = !patient && toks.slice(cs, ti).some((x) => INDEFINITE_ARTICLES.test(x.text) || DEFINITE_ARTICLE.test(x.text));
          // (A pattern whose own words are the subject, "An inquiry has been opened into X", has its object after it.)
          if (!targets.length && (!describedSubject || trig.objectAfter)) targets = objectsAfter(info, tEnd, null, reg).filter((x) => x !== agent);
          // "X was sued by a former employee": an agent introduced by an indefinite description is someone the article
          // has not named, so the act is nobody's here rather than the actor of some other act on X.
          if (!actorM && byIdx >= 0 && INDEFINITE_ARTICLES.test(toks[byIdx + 1]?.text ?? '')) continue;
          // "X was placed on the Entity List": a list that is a state's measure by its name is listed by that state.
          // (Only a finite passive: "should be added", "being placed" tell no listing done.)
          // (And only with the listed party the passive's own subject, right before it: "…, which was added to …" may
          // stand for a party other than the one the clause finder takes.)
          if (!actorM && !actorAgent && LIST_PATTERNS.has(trig.id) && !BE_INFINITIVE_OR_GERUND.test(toks[ti - 1]?.text ?? '')
            && patient && ti - patient.t1 <= 3 && !toks.slice(patient.t1, ti).some((x) => RELATIVE_WHO_WHICH.has(x.text) || x.text === COMPLEMENTISER || x.text === ',')) {
            const owner = LIST_OWNERS.find(([re]) => re.test(info.s.text));
            const st = owner ? BY_NAME.get(owner[1]) : undefined;
            if (st) { actorAgent = agentOf(reg.get(st), reg); how.actor = "the state whose list it is"; }
          }
          if (!actorM && !actorAgent) { needActor = true; conf -= 0.15; }
        } else {
          actorM = prepRelativeSubject(info, ti) ?? subjectIn(info, cs, ti);
          how.actor = 'subject'; how.target = 'object';
          // "The group said that Dorvane's conduct was hurting rivals and called on the Commission to act": a demand
          // coordinated after a reported "that" clause is the reporter's second act, not the reported party's.
          // (Also an authority's other acts: "The ministry said X had sold arms to Y and added the company to its list".)
          if (REPORTER_COORDINATED_TYPES.includes(trig.type) && actorM && toks[ti - 1]?.text === LIST_AND) {
            const sp = speakerFor(info, actorM.t0);
            // ("said Brantmoor had locked customers in and called on the regulator to act": with no "that", the reported
            // clause's auxiliary and the demand's simple past tell the same.)
            const zeroThat = sp?.m && sp.vi + 1 === (actorM.lead ?? actorM.t0) && AUXILIARIES.test(toks[actorM.t1]?.text ?? '') && PAST_ENDING.test(toks[ti].text);
            if (sp?.m && sp.m.ent !== actorM.ent && sp.vi < actorM.t0 && (zeroThat || toks.slice(sp.vi + 1, actorM.lead ?? actorM.t0).some((x) => x.text === COMPLEMENTISER))
              && !toks.slice(actorM.t1, ti).some((x) => x.text === ';')
              && (zeroThat || !toks.slice(actorM.t1, ti).some((x) => x.text === ','))) { actorM = sp.m; how.actor = 'reporter of the coordinated "that" clause'; }
          }
          // "A grand jury indicted X …, the department said", "An indictment unsealed in Boston charges X", "prosecutors
          // unsealed an indictment charging X": the authority that speaks, or else the prosecuting authority the article
          // names; only against a party of a dispute (an organisation, or a person the article ties to one).
          if (!actorM && trig.speakerActs && toks.slice(cs, ti).some((x, k, a) => (GRAND_JURY.head.test(x.text) && GRAND_JURY.mod.test(a[k - 1]?.text ?? '')) || CHARGING_NOUNS.test(x.text))) {
            const sp = speakerFor(info, ti);
            const pa = sp?.m && sp.m.ent.kind !== 'person' && AUTHORITY.includes(sp.m.ent.kind) ? sp.m.ent : prosecutingAuthority(reg);
            if (pa) { actorAgent = agentOf(pa, reg); how.actor = 'the prosecuting authority of an unnamed charge'; chargedFor = true; }
            // "A federal grand jury indicted X" in an article that names no prosecuting authority: the grand jury, so named.
            const gj = pa ? -1 : toks.findIndex((x, k) => k >= cs && k < ti && GRAND_JURY.head.test(x.text) && GRAND_JURY.mod.test(toks[k - 1]?.text ?? ''));
            if (gj > 0) {
              let g0 = gj;
              while (g0 > cs && JURY_NAME_MODS.test(toks[g0 - 1].text)) g0--;
              actorAgent = agentOf(reg.discovered(toks.slice(g0, gj + 1).map((x) => x.text.toLowerCase()).join(' '), 'court'), reg);
              how.actor = JURY_ACTOR; chargedFor = true;
            }
          }
          // "The measure is not an export ban, China's commerce ministry said": a denial whose clause names no subject
          // of its own is the postposed speaker's, and the speaker after the clause is none of its objects.
          if (!actorM && trig.type === 'DENIAL' && trig.mode === 'counter' && !trig.anyMood) {
            // A long name before the verb ("India's Ministry of Commerce and Industry said") is the speaker the sentence ends with.
            const sp = [speakerFor(info, ti), speakerFor(info, toks.length)].find((x) => x?.m && x.vi > ti) ?? null;
            // The name right before the verb speaks ("No kill switch exists in any X product, the company said").
            const spm = sp?.m ? (sp.m.t1 < sp.vi ? info.mentions.find((x) => x.t1 === sp.vi && usable(info, x)) : null) ?? sp.m : null;
            const lead = spm ? spm.lead ?? spm.t0 : -1;
            if (sp && spm && lead > tEnd && /^(?:,|[”"’'])$/.test(toks[Math.min(lead, sp.vi) - 1]?.text ?? '') && spm.ent.kind !== 'other_org') {
              actorM = spm; how.actor = 'speaker after the clause';
              speakerAfter = Math.min(sp.vi, lead);
            }
          }
          // "A lawyer for Vik said his client was innocent", "Vik's lawyer said her client would sue": the client the
          // counsel names is the party that acts.
          if (!actorM && toks.slice(0, ti).some((x) => CLIENT_NOUNS.test(x.text))) {
            const c = clientOfCounsel(info, ti);
            if (c) { actorM = c; how.actor = "counsel's client"; }
          }
          // "Quillon, which Marrowby accuses of …": the relative clause's subject acts on its antecedent.
          let relObj: Mention | null = null;
          {
            const y = info.mentions.find((x) => x.t1 === ti && usable(info, x));
            let rp = y ? (y.lead ?? y.t0) - 1 : -1;
            // "X, which the Authority accuses of …": an article before the relative clause's subject.
            if (y && rp >= 3 && ARTICLES.test(toks[rp].text) && /^\p{Ll}/u.test(toks[rp].text)) rp--;
            if (y && rp >= 2 && OBJECT_RELATIVES.test(toks[rp].text) && toks[rp - 1].text === ',') {
              // ("Brevander Inc, which Ofcom fined …": a legal suffix may stand between the antecedent and the comma.)
              const ante = info.mentions.find((x) => (x.t1 === rp - 1 || (x.t1 === rp - 2 && LEGAL_SUFFIX_WORDS.has(toks[rp - 2].text))) && usable(info, x));
              if (ante) { actorM = y; if (!info.mentions.some((x) => (x.lead ?? x.t0) === firstWordEnd)) relObj = ante; }
            }
          }
          if (actorM && how.actor === 'subject') {
            // "German authorities shut down the site of the marketplace Quillon, seizing …": a name in a prepositional
            // phrase after the clause's verb is its object, and an unnamed subject before that verb acts.
            let q = (actorM.lead ?? actorM.t0) - 1;
            while (q > cs && (DETS.has(toks[q].text) || /^\p{Ll}+$/u.test(toks[q].text) && !PREPS.has(toks[q].text) && /^(?:NN|JJ)/.test((posTags(toks[q].text) ?? ['NN'])[0]) || /^\p{Lu}\p{Ll}+$/u.test(toks[q].text) && (posTags(toks[q].text) ?? []).includes('JJ'))) q--;
            if (q > cs && PREPS.has(toks[q].text.toLowerCase())) {
              const v = toks.findIndex((x, j) => j >= cs && j < q && /^\p{Ll}/u.test(x.text) && /^VB[DPZN]?$/.test((posTags(x.text) ?? [])[0] ?? ''));
              if (v > cs && toks.slice(cs, v).some((x) => /^\p{Ll}/u.test(x.text) && /^NNS?$/.test((posTags(x.text) ?? [])[0] ?? '')) && !info.mentions.some((x) => x.t0 >= cs && x.t1 <= v && usable(info, x))) continue;
            }
          }
          // "…, prompting Vantic to call on X": the causative's object is the infinitive's subject; unnamed, no one of the article.
          if (ti >= 3 && toks[ti - 1].text === TO) {
            const c = toks.findIndex((x, k) => k >= Math.max(cs, ti - 7) && k < ti - 2 && CAUSATIVE_VERBS.test(x.text));
            if (c >= 0) {
              const obj = info.mentions.find((x) => x.t0 > c && x.t1 <= ti - 1 && usable(info, x));
              if (!obj) continue;
              actorM = obj; how.actor = 'object of the causative verb';
            }
          }
          // A clause with no named subject borrows the sentence's only when it has no subject of its own ("that it sued",
          // not "…, and a family sued").
          // "…, after the Commerce Department announced it had removed X": the nearest clause's subject before it, then the sentence's.
          if (!actorM && cs > 0 && bareSubject(info, cs, ti) && !(trig.type === 'THREAT' && toks.slice(0, cs).some((x) => CONDITION_WORDS.test(x.text)))) {
            actorM = subjectIn(info, clauseStart(info, cs - 1), cs - 1) ?? subjectIn(info, 0, ti);
          }
          // "Dastia said (that) Marrowby would face penalties": who faces is threatened; the speaker threatens.
          // The one who will face it is threatened.
          let faced: Mention | null = null;
          if (trig.type === 'THREAT' && WILL_FACE.test(m[0])) {
            const sp = speakerFor(info, ti);
            if (sp?.m && sp.m !== actorM) { faced = actorM; actorM = sp.m; how.actor = 'speaker'; }
          }
          // A headline's "Quillon Acknowledges FTC Probing Its Deal": a participle's subject is the name right before it.
          if ((field === 'title' || headline) && GERUND_ENDING_I.test(toks[ti].text) && ti > 0) {
            const before = info.mentions.find((x) => x.t1 === ti && usable(info, x));
            if (before && before !== actorM) { actorM = before; how.actor = 'subject of the participle'; }
          }
          // "…, and a family sued X": the clause's own subject names no party; nobody of the article is its actor.
          // "Chile blocked Miravel Labs. Officials accused the company of …": a bare plural of a state's people ("officials",
          // "regulators", "authorities") accusing a party that a state body acted against in an earlier sentence speaks for
          // that body (the nearest such act).
          if (!actorM && !actorAgent && field === 'text' && trig.type === 'ALLEGATION' && toks.slice(cs, ti).some((x) => OFFICIAL_PLURALS.test(x.text)) && unnamedSubject(info, cs, ti)) {
            const named = new Set(info.mentions.filter((x) => x.t0 > ti).map((x) => agentOf(x.ent, reg).name));
            const src = [...out].reverse().find((x) => x.info !== info && x.actor && x.target && (x.actor.kind === 'government' || x.actor.kind === 'regulator')
              && (x.type === 'RESTRICTION' || x.type === 'LEGAL_ACTION' || x.type === 'INVESTIGATION') && named.has(x.target.name));
            if (src) { actorAgent = src.actor; how.actor = 'officials: the state body that acted on the accused'; }
          }
          // (Prosecutors acting decide their own actor below: their state or authority, or nobody.)
          if (!actorM && !actorAgent && field === 'text' && !trig.prosecutorsAct && unnamedSubject(info, cs, ti) && !leadersIn(info, cs, ti).length
            && !(toks.slice(cs, Math.min(ti, cs + 5)).some((x) => TITLED_GROUP_COUNTS.test(x.text)) && titledSubject(toks, cs, ti, reg))) continue;
          // "The lawsuit, brought by X against Y, alleges …": the document's subject speaks for whoever brought it.
          // Also with the agent alone in the subject ("The lawsuit filed by X accuses Y of …"): the document's own "by" names its author.
          const doc = documentAgent(info, cs, ti);
          if (doc !== undefined && (actorM ? actorM.t0 > cs : !actorAgent)) {
            actorM = doc;
            how.actor = doc ? 'agent after "by" of the legal document' : 'none';
          }
          // "President Trump's decision to impose ...": the possessor decides.
          const dn = ti >= 3 && toks[ti - 1].text === TO ? decisionNounBefore(toks, ti - 1) : -1;
          if (dn >= 0) {
            const poss = info.mentions.find((x) => x.t1 >= dn - 4 && x.t1 <= dn && /^['’]$/.test(toks[x.t1]?.text ?? ''));
            if (poss) { actorM = poss; how.actor = 'possessor of the decision'; }
            // "Quillon welcomed the regulator's move to drop the probe": who reacts to a decision did not take it.
            else if (toks.slice(Math.max(cs, dn - 5), dn).some((x) => REACTION_VERBS.test(x.text))) { actorM = null; how.actor = 'none'; }
          }
          const pro = toks.slice(Math.max(0, ti - 3), ti).findIndex((x) => POSSESSIVE_PRONOUNS.test(x.text));
          if (pro >= 0) {
            const pIdx = Math.max(0, ti - 3) + pro;
            // The listener of "told Wirefeed that its …" is never the antecedent.
            const near = [...info.mentions].reverse().filter((x) => x.t1 <= pIdx && pIdx - x.t1 <= 8 && x.ent.kind !== 'person' && x.ent.kind !== 'model' && !x.listener);
            // "X said it would work with the Commission and that its practices were lawful": a party after a
            // preposition is rarely what "its" refers back to; the clause's reporter is, when the window holds no other.
            let ante = near.find((x) => !prepBefore(info, x));
            // "Beijing accused Washington of …, and on Friday its ministry vowed …": past ", and" opening a clause of its
            // own, "its" takes up the first clause's subject, not its object.
            const join = ante ? toks.findIndex((x, k) => k > ante!.t1 && k < pIdx && x.text === ',' && COORDINATORS.test(toks[k + 1]?.text ?? '')) : -1;
            if (ante && join > 0) {
              const subj = subjectIn(info, 0, ante.lead ?? ante.t0);
              if (subj && subj !== ante && subj.ent.kind !== 'person' && subj.ent.kind !== 'model') ante = subj;
            }
            if (!ante && near.length) {
              const sp = speakerFor(info, ti);
              ante = sp?.m && sp.vi < pIdx && sp.m.ent.kind !== 'model' && sp.m.ent.kind !== 'person' ? sp.m : near[0];
            }
            if (ante) { actorM = ante; how.actor = 'antecedent of its/their'; }
            else if (trig.type === 'DENIAL') {
              // "A rep for the company told Wirefeed that its models are lawful": the speaker's own "its".
              const sp = speakerFor(info, ti);
              if (sp?.m && sp.vi < pIdx && sp.m.ent.kind !== 'model') { actorM = sp.m; how.actor = 'speaker, whose "its" it is'; }
            }
          }
          // "… abstained in the vote on a resolution condemning X", ", the panel investigating X,": a participle right after
          // a common noun that is no object of the subject's verb has that noun, not the clause's subject, as its agent.
          if (actorM && how.actor === 'subject' && participleOfNoun(info, ti)) continue;
          if (ti >= 2 && SUBJECT_RELATIVES.test(toks[ti - 1].text) && TYPE_RULES[trig.type].relativeAntecedentActs) {
            const ante = [...info.mentions].reverse().find((x) => x.t1 <= ti - 1 && ti - 1 - x.t1 <= 1);
            if (ante && AUTHORITY.includes(ante.ent.kind)) { actorM = ante; how.actor = 'antecedent of the relative clause'; }
          } else {
            // "…, the Harbour Press Federation, which in March sued X", "the Council, which last month accused X of …": a
            // relative clause after a comma, a time phrase allowed before its verb, has its antecedent as the act's subject.
            const rel = commaRelativeBefore(info, ti);
            if (rel) { actorM = rel; how.actor = 'antecedent of the relative clause'; }
          }
          // "referred to inquiries into X", "feared retaliation": a trigger that is a noun only is the subject's act only
          // through a verb that opens, conducts, announces or reports it ("opened an inquiry", "said its probe").
          if (actorM && how.actor === 'subject' && nounOnly(toks[ti].text)) {
            const verbs = toks.slice(actorM.t1, ti).filter((x) => /^\p{Ll}/u.test(x.text) && (posTags(x.text) ?? []).some((g) => g.startsWith('VB') || g === 'MD'));
            if (verbs.length && !verbs.some((x) => NOMINAL_GOVERNORS.test(x.text))) { actorM = null; how.actor = 'none'; }
          }
          // The verb that governs a noun-only trigger is the last one before it ("have limited their inquiry": "limited",
          // not the auxiliary); one that neither opens, conducts nor reports it makes no act at all, whoever its subject.
          if (nounOnly(toks[ti].text)) {
            let lastVerb: { text: string } | undefined;
            for (let k = ti - 1; k >= cs && !lastVerb; k--) {
              const x = toks[k];
              const g = posTags(x.text);
              // After a determiner or an adjective a word is a noun ("an unnecessary demand").
              const prev = toks[k - 1]?.text ?? '';
              const nominal = DETS.has(prev) || INDEFINITE_ARTICLES.test(prev) || (posTags(prev.toLowerCase())?.[0] ?? '') === 'JJ';
              // A verb by its main reading, or a participle also read as an adjective ("limited").
              const verb = !!g && (g[0].startsWith('VB') || (g[0] === 'JJ' && g.some((t) => t === 'VBN' || t === 'VBD')));
              if (/^\p{Ll}/u.test(x.text) && verb && !nominal) lastVerb = x;
            }
            if (lastVerb && !NOMINAL_GOVERNORS.test(lastVerb.text) && !GERUND_ENDING.test(lastVerb.text)) continue;
          }
          if (!actorM && toks.slice(cs, ti).some((x) => SPOKES_PREFIX.test(x.text)) && spokesAgent) { actorAgent = spokesAgent; how.actor = "spokesperson's body"; }
          // "In accordance with the Provisions on the Restricted Parties List, the List Office has decided to include X in …":
          // a name inside a fronted prepositional phrase (before its comma) is no subject of the measure unless it is an authority.
          if (trig.type === 'RESTRICTION' && actorM && how.actor === 'subject' && PREPS.has(toks[0]?.text.toLowerCase() ?? '') && !AUTHORITY.includes(actorM.ent.kind)
            && toks.slice(actorM.t1, ti).some((x) => x.text === ',')) { actorM = null; how.actor = 'none'; }
          // "Corvane said Hanshan had used fake accounts and that it had shut down all accounts linked to Hanshan": no party
          // restricts what is linked to itself: a subject (borrowed for "it") that the measure's own object names gives way to the reporter.
          if (trig.type === 'RESTRICTION' && actorM && how.actor === 'subject' && info.mentions.some((x) => x.ent === actorM!.ent && !x.coref && x.t0 > ti && x.t0 <= tEnd + 4 && !toks.slice(ti, x.t0).some((y) => y.text === ','))) {
            const sp = speakerFor(info, ti);
            if (!sp?.m || sp.m.ent === actorM.ent || sp.m.t0 > ti) continue;
            actorM = sp.m; how.actor = 'speaker, the subject being named in the measure\'s object';
          }
          const actorName = actorM ? agentOf(actorM.ent, reg).name : actorAgent?.name ?? null;
          const limit = trig.objBeforeTo ? toks.findIndex((x, k) => k > ti && x.text === TO) : speakerAfter;
          targets = relObj ? [relObj] : trig.noObject ? [] : objectsAfter(info, (trig.mode === 'svo' || TYPE_RULES[trig.type].objectInsidePattern || trig.objectInside) && !trig.objectAfter ? firstWordEnd : tEnd, actorName, reg, trig.maxGap ?? 14, limit >= 0 ? limit : Infinity);
          // "opened a review under Section 5 of the Markets Act 2019 into pricing by X": a long
          // legal basis between the act and its object; the object follows the preposition that introduces it.
          if (!targets.length && !relObj && trig.mode === 'svo' && limit < 0) {
            const intro = toks.findIndex((x, k) => k >= tEnd && k < tEnd + 24 && OBJECT_INTRODUCERS.test(x.text));
            if (intro > 0 && toks.slice(tEnd, intro).some((x) => NON_PARTY_HEADS.has(x.text)) && !toks.slice(tEnd, intro).some((x) => x.text === ';' || x.text === ',')) {
              targets = objectsAfter(info, intro + 1, actorName, reg, 8);
              if (targets.length) how.target = 'object after a legal basis';
            }
          }
          if (relObj) how.target = 'antecedent of the relative pronoun';
          // "Pell sued it in June", "fined it $2 million", "… and ordered it to close", "opened an inquiry into it": "it" as
          // the act's object stands for a party named before, not for a name further on.
          // (Not in a participial clause hung on the main clause, ", barring it from …": its "it" is the main clause's object.)
          if (!relObj && field === 'text' && !passive && !(ti > 0 && toks[ti - 1].text === ',' && GERUND_ENDING_I.test(toks[ti].text))) {
            const pro = itObjectAt(info, firstWordEnd, tEnd);
            if (pro >= 0 && (!targets.length || (targets[0].lead ?? targets[0].t0) > pro)) {
              const ante = itAntecedent(info, cs, ti, actorName, reg, ctx);
              if (ante?.m) { targets = [ante.m]; how.target = ante.how; }
              else if (ante) { targets = []; itTarget = ante.agent; how.target = ante.how; }
            }
          }
          // "blocked the acquisition of Tallis by Quorvane", "is reviewing the takeover of Tallis by Quorvane": a deal's buyer,
          // the agent after "by", is the one restricted or probed (TYPE_RULES.dealBuyerIsTarget).
          if (TYPE_RULES[trig.type].dealBuyerIsTarget && targets.length && !relObj) {
            const y = targets[0], yl = y.lead ?? y.t0;
            if (yl >= 2 && toks[yl - 1].text === GENITIVE && DEAL_NOUNS.test(toks[yl - 2].text) && toks[y.t1]?.text === AGENT_BY) {
              const buyer = info.mentions.find((x) => (x.lead ?? x.t0) > y.t1 && (x.lead ?? x.t0) <= y.t1 + 3 && usable(info, x) && !x.mod);
              if (buyer && buyer.ent !== actorM?.ent) { targets = [buyer]; how.target = 'buyer in the deal (agent after "by")'; }
            }
          }
          if (faced && !targets.length && faced.ent !== actorM?.ent) { targets = [faced]; how.target = 'who will face it'; }
          // "The probe into X was closed by Y", "the ban on X was lifted by Y": a pattern that holds its own passive has its
          // actor after the following "by".
          if (trig.byAgent) {
            const by = toks.findIndex((x, k) => k >= tEnd && k < tEnd + 4 && x.text === AGENT_BY);
            const ag = by > 0 ? info.mentions.find((x) => x.t0 > by && (x.lead ?? x.t0) <= by + 3 && usable(info, x) && !x.mod) : undefined;
            if (ag) { actorM = ag; actorAgent = null; how.actor = 'passive agent ("by")'; targets = targets.filter((x) => x.ent !== ag.ent); }
          }
          // "told Quillon that non-compliance will be met with legal action", "warned Marrowby that any breach would be met with
          // sanctions": the one told is threatened. A listener named once in the article ("told Wirefeed that …") is a newspaper.
          if (trig.type === 'THREAT' && !targets.length && field === 'text') {
            // The addressee closes right before the threat's own clause, or follows the trigger's verb ("warned X that …").
            const ad = info.mentions.find((x) => !x.mod && (x.t1 === cs - 1 || (x.t0 > ti && x.t0 <= ti + 3 && x.t1 < tEnd))
              && ADDRESSEE_NEXT.test(toks[x.t1]?.text ?? '') && (!x.listener || x.ent.mentions >= 2)
              && toks.slice(Math.max(0, (x.lead ?? x.t0) - 2), x.lead ?? x.t0).some((w) => ADDRESSEE_VERBS.test(w.text)));
            if (ad && (!actorName || agentOf(ad.ent, reg).name !== actorName)) {
              targets = [ad]; how.target = 'the one told or warned';
              // "Japan warned X that any further breach would be met with sanctions": who warns threatens.
              const v = (ad.lead ?? ad.t0) - (ADDRESSEE_VERBS.test(toks[(ad.lead ?? ad.t0) - 1]?.text ?? '') ? 1 : 2);
              const teller = !actorM && !actorAgent ? subjectIn(info, clauseStart(info, v), v) : null;
              if (teller && teller.ent !== ad.ent) { actorM = teller; how.actor = 'who told or warned'; }
            }
          }
          // "imposed tariffs on steel from Brazil", "will impose duties on imports from Vietnam": the origin of the goods
          // under a measure is its target (a place preposition names no object elsewhere).
          // ("an anti-dumping investigation into chips from the United States", "duties on vehicles made in China".)
          if (trig.type === 'RESTRICTION' || trig.type === 'THREAT' || trig.type === 'INVESTIGATION') {
            // Only after the goods' own preposition ("on steel from", "imports of seafood from"): "blocked herself off from X"
            // names no origin. A list of goods may stand between ("exports of gallium, germanium and antimony to Japan").
            const fr = toks.findIndex((x, k) => k >= tEnd - 1 && k <= tEnd + 10 && (ORIGIN_PREPS.test(x.text) || (IN_WORD.test(x.text) && ORIGIN_PARTICIPLES.test(toks[k - 1]?.text ?? ''))));
            const og = fr > 0 && !toks.slice(tEnd, fr).some((x, q) => x.text === ';' || (x.text === ',' && !/^\p{Ll}/u.test(toks[tEnd + q + 1]?.text ?? '')))
              && (fr === tEnd - 1 || toks.slice(tEnd - 1, fr).some((x) => GOODS_LINKS.test(x.text)))
              ? info.mentions.find((x) => (x.lead ?? x.t0) > fr && (x.lead ?? x.t0) <= fr + 2 && usable(info, x) && !x.mod
                && (x.ent.kind === 'government' || x.ent.kind === 'company')) : undefined;
            if (og && (!targets.length || targets[0].t0 > og.t0) && (!actorName || agentOf(og.ent, reg).name !== actorName)) { targets = [og]; how.target = 'origin of the goods under the measure'; }
          }
          if (trig.type === 'DEMAND') {
            // "urged the Dalmoran side to …": a demonym before "side" as the addressee is that state (diplomatic usage).
            if (!targets.length && DEFINITE_ARTICLE.test(toks[tEnd]?.text ?? '') && DEMONYMS.has(toks[tEnd + 1]?.text ?? '') && SIDE_NOUN.test(toks[tEnd + 2]?.text ?? '')
              && toks[tEnd + 3]?.text === TO) {
              const g = BY_NAME.get(DEMONYMS.get(toks[tEnd + 1].text)!);
              const st = g ? reg.get(g) : null;
              if (st && st.kind === 'government') sideTarget = agentOf(st, reg);
            }
            // "sent a letter to X ... demanding": the letter's addressee.
            const li = toks.findIndex((x, k) => k < ti && LETTER_NOUNS.test(x.text) && toks[k + 1]?.text === TO);
            // "In a letter to A, … urged the department to …": a description that takes a party up is the letter's addressee.
            if (li >= 0 && (!targets.length || (targets[0].lead ?? targets[0].t0) - firstWordEnd > 2)) {
              const viaLetter = objectsAfter(info, li + 2, actorName, reg);
              if (viaLetter.length) { targets = viaLetter; how.target = "the letter's addressee"; }
            } else if (li >= 0 && targets.length === 1 && targets[0].coref && targets[0].t0 > li) {
              // "In a letter to the Trade Department, … urged the department to …": a description whose head noun the
              // letter's addressee bears takes that addressee up.
              const head = toks[targets[0].t1 - 1].text.toLowerCase();
              const ad = objectsAfter(info, li + 2, actorName, reg);
              if (ad.length === 1 && ad[0].t1 < targets[0].t0 && ad[0].surface.toLowerCase().split(/\s+/).includes(head)) { targets = ad; how.target = "the letter's addressee"; }
            }
            // "called for X to be punished": X is who the demanded act is done to, not who is asked to do it.
            const tl = targets[0]?.t1 ?? -1;
            if (tl >= 0 && toks[tl]?.text === TO && toks[tl + 1]?.text === BE_INFINITIVE && (posTags(toks[tl + 2]?.text ?? '') ?? []).includes('VBN')) continue;
          }
          if (trig.type === 'LEGAL_ACTION' && trig.authority && IN_FAVOUR.test(m[0])) {
            // "ruled in favour of Quillon": the ruling goes against the other side of the case; with no case named, no one.
            const cp = reg.caseParties;
            const winners = targets.map((x) => x.ent);
            const other = cp && winners.includes(cp.plaintiff) ? cp.defendant : cp && winners.includes(cp.defendant) ? cp.plaintiff : null;
            if (!other) continue;
            targets = [];
            grantedAgainst = agentOf(other, reg);
          }
          // "The Supreme Court declined to hear X's appeal": a court's step on a party's own filing, named by its possessor.
          if (trig.type === 'LEGAL_ACTION' && !trig.authority && !targets.length && actorM && how.actor === 'subject' && actorM.t1 < ti && !/^['’]$/.test(toks[actorM.t1]?.text ?? '') && (actorM.ent.kind === 'court' || actorM.ent.role === 'judge')) {
            const ri = toks.findIndex((x, k) => k >= ti && k < tEnd + 2 && REQUEST_NOUNS.test(x.text));
            const owner = ri > 0 ? info.mentions.find((x) => x.t1 >= ri - 3 && x.t1 < ri && /^['’]$/.test(toks[x.t1]?.text ?? '') && x !== actorM) : undefined;
            if (owner) { targets = [owner]; how.target = 'movant (possessor of the motion)'; }
          }
          if (trig.type === 'LEGAL_ACTION' && trig.authority) {
            // "denied Vesmir and Vantic's motion to dismiss": a court rules on the movants, named as possessors.
            const mi = toks.findIndex((x, k) => k > ti && k <= ti + 9 && REQUEST_NOUNS.test(x.text));
            if (mi > 0) {
              const movants = info.mentions.filter((x) => x.t0 >= firstWordEnd && x.t1 <= mi && !inParens(info, x) && agentOf(x.ent, reg).name !== actorName);
              if (movants.length) { targets = movants; how.target = 'movant (possessor of the motion)'; }
              // "The court granted the request" / "rejected the appeal", the request named in the article before: the last
              // party's request to a court (a legal step of mode counter) is the one ruled on.
              if (!movants.length && !targets.length && actorM && (actorM.ent.kind === 'court' || actorM.ent.role === 'judge')) {
                const req = [...out].reverse().find((x) => x.type === 'LEGAL_ACTION' && x.actor && x.actor.kind !== 'court' && x.actor.role !== 'judge'
                  && TRIGGERS.find((t) => t.id === x.pattern)?.mode === 'counter');
                // Its other party may still be open (a counterpart filled at the end): the other party of the requester's last act.
                const reqTarget = req ? req.target ?? (() => {
                  const mv = req.actor!.name;
                  const last = [...out].reverse().find((x) => x.actor && x.target && x.actor.kind !== 'court' && x.actor.role !== 'judge' && (x.actor.name === mv || x.target.name === mv));
                  return last ? (last.actor!.name === mv ? last.target : last.actor) : null;
                })() : null;
                if (req && GRANT_STEM.test(toks[ti].text) && reqTarget) { grantedAgainst = reqTarget; how.target = 'the one the granted request was against'; }
                else if (req && !GRANT_STEM.test(toks[ti].text)) { grantedAgainst = req.actor; how.target = 'the party whose request was rejected'; }
              }
              // "granted Corvane's motion": the ruling goes against the other side of the case, not the movant.
              if (movants.length && GRANT_STEM.test(toks[ti].text)) {
                const cp = reg.caseParties;
                // "… motion for an injunction against Marrowby": the one the motion is against.
                const ag = toks.findIndex((x, k) => k > mi && k <= mi + 8 && x.text === AGAINST);
                const against = ag > 0 ? info.mentions.find((x) => x.t0 > ag && (x.lead ?? x.t0) <= ag + 3 && !movants.includes(x))?.ent : undefined;
                let other = against ?? (cp && movants.every((x) => x.ent === cp.plaintiff) ? cp.defendant : cp && movants.every((x) => x.ent === cp.defendant) ? cp.plaintiff : null);
                // No caption: the other party of the movant's last act in the article (the order's author, the other side).
                if (!other && movants.length === 1) {
                  const mv = agentOf(movants[0].ent, reg).name;
                  const last = [...out].reverse().find((x) => x.actor && x.target && x.actor.kind !== 'court' && x.actor.role !== 'judge' && x.target.kind !== 'court'
                    && (x.actor.name === mv || x.target.name === mv));
                  const o = last ? (last.actor!.name === mv ? last.target! : last.actor!) : null;
                  other = o ? (reg.byKey.get(o.name) ?? (BY_NAME.get(o.name) ? reg.get(BY_NAME.get(o.name)!) : null)) : null;
                }
                if (!other) continue;
                targets = [];
                grantedAgainst = agentOf(other, reg);
              }
            }
          }
          if (trig.mode === 'counter' && targets.length && (targets[0].lead ?? targets[0].t0) - Math.max(tEnd, targets[0].t0 < tEnd ? 0 : tEnd) > 6) targets = [];
          // "to resolve charges that it shipped chips to Dastia": a name inside the content clause of the claims settled is
          // what they are about, not the other party.
          if (trig.mode === 'counter' && targets.length && targets[0].t0 > tEnd && toks.slice(tEnd, targets[0].t0).some((x) => x.text === COMPLEMENTISER)
            && CLAIM_NOUN.test(toks[tEnd - 1]?.text ?? '')) targets = [];
          // ("… further sanctions, the commission said": a comma after the word ends its phrase; what follows is no object.)
          if (trig.objNext && !(targets.length && (targets[0].lead ?? targets[0].t0) - firstWordEnd <= 1 && !/^[,;:]$/.test(toks[firstWordEnd]?.text ?? ''))) continue;
          // "hit by sanctions on Zemla": a preposition after the word makes it a noun, not a verb with its object.
          if (trig.objNext && (targets[0].lead ?? targets[0].t0) > firstWordEnd && PREPS.has(toks[firstWordEnd].text.toLowerCase())) continue;
          // "asked Marrowby to join its project", "urged X to attend": an invitation, unless a measure or dispute is named.
          if (trig.type === 'DEMAND' && trig.objBeforeTo && limit >= 0 && INVITING_COMPLEMENTS.test(toks[limit + 1]?.text ?? '')
            && !toks.slice(limit + 2, limit + 8).some((x) => CONFLICT_NOUNS.test(x.text))) continue;
          // "Quillon is examining Marrowby's offer", "reviewed Marrowby's chips": a company weighing another's offer or
          // product makes no inquiry into it.
          if (trig.type === 'INVESTIGATION' && targets.length && actorM && !AUTHORITY.includes(agentOf(actorM.ent, reg).kind)
            && toks.slice(tEnd, Math.min(toks.length, targets[0].t1 + 3)).some((x) => COMMERCIAL_OBJECTS.test(x.text))) continue;
          if (trig.mode === 'counter' && !targets.length) needTarget = true;
          // "seeking information from the public", "attributed the attack to hackers": the pattern's preposition has an
          // unnamed object, so the act is on no one of the article and the counterpart does not stand in. A claim noun ("disagrees
          // with the claims") is the dispute's own and keeps the counterpart.
          if (needTarget && tEnd > ti && PREPS.has(toks[tEnd - 1].text.toLowerCase()) && tEnd < toks.length) {
            let k = tEnd;
            while (k < toks.length && (DETS.has(toks[k].text) || ARTICLES.test(toks[k].text))) k++;
            // A definite or possessive determiner refers back ("had no knowledge of the files"): only a bare plural is new.
            const referring = k > tEnd && toks.slice(tEnd, k).some((x) => DEFINITE_ARTICLE.test(x.text) || POSSESSIVE_PRONOUNS.test(x.text));
            while (k + 1 < toks.length && /^\p{Ll}/u.test(toks[k].text) && (posTags(toks[k].text) ?? [])[0] === 'JJ' && !REFERRING_ADJECTIVES.test(toks[k].text)) k++;
            if (k < toks.length && /^\p{Ll}/u.test(toks[k].text) && !covered[k] && (posTags(toks[k].text) ?? [])[0] === 'NNS' && !CLAIM_NOUN.test(toks[k].text) && !referring) continue;
          }
          // "warned that other companies could face …": a threat to an unnamed group is not the counterpart's (and, with no
          // target, no event).
          if (needTarget) {
            const th = toks.findIndex((x, k) => k > ti && k < tEnd && x.text === COMPLEMENTISER);
            const md = th > 0 ? toks.findIndex((x, k) => k > th && k < tEnd && MODALS.has(x.text.toLowerCase())) : -1;
            if (md > th + 1 && !info.mentions.some((x) => x.t0 > th && x.t1 <= md) && toks.slice(th + 1, md).some((x) => /^\p{Ll}/u.test(x.text) && (posTags(x.text) ?? [])[0] === 'NNS')) needTarget = false;
          }
          // "The sanctions on Marrowby have hurt its sales": a measure named as the clause's subject, with no possessor or
          // state before it, names no author; the last actor is no more likely its author than anyone.
          if (!actorM && !actorAgent && trig.mode === 'svo' && trig.type === 'RESTRICTION' && ti > cs && field === 'text' && !headline
            && toks.slice(cs, ti).every((x) => DETS.has(x.text) || ARTICLES.test(x.text) || (/^\p{Ll}/u.test(x.text) && (posTags(x.text) ?? [])[0] === 'JJ'))) continue;
          if (!actorM && !actorAgent) { needActor = true; conf -= 0.15; }
        }
      }
      // (A threat of a legal step, "threatened to file a complaint with the WTO", has its forum too.)
      if ((trig.type === 'LEGAL_ACTION' || trig.type === 'THREAT') && !passive) {
        // "lodged a complaint with the board": the forum is not the defendant.
        const forum = (x: Mention) => {
          // "issued a subpoena to X": a preposition that closes the pattern introduces the pattern's own object.
          // (Also after an article: "consultations with the United States".)
          const at = x.lead ?? x.t0;
          if ((at === tEnd || (at === tEnd + 1 && DEFINITE_ARTICLE.test(toks[tEnd]?.text ?? ''))) && tEnd > ti + 1 && FORUM_PREPS.test(toks[tEnd - 1].text)) return false;
          let k = (x.lead ?? x.t0) - 1;
          while (k >= 0 && DETS.has(toks[k].text)) k--;
          // A threat's "to X" is a forum only after a legal step taken somewhere ("take the matter to the WTO"); "cut off
          // supplies to Japan" names the one threatened.
          if (k >= 0 && trig.type === 'THREAT' && TO_WORD.test(toks[k].text) && !toks.slice(Math.max(ti, k - 5), k).some((w) => FORUM_TO_LEADS.test(w.text))) return false;
          return k >= 0 && FORUM_PREPS.test(toks[k].text);
        };
        // "appealed the decision of the court": an appeal is against the other side, never the court whose ruling it attacks.
        // A party's filing is never against the court it is filed in or asks ("filed a petition in the Delhi High Court",
        // "a motion asking the court to bar X"): the court is a forum there too.
        const bench = (x: Mention) => (x.ent.kind === 'court' || x.ent.role === 'judge') && !(actorM && (actorM.ent.kind === 'court' || actorM.ent.role === 'judge'));
        // A court files nothing with a forum: "the court sided with Quillon" names a party.
        const courtActs = !!actorM && (actorM.ent.kind === 'court' || actorM.ent.role === 'judge');
        const fora = new Set(targets.filter((x) => (forum(x) && !courtActs) || bench(x)).map((x) => x.ent));
        let kept = targets.filter((x) => !fora.has(x.ent));
        // "lodged a complaint with the board against Marrowby" (or "about Marrowby's conduct"): past the forum, the filing's own "against" phrase names
        // the one complained of (the noun's argument, as in nounArgs).
        if (kept.length < targets.length && !kept.length && !courtActs) {
          const last = targets[targets.length - 1];
          let k = last.t1;
          while (k < toks.length && k < last.t1 + 8 && !COMPLAINED_OF_PREPS.test(toks[k].text) && !NOUN_PHRASE_END.test(toks[k].text) && toks[k].text !== ',') k++;
          if (COMPLAINED_OF_PREPS.test(toks[k]?.text ?? '')) {
            kept = objectsAfter(info, k + 1, actorM ? agentOf(actorM.ent, reg).name : actorAgent?.name ?? null, reg, 3).filter((x, i) => !fora.has(x.ent) && (i === 0 || !x.coref));
            if (kept.length) how.target = 'object of "against" after the forum';
          }
        }
        if (kept.length < targets.length && !kept.length) needTarget = true;
        targets = kept;
      }
      if ((trig.type === 'DENIAL') && !passive) {
        // "called Anthropic's allegations baseless", "rejected accusations by Anthropic": the accuser.
        const acc = accuserIn(info);
        if (acc && (!actorM || agentOf(acc.ent, reg).name !== agentOf(actorM.ent, reg).name)) { targets = [acc]; needTarget = false; how.target = NAMED_ACCUSER; }
      }
      if (trig.type === 'DENIAL' && targets.length && !passive && !trig.fronted && !accuserIn(info)) {
        // "rejected the claims" names no accuser; "rejected OpenAI's claims" does.
        if ((targets[0].lead ?? targets[0].t0) - tEnd > 4) { targets = []; needTarget = true; }
      }
      let actor: Agent | null = actorAgent ?? (actorM ? agentOf(actorM.ent, reg) : null);
      if (!actor) how.actor = 'none';
      if (!targets.length) how.target = 'none';
      // "we"/"our" inside a quoted paragraph is whoever the paragraph quotes ('"...," said Ada Vell').
      const firstPerson = !actor && needActor && !passive && toks.slice(cs, ti).some((x, k, a) => FIRST_PERSON.test(x.text) || (FIRST_PERSON_BODY.det.test(x.text) && FIRST_PERSON_BODY.nouns.test(a[k + 1]?.text ?? '')));
      // In a ministry transcript the answer's "we" is the ministry.
      let quoted: Agent | null = firstPerson ? ctx.quoteSpeakers?.get(s.line) ?? (qaA ? ctx.defaultSpeaker : null) : null;
      // '"We did nothing wrong," Quillon said.': the quotation's own speaker, after it in the same sentence.
      if (firstPerson && !quoted && quote) {
        const sp = speakerFor(info, ti);
        if (sp?.m && sp.vi > ti) quoted = agentOf(sp.m.ent, reg);
        // '"…," she wrote.': a personal pronoun speaking after the quotation is the person last acting before it.
        else if (sp && !sp.m && sp.vi > ti && [toks[sp.vi - 1], toks[sp.vi + 1]].some((x) => !!x && (PERSON_PRONOUNS.inner.has(x.text) || PERSON_PRONOUNS.opening.has(x.text)))) {
          const last = [ctx.lastActor, ctx.lastSubject].find((x) => x?.kind === 'person');
          if (last) quoted = last;
        }
      }
      // A turn whose side was already named in it ("Ada Vell: Ostmark opposes … We urge …") keeps that side.
      const lineVoice = ctx.voices?.get(s.line);
      const voiceAgent = lineVoice && !(lineVoice.turn && ctx.lastActor && ctx.lastActorLine === s.line) ? lineVoice.agent : null;
      if (firstPerson && !quoted && voiceAgent) {
        quoted = voiceAgent;
        // A voice of the text itself (byline, statement, signature, turn) names the subject: no penalty for an unnamed one.
        if (!ctx.quoteSpeakers?.has(s.line) && !qaA) conf += 0.15;
      }
      // '"We did nothing wrong," Quillon said': the speaker after the closing quotation mark is no object of the quoted verb.
      if (quoted && trig.mode === 'counter' && targets.length && agentOf(targets[0].ent, reg).name === quoted.name && targets[0].t0 > ti) { targets = []; needTarget = true; }
      // '"All options are on the table," China's commerce ministry said': with no one acting in the quotation, the speaker
      // after it is its actor, not its object.
      if (!actor && !quoted && trig.mode === 'counter' && targets.length === 1 && targets[0].t0 > ti && field === 'text') {
        const sp = speakerFor(info, ti);
        if (sp?.m === targets[0] && sp.vi > ti && toks.slice(ti, targets[0].t0).some((x) => /^[”"’']$/.test(x.text))) {
          actor = agentOf(sp.m.ent, reg); needActor = false; how.actor = 'speaker after the quotation';
          targets = []; needTarget = true;
        }
      }
      // "I urge all residents to …" with nobody quoted: the writer, who is no party.
      if (!actor && !quoted && field === 'text' && toks.slice(cs, ti).some((x) => x.text === FIRST_PERSON_SINGULAR)) continue;
      // '"We will sue," Quillon chief executive Ada Vell said': a company's officer who says "we" speaks for the company.
      if (quoted && quoted.kind === 'person' && quoted.org && toks.slice(cs, ti).some((x) => FIRST_PERSON.test(x.text) && x.text !== FIRST_PERSON_SINGULAR)) {
        const org = reg.byKey.get(quoted.org) ?? [...reg.byKey.values()].find((e) => e.name === quoted!.org);
        if (org && org.kind === 'company') quoted = agentOf(org, reg);
      }
      if (quoted && field === 'text') { actor = quoted; needActor = false; conf -= 0.05; how.actor = 'speaker quoted in the paragraph ("we")'; }
      // "The lawsuit alleges that ...", "The complaint says ...": the party that brought it.
      if (!actor && needActor && !passive && toks.slice(cs, ti).some((x) => SUIT_DOCUMENTS.test(x.text))) {
        const brought = [...out].reverse().find((x) => x.type === 'LEGAL_ACTION' && x.actor);
        if (brought) { actor = brought.actor; needActor = false; conf -= 0.1; how.actor = 'party that brought the suit'; }
      }
      // "It set a daily fine …": a pronoun subject of the verb that governs a noun trigger, a few lower-case words before it.
      // (No noun between: "It said outside auditors had reviewed …" names another subject.)
      const pronounGoverns = () => IT_THEY.test(toks[cs]?.text ?? '') && ti - cs <= 5
        && toks.slice(cs + 1, ti).every((x) => /^\p{Ll}/u.test(x.text) && !/^NNS?$/.test(posTags(x.text)?.[0] ?? ''))
        && !info.mentions.some((x) => x.t0 > cs && x.t0 < ti);
      if (!actor && needActor && !passive && trig.mode !== 'anaphor' && (trig.mode === 'report' || trig.mode === 'characterise' || bareSubject(info, cs, ti) || pronounGoverns())) {
        // "A report named Quillon. It has since sued …": with no earlier actor, "It"/"They" is the last sentence's subject.
        const pron = !ctx.lastActor && toks.slice(cs, ti).some((x) => IT_THEY.test(x.text));
        // In a transcript's answer the answering body speaks, not whoever the question quoted last.
        // A post's, statement's or turn's speaker denies in its own voice ("These claims are false."), unless the paragraph named its side.
        const voice = ctx.voices?.get(s.line);
        const own = voice && (trig.type === 'DENIAL' || (trig.type === 'ALLEGATION' && !voice.turn)) && !ctx.quoteSpeakers?.has(s.line) && !(voice.turn && ctx.lastActor && ctx.lastActorLine === s.line) ? voice.agent : null;
        // "A spokeswoman for the Chinese Embassy in Ottawa rejected the claims": the body the spokesperson speaks for, never
        // the last actor (the accuser).
        const forOrg = spokesFor(info, cs, ti);
        // "China warned that it would take countermeasures", "Quillon said they would sue": "it"/"they" opening the clause
        // a named reporter of the same sentence introduces is that reporter, before anyone carried over.
        const rep = toks.slice(cs, ti).some((x) => IT_THEY.test(x.text)) ? speakerFor(info, ti) : null;
        const reporter = rep?.m && rep.vi < cs && rep.m.ent.kind !== 'person' && rep.m.ent.kind !== 'model' && !toks.slice(rep.vi + 1, cs).some((x) => /^[.;:“"]$/.test(x.text)) ? agentOf(rep.m.ent, reg) : null;
        let fallback = (forOrg ? agentOf(forOrg.ent, reg) : null) ?? (qaA ? ctx.defaultSpeaker : null) ?? own ?? reporter ?? ctx.lastActor ?? (pron ? ctx.lastSubject ?? null : null);
        // "… Commission chair Ada Vell said. On Tuesday it filed a suit": "it" never takes up a person.
        if (fallback?.kind === 'person' && !forOrg && !own && bareSubject(info, cs, ti) && toks.slice(cs, ti).some((x) => x.text.toLowerCase() === IT_WORD)) {
          fallback = ctx.lastSubject && ctx.lastSubject.kind !== 'person' ? ctx.lastSubject : null;
        }
        if (fallback && field === 'text') {
          actor = fallback; needActor = false; conf -= 0.05; how.actor = CARRIED;
          // A measure or an inquiry whose clause names no one by a pronoun (TYPE_RULES.carriedActorNeedsPronoun), or whose
          // pronoun takes up a reporter the sentence does not name.
          if (TYPE_RULES[trig.type].carriedActorNeedsPronoun) {
            const sv = toks.findIndex((x, q) => q < cs && SAID_VERBS.test(x.text));
            const unnamedReporter = sv > 0 && !info.mentions.some((x) => x.t1 <= sv && usable(info, x));
            if (unnamedReporter || !toks.slice(Math.max(0, cs - 1), ti).some((x) => IT_THEY.test(x.text) || FIRST_PERSON.test(x.text))) { actor = null; needActor = true; how.actor = 'none'; }
          }
        }
        // "The letter asks Quillon to produce …": a letter opening the clause speaks for its writer, the carried-over actor;
        // the unnamed subject costs nothing.
        if (actor && how.actor === CARRIED && ti - cs <= 3 && toks.slice(cs, ti).some((x) => LETTER_NOUNS.test(x.text)) && DETS.has(toks[cs].text)) conf += 0.15;
        // "Quillon says we copied its code. Untrue.": the rebuttal is the accused's, not the accuser's carried over.
        if (actor && trig.rebutsLast && how.actor === CARRIED) {
          const acc = [...out].reverse().find((x) => TYPE_RULES[trig.type].answers.includes(x.type) && x.actor?.name === actor!.name && x.target);
          if (acc) { actor = acc.target; how.actor = 'the accused of the carried-over accuser'; }
        }
        // "It called Quillon's accusations baseless": a carried-over actor who is the accuser named here cannot deny; the accused does.
        if (actor && TYPE_RULES[trig.type].counterpartPrefers && targets.length && agentOf(targets[0].ent, reg).name === actor.name) {
          const prefer = TYPE_RULES[trig.type].counterpartPrefers;
          const acc = [...out].reverse().find((x) => x.type === prefer && x.actor?.name === actor!.name && x.target);
          actor = acc?.target ?? null;
          how.actor = actor ? 'the accused of the accuser named in the sentence' : 'none';
          if (!actor) continue;
        }
      }
      if (!actor && !anaphor && !needActor) continue;
      if (!actor && field === 'title') continue;
      if (trig.authority && actor && !AUTHORITY.includes(actor.kind)) conf -= 0.25;
      // "Brevander rejected a takeover offer from Marrow": only a public body blocks a deal as a measure.
      if (trig.authorityOnly && actor && !AUTHORITY.includes(actor.kind)) continue;
      if (actorM?.coref) conf -= 0.05;
      if (field === 'title') conf -= 0.05;
      // "… accuses them of …": the parties acted on together last.
      let groupTargets: Agent[] | null = null;
      if (itTarget) groupTargets = [itTarget];
      // "them" is the verb's object: a name further on ("accuses them of copying by scraping X") is not.
      const themObj = trig.mode === 'svo' && !passive && toks[firstWordEnd]?.text === THEM;
      if (themObj && (ctx.lastGroup?.targets.length ?? 0) >= 2) {
        // "The company accuses them": a description that would be one of "them" is rather who acted on them.
        if (actorM?.coref && actor && ctx.lastGroup!.targets.some((x) => x.name === actor!.name) && ctx.lastGroup!.actors.length === 1) {
          actor = ctx.lastGroup!.actors[0];
          how.actor = 'description: who acted on "them" last';
        }
        groupTargets = ctx.lastGroup!.targets.filter((x) => x.name !== actor?.name);
        how.target = '"them": the parties acted on together last';
      } else if (themObj && targets.length) { targets = []; needTarget = true; }
      // "fined both companies", "accused the two firms of …": the side of the last joint act that the description fits.
      if (!groupTargets && !themObj && trig.mode === 'svo' && !passive && field === 'text') {
        const ref = groupRefAt(toks, tEnd);
        const side = ref?.counted ? groupSide(ctx.lastGroup, ref, 'targets') : null;
        if (side && !info.mentions.some((x) => x.t0 >= tEnd && x.t0 < ref!.end)) {
          groupTargets = side.filter((x) => x.name !== actor?.name);
          how.target = 'plural description: the parties named together last';
        }
      }
      // "said both firms had shipped …": the reported wrongdoers are those parties.
      if (!groupTargets && reportGroup) { groupTargets = reportGroup.filter((x) => x.name !== actor?.name); how.target = 'plural description: the parties named together last'; }
      // "X sanctioned A and B on Monday, accusing them of …", "…, accusing it of …": the object pronoun of a participial
      // clause hung on the main clause is that clause's named object.
      if (!groupTargets && trig.mode === 'svo' && !passive && ti >= 2 && toks[ti - 1].text === ',' && GERUND_ENDING_I.test(toks[ti].text)
        && OBJECT_PRONOUNS.test(toks[firstWordEnd]?.text ?? '')) {
        // The objects follow the main clause's verb; a name before a lower-case noun ("three Dalmoran firms") only modifies it.
        const subjEnd = actorM && actorM.t1 < ti ? actorM.t1 : 0;
        const verb = toks.findIndex((x, k) => k >= subjEnd && k < ti && /^\p{Ll}/u.test(x.text) && (posTags(x.text)?.[0] ?? '').startsWith('VB'));
        const objs = verb < 0 ? [] : info.mentions.filter((x) => x.t0 > verb && x.t1 < ti && x !== actorM && usable(info, x) && !prepBefore(info, x) && !x.coref
          && !(/^\p{Ll}/u.test(toks[x.t1]?.text ?? '') && /^NNS?$/.test(posTags(toks[x.t1].text)?.[0] ?? '')) && (!actor || agentOf(x.ent, reg).name !== actor.name));
        const plural = toks[firstWordEnd].text.toLowerCase() === THEM;
        if (objs.length && (plural ? objs.length >= 2 : objs.length === 1)) {
          groupTargets = objs.map((x) => agentOf(x.ent, reg));
          targets = []; needTarget = false;
          how.target = 'object pronoun of a participial clause: the main clause\'s object';
        }
      }
      // "They sued …", "The studios accused …": the parties that acted together last.
      let groupActors: Agent[] | null = byAgents;
      // ("The lawmakers" are never the companies that acted together last.)
      if (!actorM && !actorAgent && !passive && field === 'text' && (ctx.lastGroup?.actors.length ?? 0) >= 2 && pluralSubject(toks, cs, ti)
        && !(titledHead(toks, cs, ti) && ctx.lastGroup!.actors.some((a) => a.kind !== 'person' && !a.name.endsWith(` ${ATTORNEY_GENERAL.title}`)))) {
        groupActors = ctx.lastGroup!.actors;
        actor = groupActors[0]; needActor = false;
        how.actor = 'plural subject: the parties that acted together last';
      }
      // "Both companies denied …", "The two firms said …": the side of the last joint act that the description fits.
      if (!groupActors && !actorM && !actorAgent && !passive && field === 'text') {
        let c0 = cs;
        while (c0 < ti && SUBJECT_FILLERS.test(toks[c0].text)) c0++;
        const ref = groupRefAt(toks, c0);
        const side = ref && ref.end === ti ? groupSide(ctx.lastGroup, ref, 'actors') : null;
        // "The companies could face fines": a threat reported of its subject is against that side, by the other.
        const by = side && trig.type === 'THREAT' && trig.mode === 'report' ? ctx.lastGroup!.actors.find((a) => !side.some((x) => x.name === a.name)) : undefined;
        if (side && trig.type === 'THREAT' && trig.mode === 'report') {
          if (!by) continue;
          groupTargets = side; targets = []; needTarget = false;
          actor = by; needActor = false;
          how.actor = 'the side that acted last on the plural description'; how.target = 'plural description: the parties named together last';
        } else if (side) {
          groupActors = side;
          actor = side[0]; needActor = false;
          how.actor = 'plural description: the parties named together last';
        }
      }
      // "A group of senators, led by Ada Vell and Lin Oster, questioned …": the leaders named in the subject act.
      // (A leader after "and" may have been read as the clause's subject: "…, led by A and B, criticised X".)
      const leaders = !actorAgent && !groupActors && !passive ? leadersIn(info, cs, ti) : [];
      if ((!actor && !actorM) || (actorM && leaders.includes(actorM))) {
        if (leaders.length) {
          const ags = leaders.map((m) => agentOf(m.ent, reg));
          if (ags.length > 1) groupActors = ags;
          actor = ags[0]; needActor = false; how.actor = 'the leaders named in the group subject ("led by")';
        }
      }
      // "The senators urged …", "The lawmaker said …" with no joint act before: the persons named with such a title.
      if (!actor && !actorM && !actorAgent && !groupActors && !passive && field === 'text') {
        // "In a separate letter, the senators asked …": a fronted phrase before the subject's comma is no part of it.
        const fc = PREPS.has(toks[cs]?.text.toLowerCase() ?? '') ? toks.findIndex((x, k) => k > cs && k < ti && x.text === ',') : -1;
        const titled = titledSubject(toks, fc > cs ? fc + 1 : cs, ti, reg);
        if (titled) {
          if (titled.length > 1) groupActors = titled;
          actor = titled[0]; needActor = false;
          how.actor = 'group noun: the persons the article names with that title';
        }
      }
      // "The two companies settled", "Both sides agreed to …": a subject counted as two is the pair of the article's last
      // act between two parties, one acting and the other its target.
      if (!actor && !groupActors && !passive && field === 'text' && pairSubject(toks, cs, ti)) {
        // Not a court's or an authority's ruling on them: the pair are the sides of the case.
        const last = [...out].reverse().find((x) => x.actor && x.target && x.actor.kind !== 'court' && !AUTHORITY_PATTERNS.has(x.pattern));
        // "Both governments …" after an authority's act on two companies: a head of another kind names another pair.
        let c0 = cs;
        while (c0 < ti && SUBJECT_FILLERS.test(toks[c0].text)) c0++;
        const ref = groupRefAt(toks, c0);
        const kindsFit = !ref || !ref.kinds.length || !last || [last.actor!, last.target!].every((x) => ref.kinds.includes(x.kind));
        if (last && kindsFit) {
          // A settlement or truce is told from the side the last act was against ("Quillon sued Marrowby … the two settled").
          const flip = trig.type === 'DEESCALATION';
          actor = flip ? last.target : last.actor; needActor = false; groupTargets = [flip ? last.actor! : last.target!];
          how.actor = 'subject counted as two: the parties of the last act'; how.target = 'the other party of the last act';
        }
      }
      if (grantedAgainst) { groupTargets = [grantedAgainst]; how.target = 'the other side of the case from the movant'; }
      if (sideTarget && !groupTargets && (!actor || actor.name !== sideTarget.name)) { groupTargets = [sideTarget]; how.target = 'the state named as a side ("the Dalmoran side")'; }
      if (trig.courtOfCase && actor && !passive) {
        // "Corvane lost a bid to dismiss the suit": the court of the case (named in the article) ruled against the movant;
        // "won a bid" against the other side of the last legal step between them. No court named: no event.
        const court = reg.order.filter((e) => (e.kind === 'court' || e.role === 'judge') && e.mentions > 0).sort((a, b) => b.mentions - a.mentions)[0];
        if (!court) continue;
        const movant = actor;
        let loser: Agent | null = movant;
        if (trig.courtOfCase === 'object') loser = targets.length ? agentOf(targets[0].ent, reg) : null;
        if (trig.courtOfCase === 'other') {
          const last = [...out].reverse().find((x) => x.type === 'LEGAL_ACTION' && x.actor && x.target && x.actor.kind !== 'court' && x.actor.role !== 'judge'
            && (x.actor.name === movant.name || x.target.name === movant.name));
          loser = last ? (last.actor!.name === movant.name ? last.target : last.actor) : null;
        }
        if (!loser) continue;
        actor = agentOf(court, reg); needActor = false; groupTargets = [loser]; needTarget = false;
        how.actor = 'the court of the case';
        how.target = trig.courtOfCase === 'subject' ? 'movant whose bid was lost' : trig.courtOfCase === 'object' ? 'object' : 'the other side from the movant who won';
        if (trig.courtOfCase === 'object') targets = [];
      }
      // A charge of a matter of ours (trade secrets, exports, espionage) is ours whoever is charged, the matter told in
      // its sentence or before it ("X was charged with stealing chip designs. A grand jury indicted Y, 41, …").
      const ourMatter = DISPUTE_CHARGE_MATTER.test(info.s.text) || (ctx.chargeMatterFrom !== undefined && field === 'text' && info.s.start >= ctx.chargeMatterFrom);
      if (chargedFor && targets.length && !ourMatter && !targets.every(accusedOfDispute)) continue;
      if (trig.prosecutorsAct && !passive) {
        // "Federal prosecutors charged X": the demonym's state, the place's state, or the named prosecuting authority.
        if (!actor) {
          let ent: Entity | null = null;
          const dem = toks.slice(cs, ti).find((x) => DEMONYMS.has(x.text));
          if (dem) { const g = BY_NAME.get(DEMONYMS.get(dem.text)!); ent = g ? reg.get(g) : null; }
          const inAt = toks.findIndex((x, k) => k >= cs && k < ti && x.text === PROSECUTORS.place);
          if (!ent && inAt >= 0) ent = info.mentions.find((x) => x.t0 === inAt + 1 && x.ent.kind === 'government')?.ent ?? null;
          // "Seoul prosecutors", "Dutch prosecutors" written with the state's name or capital right before the noun.
          if (!ent) ent = info.mentions.find((x) => x.t1 < ti && x.ent.kind === 'government' && PROSECUTORS.noun.test(toks[x.t1]?.text ?? ''))?.ent ?? null;
          // "Prosecutors charged X …, the Justice Department said": the authority that reports the charge.
          if (!ent) { const sp = speakerFor(info, ti); if (sp?.m && sp.vi > ti && sp.m.ent.kind !== 'person' && AUTHORITY.includes(sp.m.ent.kind)) ent = sp.m.ent; }
          if (!ent) ent = prosecutingAuthority(reg);
          // "Prosecutors in Osaka", "federal prosecutors in Texas", with no authority named: the state the place lies in.
          if (!ent && inAt >= 0) {
            for (let n = 3; n >= 1 && !ent; n--) {
              const st = stateOfPlace(toks.slice(inAt + 1, inAt + 1 + n).map((x) => x.text).join(' '));
              const g = st ? BY_NAME.get(st) : undefined;
              if (g) ent = reg.get(g);
            }
          }
          // "Prosecutors in Brookfield charged X": with no state, place or authority the text gives, the prosecutors themselves.
          if (!ent) ent = reg.discovered(PROSECUTORS.generic, 'government');
          actor = agentOf(ent, reg); needActor = false; how.actor = 'prosecutors: their state or the named prosecuting authority';
        }
        // A name known by its form alone may be a person of any criminal case: only organisations with a cue to their kind.
        // ("indicted a former engineer at X on charges of stealing …", "charged two men with smuggling …": a description
        // of the accused in a charge of a matter of ours waits for the sentence that names them, plurals.ts.)
        const described = !targets.length && ourMatter && (personDescriptionAt(info, ti + 1, ti + 9) >= 0 || countedPluralAt(info, ti + 1, ti + 9) >= 0);
        if ((!targets.length && !described) || (!ourMatter && !targets.every(accusedOfDispute))) continue;
      }
      if (trig.courtAgainstAuthorOf) {
        // "The Tokyo District Court blocked the order": the court rules against the measure's author, never someone else's act.
        if (!actor || !(actor.kind === 'court' || actor.role === 'judge') || passive) continue;
        if (!targets.length) {
          const src = [...out].reverse().find((x) => trig.courtAgainstAuthorOf!.includes(x.type) && x.actor && x.actor.kind !== 'court' && x.actor.role !== 'judge');
          if (!src) continue;
          groupTargets = [src.actor!]; needTarget = false; how.target = "author of the measure the court stopped";
        }
      }
      if (trig.againstAppellant && !targets.length && !groupTargets) {
        // "The appeals court upheld the verdict": with no party named, against the one who appealed it.
        const ap = actor && (actor.kind === 'court' || actor.role === 'judge') && !passive
          ? [...out].reverse().find((x) => x.type === 'LEGAL_ACTION' && x.actor && APPEAL_PATTERNS.has(x.pattern)) : undefined;
        if (ap) { groupTargets = [ap.actor!]; needTarget = false; how.target = 'the appellant whose appeal failed'; }
      }
      if (trig.courtAgainstPlaintiff) {
        // "The judge threw out Quillon's lawsuit", "the court dismissed the case": against the one who brought it.
        if (!actor || !(actor.kind === 'court' || actor.role === 'judge') || passive) continue;
        const poss = info.mentions.find((x) => x.t1 > ti && x.t1 < tEnd && /^['’]$/.test(toks[x.t1]?.text ?? ''));
        const suit = [...out].reverse().find((x) => x.type === 'LEGAL_ACTION' && x.actor && x.target && x.actor.kind !== 'court' && x.actor.role !== 'judge');
        // "dismissed a suit that Quillon had brought against …", "dismissed the case filed by Quillon": the sentence names
        // the plaintiff after the suit, before any suit of the article's other events.
        const named = poss ? null : info.mentions.find((m) => {
          const at = m.lead ?? m.t0;
          if (at <= tEnd || at > tEnd + 8 || m.mod) return false;
          const before = toks[at - 1]?.text ?? '', after = toks.slice(m.t1 + 1, m.t1 + 4).map((x) => x.text);
          return (before === AGENT_BY && SUIT_BROUGHT.test(toks[at - 2]?.text ?? ''))
            || (toks.slice(tEnd, at).some((x) => THAT_WHICH.test(x.text)) && after.some((w) => SUIT_BROUGHT.test(w)));
        });
        const plaintiff = poss ? agentOf(poss.ent, reg) : named ? agentOf(named.ent, reg) : suit?.actor ?? null;
        if (!plaintiff) continue;
        targets = []; groupTargets = [plaintiff]; needTarget = false; how.target = 'the one who brought the dismissed suit';
      }
      if (trig.courtAgainstDefendant) {
        // "The judge allowed Quillon's lawsuit against Marrowby to proceed": against the one the suit is brought against
        // (named after "against" in the sentence, else the defendant of the article's last suit).
        if (!actor || !(actor.kind === 'court' || actor.role === 'judge') || passive) continue;
        const ag = toks.findIndex((x, k) => k > ti && k <= tEnd && x.text === AGAINST);
        const namedDef = ag > 0 ? info.mentions.find((m) => (m.lead ?? m.t0) > ag && (m.lead ?? m.t0) <= ag + 2 && !m.mod) : undefined;
        const suit = [...out].reverse().find((x) => x.type === 'LEGAL_ACTION' && x.actor && x.target && x.actor.kind !== 'court' && x.actor.role !== 'judge');
        const defendant = namedDef ? agentOf(namedDef.ent, reg) : suit?.target ?? null;
        if (!defendant) continue;
        targets = []; groupTargets = [defendant]; needTarget = false; how.target = 'the defendant of the suit let go on';
      }
      if (trig.overturns && actor && !passive) {
        // "overturned the ruling against Corvane": the ruling now goes against the other side of Corvane's case.
        if (!(actor.kind === 'court' || actor.role === 'judge') || targets.length !== 1) continue;
        const won = agentOf(targets[0].ent, reg).name;
        const last = [...out].reverse().find((x) => x.type === 'LEGAL_ACTION' && x.actor && x.target && x.actor.kind !== 'court' && x.actor.role !== 'judge'
          && (x.actor.name === won || x.target.name === won));
        const other = last ? (last.actor!.name === won ? last.target : last.actor) : null;
        if (!other) continue;
        targets = []; groupTargets = [other]; needTarget = false; how.target = 'the other side from the party the overturned ruling was against';
      }
      // "launched an investigation into his conduct": the act is on an unnamed person, not on the article's counterpart.
      if (!targets.length && !groupTargets && trig.mode === 'svo' && !passive && toks.slice(tEnd, tEnd + 3).some((x) => PERSON_POSSESSIVES.test(x.text))) continue;
      // "The Authority claims that we have …": a first-person object right after the act is the text's own voice.
      if (!voiceTarget && trig.mode === 'svo' && !passive && !groupTargets && field === 'text' && FIRST_PERSON.test(toks[tEnd]?.text ?? '')
        && toks[tEnd].text !== FIRST_PERSON_SINGULAR && !ctx.quoteSpeakers?.has(s.line)) {
        voiceTarget = ctx.voices?.get(s.line)?.agent ?? null;
        if (voiceTarget) targets = [];
      }
      if (voiceTarget && !groupTargets && !targets.length && (!actor || actor.name !== voiceTarget.name)) { groupTargets = [voiceTarget]; how.target = 'the text\'s own voice ("we")'; }
      // "We are asking the court to order Quillon to …": the court asked to order has ordered nothing, and the request is a
      // legal step against the one the order would bind.
      // "The Delmar District Court held that Marrowby had abused …": a court's holding of wrongdoing is its ruling against the wrongdoer.
      const courtActor = !!actorM && !actorM.coref && (actorM.ent.kind === 'court' || actorM.ent.role === 'judge');
      let retype: EventType | null = courtActor && trig.type === 'ALLEGATION' && trig.mode === 'report' && targets.length && cs >= 2
        && toks[cs - 1].text === COMPLEMENTISER && HOLDING_VERBS.test(toks[cs - 2].text) ? 'LEGAL_ACTION' : null;
      // "Quillon is seeking an injunction barring Marrowby from …": a restriction inside the relief asked of a court is not imposed.
      if (trig.type === 'RESTRICTION' && toks.slice(Math.max(0, ti - 3), ti).some((x, q, arr) => RELIEF_NOUNS.test(x.text)
        && toks.slice(Math.max(0, ti - 3 + q - 4), Math.max(0, ti - 3) + q).some((y) => SEEK_VERBS.test(y.text)))) continue;
      // "in which it sought to block imports": a restriction only sought is not imposed.
      if (trig.type === 'RESTRICTION' && ti >= 2 && toks[ti - 1].text === TO && SEEK_VERBS.test(toks[ti - 2].text)) continue;
      if (actorM && (actorM.ent.kind === 'court' || actorM.ent.role === 'judge') && how.actor === 'subject' && demandIdx() >= 0 && demandIdx() < actorM.t0) continue;
      if (trig.type === 'DEMAND' && targets.length && (targets[0].ent.kind === 'court' || targets[0].ent.role === 'judge') && !groupTargets) {
        const t0 = targets[0];
        const bound = info.mentions.find((x) => x.t0 >= t0.t1 && x.t0 <= t0.t1 + 6 && usable(info, x) && x.ent.kind !== 'court' && x.ent.role !== 'judge');
        if (!bound) continue;
        targets = [bound]; retype = 'LEGAL_ACTION'; how.target = 'the one the order asked of a court would bind';
      }
      // "accepted commitments offered by Quillon, closing the probe", "settled a case brought by Fair Ostmark": the agent of a
      // participle beside the act names its other party, before any counterpart from the article's other events.
      if (trig.mode === 'counter' && !targets.length && !groupTargets && field === 'text' && !passive) {
        const by = toks.findIndex((x, k) => k >= Math.max(cs, ti - 8) && k <= tEnd + 6 && x.text === AGENT_BY && k > 0 && (PAST_ENDING.test(toks[k - 1].text) || !!posTags(toks[k - 1].text)?.includes('VBN')));
        const ag = by > 0 ? info.mentions.find((x) => x.t0 > by && (x.lead ?? x.t0) <= by + 4 && usable(info, x) && !x.mod && !x.coref) : undefined;
        if (ag && (!actor || agentOf(ag.ent, reg).name !== actor.name) && ag.ent.kind !== 'court' && ag.ent.role !== 'judge') {
          targets = [ag]; needTarget = false; how.target = 'agent after "by" beside the act';
        }
        // A named agent the text gives no party for ("brought by the group Fair Ostmark") still is the other party: no counterpart.
        if (by > 0 && !ag && toks.slice(by + 1, by + 5).some((x) => /^\p{Lu}\p{Ll}/u.test(x.text))) continue;
      }
      // "If Ostmark keeps its tariffs, Dastia will retaliate", "Should Quillon fail to comply, it may be fined": the
      // condition's subject is the one threatened.
      if (trig.type === 'THREAT' && !groupTargets && field === 'text') {
        const ci = toks.findIndex((x, k) => k < ti && CONDITION_WORDS.test(x.text));
        const comma = ci >= 0 ? toks.findIndex((x, k) => k > ci && k < ti && x.text === ',') : -1;
        const c = comma > 0 ? info.mentions.find((x) => x.t0 > ci && x.t1 <= comma && usable(info, x) && !prepBefore(info, x)) : undefined;
        if (c && (!actor || agentOf(c.ent, reg).name !== actor.name)) { targets = [c]; needTarget = false; how.target = 'subject of the condition'; }
      }
      // "reserves the right to take countermeasures against Washington's new chip curbs": a threat with no one named as its
      // object answers the owner of the measure it responds to, named after it in the sentence.
      if (trig.type === 'THREAT' && !targets.length && !groupTargets && field === 'text') {
        const owner = info.mentions.find((x) => x.t0 >= tEnd && usable(info, x) && /^['’]$/.test(toks[x.t1]?.text ?? '')
          && toks.slice(x.t1 + 1, x.t1 + 5).some((w) => MEASURE_NOUNS.test(w.text)) && (!actor || agentOf(x.ent, reg).name !== actor.name));
        if (owner) { targets = [owner]; needTarget = false; how.target = 'owner of the measure answered'; }
      }
      // "Should it refuse, the regulator will suspend …": a pronoun condition's party is the last sentence's subject;
      // with no party of the condition at all, no event here (the discourse rules read the rest).
      if (trig.conditionTarget && !targets.length && !groupTargets) {
        // "would revoke the licence if the firm kept selling the app": the subject of a condition after the act.
        const ca = toks.findIndex((x, k) => k >= tEnd && CONDITION_WORDS.test(x.text));
        const after = ca > 0 ? info.mentions.find((x) => (x.lead ?? x.t0) > ca && (x.lead ?? x.t0) <= ca + 2 && usable(info, x) && !x.mod) : undefined;
        if (after && (!actor || agentOf(after.ent, reg).name !== actor.name)) { targets = [after]; needTarget = false; how.target = 'subject of the condition after the act'; }
      }
      if (trig.conditionTarget && !targets.length && !groupTargets) {
        const ci = toks.findIndex((x) => CONDITION_WORDS.test(x.text));
        const prev = ci >= 0 && IT_THEY.test(toks[ci + 1]?.text ?? '') ? ctx.lastSubject : null;
        if (!prev || (actor && prev.name === actor.name)) continue;
        groupTargets = [prev]; how.target = 'antecedent of the condition\'s pronoun (the last sentence\'s subject)';
      }

      // "I request that you provide …" in a letter: "you" is the addressee its salutation names.
      // A section of a letter opened by "To X:" ("To Quillon Labs: we urge you to …") addresses X.
      const sectionColon = TO_WORD.test(toks[0]?.text ?? '') ? toks.findIndex((x, k) => k > 1 && k < 10 && x.text === ':') : -1;
      const sectionTo = sectionColon > 0 ? info.mentions.find((x) => x.t0 === 1 && x.t1 === sectionColon) : undefined;
      const turnAddressee = ctx.voices?.get(s.line)?.addressee ?? null;
      const addressee = sectionTo && sectionColon < ti ? agentOf(sectionTo.ent, reg) : turnAddressee ?? ctx.addressee;
      // ("Your companies should suspend …": a demand whose subject is the addressee, "you" or "your" opening it.)
      const youSubject = trig.type === 'DEMAND' && trig.mode === 'report' && toks.slice(Math.max(cs, ti - 3), ti).some((x) => SECOND_PERSON.test(x.text));
      if (addressee && !passive && !groupTargets && field === 'text' && ((trig.mode === 'svo' && (toks.slice(tEnd, tEnd + 2).some((x) => SECOND_PERSON.test(x.text)) || (EACH_OF.test(toks[tEnd]?.text ?? '') && SECOND_PERSON.test(toks[tEnd + 2]?.text ?? '')))) || youSubject)
        && (!actor || actor.name !== addressee.name)) {
        if (youSubject && how.actor === CARRIED) conf += 0.1;
        groupTargets = !sectionTo && (ctx.addressees?.length ?? 0) > 1 ? ctx.addressees!.filter((x) => !actor || x.name !== actor.name) : [addressee];
        targets = []; how.target = sectionTo ? 'the addressee of the letter\'s section ("To X:")' : turnAddressee ? 'the one the transcript turn answers ("you")' : 'the letter\'s addressee ("you")';
      }
      // "sanctioned three Dalmoran firms": a counted plural of parties as the object waits for a later sentence that
      // names its members (plurals.ts); with none, the act is dropped there as here.
      let pluralObject = false;
      if (!targets.length && !groupTargets && !needTarget && trig.mode === 'svo' && !passive) {
        if (TYPE_RULES[trig.type].counterpartWhenNoObject || trig.counterpartWhenNoObject || trig.openTarget) needTarget = true;
        else if (field === 'text' && (countedPluralAt(info, ti + 1, tEnd + 6) >= 0
          || (PLURAL_PRONOUNS.test(toks[firstWordEnd]?.text ?? '') && countedPluralAt(info, 0, ti) >= 0)
          || (PERSON_DESCRIPTION_TYPES.includes(trig.type) && personDescriptionAt(info, ti + 1, tEnd + 6) >= 0))) { needTarget = true; pluralObject = true; }
        else if (!anaphor) continue;
      }
      // (A threat whose one object is its own speaker after the clause — "… shall attract further sanctions, the
      // commission said" — names no target: the other side of the article's acts stands in.)
      if (trig.type === 'THREAT' && trig.mode === 'counter' && !groupTargets && targets.length === 1 && actor && how.actor !== 'subject'
        && agentOf(targets[0].ent, reg).name === actor.name && toks.slice(tEnd, targets[0].lead ?? targets[0].t0).some((x) => x.text === ',')) {
        targets = []; needTarget = true; how.target = 'none';
      }
      const tgts: (Agent | null)[] = groupTargets ?? (targets.length ? Array.from(targets, (x) => agentOf(x.ent, reg)) : [null]);
      if (actor && !sentenceActor) sentenceActor = actor;
      // "Microsoft and OpenAI said ...": each coordinated subject acts.
      const actors: (Agent | null)[] = groupActors ? [...groupActors] : [actor];
      if (actorM && !actorAgent) {
        // "A, B and C have opened probes": the whole list, joined by commas and one "and", acts.
        const chain: Mention[] = [];
        let prevM = actorM;
        let sawAnd = false;
        // "Ada Vell (D-Os.) and Lin Oster": a parenthesis after a person's name (party and state) stands between list members.
        const parenAfter = (a: number): number => {
          if (toks[a]?.text !== '(') return a;
          const c = toks.findIndex((x, z) => z > a && z <= a + 8 && x.text === ')');
          return c > 0 ? c + 1 : a;
        };
        for (;;) {
          const p = prevM;
          const from = p.ent.kind === 'person' ? parenAfter(p.t1) : p.t1;
          // (A passive's agents come after the verb: "was sued by A and B".)
          const nx = info.mentions.find((x) => x.t0 > p.t1 && x.t0 <= from + 3 && (passive ? x.t0 > ti : x.t0 < ti) && usable(info, x)
            && toks.slice(from, x.lead ?? x.t0).every((w) => w.text === LIST_AND || w.text === ',' || DETS.has(w.text) || (x.ent.kind === 'person' && PERSON_TITLES.has(w.text)))
            && toks.slice(p.t1, x.t0).some((w) => w.text === LIST_AND || w.text === ','));
          if (!nx || targets.includes(nx)) break;
          if (toks.slice(p.t1, nx.t0).some((w) => w.text === LIST_AND)) sawAnd = true;
          chain.push(nx);
          prevM = nx;
          if (sawAnd) break;
        }
        // "Japan, China agree to resume talks": a headline joins two parties with a comma alone, right before the verb.
        if (!sawAnd && chain.length === 1 && (field === 'title' || headline) && chain[0].t1 === ti && toks[actorM.t1]?.text === ',' && chain[0].t0 === actorM.t1 + 1) sawAnd = true;
        const co = sawAnd ? chain[0] : undefined;
        if (sawAnd) for (const x of chain.slice(1)) actors.push(agentOf(x.ent, reg));
        if (co && !targets.includes(co)) {
          actors.splice(1, 0, agentOf(co.ent, reg));
          // "Beijing and Washington agreed to a truce": each is the other's party.
          if (!targets.length && (trig.type === 'DEESCALATION') && chain.length === 1) {
            for (const [a, b] of [[actor, agentOf(co.ent, reg)], [agentOf(co.ent, reg), actor]] as [Agent, Agent][]) {
              out.push({ type: trig.type, actor: a, target: b, needActor: false, needTarget: false, anaphor: false, info, field,
                conf: Math.max(0.05, Math.min(1, conf)), order: out.length, quote, tpos: m.index, pattern: trig.id,
                how: { actor: 'coordinated subject', target: 'the other coordinated subject' } });
            }
            continue;
          }
        }
      }
      if (field === 'text') {
        const acs = actors.filter((x): x is Agent => !!x);
        const tgs = tgts.filter((x): x is Agent => !!x);
        if (acs.length >= 2 || tgs.length >= 2) ctx.lastGroup = { actors: acs, targets: tgs };
      }
      // "Senators A and B urged X", "Authors A and B sued X": persons acting together make one event (the first names it).
      if (TYPE_RULES[trig.type].coSignersOnce && actors.length > 1 && actors.every((x) => x?.kind === 'person')) actors.splice(1);
      for (const ac of actors) {
        // A court or a judge rules; it neither accuses nor denies nor threatens.
        if (ac && (ac.kind === 'court' || ac.role === 'judge') && !TYPE_RULES[retype ?? trig.type].courtMayAct) continue;
        for (const tg of tgts) {
          // (A threat whose only object is its own speaker after the clause — "… shall attract further sanctions, the
          // commission said" — names no target: the other side of the article's acts stands in.)
          if (tg && ac && tg.name === ac.name) continue;
          // A judge's act takes the type a court's would.
          const courtType = ac && (ac.kind === 'court' || ac.role === 'judge') ? TYPE_RULES[trig.type].courtActsAs : undefined;
          const finalType = retype ?? ((ac && trig.asKind?.[ac.role === 'judge' ? 'court' : ac.kind]) || courtType || trig.type);
          if (tg && (tg.kind === 'court' || tg.role === 'judge') && TYPE_RULES[finalType].courtNeverTarget) continue;
          // Below every legal pattern's weight: a ruling pattern of the same sentence names the act.
          if (courtType && !trig.asKind) conf = Math.min(conf, 0.55);
          out.push({ type: finalType, actor: ac, target: tg, needActor: !ac && (needActor || anaphor), needTarget: !tg && (needTarget || anaphor),
            anaphor, info, field, conf: Math.max(0.05, Math.min(1, conf)), order: out.length, quote, tpos: m.index, passive,
            pattern: trig.id, how: { actor: ac === actor ? how.actor : 'coordinated subject', target: how.target }, ...(pluralObject && !tg ? { pluralObject } : {}),
            ...viaOf(ac === actor && actorM?.coref ? actorM : undefined, groupTargets ? undefined : targets.find((x) => x.coref && tg && agentOf(x.ent, reg).name === tg.name)) });
        }
      }
    }
  }
  // A case name ("TikTok v. Garland") is a legal action of the first party against the second.
  for (let k = 1; k + 1 < toks.length; k++) {
    if (!CASE_V.any.test(toks[k].text) || isCaseCitation(toks, k)) continue;
    // "v." is the citation form; a bare "v" or "vs." is a case only in an article about one ("Rovers v United" is a match).
    if (toks[k].text !== CASE_V.full && ctx.legalContext === false) continue;
    let le = k;
    while (le > 0 && CASE_FILLER.has(toks[le - 1].text)) le--;
    const a = info.mentions.find((x) => x.t1 === le);
    const b = info.mentions.find((x) => x.t0 >= k + 1 && x.t0 <= k + 3 && toks.slice(k + 1, x.t0).every((w) => /^\p{Lu}\.?$|^\p{Lu}\p{Ll}+$/u.test(w.text)));
    // A caption in capitals ("BRISK AI, INC., Plaintiff, v. LATTOR LABS LTD., Defendant") names its sides only as the
    // caption's parties (entities.ts sideEntity), spelled as names: the sentence that spells both, whatever the case.
    const cp = reg.caseParties;
    const lower = info.s.text.toLowerCase();
    const spelt = !!cp && lower.includes(cp.plaintiff.name.toLowerCase()) && lower.includes(cp.defendant.name.toLowerCase());
    const aEnt = a?.ent ?? (spelt ? cp!.plaintiff : undefined);
    const bEnt = b?.ent ?? (spelt ? cp!.defendant : undefined);
    if (!aEnt || !bEnt || aEnt === bEnt) continue;
    out.push({ type: 'LEGAL_ACTION', actor: agentOf(aEnt, reg), target: agentOf(bEnt, reg), needActor: false, needTarget: false, anaphor: false,
      info, field, conf: 0.7, order: out.length, quote: null, tpos: toks[k].start - s.start, pattern: 'case-caption',
      how: { actor: 'first party of the caption', target: 'second party of the caption' } });
  }
  updateLastActor(info, field, reg, ctx, sentenceActor, spokesAgent);
}

function updateLastActor(info: SentenceInfo, field: 'text' | 'title', reg: Registry, ctx: SentCtx, sentenceActor: Agent | null, spokesAgent: Agent | null): void {
  if (field !== 'text') return;
  const subj = subjectIn(info, 0, info.toks.length);
  ctx.lastSubject = subj && subj.ent.kind !== 'person' ? agentOf(subj.ent, reg) : null;
  // "A spokeswoman for the Chinese Embassy in Ottawa said …": a spokesperson's body named before its verb speaks too.
  const sp = speakerFor(info, -1) ?? [speakerFor(info, info.toks.length)].find((x) => x?.spokes) ?? null;
  const before = ctx.lastActor;
  if (sp?.m) ctx.lastActor = agentOf(sp.m.ent, reg);
  else if (sp?.spokes && spokesAgent) ctx.lastActor = spokesAgent;
  else if (sentenceActor) ctx.lastActor = sentenceActor;
  if (ctx.lastActor !== before || sp?.m || sentenceActor) ctx.lastActorLine = info.s.line;
  // A case caption on a line of its own ("Tessel Labs v. Orrin AI (D. Mass.)") opens a new section of a roundup: nobody's
  // words or acts carry over into it.
  if (!sentenceActor && isHeadline(info.s.text) && info.toks.some((t) => CASE_V.any.test(t.text))) { ctx.lastActor = null; ctx.lastSubject = null; ctx.lastGroup = undefined; }
}
