// The pattern engine: compiles a language bundle's trigger patterns (../lang/<code>/triggers.ts) into regular
// expressions with a cheap pre-check, and re-exports the bundle's words to the engine files by role name. No English here.
// mode (how roles are filled; see README "How it decides"):
//   svo     the grammatical subject acts, the first named object after the verb is the target (passive flips it)
//   report  a wrongdoing predicate inside reported speech: the speaker alleges, the predicate's subject is the target
//   counter the subject acts; when no object is named, the target is the counterpart from the article's other events
//   characterise  "calling them 'baseless'": whoever characterises (caller or speaker) denies; the target is the accuser
//   anaphor "the allegation, filed with ...": actor and target come from the allegation it refers back to
//   undergo "X faces charges brought by Y": the subject undergoes the act (target); the actor is named right after the pattern
import type { EntityKind, EventType } from './index.ts';
import * as en from './lang/en/index.ts';

export type Mode = 'svo' | 'report' | 'counter' | 'anaphor' | 'characterise' | 'undergo';
/** A trigger pattern as a language bundle writes it. */
export interface TriggerSpec {
  id: string; type: EventType; mode: Mode; conf: number; src: string; authority?: boolean;
  maxGap?: number; objBeforeTo?: boolean; fronted?: boolean; hint?: string[]; objNext?: boolean;
  /** The act may stand with no target (a measure on a class of goods: "imposed export controls on gallium"); a counterpart fills it when there is one. */
  openTarget?: boolean;
  /** Fires under negation and modals too ("will not hesitate to defend itself" still defends). */
  anyMood?: boolean;
  /** Fires under "will": a measure announced with its date is decided ("will require a licence for exports of X from May"). */
  willOk?: boolean;
  /** The pattern holds its own passive ("the probe into X was closed", "the ban on X was lifted"): the agent after a following "by" acts. */
  byAgent?: boolean;
  /** The pattern's own words name no party ("pause the processing of EU users' data": the users are no party): objects come after it. */
  objectAfter?: boolean;
  /** The act's object stands inside the pattern's words ("warned X that it could face …"): objects are read from its first word on. */
  objectInside?: boolean;
  /** The words after the pattern complete the act denied ("have never sold any product to Iran"): no party named there is the other side. */
  noObject?: boolean;
  /** The actor is the agent after the pattern's closing "by", the target the object of a following "against". */
  agentBy?: boolean;
  /** The type this pattern takes when its actor is of a kind ("seeking information from" is an inquiry by a regulator). */
  asKind?: Partial<Record<EntityKind, EventType>>;
  /** In an agentless passive, an authority that reports it ("X was charged, the department said") is its agent. */
  speakerActs?: boolean;
  /**
   * A bare rebuttal ("Untrue.") answers the claim told last: when its actor is carried over and made the article's last
   * accusation, the one it accused rebuts it.
   */
  rebutsLast?: boolean;
  /** A bid lost or won ("lost a bid to dismiss"): the case's court acts, on the movant ('subject') or on the other side ('other'). */
  courtOfCase?: 'subject' | 'other' | 'object';
  /**
   * A court's act on a measure ("the court blocked the order"): only a court or judge acts, against the author of the
   * nearest earlier event of these types (the government that issued the order).
   */
  courtAgainstAuthorOf?: EventType[];
  /**
   * A court's act in favour of its object ("overturned the ruling against X", "sided with X", "awarded X damages"): the
   * ruling goes against the other side of X's case.
   */
  overturns?: boolean;
  /**
   * "Federal prosecutors charged X", "prosecutors in Japan indicted X": with no office named in the subject, the state
   * of a demonym before them or of a place after them, else the prosecuting authority the article names; none, no
   * event. The accused must be an organisation or a person the article ties to one (a criminal case of any domain
   * would otherwise read as a dispute).
   */
  prosecutorsAct?: boolean;
  /** A court dismissing a suit or case ("threw out the lawsuit"): against the one who brought it (its possessor, or the plaintiff of the case). */
  courtAgainstPlaintiff?: boolean;
  /** A court letting a suit go on ("allowed the lawsuit to proceed", "refused to dismiss the case"): against its defendant. */
  courtAgainstDefendant?: boolean;
  /** Only a public body's act ("blocked the merger"): with any other actor, no event. */
  authorityOnly?: boolean;
  /**
   * A judgement on a measure ("called the duties unjustified"): with no object named, the target is the author of the
   * nearest act of these types, on the judge's side first ("Zemla banned Dalmore steel. Dalmore called the restrictions
   * unjustified"), else any ("Australia imposed duties on pipes made by X. South Korea called the duties unjustified").
   */
  againstAuthorOf?: EventType[];
  /** An agreement or cooperation ends a dispute only in an article that reports one: another act of a dispute, or a conflict named in its sentence. */
  needsConflict?: boolean;
  /** A filing that names no defendant ("filed a petition in the High Court"): its target is the filer's counterpart in the article. */
  counterpartWhenNoObject?: boolean;
  /** An appeal ("appealed the verdict"): a court's affirming ruling with no party named goes against its author. */
  appeal?: boolean;
  /** A court upholding or affirming a ruling with no party named ("the appeals court upheld it"): against the last appellant. */
  againstAppellant?: boolean;
  /**
   * A consequence under a condition ("If X keeps ignoring the order, Y will suspend …"): the target is the condition's subject or the
   * act's object; with neither named (a pronoun condition), the pattern makes no event and the discourse rules read it.
   */
  conditionTarget?: boolean;
  /** Mode undergo: the act's author is an authority named inside the pattern ("settled FTC charges"), not after it. */
  authorInside?: boolean;
}
/** A `{class}` slot of a compiled pattern: the named group holding its words, and the class each word must belong to. */
export interface Slot { group: string; cls: string }
export interface Trigger extends TriggerSpec { re: RegExp; sticky: RegExp; slots?: Slot[] }

const LANG = en;

/** Expands `<lemma>` into the alternation of the lemma's inflected forms. */
function expandLemmas(src: string, inflect: (lemma: string) => string[]): string {
  return src.replace(/<([a-z]+)>/g, (_, lemma: string) => `(?:${inflect(lemma).sort((a, b) => b.length - a.length).join('|')})\\b`);
}

/**
 * Expands `{class}` slots — a word of a word class of the bundle (WORD_CLASSES: part-of-speech tags), with an optional
 * quantifier as for a group ("{mod}{0,4}", "{adj}?", "{det}") — into a named group of words; the engine checks each
 * word of a match's slots against its class (slotsOk) and rejects the match otherwise.
 */
function expandSlots(src: string, id: string): { src: string; slots: Slot[] } {
  const slots: Slot[] = [];
  const out = src.replace(/\{([a-z]+)\}(\{\d+(?:,\d*)?\}\??|[?*+]\??)?/g, (_, cls: string, q: string | undefined) => {
    if (!LANG.WORD_CLASSES[cls]) throw new Error(`pattern ${id}: unknown word class {${cls}}`);
    const group = `s${slots.length}`;
    slots.push({ group, cls });
    return `(?<${group}>(?:\\S+ )${q ?? ''})`;
  });
  return { src: out, slots };
}

/** A pattern as the engine runs it: `<lemma>` forms and `{class}` slots expanded, a global and a sticky expression. */
export function compilePattern(spec: TriggerSpec): Trigger {
  const { src, slots } = expandSlots(expandLemmas(spec.src, LANG.inflect), spec.id);
  return { ...spec, src, re: new RegExp(`\\b(?:${src})`, 'gi'), sticky: new RegExp(`\\b(?:${src})`, 'iy'), ...(slots.length ? { slots } : {}) };
}

/**
 * Whether every word a match put in its pattern's slots belongs to the slot's class: the word's most likely tag in
 * the tagger's lexicon is one of the class's, or the word is unknown to the lexicon or capitalised (a name) and the class
 * admits such words. `tagsOf` is the engine's lexicon lookup (pos.ts).
 */
export function slotsOk(trig: Trigger, m: RegExpExecArray, tagsOf: (w: string) => string[] | undefined): boolean {
  for (const { group, cls } of trig.slots ?? []) {
    const words = m.groups?.[group];
    if (!words) continue;
    const wc = LANG.WORD_CLASSES[cls]!;
    for (const raw of words.split(' ')) {
      if (!raw) continue;
      const w = raw.replace(LANG.SLOT_WORD_TRIM, '');
      if (!w) return false;
      // After the pattern's first word a capitalised word is a name ("EU", "AI", "Ostrava"), whatever the lexicon says of
      // its lower-case form.
      const tags = /^\p{Lu}/u.test(w) ? undefined : tagsOf(w);
      if (!tags ? !wc.unknown : wc.tags ? !wc.tags.test(tags[0]!) : !!wc.except?.test(tags[0]!)) return false;
    }
  }
  return true;
}

export const TRIGGERS: Trigger[] = LANG.TRIGGERS.map(compilePattern);
export const EXAMPLES = LANG.EXAMPLES;

/** Literal lower-case prefixes of a pattern's top-level alternatives, or null when one alternative has none (3+ letters). */
function literalPrefixes(src: string): string[] | null {
  const alts: string[] = [];
  let depth = 0, cls = false, cur = '';
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') { cur += c + (src[i + 1] ?? ''); i++; continue; }
    if (cls) { if (c === ']') cls = false; cur += c; continue; }
    if (c === '[') cls = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) { alts.push(cur); cur = ''; continue; }
    cur += c;
  }
  alts.push(cur);
  const out: string[] = [];
  for (const a of alts) {
    // A leading group (an expanded `<lemma>`, "(?:ban|bans|banned)…"): its own alternatives' prefixes, unless optional.
    if (a.startsWith('(?:')) {
      const close = groupEnd(a);
      if (close < 0 || /^[?*{]/.test(a.slice(close + 1))) return null;
      const inner = literalPrefixes(a.slice(3, close));
      if (!inner) return null;
      out.push(...inner);
      continue;
    }
    const m = /^[a-z ]+/i.exec(a);
    let lit = m ? m[0] : '';
    // A letter followed by a quantifier is optional: drop it.
    if (lit && /^[?*{]/.test(a.slice(lit.length))) lit = lit.slice(0, -1);
    if (lit.length < 3) return null;
    out.push(lit.toLowerCase());
  }
  return out;
}

/** Index of the parenthesis closing the group that opens `src`, or -1. */
function groupEnd(src: string): number {
  let depth = 0, cls = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') { i++; continue; }
    if (cls) { if (c === ']') cls = false; continue; }
    if (c === '[') cls = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** Cheap pre-check: can this trigger match a lower-cased sentence at all? */
export const TRIGGER_HINTS: (string[] | null)[] = TRIGGERS.map((x) => x.hint ?? literalPrefixes(x.re.source.replace(/^\\b\(\?:/, '').replace(/\)$/, '')));
/**
 * Trigger indexes (in increasing order) by the first three letters of their hints, one of which must begin some word
 * of the sentence: a sentence's word starts, looked up here, give the triggers it can hold.
 */
export const TRIGGERS_BY_KEY = new Map<string, number[]>();
TRIGGER_HINTS.forEach((hints, ti) => {
  for (const k of new Set(hints?.map((x) => x.slice(0, 3)))) {
    const list = TRIGGERS_BY_KEY.get(k) ?? [];
    list.push(ti);
    TRIGGERS_BY_KEY.set(k, list);
  }
});

// ---- The triggers a sentence can hold (events.ts detectEvents) ----

/** Letter triples of a lower-cased string are read in classes: a–z, and every other character as one class. */
const CLASSES = 27;
const charClass = (c: number) => (c >= 97 && c <= 122 ? c - 97 : 26);
const tripleAt = (x: string, i: number) => (charClass(x.charCodeAt(i)) * CLASSES + charClass(x.charCodeAt(i + 1))) * CLASSES + charClass(x.charCodeAt(i + 2));
/** Each hint's letter triples (class codes), every one of which a sentence holding the hint must hold too. */
const HINT_TRIPLES: (Int16Array[] | null)[] = TRIGGER_HINTS.map((hints) => hints?.map((h) => {
  const codes = new Set<number>();
  // Last first: a keyed hint's first triple starts a word of the sentence already; its later ones tell more.
  for (let i = h.length - 3; i >= 0; i--) codes.add(tripleAt(h, i));
  return Int16Array.from(codes);
}) ?? null);
const UNHINTED = TRIGGER_HINTS.flatMap((h, ti) => (h ? [] : [ti]));
// Scratch marks stamped with a call number (cleared when the numbers wrap), so that nothing is allocated per sentence but
// the answer; one byte a triple keeps the table small enough to stay in cache.
const tripleSeen = new Uint8Array(CLASSES * CLASSES * CLASSES);
const triggerSeen = new Uint8Array(TRIGGERS.length);
let stamp = 0;

/**
 * The indexes, in increasing order, of the triggers that can match a sentence (its tokens, its text lower-cased): a
 * trigger with hints only when one of its hints' first three letters start a word (TRIGGERS_BY_KEY) and one of its hints
 * occurs in the text; a trigger without hints always. The same triggers as testing every one of them in turn, sooner:
 * a hint is looked for in the text only when the text holds each of its letter triples.
 */
export function triggerCandidates(toks: readonly { text: string }[], lower: string): number[] {
  if (++stamp === 256) { stamp = 1; tripleSeen.fill(0); triggerSeen.fill(0); }
  const keyed: number[] = [];
  for (const t of toks) {
    const list = TRIGGERS_BY_KEY.get(t.text.slice(0, 3).toLowerCase());
    if (!list) continue;
    for (let q = 0; q < list.length; q++) {
      const ti = list[q]!;
      if (triggerSeen[ti] !== stamp) { triggerSeen[ti] = stamp; keyed.push(ti); }
    }
  }
  if (!keyed.length && !UNHINTED.length) return keyed;
  for (let i = 0; i + 2 < lower.length; i++) tripleSeen[tripleAt(lower, i)] = stamp;
  const out: number[] = [];
  for (const ti of keyed) {
    const hints = TRIGGER_HINTS[ti]!;
    const triples = HINT_TRIPLES[ti]!;
    for (let q = 0; q < hints.length; q++) {
      const p = triples[q]!;
      let k = 0;
      while (k < p.length && tripleSeen[p[k]!] === stamp) k++;
      if (k === p.length && lower.includes(hints[q]!)) { out.push(ti); break; }
    }
  }
  out.push(...UNHINTED);
  return out.sort((a, b) => a - b);
}

export const { UNREAL_OPENERS, NEGATORS, MODALS, INTENT_BEFORE_TO, REPORT_RE, REPORT_NEEDS_CLAUSE, SUBORDINATORS, FRONT_SUBORDINATORS, TIME_NOUNS, LEGAL_DOCUMENTS, SPEECH_NOUNS, HELP_NOUNS, LEGAL_CONTEXT, PARTY_KIND_NOUNS, REACTION_VERBS, NUMBER_WORDS, NOMINAL_GOVERNORS, PARTY_GROUP_NOUNS, NON_PARTY_HEADS, ISSUES } = LANG;
// Words for finding and resolving mentions (entities.ts).
export const { ORG_HEADS, CONNECTORS, PERSON_TITLES, TITLE_PORTFOLIO_PREP, HYPHEN_TITLE_PARTS, SPEECH_AFTER, NOT_NAME, VERBISH, ADJ_COUNTRY_FORMS, ACTION_NOUNS, PLACE_PREPS, NUMBERISH, COMPLEMENT_OPENERS, ATTRIBUTIVE, CASE_FILLER, NAME_OPENERS, ROLE_NOUNS, JUDGE_TITLE, MONTH_ABBR, PRODUCT_NOUNS, MADE_BY, DESC_HEADS, LEGAL_NOUN, INDEFINITE_HEADS, STARTUP_HEADS, STATE_HEADS } = LANG;
// More words for mentions (entities.ts).
export const { COUNTED_COMPANY_NOUNS, VERB_OBJECT_OPENERS, MAKER_NOUNS, UNIT_NOUNS, TOLD_VERBS, LISTENER_NEXT, CLAUSE_LINKS, EMPLOYER_TITLE_FILLERS, COURT_LEVELS, OWNER_NOUNS, CITATION_SIGNALS, ATTORNEY_GENERAL, SPOKESPERSON_TITLE, SPEAKER_ROLES, LIST_INTRODUCERS, CASE_MARKERS, PLAINTIFF_WORDS, DEFENDANT_WORDS, HEAD_ONLY_WORDS, ARTICLES, POSSESSIVE_PRONOUNS, PERSON_PRONOUNS, DESC_ARTICLES, NAME_OF_WORDS, COUNT_WORDS, ORG_NAME_PREPS, LIST_AND, GENITIVE, NAME_INNER_ARTICLE, PLACE_TO, AGENT_BY } = LANG;
// Word forms for mentions (entities.ts).
export const { HYPHEN_MODIFIER_PARTICIPLES, SEAT_PARTICIPLE, VERB_OR_ADVERB_ENDING, PLURAL_ENDING, LOWER_PLURAL, POSSESSIVE_S } = LANG;
// Words the event detector reads clauses by (events.ts).
export const { DENYING, DETERMINERS, PLAIN_NEGATORS, AUXILIARIES, PREPS, DETS, LIST_SEP, BE, SKIP_BACK, NON_OBJECT_PREPS, COMPASS, SAID_VERBS, CLAIM_NOUN, CARRY_WORDS, ADVERB_FORM, DECISION_NOUNS, NP_BOUNDARY } = LANG;
// More clause words (events.ts).
export const { MAKER_AGENT_VERBS, CLAUSE_REPORT_VERBS, TITLE_VERBS, RELATIVE_PRONOUNS, TIME_COUNTS, TIME_SUBORDINATORS, HELP_PREPS, INCLUDING, OF_CAUSE_HEADS, TURN_WORDS, SUBJECT_DETERMINERS, CLAUSE_BREAK_WORDS, CALL_FOR_VERBS, FOR_WORD, PAIR_WORDS, SELF_PRONOUNS, CLAUSE_OPENERS, PLURAL_QUANTIFIERS, THAT_WHICH, BE_FORMS, NP_OPENERS, CLAIM_VERBS, DOC_DETERMINERS, SUBJECT_FILLERS, DEMAND_VERBS, CALL_VERB, CALL_PREPS, FINITE_BE, FALSE_WORDS, REQUEST_NOUNS, ENDING_VERBS, ENDING_REFUSED, GERUND_PREPS, PARTICIPLE_PREPS, HEADLINE_PASSIVE_NEXT, CALLING_VERBS, ACCUSING_STEMS, OBJECT_LINKS, FINDING_VERBS, COORDINATORS, OBJECT_RELATIVES, WILL_FACE, SUBJECT_RELATIVES, FORUM_PREPS, FORUM_TO_LEADS, SUIT_DOCUMENTS, SUIT_BROUGHT, PROOF_NOUNS, CLAIM_NOUN_ONLY } = LANG;
// Caption and subject words (entities.ts).
export const { CAPTION_WORDS, SUBJECT_POSITION_BEFORE } = LANG;
// Words for sentence splitting and tokenisation (text.ts).
export const { KEEP_DOT, ABBREV, SENTENCE_STARTER, NONFINAL_ABBR_END, CONTINUING_END, NEGATIVE_CLITIC, SUFFIX_ABBR_END, AFTER_SUFFIX_NEW_SENTENCE } = LANG;
// Speaker nouns (index.ts).
export const { SPOKESPERSON_NOUNS } = LANG;
// Word forms for clauses (events.ts).
export const { TO_WORD, ACCORDING, DEFINITE_ARTICLE, TOGETHER, ALTERNATIVE_CONJ, CONDITION_CONJ, PRESENT_BE, IN_AT, THEY, INDEFINITE_ARTICLES, FIRST_PERSON, IT_THEY, GERUND_ENDING_I, GERUND_ENDING, ADVERB_ENDING, PAST_ENDING, PARTICIPLE_ENDING_I, PARTICIPLE_ENDING, PASSIVE_PARTICIPLE_ENDING } = LANG;
// Single words compared as tokens (events.ts).
export const { ACCORDING_TO, RELATIVE_WHO_WHICH, CLAUSE_COMPLEMENTISERS, CONTRAST_CONJ, HELPER_PREPS, PRESENT_BE_FORMS, DENIAL_VERBS_AS_NEGATORS, IF_WORDS, BARE_NEGATORS, FIRST_PERSON_SINGULAR, THEM, BE_INFINITIVE, COMPLEMENTISER, TO, AGAINST, ARTICLE_THE } = LANG;
// Speakers, conditions and letters (events.ts).
export const { SPOKES_PREFIX, INVERTED_CONDITIONAL, LETTER_NOUNS } = LANG;
// Datelines and articles (entities.ts).
export const { DATELINE_AFTER_COMMA, INDEFINITE_ARTICLE_WORDS, PRODUCT_ARTICLES } = LANG;
// Rulings and captions (events.ts).
export const { IN_FAVOUR, GRANT_STEM, CASE_V, OFFICIAL_PLURALS } = LANG;
// Name articles (entities.ts).
export const { LEADING_ARTICLE } = LANG;
// The acronym AI (entities.ts, events.ts).
export const { AI_ACRONYM } = LANG;
// Descriptions and the appositions that introduce a party (entities.ts).
export const { MEMBER_BODY_NOUNS, COMPANY_ONLY_HEADS, APPOSITION_END } = LANG;
// The organisation after a speaker's role noun (entities.ts, events.ts).
export const { ROLE_ORG_PREPS, PLURAL_PERSON_TITLES, DESC_HEAD_NEEDS, REPORT_NOUN_FORMS, CLAIM_UNDERGO_VERBS, COMPANY_SUFFIXES, SPEAKER_FOR_NOUNS, TITLED_GROUP_NOUNS, TITLED_GROUP_COUNTS, TITLED_GROUP_LABELS, PROSECUTORS, ATTRIBUTIVE_FORMER, LED_BY, OCCUPATION_TITLES, HEAD_FIRST_ORGS, HEAD_FIRST_CONNECTORS } = LANG;
// Region words before a state's name (entities.ts).
export const { REGION_BEFORE_STATE, LEGISLATOR_TITLES, STATE_BODY_DESC_HEADS, STATE_POSSESSIVE_PREPS } = LANG;
// Precision words (events.ts): suits' own claims, acts not yet done, invitations, offers weighed.
export const { PENALISING_STEMS } = LANG;
export const { SUING_STEMS, NOT_YET, INVITING_COMPLEMENTS, CONFLICT_NOUNS, COMMERCIAL_OBJECTS, EN_PARTICIPLE_ENDING, PERSON_POSSESSIVES, CAUSATIVE_VERBS, AFFIRMING_AFTER_NO, REFERRING_ADJECTIVES, RUMOUR_NOUNS, BUSINESS_NEWS_NOUNS } = LANG;
// First-person voices: bylines, statements, letters and turns (events.ts).
export const { BYLINE_SEPARATOR, BYLINE_YEAR, POSTED_BY, STATEMENT_TOPIC_HEADING, STATEMENT_INTRO_NOUNS, LETTER_CLOSINGS, SIGNED_MARK, TURN_COURTESY, TURN_LEGISLATOR, NOT_TURN_LABEL, EACH_OF, SECOND_PERSON, SALUTATION, MEMO_FROM, NAME_RUN_DATES, CONDITIONAL_OPENERS, CONDITION_WORDS, FUTURE_WILL, POST_CHANNELS, HOLDING_VERBS, RELIEF_NOUNS, SEEK_VERBS } = LANG;
// The heading of an issued statement (events.ts).
export const { STATEMENT_HEADING } = LANG;
// The discourse rules' word classes (extract/discourse.ts).
export const { DISC_NEGATORS, DISC_FALSITY, DISC_LAWFUL, DISC_FALSITY_PHRASES, DISC_CONCESSION, DISC_NO_COMMENT, THREAT_CUES, THREAT_NOUNS, THREAT_OWN_BUSINESS, THREAT_UNDERGO, THREAT_UNDERGO_PRESENT, THREAT_STRUCK, ALTERNATIVE_OR, THREAT_DONE, DEMAND_CUES, DEMAND_ON, DEMAND_COMPLEMENT, DEMAND_DEADLINE, DEMAND_MODALS, CONDITION_OPENERS, THREAT_UNDO, DISC_COUNTERCLAIM_VERBS, DISC_NOT_DENYING, DISC_SELF_SUBJECTS, DISC_NEG_FILLERS, DISC_MODAL_AUX, DEMAND_GIVE, ALLEGE_REPORT, WRONGDOING, FAILED_TO, FAILED, DATA_VERBS, UNLAWFUL_PHRASES, ALLEGE_DOUBT, EASE_VERBS, EASE_MEASURES, GRANT_VERBS, GRANT_NOUNS, SETTLE_VERBS, SETTLE_NOUNS, EASE_BLOCKERS, ALLEGE_SOURCE_NOUNS, VIOLATION_NOUNS, IN_WORD, OF_WORD, WITH_WORD, MAYBE_MODALS, DOUBT_SUBORDINATORS, SETTLE_WITH, NOT_CLAUSE_LINK, RESTORE_VERBS, GOODS_NOUNS, RESOLVE_VERBS, RESOLVE_NOUNS, TAINTED } = LANG;
// Verbs of a measure borne by its subject, no threat (extract/discourse.ts, session 6 dtd pass).
export const { THREAT_BORNE } = LANG;
export const { INCLUDING_FIRST, INCLUDING_SECOND, IT_WORD, IT_ANTECEDENT_PREPS, AGENT_OF_STATE_NOUNS, AGENT_OF_STATE_PREPS, CONDEMN_AS_VERBS, AS_WORD, REQUEST_THAT_VERBS } = LANG;
export const { THREAT_PASSIVES, THREAT_PASSIVE_FILLERS, THREAT_FIRM } = LANG;
// Counted plurals of parties and their members named later (plurals.ts).
export const { MEMBER_DETERMINERS, OBJECT_PRONOUNS, MEMBER_LINKS, MEMBER_PARTICIPLES, MEMBER_ACT_NOUNS, MEMBER_COVER_VERBS, MEMBER_COVER_PREP, MAKES_VERBS, MAKER_RELATIVES, SEQUENCE_WORDS, ON_WORD, NOT_PARTY_WORDS, CURRENCY_CODES, PLACE_TAILS, LEGAL_SUFFIX_WORDS, PERSON_NOUNS, SINGULAR_PERSON_NOUNS, PERSON_NAMING_PARTICIPLES, PERSON_NAMING_AS, US_STATES, US_STATE_OF, PLACE_ACT_AUX } = LANG;
export const { LEGAL_SUFFIX_LEADS } = LANG;
// Person or company by the article's other forms of a name (entities.ts, nameKindCue).
export const { HONORIFICS, PERSON_BACK, ORG_BACK, INVERTED_SPEECH, QUOTE_CLOSERS, PERSON_RELATIVE } = LANG;
export const { PRODUCT_MAKER_ROLES, WHOSE, MAKER_COPULA, CAPITAL_OBJECT_VERBS, STATE_SIDE_QUANTIFIERS, MADE_COMPOUND } = LANG;
// Relations between parties (events.ts).
export const { RELATION_NOUNS, BETWEEN, OBJECT_INTRODUCERS, CLASS_QUANTIFIERS, CLASS_NOUNS, BACKER_PARTICIPLES, JUDGING_VERBS } = LANG;
// British spellings looked up in an American lexicon (pos.ts).
export const { americanSpelling } = LANG;
// The discourse rules' second-pass classes for denials, threats and demands (extract/discourse.ts, lang/en/discourse-roles.ts).
export const { DENY_CHARACTERISE, DENY_CLAIM_NOUNS, DENY_CLAIM_FILLERS, DISC_FALSITY_MORE, DISC_LAWFUL_PHRASES, COUNSEL_NOUNS, CLIENT_NOUNS, POSSESSIVE_CLITIC, THREAT_LITOTES, THREAT_VERBS, THREAT_NOUNS_MORE, NONCOMPLIANCE_NOUNS, THREAT_FORUM_PREPS, COND_WORDS, PARTY_PRONOUNS, DEMAND_HAS, DEMAND_PASSIVE, DEMAND_PASSIVE_BE, DEMAND_REQUEST_NEXT, REQUESTER_MEMBER_NOUNS, DEADLINE_UNTIL, AGENT_BY_WORD, PLURAL_PRONOUNS, STATEMENT_BY, COORDINATED_VERB, FROM_WORD, RELIEF_FROM_NOUNS, REACTIVE_NOUNS, CONTEST_VERBS, CLAIM_NOUN_ACTS, CLAIM_NOUN_DEFINITE, APPOSITION_RELATIVES, APPOSITION_ARTICLES, THREAT_COND_NOUNS, THREAT_PERMIT_NOUNS, THREAT_NO_CHOICE, THREAT_BUT, THREAT_HELD_BY, NOT_PARTY_DESC_MODS, FEELING_PARTICIPLES, PRODUCT_OWNER_BE, EASE_SENTENCE_BLOCKERS, DESCRIBED_PARTY_PREPS, SENTENCE_DESCRIPTORS, OPENING_PARTICIPLES, LIST_REQUEST_VERBS, LIST_REQUEST_FILLERS, LIST_ITEM_OPENERS, LIST_ITEM_WORDS, LIST_CALL, LIST_ITEM_CONJ } = LANG;
// The implied-event rules' word classes (extract/implied.ts).
export const { FRONTED_SUIT_NOUNS, FRONTED_SUIT_FILED, IMPLIED_ACCUSATION_NOUNS, IMPLIED_AUTHOR_PREPS } = LANG;
export const { IMPLIED_ALLEGE_CUES, IMPLIED_WRONG_NOUNS, IMPLIED_REASON_PREPS, IMPLIED_CLAUSE_END, IMPLIED_NEGATORS, DEMAND_BARE, DECISION_TIME_WORDS, NORM_NOUNS, CONCESSION_AFTER, CONCESSION_ACCEPT, CONCESSION_NOUNS, CONCESSION_OFFERED, MUTUAL_TALK_NOUNS } = LANG;
// Measures announced, addressed and ended (events.ts, gazetteer.ts).
export const { ADDRESSEE_VERBS, ADDRESSEE_NEXT, ORIGIN_PREPS, GOODS_LINKS, STATE_OF_FORMS, ORIGIN_PARTICIPLES, LIST_OWNERS , MEASURE_NOUNS } = LANG;
export const { DEMONYM_STATE_NOUNS } = LANG;
// Forms of legal steps and inquiries (events.ts, entities.ts).
export const { DISPUTE_CHARGE_MATTER } = LANG;
export const { AGENT_OF_BODY_NOUNS, AGENT_OF_BODY_PREPS, GRAND_JURY, JURY_NAME_MODS, COURT_OF_DESC_PREPS, PREMISES_NOUNS, EMPLOYER_PREPS, DEAL_NOUNS, COMPLAINED_OF_PREPS, COURT_SEAT, FIRST_PERSON_BODY, STATEMENT_FOLLOWING, CHARGING_NOUNS, LOWER_COURT_NOUNS } = LANG;
// Verbs that make an unknown acronym before them a subject's name (entities.ts).
export const { ACRONYM_SUBJECT_VERBS, STATE_SIDE_PREPS, STATE_GOODS_NOUNS, STATE_ACRONYM_ACTS, STATE_ACRONYM_SKIP, EPISTEMIC_MODALS, PERFECT_HAVE, REPORTED_WOULD, OF_IN_NAME_HEADS, NAMED_PRODUCT_NOUNS, COMPANY_WORD_ENDINGS, CHAMBER_WORDS, BODY_OFFICIAL_NOUNS, OFFICIAL_RANKS, STATE_ORGAN_NOUNS, STATE_ORGAN_TAILS, STATE_ORGAN_ALONE } = LANG;
// The arguments of an act told as a noun (events.ts, nounArgs).
export const { NOUN_TARGET_PREPS, NOUN_PHRASE_END, UNDERGO_NOUN_VERBS } = LANG;
// Members of one list of parties: appositions, descriptions and gapped amounts between them (events.ts).
export const { APPOSITION_OPENERS, MEMBER_DESC_DETERMINERS, AMOUNT_WORDS, AMOUNT_FORM, MEMBER_CONJ, GROUP_REF_OPENERS, GROUP_REF_FILLERS, GROUP_REF_HEADS, GROUP_REF_COUNTED, GROUP_REF_NUMBERS } = LANG;
export const { PURCHASE_FROM_HEADS, FINITE_BE_HAVE, BE_INFINITIVE_OR_GERUND, LIFTING_VERBS, PROMPTED_BY_VERBS, PASSIVE_ADVERBS } = LANG;
