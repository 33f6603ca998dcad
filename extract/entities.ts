// Entity recognition: gazetteer matching, discovery of unknown organisations and people from
// capitalised sequences with organisational or personal cues, and resolution of descriptions
// ("the ChatGPT maker", "the Chinese company", "the ministry") to the entity they refer to.
import { BY_NAME, DEMONYMS, EXACT, FOLDED, MODEL_PREFIXES, PLACES, surnameOf, stateOfCapital, type GazEntry, type AliasRef } from './gazetteer.ts';
import { isNameLike, isProperName, posTags } from './pos.ts';
import { NON_PARTY_HEADS, NUMBER_WORDS, PARTY_KIND_NOUNS, ORG_HEADS, CONNECTORS, PERSON_TITLES, SPEECH_AFTER, NOT_NAME, VERBISH, ADJ_COUNTRY_FORMS, ACTION_NOUNS, PLACE_PREPS, NUMBERISH, COMPLEMENT_OPENERS, ATTRIBUTIVE, CASE_FILLER, NAME_OPENERS, ROLE_NOUNS, JUDGE_TITLE, MONTH_ABBR, PRODUCT_NOUNS, MADE_BY, DESC_HEADS, LEGAL_NOUN, INDEFINITE_HEADS, STARTUP_HEADS, STATE_HEADS, COUNTED_COMPANY_NOUNS, VERB_OBJECT_OPENERS, MAKER_NOUNS, UNIT_NOUNS, TOLD_VERBS, LISTENER_NEXT, CLAUSE_LINKS, EMPLOYER_TITLE_FILLERS, COURT_LEVELS, OWNER_NOUNS, CITATION_SIGNALS, ATTORNEY_GENERAL, SPOKESPERSON_TITLE, SPEAKER_ROLES, LIST_INTRODUCERS, CASE_MARKERS, PLAINTIFF_WORDS, DEFENDANT_WORDS, HEAD_ONLY_WORDS, ARTICLES, POSSESSIVE_PRONOUNS, PERSON_PRONOUNS, DESC_ARTICLES, NAME_OF_WORDS, COUNT_WORDS, ORG_NAME_PREPS, LIST_AND, GENITIVE, NAME_INNER_ARTICLE, PLACE_TO, AGENT_BY, HYPHEN_MODIFIER_PARTICIPLES, SEAT_PARTICIPLE, VERB_OR_ADVERB_ENDING, PLURAL_ENDING, LOWER_PLURAL, POSSESSIVE_S, CAPTION_WORDS, SUBJECT_POSITION_BEFORE, DATELINE_AFTER_COMMA, INDEFINITE_ARTICLE_WORDS, PRODUCT_ARTICLES, SPOKES_PREFIX, LEADING_ARTICLE, AI_ACRONYM, GRAND_JURY, COURT_OF_DESC_PREPS, PREMISES_NOUNS, DEAL_NOUNS, PREPS, COURT_SEAT, LOWER_COURT_NOUNS, TITLE_PORTFOLIO_PREP, HYPHEN_TITLE_PARTS, JURY_NAME_MODS } from './lexicon.ts';
import { ACRONYM_SUBJECT_VERBS, ARTICLE_THE, LEGAL_SUFFIX_LEADS, STATE_SIDE_PREPS, STATE_GOODS_NOUNS, STATE_ACRONYM_ACTS, STATE_ACRONYM_SKIP, OF_IN_NAME_HEADS } from './lexicon.ts';
import { LEGISLATOR_TITLES, COUNSEL_NOUNS } from './lexicon.ts';
import { ROLE_ORG_PREPS, PLURAL_PERSON_TITLES, DESC_HEAD_NEEDS, COMPANY_SUFFIXES, ATTRIBUTIVE_FORMER, OCCUPATION_TITLES, SPEAKER_FOR_NOUNS, PERSON_POSSESSIVES, HEAD_FIRST_ORGS, HEAD_FIRST_CONNECTORS } from './lexicon.ts';
import { REGION_BEFORE_STATE, STATE_POSSESSIVE_PREPS, MEMBER_BODY_NOUNS, COMPANY_ONLY_HEADS, APPOSITION_END, STATE_BODY_DESC_HEADS, APPOSITION_ARTICLES, APPOSITION_RELATIVES, NOT_PARTY_DESC_MODS, PRODUCT_OWNER_BE, SENTENCE_DESCRIPTORS } from './lexicon.ts';
import { NAME_RUN_DATES, MAKES_VERBS, MAKER_RELATIVES, SEQUENCE_WORDS, ON_WORD, NOT_PARTY_WORDS, CURRENCY_CODES, PLACE_TAILS, LEGAL_SUFFIX_WORDS, PERSON_NOUNS, HONORIFICS, PERSON_BACK, ORG_BACK, INVERTED_SPEECH, QUOTE_CLOSERS, PERSON_RELATIVE } from './lexicon.ts';
import { NAMED_PRODUCT_NOUNS, SPOKESPERSON_NOUNS, COMPANY_WORD_ENDINGS, CHAMBER_WORDS, ALTERNATIVE_OR, BODY_OFFICIAL_NOUNS, OFFICIAL_RANKS, STATE_ORGAN_NOUNS, STATE_ORGAN_TAILS, STATE_ORGAN_ALONE } from './lexicon.ts';
import { PRODUCT_MAKER_ROLES, WHOSE, MAKER_COPULA, CAPITAL_OBJECT_VERBS, STATE_SIDE_QUANTIFIERS, MADE_COMPOUND, PLACE_ACT_AUX } from './lexicon.ts';
import { isGivenName } from './given-names.ts';
import { tokenize, type Sentence, type Token } from './text.ts';
import type { EntityKind } from './index.ts';

export interface Entity {
  key: string;
  name: string;
  kind: EntityKind;
  mentions: number;
  aliases: Set<string>;
  organisation: string | null;
  country: string | null;
  role: string | null;
  hq: string | null;
  startup: boolean;
  guessed?: boolean; // a proper name found by its form alone, with no cue to its kind
  title?: string | null; // the title a person was named with ("Sen.", "Senators", "Attorney General")
  appos?: string; // the head noun of the apposition that introduced it ("X, a Brussels-based association of …")
  defaultCountry?: boolean; // a body two states' texts share ("the Foreign Ministry") placed by the gazetteer, not the text
  /** Heads of the unnamed bodies this state was written as ("Brazil's data authority": authority), which "the authority" may take up. */
  bodyHeads?: Set<string>;
}

export interface Mention {
  start: number; end: number; // absolute offsets in the source
  t0: number; t1: number;     // token range [t0, t1) within the sentence
  ent: Entity;
  surface: string;
  coref: boolean;
  attr?: boolean; // used as a noun modifier ("Nvidia chips", "Google engineer"): names neither actor nor target
  mod?: boolean;  // modifies the next mention ("China's" in "China's DeepSeek", "OpenAI" in "OpenAI CEO Sam Altman")
  lead?: number;  // first token of the noun phrase when a modifier precedes
  listener?: boolean; // the one told something ("told Wirefeed that"): never the antecedent of a description
}

export interface SentenceInfo {
  s: Sentence; toks: Token[]; mentions: Mention[];
  /** Caches of events.ts for this sentence (inParens, frontedClauseEnd, reportVerbs), kept on the sentence itself. */
  depth?: Uint8Array; front?: number; verbs?: { vi: number; 0: string }[];
}

const CAP = /^\p{Lu}[\p{L}\p{N}'’.-]*$/u;
const NAMEWORD_SIMPLE = /^\p{Lu}[\p{Ll}'’-]+$|^\p{Lu}\.$/u;
// A double-barrelled surname ("Adeyemi-Bakare"), never a hyphenated title ("Vice-President", "Director-General").
const NAMEWORD_DOUBLE = /^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)+$/u;
const NAMEWORD = { test: (w: string): boolean => NAMEWORD_SIMPLE.test(w) || (NAMEWORD_DOUBLE.test(w) && !HYPHEN_TITLE_PARTS.test(w)) };
export const ORG_WORD = /^(?:\p{Lu}[\p{L}\p{N}'’.&-]*|\p{Ll}+\p{Lu}[\p{L}\p{N}]*)$/u; // Capitalised, ALLCAPS or camel-case ("iFlytek")

/**
 * ORG_WORD.test(t), answered without the Unicode regex for the usual tokens that cannot match: punctuation and
 * digits (neither an upper- nor a lower-case letter first) and plain lower-case ASCII words (no upper-case letter
 * to make them camel-case). Every other token goes to the regex.
 */
export function isOrgWord(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c < 0x80 && !(c >= 0x41 && c <= 0x5a)) {
    if (!(c >= 0x61 && c <= 0x7a)) return false;
    let plain = true;
    for (let i = 1; i < t.length; i++) {
      const d = t.charCodeAt(i);
      if (d >= 0x80 || (d >= 0x41 && d <= 0x5a)) {
        plain = false;
        break;
      }
    }
    if (plain) return false;
  }
  return ORG_WORD.test(t);
}

const MODEL_PREFIX_RE = new RegExp(`^(${MODEL_PREFIXES.map((x) => x.prefix.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).sort((a, b) => b.length - a.length).join('|')})[-\\d.]`);

/** Per-article entity registry: one Entity per canonical name (plus country for generic bodies). */
export class Registry {
  byKey = new Map<string, Entity>();
  dynamic = new Map<string, { toks: string[]; ent: Entity }[]>();
  order: Entity[] = [];
  version = 0; // bumped whenever a discovered alias is added
  caseParties: { plaintiff: Entity; defendant: Entity } | null = null;
  /** Words registered as descriptions of an entity ("the plaintiff"): their mentions are coreferences, not aliases. */
  descriptive = new Set<string>();
  /** Common words the article writes only capitalised, inside sentences, more than once: names here (nameFormsOf). */
  nameWords: ReadonlySet<string> = new Set();
  /** Capitalised words the article also writes alone, with no capitalised word beside them (nameFormsOf). */
  soloWords: ReadonlySet<string> = new Set();
  /** Capitalised words the article writes after an honorific ("Ms. Talbot"): persons' surnames (nameFormsOf). */
  titledWords: ReadonlySet<string> = new Set();
  /** States the article names by name or demonym (statesNamedIn): a capital the gazetteer does not curate acts only for these. */
  statesNamed = new Set<string>();

  get(entry: GazEntry, countryOverride?: string | null): Entity {
    const country = countryOverride ?? entry.country ?? null;
    const key = entry.generic ? `${entry.name}|${country}` : entry.name;
    let e = this.byKey.get(key);
    if (!e) {
      e = {
        key, name: entry.name, kind: entry.kind, mentions: 0, aliases: new Set(), organisation: entry.org ?? entry.owner ?? null,
        country, role: entry.role ?? null, hq: entry.hq ?? null, startup: !!entry.startup,
        ...(entry.generic && countryOverride == null ? { defaultCountry: true } : {}),
      };
      this.byKey.set(key, e);
      this.order.push(e);
    }
    return e;
  }

  discovered(name: string, kind: EntityKind, extra: Partial<Entity> = {}): Entity {
    // An acronym the article has already tied to a body ("the Personal Data Office, or PDO") stays that body's.
    if (isAcronym(name)) {
      const tied = this.dynamic.get(name)?.find((x) => x.toks.length === 1 && x.ent.kind !== 'person' && x.ent.name !== name)?.ent;
      if (tied) return tied;
    }
    const gz = BY_NAME.get(name);
    // Another state's body that shares a known body's name ("Kenya's Data Protection Commission") is not that body.
    const other = !!gz && !gz.generic && !!gz.country && !!extra.country && gz.country !== extra.country;
    if (gz && !other) return this.get(gz);
    const key = other ? `${name}|${extra.country}` : name;
    let e = this.byKey.get(key);
    if (!e) {
      e = { key, name, kind, mentions: 0, aliases: new Set(), organisation: null, country: null, role: null, hq: null, startup: false, ...extra };
      this.byKey.set(key, e);
      this.order.push(e);
      this.addDynamic(name, e);
    } else {
      if (extra.organisation && !e.organisation) e.organisation = extra.organisation;
      if (extra.role && !e.role) e.role = extra.role;
    }
    return e;
  }

  /** Ties an acronym to a body ("the Personal Data Office, or PDO"), over any reading of the acronym as a body of its own. */
  tieAcronym(acr: string, ent: Entity): void {
    const l = this.dynamic.get(acr);
    if (l) this.dynamic.set(acr, l.filter((x) => x.toks.length > 1));
    this.addDynamic(acr, ent);
  }

  addDynamic(alias: string, ent: Entity): void {
    const toks = tokenize(alias).map((t) => t.text);
    if (!toks.length) return;
    this.version++;
    const l = this.dynamic.get(toks[0]);
    if (l) { if (!l.some((x) => x.toks.join(' ') === toks.join(' '))) l.push({ toks, ent }); }
    else this.dynamic.set(toks[0], [{ toks, ent }]);
  }
}

/** An acronym: two to eight letters opening with a capital and holding at least two ("FTC", "UOKiK", "BaFin", "NÚKIB"). */
/** HEAD_FIRST_ORGS as a map (no inherited keys: "constructor" is no head). */
const HEAD_FIRST_KIND = new Map(Object.entries(HEAD_FIRST_ORGS));

function isAcronym(w: string): boolean {
  return /^\p{Lu}[\p{Lu}\p{Ll}&]{1,7}$/u.test(w) && (w.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
}

/** The acronym set off by ", or" right after a name that ends before token `end` ("the Personal Data Office, or PDO,"), else null. */
function orAcronymAfter(toks: Token[], end: number): string | null {
  const acr = toks[end + 2]?.text ?? '';
  return toks[end]?.text === ',' && ALTERNATIVE_OR.test(toks[end + 1]?.text ?? '') && isAcronym(acr) && /^(?:,|\.|\)|;)?$/.test(toks[end + 3]?.text ?? '') ? acr : null;
}

function matchAlias(toks: Token[], i: number, ref: AliasRef): boolean {
  if (i + ref.toks.length > toks.length) return false;
  for (let k = 0; k < ref.toks.length; k++) {
    const a = ref.toks[k];
    const b = toks[i + k].text;
    if (a === b) continue;
    if (ref.ci && a.toLowerCase() === b.toLowerCase()) continue;
    if ((a === "'" || a === '’') && (b === "'" || b === '’')) continue;
    return false;
  }
  return true;
}

/**
 * Whether a possessive at j owns a public body or official named by lower-case words ("'s privacy commissioner", "'s
 * city council", "'s regulator"): the place before it acts as a government. Not "'s main roads", "'s Transit Authority"
 * (a body with a name of its own is the party).
 */
function ownsPublicBody(toks: Token[], j: number): boolean {
  if (!isPossessiveAt(toks, j)) return false;
  for (let k = j + 2; k < toks.length && k <= j + 4 && /^\p{Ll}[\p{Ll}-]*$/u.test(toks[k].text); k++) {
    const w = toks[k].text, cap = w[0].toUpperCase() + w.slice(1);
    if (STATE_BODY_DESC_HEADS[w] || (ORG_HEADS[cap] && ORG_HEADS[cap] !== 'company') || PERSON_TITLES.has(cap)) return true;
  }
  return false;
}

/**
 * Whether a place name is the subject of the verb at j ("Texas sued Vesmir", "California has banned …"): a state or
 * city acting as its government. A finite verb in the past or present, or an auxiliary, right after the name.
 */
function placeActs(toks: Token[], j: number): boolean {
  const w = toks[j]?.text ?? '';
  if (!/^\p{Ll}+$/u.test(w)) return false;
  const tag = posTags(w)?.[0] ?? '';
  return tag === 'VBD' || tag === 'VBZ' || tag === 'MD' || PLACE_ACT_AUX.has(w);
}

function isPossessiveAt(toks: Token[], i: number): boolean {
  return i + 1 < toks.length && (toks[i].text === "'" || toks[i].text === '’') && POSSESSIVE_S.test(toks[i + 1].text);
}

/**
 * "Quillon Labs of Shenzhen and Marrowby Systems of Chengdu": after "and", capitalised words that reach an "of"-phrase
 * of their own are a second name in a list, not the end of the first one's "of"-phrase ("Bureau of Industry and
 * Security" has none).
 */
function secondNameWithOf(toks: Token[], k: number): boolean {
  for (let q = k; q < toks.length && q - k < 5; q++) {
    if (ORG_NAME_PREPS.has(toks[q].text)) return q > k && /^\p{Lu}/u.test(toks[q + 1]?.text ?? '');
    if (!/^\p{Lu}/u.test(toks[q].text)) return false;
  }
  return false;
}

/** "Quillon Labs of Shenzhen": "of" and one capitalised word at k, with no capitalised word after it: a seat, not a name's part. */
export function seatPhraseAt(toks: readonly Token[], k: number): boolean {
  return toks[k]?.text === GENITIVE && /^\p{Lu}\p{Ll}+$/u.test(toks[k + 1]?.text ?? '') && !/^\p{Lu}/u.test(toks[k + 2]?.text ?? '');
}

/** "Quillon Labs' spokeswoman", "the Netherlands' envoy": a capitalised name ending in "s" takes the apostrophe alone. */
function isPluralPossessiveAt(toks: Token[], i: number): boolean {
  return i > 0 && i + 1 < toks.length && (toks[i].text === "'" || toks[i].text === '’') && /^\p{Lu}\p{L}*s$/u.test(toks[i - 1].text) && /^\p{Ll}/u.test(toks[i + 1].text);
}

/** Country named by a demonym or "X's" right before token i, if any. */
function contextCountry(toks: Token[], i: number): string | null {
  if (i >= 1 && DEMONYMS.has(toks[i - 1].text)) return DEMONYMS.get(toks[i - 1].text)!;
  if (i >= 3 && isPossessiveAt(toks, i - 2) && DEMONYMS.has(toks[i - 3].text)) return DEMONYMS.get(toks[i - 3].text)!;
  if (i >= 2 && DEMONYMS.has(toks[i - 2].text) && /^\p{Ll}/u.test(toks[i - 1].text)) return DEMONYMS.get(toks[i - 2].text)!;
  return null;
}

/** Finds gazetteer and registry mentions in one sentence's tokens. */
/** The end (after the dash) of a dateline "Place, 4 February 2026 -" opening a sentence, or 0. */
export function releaseDatelineEnd(toks: readonly Token[], alone = false): number {
  let c = 0;
  while (c < toks.length && c < 4 && /^\p{Lu}/u.test(toks[c].text)) c++;
  if (!c || toks[c]?.text !== ',') return 0;
  let k = c + 1;
  const day = (w: string | undefined) => !!w && /^\d{1,2}$/.test(w);
  if (day(toks[k]?.text) && DATELINE_AFTER_COMMA.test(toks[k + 1]?.text ?? '')) k += 2;
  else if (DATELINE_AFTER_COMMA.test(toks[k]?.text ?? '') && day(toks[k + 1]?.text)) k += 2;
  else return 0;
  if (toks[k]?.text === ',') k++;
  if (/^\d{4}$/.test(toks[k]?.text ?? '')) k++;
  // With `alone`, a dateline on a line of its own ("Pune, 6 March 2026" under a statement's heading) is the whole
  // sentence: discovery finds no party in it (a place the gazetteer knows is still found, as the text's home).
  if (alone && (k >= toks.length || (k === toks.length - 1 && toks[k].text === '.'))) return toks.length;
  return /^[—–-]+$/.test(toks[k]?.text ?? '') ? k + 1 : 0;
}

/**
 * Whether the state name or demonym at [i, end) names the state's side of an act ("curbs on Chinese companies",
 * "restrictions on U.S. firms"; with `goods`, also "tariffs on Korean steel"): an act's preposition before it and a
 * noun of companies (or goods) after it.
 */
function stateSideAt(toks: Token[], i: number, goods = false, end = i + 1): boolean {
  // "tariffs on all U.S. goods", "curbs on some Chinese chips": a quantifier may stand between the preposition and the state.
  const p = i >= 2 && STATE_SIDE_QUANTIFIERS.test(toks[i - 1].text) ? i - 2 : i - 1;
  if (p < 0 || !STATE_SIDE_PREPS.test(toks[p].text)) return false;
  const next = toks[end]?.text ?? '';
  // A goods noun is the head of its phrase: not "U.S. software maker Quillon" (a noun or a name after it).
  const head = (p: number) => { const after = toks[p + 1]?.text ?? ''; return !/^\p{Lu}/u.test(after) && !COUNTED_COMPANY_NOUNS.test(after) && !DESC_HEADS[after]; };
  if (COUNTED_COMPANY_NOUNS.test(next) || (goods && STATE_GOODS_NOUNS.test(next) && head(end))) return true;
  // "duties on Chinese electric vehicles", "a probe into U.S. analog chips": up to two lower-case modifiers first.
  if (!goods) return false;
  for (let k = end; k < end + 2 && /^\p{Ll}[\p{Ll}-]*$/u.test(toks[k]?.text ?? ''); k++) if (STATE_GOODS_NOUNS.test(toks[k + 1]?.text ?? '') && head(k + 1)) return true;
  return false;
}

export function findMentions(toks: Token[], reg: Registry, s: Sentence): Mention[] {
  const out: Mention[] = [];
  let i = 0;
  // A release's dateline "Ostmark City, 4 February 2026 - …" (or "…, February 4, 2026 –") places it and names no party.
  const datelineEnd = releaseDatelineEnd(toks);
  while (i < toks.length) {
    if (i < datelineEnd) { i++; continue; }
    const t = toks[i].text;
    let best: { len: number; ent: Entity; capital: boolean; entry?: GazEntry } | null = null;
    const dyn = reg.dynamic.get(t);
    if (dyn) for (const d of dyn) {
      if (matchAlias(toks, i, { toks: d.toks, entry: null as unknown as GazEntry, ci: false, capital: false }) && (!best || d.toks.length > best.len)) {
        best = { len: d.toks.length, ent: d.ent, capital: false };
      }
    }
    const exact = EXACT.get(t);
    if (exact) for (const ref of exact) {
      // "Warsaw dismissed …": a capital the gazetteer does not curate is its state only in a text naming the state, and not
      // inside a longer name ("the Warsaw Stock Exchange") or after an article ("the Nairobi talks").
      if (ref.needsState && (!reg.statesNamed.has(ref.entry.name) || !capitalActs(toks, i, i + ref.toks.length))) continue;
      if ((!best || ref.toks.length > best.len) && matchAlias(toks, i, ref)) best = { len: ref.toks.length, ent: null as unknown as Entity, capital: ref.capital, entry: ref.entry };
    }
    const folded = FOLDED.get(t.toLowerCase());
    if (folded) for (const ref of folded) {
      if ((!best || ref.toks.length > best.len) && matchAlias(toks, i, ref)) best = { len: ref.toks.length, ent: null as unknown as Entity, capital: ref.capital, entry: ref.entry };
    }
    // "the Department of Energy and Water Resources": a known body's name with an "of"-phrase goes on with "and" and
    // a last subject; the longer name is another body, found as an unknown name.
    if (best?.entry && best.len >= 3 && toks.slice(i + 1, i + best.len).some((x) => ORG_NAME_PREPS.has(x.text)) && toks[i + best.len]?.text === LIST_AND
      && listEndAfterArticle(toks, i + best.len + 1, NONE_COVERED)) best = null;
    if (!best && t.length > 2 && t.charCodeAt(0) < 91 && t.charCodeAt(0) > 64) {
      // Versioned model names: "Qwen3", "GPT-5.1", "Llama-3".
      const mm = MODEL_PREFIX_RE.exec(t);
      if (mm) best = { len: 1, ent: null as unknown as Entity, capital: false, entry: MODEL_PREFIXES.find((x) => x.prefix === mm[1])!.entry };
    }
    if (!best && i === toks.length - 1 && /^\p{Lu}+\.$/u.test(t)) {
      // A one-letter or acronym name that ends the sentence keeps its full stop in the token ("… into X.").
      const bare = EXACT.get(t.slice(0, -1))?.find((r) => r.toks.length === 1);
      if (bare) {
        out.push({ start: toks[i].start, end: toks[i].end - 1, t0: i, t1: i + 1, ent: reg.get(bare.entry), surface: t.slice(0, -1), coref: false });
        i++;
        continue;
      }
    }
    // (Also with no count, as an act's object: "restrictions on Chinese companies", "controls against American firms";
    // not opening a clause, where "Chinese firms said …" is no state speaking.)
    // "a surtax on Chinese-made vehicles": a demonym joined to "made" before goods names the state too.
    const madeIn = !best && MADE_COMPOUND.exec(t);
    if (madeIn && DEMONYMS.has(madeIn[1]) && stateSideAt(toks, i, true)) {
      const c = BY_NAME.get(DEMONYMS.get(madeIn[1])!);
      if (c) {
        out.push({ start: toks[i].start, end: toks[i].end, t0: i, t1: i + 1, ent: reg.get(c), surface: t, coref: false });
        i += 1;
        continue;
      }
    }
    if (!best && DEMONYMS.has(t) && i > 0 && ((NUMBERISH.test(toks[i - 1].text) && COUNTED_COMPANY_NOUNS.test(toks[i + 1]?.text ?? ''))
      || stateSideAt(toks, i, true))) {
      // "136 Chinese entities" names the country's side of a list action.
      const c = BY_NAME.get(DEMONYMS.get(t)!);
      if (c) {
        out.push({ start: toks[i].start, end: toks[i + 1].end, t0: i, t1: i + 2, ent: reg.get(c), surface: s.text.slice(toks[i].start - s.start, toks[i + 1].end - s.start), coref: false });
        i += 2;
        continue;
      }
    }
    // "restrictions on South Korean chip materials", "duties on New Zealand dairy goods": a two-word demonym likewise.
    const two = !best && i + 1 < toks.length ? `${t} ${toks[i + 1].text}` : '';
    if (two && DEMONYMS.has(two) && DEMONYMS.get(two) !== two && stateSideAt(toks, i, true, i + 2)) {
      const c = BY_NAME.get(DEMONYMS.get(two)!);
      if (c && toks[i + 2]) {
        out.push({ start: toks[i].start, end: toks[i + 2].end, t0: i, t1: i + 3, ent: reg.get(c), surface: s.text.slice(toks[i].start - s.start, toks[i + 2].end - s.start), coref: false });
        i += 3;
        continue;
      }
    }
    // "linked to Russian military intelligence", "backed by Chinese state security": a demonym before an organ of force or
    // intelligence names its state.
    if (!best && DEMONYMS.has(t) && STATE_ORGAN_NOUNS.test(toks[i + 1]?.text ?? '')) {
      const c = BY_NAME.get(DEMONYMS.get(t)!);
      let e2 = i + 2;
      while (e2 < i + 4 && STATE_ORGAN_TAILS.test(toks[e2]?.text ?? '')) e2++;
      const last = toks[e2 - 1].text;
      if (c && (STATE_ORGAN_TAILS.test(last) || e2 === i + 2 && STATE_ORGAN_ALONE.test(last))) {
        out.push({ start: toks[i].start, end: toks[e2 - 1].end, t0: i, t1: e2, ent: reg.get(c), surface: s.text.slice(toks[i].start - s.start, toks[e2 - 1].end - s.start), coref: false });
        i = e2;
        continue;
      }
    }
    if (!best) { i++; continue; }
    let j = i + best.len;
    // "House Select Committee on Ostmark Affairs": a known body's alias of several words, ending in an organisational head,
    // whose capitalised name runs on past "on"/"of"/"for" (not into a date or a known name) is a body of a longer name.
    if (best.entry && best.len >= 2 && best.entry.kind !== 'company' && ORG_HEADS[toks[j - 1].text] && NAME_OF_WORDS.test(toks[j]?.text ?? '')
      && /^\p{Lu}\p{Ll}/u.test(toks[j + 1]?.text ?? '') && !NAME_RUN_DATES.test(toks[j + 1].text) && !EXACT.has(toks[j + 1].text) && !DEMONYMS.has(toks[j + 1].text)) {
      i = j; continue;
    }
    // Datelines ("Washington, D.C. —", "BEIJING, Oct. 10 --") place the story, they do not act.
    if (i <= 1 && (toks[j]?.text === ',' || /^[—–-]$/.test(toks[j]?.text ?? '')) && (best.capital || /^(?:D\.C\.|[—–-]|\p{Lu}[a-z]{2}\.?|\d+)$/u.test(toks[j + 1]?.text ?? '') || /^[—–-]$/.test(toks[j]?.text ?? ''))
      && (toks[j]?.text !== ',' || DATELINE_AFTER_COMMA.test(toks[j + 1]?.text ?? ''))) {
      i = j; continue;
    }
    // "NEW DELHI: …", "BEIJING: …": a place in capitals before a colon at the start of the text is a dateline too.
    if (i === 0 && toks[j]?.text === ':' && toks.slice(i, j).every((x) => !/\p{Ll}/u.test(x.text))) { i = j; continue; }
    let entry = best.entry;
    // A law reporter between volume and page ("510 U.S. 569") is no state.
    if (entry && i > 0 && /^\d+$/.test(toks[i - 1].text) && /^\d+$/.test(toks[j]?.text ?? '')) { i = j; continue; }
    // "the Nigeria Data Protection Commission", "Kenya's Data Protection Commission": a known body of one state, its
    // name opened by another state's name or demonym, is another state's body of the same name (found by discovery).
    if (entry && !entry.generic && entry.country && entry.kind !== 'government' && entry.kind !== 'company' && entry.kind !== 'person' && entry.kind !== 'model') {
      const ctx = contextCountry(toks, i);
      if (ctx && ctx !== entry.country && BY_NAME.get(ctx)?.kind === 'government') { i = j; continue; }
    }
    if (entry) {
      // "the Delhi High Court", "the Lagos High Court": a court name several states share ("High Court"), right after a
      // capitalised word the gazetteer does not know, is the tail of a longer court name (found by discovery).
      if (generalCourtTail(toks, i, entry)) { i = j; continue; }
      // "the Digital Rights League of Peru", "the Growers Association of Kenya": a state's name after "of" closing the name of
      // a civil-society body is part of that name (found by discovery), not a second party.
      if (entry.kind === 'government' && entry.name === entry.country && i >= 2 && toks[i - 1].text === GENITIVE && !!ORG_HEADS[toks[i - 2].text] && ORG_HEADS[toks[i - 2].text] !== 'company') { i = j; continue; }
      // "South America", "the South China Sea": a one-word state name after a region word is part of a place's name.
      if (best.len === 1 && entry.kind === 'government' && i > 0 && REGION_BEFORE_STATE.test(toks[i - 1].text)) { i = j; continue; }
      // A capital names the state only when it is not a place ("in Beijing").
      // (Its possessive after "to", "from" or "at" is the state's: "respond to Washington's controls", "at Beijing's request".)
      if (best.capital && i > 0 && PLACE_PREPS.has(toks[i - 1].text.toLowerCase())
        && !(isPossessiveAt(toks, j) && STATE_POSSESSIVE_PREPS.test(toks[i - 1].text))) { i = j; continue; }
      // "the Tokyo District Court", "the Beijing Intellectual Property Court": a capital opening a court's or an agency's
      // name is part of that name (found by discovery), no state.
      if (best.capital && capitalOpensBody(toks, j)) { i = j; continue; }
      // "the U.S. District Court for …", "the U.S. Court of Appeals": a state's name opening a court's name is the court's.
      if (entry.kind === 'government' && entry.name === entry.country && best.len === 1 && capitalOpensBody(toks, j, 'court')) { i = j; continue; }
      // "Brazil's Digital Affairs Office", "the Mexico Competition Commission": a state's name opening the name of a public
      // body (words, then an organisational head) is part of that name.
      if (entry.kind === 'government' && entry.name === entry.country && best.len === 1 && /^\p{Lu}\p{Ll}+$/u.test(t) && stateOpensBody(toks, j)) { i = j; continue; }
      // "a Seoul recruitment firm", "an Ottawa law firm": a capital after an indefinite article modifies the noun.
      if (best.capital && i > 0 && INDEFINITE_ARTICLE_WORDS.test(toks[i - 1].text) && /^\p{Ll}/u.test(toks[j]?.text ?? '')) { i = j; continue; }
      // "the Brussels offices of X", "its Lyon headquarters": a capital before a noun of premises is where they are.
      // ("a Lyon court ruling", "a Seoul court": where the court sits.)
      if (best.capital && (PREMISES_NOUNS.test(toks[j]?.text ?? '') || LOWER_COURT_NOUNS.test(toks[j]?.text ?? ''))) { i = j; continue; }
      if (entry.kind === 'government' && entry.name === entry.country && best.len === 1 && (ADJ_COUNTRY_FORMS.has(t) || t === entry.name)) {
        const nx = toks[j];
        const nx2 = toks[j + 1]?.text ?? '';
        // "U.S. Senators Ada Vell and Tomas Brin urged …": a legislator's title after the state describes the person.
        if (nx && LEGISLATOR_TITLES.has(nx.text) && /^\p{Lu}/u.test(nx2)) { i = j; continue; }
        // "Japan fines Nvidia" (a verb) against "US chips" (a modifier).
        const verb3 = !!nx && LOWER_PLURAL.test(nx.text) && (/^\p{Lu}/u.test(nx2) || VERB_OBJECT_OPENERS.test(nx2));
        // ("China stole …", "Japan froze …", "Beijing sought …": an irregular past tense is a verb too.)
        const pastTense = !!nx && /^\p{Ll}+$/u.test(nx.text) && (posTags(nx.text) ?? []).includes('VBD');
        // ("Japan and China agree …", "US, China sign …": after a coordinated party, a plural present is the verb.)
        const coordVerb = !!nx && i >= 2 && (toks[i - 1].text === LIST_AND || toks[i - 1].text === ',') && /^\p{Lu}/u.test(toks[i - 2].text)
          && /^\p{Ll}+$/u.test(nx.text) && (posTags(nx.text) ?? []).includes('VBP');
        if (nx && !verb3 && !pastTense && !coordVerb && (nx.text === '-' || (/^\p{Ll}/u.test(nx.text) && !VERBISH.has(nx.text) && !VERB_OR_ADVERB_ENDING.test(nx.text)))) {
          // Adjectival use ("U.S. chips", "US-made"): a group of the country's entities after a number still names it.
          const actionNoun = toks.slice(j, j + 3).some((x) => ACTION_NOUNS.has(x.text));
          // "curbs on U.S. companies": the state's side as an act's object, as "on Chinese companies" is.
          const stateSide = stateSideAt(toks, i, true, j);
          if (!actionNoun && !stateSide) { i = j; continue; }
        }
      }
    }
    // "the Personal Information Protection Commission (PIPC)": a full name two bodies share, followed by the acronym
    // of a known body of the same kind, is that body (the acronym tells which country's commission the text means).
    if (entry && toks[j]?.text === '(' && toks[j + 2]?.text === ')' && /^[A-Z]{2,6}$/.test(toks[j + 1]?.text ?? '')) {
      const byAcr = EXACT.get(toks[j + 1].text)?.find((r) => r.toks.length === 1 && r.entry !== entry && r.entry.kind === entry!.kind);
      if (byAcr) entry = byAcr.entry;
    }
    let ent: Entity;
    if (entry) {
      let country: string | null = null;
      if (entry.generic) country = contextCountry(toks, i);
      ent = reg.get(entry, country);
      const sur = surnameOf(entry);
      if (sur && best.len >= 2 && !reg.dynamic.get(sur)?.some((d) => d.ent === ent)) reg.addDynamic(sur, ent);
      // "the ChatGPT maker", "Qwen's developer" name the owner.
      if (entry.kind === 'model' && entry.owner) {
        let k = j;
        if (isPossessiveAt(toks, k)) k += 2;
        if (toks[k] && MAKER_NOUNS.test(toks[k].text)) {
          ent = reg.get(BY_NAME.get(entry.owner) ?? entry);
          j = k + 1;
        }
      }
    } else {
      ent = best.ent;
    }
    // "Alibaba's cloud division" is Alibaba; so is "Velmor's Shanghai subsidiary", "Quillon's European unit" (one word
    // of a place or brand before the unit noun).
    if (ent.kind === 'company' && isPossessiveAt(toks, j)) {
      let caps = 0;
      for (let k = j + 2; k < Math.min(toks.length, j + 6); k++) {
        const w = toks[k].text;
        if (!/^\p{Ll}/u.test(w) && !(w === AI_ACRONYM || w === `${AI_ACRONYM}-`) && !(/^\p{Lu}\p{Ll}+$/u.test(w) && ++caps === 1)) break;
        if (UNIT_NOUNS.test(w)) { j = k + 1; break; }
      }
    }
    const surface = s.text.slice(toks[i].start - s.start, toks[j - 1].end - s.start);
    out.push({ start: toks[i].start, end: toks[j - 1].end, t0: i, t1: j, ent, surface, coref: reg.descriptive.has(surface) });
    i = j;
  }
  markModifiers(toks, out);
  for (const m of out) {
    if ((m.ent.kind === 'company' || m.ent.kind === 'model') && ATTRIBUTIVE.has(toks[m.t1]?.text ?? '')) m.attr = true;
    // The listener of "told X that …" (a newspaper, a wire) is no party.
    else if (m.t0 >= 1 && TOLD_VERBS.test(toks[(m.lead ?? m.t0) - 1]?.text ?? '') && LISTENER_NEXT.test(toks[m.t1]?.text ?? '') && m.ent.kind === 'company') { m.attr = true; m.listener = true; }
    // A name known only by its form, right before a common noun, modifies it ("Dalmore kids", "Vell voters").
    // Not when the plural also reads as a verb with its complement after it ("Dastia charges that …", "Vell blocks the deal").
    else if (m.ent.guessed && m.t1 - m.t0 === 1 && LOWER_PLURAL.test(toks[m.t1]?.text ?? '') && posTags(toks[m.t1].text)?.[0] === 'NNS'
      && !(posTags(toks[m.t1].text)!.includes('VBZ') && opensComplement(toks[m.t1 + 1]?.text ?? ''))) m.attr = true;
    // "Dalmore AI companies", "a Zemlan AI firm, Quillon": a name before a noun of a kind of party names a category.
    // (But a state before such a plural as an act's object, "curbs on U.S. companies", is that state's side.)
    else if (m.ent.kind !== 'person' && PARTY_KIND_NOUNS.test(toks[m.t1]?.text ?? '')
      && !(m.ent.kind === 'government' && m.ent.name === m.ent.country && stateSideAt(toks, m.t0, false, m.t1))) m.attr = true;
    // "a Lyon court ruling", "the Dastia tribunal": a name known by its form before a lower-case court noun is where it sits.
    else if (m.ent.guessed && LOWER_COURT_NOUNS.test(toks[m.t1]?.text ?? '')) m.attr = true;
  }
  return out;
}

/** A hyphenated modifier ("Quillon-owned"), from the bundle's participles. */
const HYPHEN_MODIFIER_RE = new RegExp(`-(?:${HYPHEN_MODIFIER_PARTICIPLES.join('|')})$`, 'i');
/** A company's seat given as a modifier ("Paris-based"): the place. */
const SEAT_RE = new RegExp(`^(\\p{Lu}[\\p{L}]+)-${SEAT_PARTICIPLE}$`, 'u');

/** Whether the one capitalised word at i is joined by "and" to a company mention right before or after it ("Pellucid and Sovereign"). */
function coordinatedWithCompany(toks: Token[], i: number, mentions: Mention[], reg: Registry): boolean {
  const w = toks[i].text;
  if (!/^\p{Lu}\p{Ll}+$/u.test(w) || NOT_NAME.has(w) || DEMONYMS.has(w) || PERSON_TITLES.has(w) || ORG_HEADS[w] || MONTH_ABBR.test(w) || NUMBER_WORDS.test(w)) return false;
  if (/^\p{Lu}/u.test(toks[i + 1]?.text ?? '')) return false;
  const company = (m: Mention | undefined) => !!m && m.ent.kind === 'company' && !m.mod && !m.attr;
  // A name discovered earlier in this sentence has no mention yet: its capitalised run names it.
  const known = (a: number, b: number) => b > a && reg.byKey.get(toks.slice(a, b).map((x) => x.text).join(' '))?.kind === 'company';
  if (toks[i - 1]?.text === LIST_AND) {
    if (company(mentions.find((m) => m.t1 === i - 1))) return true;
    let a = i - 1;
    while (a > 0 && i - 1 - a < 3 && /^\p{Lu}/u.test(toks[a - 1].text)) a--;
    for (let s = a; s < i - 1; s++) if (known(s, i - 1)) return true;
  }
  if (toks[i + 1]?.text !== LIST_AND) return false;
  if (company(mentions.find((m) => m.t0 === i + 2))) return true;
  let b = i + 2;
  while (b < toks.length && b - (i + 2) < 3 && /^\p{Lu}/u.test(toks[b].text)) b++;
  for (let e = b; e > i + 2; e--) if (known(i + 2, e)) return true;
  return false;
}

/** Whether the capitalised words from token j run (up to five words) into the head of a court or a regulator. */
function capitalOpensBody(toks: Token[], j: number, only?: EntityKind): boolean {
  for (let k = j; k < toks.length && k - j < 5 && /^\p{Lu}/u.test(toks[k].text); k++) {
    const kind = ORG_HEADS[toks[k].text];
    if (only ? kind === only : kind === 'court' || kind === 'regulator') return true;
    // "the Izmir Chief Public Prosecutor's Office": a possessive inside the body's name, then any public body's head.
    if (!only && possessiveInBodyName(toks, k + 1, NONE_COVERED)) return true;
  }
  return false;
}

/** Whether the comma at k continues a list of subjects inside a public body's "of"/"for"-phrase (run from i): a public
 * head then "of"/"for" before it, and after it capitalised words, more such commas, then "and" and a capitalised word. */
/** Whether the name from i to k has "of"/"for"/"on" after a public body's head (the list of its subjects follows it). */
function listInBodyNameBefore(toks: Token[], i: number, k: number): boolean {
  return toks.slice(i, k).some((x, q) => q >= 1 && (ORG_NAME_PREPS.has(x.text) || x.text === ON_WORD) && !!publicHead(toks[i + q - 1].text));
}

function listInBodyName(toks: Token[], i: number, k: number, covered: Uint8Array): boolean {
  // "of"/"for" after a public body's head, or "on" after it ("Committee on Ports, Water and Energy").
  const p = toks.slice(i, k).findIndex((x, q) => q >= 1 && (ORG_NAME_PREPS.has(x.text) || x.text === ON_WORD) && !!publicHead(toks[i + q - 1].text));
  if (p < 0) return false;
  // A serial comma before the "and" ("Committee on Ports, Water, and Energy") when a comma of the list came before.
  const serial = toks.slice(i + p, k).some((x) => x.text === ',');
  for (let q = k + 1; q < toks.length && q - k < 12 && !covered[q]; q++) {
    const w = toks[q].text;
    if (w === LIST_AND) {
      if (q === k + 1 && !serial) return false;
      // The last member may take the article ("Ministry of Ports, Water and the Coast").
      const last = toks[q + 1]?.text === NAME_INNER_ARTICLE ? q + 2 : q + 1;
      return /^\p{Lu}\p{Ll}/u.test(toks[last]?.text ?? '') && !covered[last] && !nameOfAParty(toks[last].text) && !(last > q + 1 && !listEndAfterArticle(toks, last, covered));
    }
    // A company's head word alone as a member ("…, Communications and …") is a subject; after a name it ends a company's.
    if (w !== ',' && !(/^\p{Lu}\p{Ll}/u.test(w) && !nameOfAParty(w) && (!ORG_HEADS[w] || (ORG_HEADS[w] === 'company' && toks[q - 1].text === ',' && !/^\p{Lu}/u.test(toks[q + 1]?.text ?? ''))))) return false;
  }
  return false;
}

/**
 * Whether capitalised words from j close a body's list of subjects after "and the" ("… Communications and the Digital
 * Economy"): common words only, no organisational head, no party's name, none covered, and no capitalised word after
 * them but the end of the name ("and the Foreign Ministry", "and the FBI" name a second body).
 */
function listEndAfterArticle(toks: Token[], j: number, covered: Uint8Array): boolean {
  let q = j;
  while (q < toks.length && q - j < 4 && /^\p{Lu}\p{Ll}+$/u.test(toks[q].text) && !covered[q] && !ORG_HEADS[toks[q].text] && !nameOfAParty(toks[q].text)
    && !isGivenName(toks[q].text) && /^(?:NNS?|JJ)$/.test(posTags(toks[q].text.toLowerCase())?.[0] ?? '')) q++;
  return q > j && !/^\p{Lu}/u.test(toks[q]?.text ?? '');
}

/** A word that is by itself the name of a party the gazetteer knows ("China", "Nvidia"), not only the first word of one. */
function nameOfAParty(w: string): boolean {
  return !!EXACT.get(w)?.some((a) => a.toks.length === 1);
}

/** No token covered (for the checks made before mentions are known). */
const NONE_COVERED = new Uint8Array(0);

/** A possessive as the name's tokens join it ("Prosecutor ' s Office"): written back as in the text. */
const POSSESSIVE_IN_NAME = / (['’]) s(?= )/g;
/** A plural possessive as the name's tokens join it ("Prosecutors ' Office"): written back as in the text. */
const PLURAL_POSSESSIVE_IN_NAME = /(?<=\p{L}s) (['’])(?= \p{Lu})/gu;

/** Whether the possessive at k ("'" + "s") sits inside a public body's name: capitalised words after it run to a public
 * body's head ("Prosecutor's Office", "People's Procuratorate"), not a company's ("Quillon's Cloud" is no name). */
function possessiveInBodyName(toks: Token[], k: number, covered: Uint8Array): boolean {
  return isPossessiveAt(toks, k) && publicHeadFollows(toks, k + 2, covered);
}

/** The same for a plural possessive, the apostrophe at k after a plural noun ("Prosecutors' Office", "Consumers' Council"), also before an association's head ("Tenants' Union"). */
function pluralPossessiveInBodyName(toks: Token[], k: number, covered: Uint8Array): boolean {
  return (toks[k].text === "'" || toks[k].text === '’') && /s$/.test(toks[k - 1]?.text ?? '') && publicHeadFollows(toks, k + 1, covered, true);
}

/** Whether the name run at i opens its capitalised words: first in the sentence, or after a word in lower case or an article. */
function opensCapitals(toks: Token[], i: number): boolean {
  return i === 0 || !/^\p{Lu}/u.test(toks[i - 1].text) || ARTICLES.test(toks[i - 1].text);
}

/** Capitalised words from `from` (three at most) run to a public body's head that ends the name (with `orOther`, also an association's: "Union", "Guild"). */
function publicHeadFollows(toks: Token[], from: number, covered: Uint8Array, orOther = false): boolean {
  for (let q = from; q < toks.length && q - from < 3 && !covered[q] && /^\p{Lu}\p{Ll}/u.test(toks[q].text); q++) {
    if (ORG_HEADS[toks[q].text]) return (!!publicHead(toks[q].text) || (orOther && ORG_HEADS[toks[q].text] === 'other_org')) && !ORG_HEADS[toks[q + 1]?.text ?? ''];
  }
  return false;
}

/** The kind of an organisational head that names a public body (a regulator, government body, court or legislature), else null. */
function publicHead(w: string): EntityKind | null {
  const k = ORG_HEADS[w];
  return k === 'regulator' || k === 'government' || k === 'court' || k === 'legislature' ? k : null;
}

/** Whether the generic court alias at i ("High Court") follows a capitalised word that no alias and no list of words knows:
 * "the Delhi High Court" is one court, named after its seat, not "High Court" of another state. */
function generalCourtTail(toks: Token[], i: number, entry: GazEntry): boolean {
  if (!entry.generic || entry.kind !== 'court' || i < 1) return false;
  const prev = toks[i - 1].text;
  // ("the Federal High Court": an opener word; "the Seoul High Court": a capital, which names no state before a court.)
  return /^\p{Lu}\p{Ll}+$/u.test(prev) && (!NOT_NAME.has(prev) || NAME_OPENERS.has(prev)) && !DEMONYMS.has(prev)
    && !EXACT.get(prev)?.some((r) => !r.capital) && !ORG_HEADS[prev] && !PERSON_TITLES.has(prev);
}

/** The last token of a court's name with its seat after it ("… Court for the Northern District of Dastia"), else `last`. */
function courtSeatEnd(toks: Token[], last: number, covered: Uint8Array): number {
  if (!COURT_SEAT.prep.test(toks[last + 1]?.text ?? '') || !COURT_SEAT.article.test(toks[last + 2]?.text ?? '')) return last;
  for (let q = last + 3; q < toks.length && q - last < 8 && !covered[q] && /^[\p{Lu}\d]/u.test(toks[q].text); q++) {
    if (!COURT_SEAT.heads.test(toks[q].text)) continue;
    if (toks[q + 1]?.text !== GENITIVE || !/^\p{Lu}/u.test(toks[q + 2]?.text ?? '')) return q;
    let end = q + 2;
    while (end + 1 < toks.length && end - q < 4 && /^\p{Lu}\p{Ll}/u.test(toks[end + 1].text)) end++;
    return end;
  }
  return last;
}

/** Whether capitalised words after a state's name run to the head of a public body ("Digital Affairs Office"). */
function stateOpensBody(toks: Token[], j: number): boolean {
  for (let k = j; k < toks.length && k - j < 4 && /^\p{Lu}(?:\p{Ll}|\p{Lu}+$)/u.test(toks[k].text); k++) {
    // "the India AI Startups Forum": "AI" inside the name is no head yet.
    if (toks[k].text === AI_ACRONYM && /^\p{Lu}/u.test(toks[k + 1]?.text ?? '')) continue;
    const kind = ORG_HEADS[toks[k].text];
    // "the Korea Chamber of Commerce": a civil-society head right after the state's name, its "of"-phrase following.
    if (kind === 'other_org' && k === j) return toks[k + 1]?.text === GENITIVE;
    if (kind) return k > j && (kind === 'regulator' || kind === 'government' || kind === 'legislature' || kind === 'other_org');
  }
  return false;
}

/** Whether a word opens a verb's complement: a function word of the bundle or a capitalised word. */
const opensComplement = (w: string): boolean => COMPLEMENT_OPENERS.test(w) || /^\p{Lu}\S*$/u.test(w);

/** Marks a mention that only modifies the next one: a possessor ("China's DeepSeek") or an employer before a title ("OpenAI CEO Sam Altman"). */
export function markModifiers(toks: Token[], ms: Mention[]): void {
  for (let k = 0; k + 1 < ms.length; k++) {
    const a = ms[k], b = ms[k + 1];
    const gap = b.t0 - a.t1;
    if (gap < 0 || gap > 8) continue;
    let poss = false, titled = false, ok = true, appos = false;
    for (let q = a.t1; q < b.t0; q++) {
      const w = toks[q].text;
      // "Argentina's data protection agency, the AAIP, fined …": the possessed description of a body stands in
      // apposition to the body's name, which the possessor modifies too. (A name in parentheses is an aside: left.)
      if (poss && q > a.t1 + 2 && publicHeadKind(toks[q - 1].text) && b.ent.kind !== 'person'
        && w === ',' && q === b.t0 - 2 && DESC_ARTICLES.definite.has(toks[q + 1].text)) { appos = true; continue; }
      if ((w === "'" || w === '’') && q === a.t1) { poss = true; continue; }
      if (poss && q === a.t1 + 1 && POSSESSIVE_S.test(w)) continue;
      if (PERSON_TITLES.has(w)) { titled = true; continue; }
      if (/^[“”"]$/.test(w)) continue;
      // "Quillon's lawsuit against Marrowby", "Quillon's suit accuses Marrowby": the possessed noun is the suit; a name
      // after it is no possession of the possessor.
      if (poss && q > a.t1 + 1 && LEGAL_NOUN.test(toks[q - 1].text) && !POSSESSIVE_S.test(toks[q - 1].text)) { ok = false; break; }
      // "Fenwright's planned acquisition of Pinefold": the possessed noun is the deal; the name after it is its object.
      if (poss && q > a.t1 && DEAL_NOUNS.test(toks[q - 1].text) && /^\p{Ll}+$/u.test(w) && PREPS.has(w)) { ok = false; break; }
      // "Japan's trade ministry accused X": a finite verb ends the possessed noun phrase; X is no possession of Japan.
      // (The word before it is the possessed noun's lower-case head: "the UK's newly formed AI Safety Board" goes on.)
      if (poss && q > a.t1 + 2 && /^\p{Ll}+$/u.test(w) && (posTags(w) ?? []).some((g) => g === 'VBD' || g === 'VBZ' || g === 'VBP')
        && ((posTags(w) ?? [])[0] ?? '').startsWith('VB')
        && /^\p{Ll}+$/u.test(toks[q - 1].text) && ((posTags(toks[q - 1].text) ?? [])[0] ?? '').startsWith('NN')) { ok = false; break; }
      // "Halvorsen Capital's stake in Brightfield": a lower-case possessed noun and a preposition; the name after it is
      // the noun's complement, no possession of the possessor.
      // (A state after it too: "Vesmir's shipments to Iran" are Vesmir's; Iran is no body of Vesmir's.)
      if (poss && q > a.t1 + 2 && PREPS.has(w) && /^\p{Ll}+$/u.test(toks[q - 1].text)) { ok = false; break; }
      if (poss && /^[\p{Ll}\p{Lu}][\p{L}-]*$/u.test(w) && !CLAUSE_LINKS.test(w)) continue;
      if (!poss && EMPLOYER_TITLE_FILLERS.test(w)) continue;
      // "U.S. District Judge Ada Vell": a court's level before a judge's title.
      if (!poss && COURT_LEVELS.test(w) && PERSON_TITLES.has(toks[q + 1]?.text ?? '')) continue;
      ok = false;
      break;
    }
    if (!ok) continue;
    if (poss && gap > 0 && (gap <= 5 || appos)) { a.mod = true; b.lead = a.lead ?? a.t0; continue; }
    if (gap > 6) continue;
    // "Senator Ada Vell and Senator Lin Oster": a person before a title is a coordinated person, no employer.
    if (titled && b.ent.kind === 'person' && a.ent.kind !== 'person') { a.mod = true; b.lead = a.lead ?? a.t0; if (!b.ent.organisation) b.ent.organisation = a.ent.name; }
  }
  // "Norvik Sensing of the United States", "Pelican Logistics Pte. Ltd. of Singapore": a state after a company and "of"
  // is the company's seat, no party of its own.
  for (let k = 0; k + 1 < ms.length; k++) {
    const a = ms[k], b = ms[k + 1];
    if (a.ent.kind !== 'company' || b.ent.kind !== 'government') continue;
    let q = a.t1;
    while (q < b.t0 && LEGAL_SUFFIX_WORDS.has(toks[q].text)) q++;
    if (toks[q]?.text !== GENITIVE) continue;
    q++;
    if ((toks[q]?.text ?? '').toLowerCase() === ARTICLE_THE) q++;
    if (q === b.t0) b.mod = true;
  }
  // "Ledger and Gazette owner Dalmore Media", "the Nova maker Tarvel": brands before an owner noun modify the owner.
  for (const b of ms) {
    if (b.t0 < 2 || !OWNER_NOUNS.test(toks[b.t0 - 1].text)) continue;
    let k = b.t0 - 2;
    // "Nova chatbot provider Tarvel": a product noun between the brand and the owner noun.
    if (k >= 1 && /^\p{Ll}+$/u.test(toks[k].text) && /^\p{Lu}/u.test(toks[k - 1].text)) k--;
    while (k >= 0 && b.t0 - k <= 10 && (/^\p{Lu}/u.test(toks[k].text) || toks[k].text === ',' || toks[k].text === LIST_AND || toks[k].text === '&')) k--;
    const start = k + 1;
    if (start >= b.t0 - 1) continue;
    for (const a of ms) if (a.t0 >= start && a.t1 <= b.t0 - 1) a.mod = true;
    b.lead = start;
  }
}

/**
 * Whether the case name around "v." at token k is a citation of another case, not the caption of the one reported:
 * a citation signal before it ("See", "cf.", "accord") or a reporter after it ("…, 804 F.3d 202", "…, 510 U.S. 569",
 * "…, 2023 WL 1234").
 */
export function isCaseCitation(toks: Token[], k: number): boolean {
  let le = k;
  while (le > 0 && (CASE_FILLER.has(toks[le - 1].text) || /^\p{Lu}/u.test(toks[le - 1].text)) && k - le < 8) le--;
  if (CITATION_SIGNALS.test(toks[le - 1]?.text ?? '')) return true;
  for (let r = k + 1; r < Math.min(toks.length - 2, k + 10); r++) {
    if (toks[r].text === ',' && /^\d+$/.test(toks[r + 1].text) && /^(?:\p{Lu}[\p{L}\d.]*\.[\p{L}\d.]*|WL|LEXIS)$/u.test(toks[r + 2].text)) return true;
    if (!(/^(?:\p{Lu}[\p{L}.&'-]*|,|&)$/u.test(toks[r].text) || CAPTION_WORDS.test(toks[r].text))) break;
  }
  return false;
}

/** Whether a word is a company's legal form or a caption's filler, in any case ("Ltd.", "LTD", "Inc.", "DEFENDANT"). */
function isLegalSuffix(w: string): boolean {
  return LEGAL_SUFFIX_WORDS.has(w) || LEGAL_SUFFIX_WORDS.has(w[0] + w.slice(1).toLowerCase()) || CASE_FILLER.has(w[0] + w.slice(1).toLowerCase());
}

/** One side of a case name: the capitalised run next to "v." (up to six words: "Dalmore Media Holdings Europe GmbH"), as a party. */
function sideEntity(toks: Token[], from: number, dir: 1 | -1, reg: Registry): Entity | null {
  const words: string[] = [];
  let k0 = from;
  // A legal form beside the name makes it a company's ("Quillon Inc.", "LATTOR LABS LTD.").
  let legalForm = false;
  // (A legal form's full stop is a token of its own in capitals: "INC .".)
  while (k0 >= 0 && k0 < toks.length && (CASE_FILLER.has(toks[k0].text) || isLegalSuffix(toks[k0].text) || (toks[k0].text === '.' && isLegalSuffix(toks[k0 + dir]?.text ?? toks[k0 - dir]?.text ?? '')))) {
    if (LEGAL_SUFFIX_WORDS.has(toks[k0].text) || LEGAL_SUFFIX_WORDS.has(toks[k0].text[0] + toks[k0].text.slice(1).toLowerCase())) legalForm = true;
    k0 += dir;
  }
  for (let k = k0; k >= 0 && k < toks.length && words.length < 6; k += dir) {
    const w = toks[k].text;
    // An organisational head ("AI", "Labs") ends a name even where it is no name alone.
    if (!/^\p{Lu}[\p{L}.&'-]*$/u.test(w) || (NOT_NAME.has(w) && !ORG_HEADS[w])) break;
    // "v. Lattor Labs Ltd., Defendant": the legal form ends the name (any case).
    if (dir === 1 && words.length && isLegalSuffix(w)) { legalForm = true; break; }
    if (dir === 1) words.push(w); else words.unshift(w);
  }
  if (!words.length) return null;
  // A caption in capitals ("BRISK AI, INC., Plaintiff, v. LATTOR LABS LTD."): the name as a name is written.
  if (words.every((w) => !/\p{Ll}/u.test(w)) && words.some((w) => w.length > 3)) {
    // (Each part of a hyphenated name too: "LINDQVIST-ARO" is "Lindqvist-Aro".)
    for (let q = 0; q < words.length; q++) {
      if (words[q].length > 2 && !ORG_HEADS[words[q]] && /^\p{Lu}+(?:-\p{Lu}+)*$/u.test(words[q])) words[q] = words[q].split('-').map((p) => p[0] + p.slice(1).toLowerCase()).join('-');
    }
  }
  // "Merrick B. Garland" is the gazetteer's "Merrick Garland".
  const plain = words.filter((w) => !/^\p{Lu}\.$/u.test(w)).join(' ');
  const gz = BY_NAME.get(plain);
  if (gz) {
    const e = reg.get(gz);
    const sur = surnameOf(gz);
    if (sur) reg.addDynamic(sur, e);
    return e;
  }
  const name = words.join(' ');
  const tail = words[words.length - 1];
  const kind = ORG_HEADS[tail] ?? (legalForm ? 'company' : words.length >= 2 ? 'person' : 'other_org');
  const e = reg.discovered(name, kind);
  // A person a caption names is named again by surname in the text ("v. MARTA OSKAR" … "Oskar said"), as one found there is.
  if (kind === 'person' && /^\p{Lu}\p{Ll}/u.test(tail)) reg.addDynamic(tail, e);
  return e;
}

/** Discovers unknown organisations and people in uncovered token spans and registers them. */
/** An acronym that may name a body: three to eight capitals (both acronym rules of discover use it). */
const ACRONYM_RE = /^[A-Z]{3,8}$/;
/** The kinds of a public body (discourse.ts, index.ts: whose acts answer, prompt or carry other acts). */
export const PUBLIC_KINDS: readonly EntityKind[] = ['regulator', 'government', 'court', 'legislature'];

/** The public kind a lower-case description head gives ("authority" → regulator), if any. */
function publicHeadKind(w: string | undefined): EntityKind | null {
  if (!w || !/^\p{Ll}/u.test(w)) return null;
  return DESC_HEADS[w]?.find((k) => PUBLIC_KINDS.includes(k)) ?? null;
}

/** The state a description names by a demonym or a possessive ("Brazil's", "the Chilean"), scanning tokens [a, b). */
function descriptionCountry(toks: Token[], a: number, b: number): string | null {
  for (let k = a; k < b; k++) if (DEMONYMS.has(toks[k].text)) return DEMONYMS.get(toks[k].text)!;
  return null;
}

/**
 * An acronym set beside a description of a public body, by a comma and the definite article or in parentheses:
 * "the data protection agency, the AAIP," / "the data protection agency (AAIP)" / "the AAIP, Argentina's data
 * protection authority,". Returns the body's kind and state, or null.
 */
function acronymBody(toks: Token[], i: number): { kind: EntityKind; country: string | null } | null {
  const back = (head: number): { kind: EntityKind; country: string | null } | null => {
    const kind = publicHeadKind(toks[head]?.text);
    if (!kind) return null;
    let a = head;
    while (a > 0 && head - a < 6 && toks[a - 1].text !== ',' && !DESC_ARTICLES.definite.has(toks[a - 1].text)) a--;
    return { kind, country: descriptionCountry(toks, Math.max(0, a - 3), head) };
  };
  // "…agency (AAIP)"
  if (toks[i - 1]?.text === '(' && toks[i + 1]?.text === ')') return back(i - 2);
  if (!DESC_ARTICLES.definite.has(toks[i - 1]?.text ?? '')) return null;
  // "…agency, the AAIP, …" / "…agency, the AAIP said"
  if (toks[i - 2]?.text === ',') { const b = back(i - 3); if (b) return b; }
  // "the AAIP, Argentina's data protection agency, …"
  if (toks[i + 1]?.text === ',') {
    for (let k = i + 2; k < toks.length && k - i <= 9; k++) {
      if (toks[k].text === ',' || toks[k].text === '.') {
        const kind = publicHeadKind(toks[k - 1]?.text);
        return kind ? { kind, country: descriptionCountry(toks, i + 2, k) } : null;
      }
    }
  }
  return null;
}

/**
 * The state whose agency an unknown acronym names: "<State>'s ACRONYM" followed (past a time phrase, an auxiliary or an
 * adverb) by an act of a public body ("Brazil's ANPD fined …", "Kenya's ODPC on Tuesday ordered …"). Not a word the
 * lexicon knows, a title or a known name; not in a title (a headline's acronym comes before the name it abbreviates).
 * "Japan's NTT said …" finds nothing: a company's acronym does not act so.
 */
function stateAgencyAcronym(toks: Token[], i: number, mentionEndingAt: Map<number, Mention>, reg: Registry): string | null {
  const t = toks[i].text;
  if (t === AI_ACRONYM || PERSON_TITLES.has(t) || NOT_NAME.has(t) || posTags(t) || reg.dynamic.has(t)) return null;
  if (i < 2 || !isPossessiveAt(toks, i - 2)) return null;
  const owner = mentionEndingAt.get(i - 2)?.ent;
  if (!owner || owner.kind !== 'government' || owner.country !== owner.name) return null;
  for (let k = i + 1; k < toks.length && k <= i + 4; k++) {
    const w = toks[k].text;
    if (STATE_ACRONYM_ACTS.test(w)) return owner.name;
    if (!STATE_ACRONYM_SKIP.test(w)) return null;
  }
  return null;
}

/**
 * An unknown acronym as a clause's subject, right before a verb of speech or of a legal step ("KLANG alleges that …",
 * "the rights group VOXA filed a complaint"), is a body's name for the rest of the article; acronyms are otherwise never
 * discovered (most are terms: "API", "GPU"). Not after a preposition ("according to VOXA said" is no subject), nor as
 * the tail of a capitalised run, nor a word the lexicon knows or a title ("CEO").
 */
function discoverAcronymSubjects(toks: Token[], covered: Uint8Array, reg: Registry): void {
  for (let i = 0; i + 1 < toks.length; i++) {
    const t = toks[i].text;
    if (covered[i] || !ACRONYM_RE.test(t) || !ACRONYM_SUBJECT_VERBS.test(toks[i + 1].text)) continue;
    if (t === AI_ACRONYM || PERSON_TITLES.has(t) || NOT_NAME.has(t) || posTags(t) || reg.dynamic.has(t)) continue;
    // An acronym beside a description of a public body takes that body's kind (acronymBody, in discover's loop).
    if (acronymBody(toks, i)) continue;
    const prev = toks[i - 1]?.text ?? '';
    if (PREPS.has(prev.toLowerCase()) || (/^\p{Lu}/u.test(prev) && !NOT_NAME.has(prev))) continue;
    reg.discovered(t, 'other_org');
  }
}

export function discover(toks: Token[], mentions: Mention[], reg: Registry, inTitle = false): void {
  const covered = new Uint8Array(toks.length);
  for (const m of mentions) for (let k = m.t0; k < m.t1; k++) covered[k] = 1;
  const mentionEndingAt = new Map<number, Mention>();
  for (const m of mentions) mentionEndingAt.set(m.t1, m);
  const discoveredEndingAt = new Map<number, Entity>();
  const dateline = Math.max(datelineEnd(toks), releaseDatelineEnd(toks, true));
  // "the Personal Data Office, or PDO, said": an acronym set off by ", or" after an organisation's name is that name's.
  for (const m of mentions) {
    const acr = m.ent.kind === 'person' ? null : orAcronymAfter(toks, m.t1);
    if (!acr) continue;
    if (!reg.dynamic.get(acr)?.some((x) => x.ent === m.ent)) reg.tieAcronym(acr, m.ent);
    covered[m.t1 + 2] = 1;
  }
  // A state's attorney general named by office ("the attorney general of Ostria", "the Ostria attorney general"): the
  // office is a party of the state's government, named "Ostria Attorney General". A title before a name is a person's.
  for (let i = 0; i + 1 < toks.length; i++) {
    // Lower case, or in capitals before "of" and a place ("the Attorney General of Ohio"): otherwise "Attorney General" in
    // capitals is a title before a name or part of an office's own name.
    const capsOf = toks[i].text.toLowerCase() === ATTORNEY_GENERAL.words[0] && toks[i + 1].text.toLowerCase() === ATTORNEY_GENERAL.words[1]
      && /^\p{Lu}/u.test(toks[i].text) && toks[i + 2]?.text === GENITIVE;
    if (((toks[i].text !== ATTORNEY_GENERAL.words[0] || toks[i + 1].text !== ATTORNEY_GENERAL.words[1]) && !capsOf) || covered[i] || covered[i + 1]) continue;
    const cap = (k: number) => k >= 0 && k < toks.length && !covered[k] && isOrgWord(toks[k].text) && /^\p{Lu}/u.test(toks[k].text) && !NOT_NAME.has(toks[k].text);
    if (toks[i + 2]?.text === GENITIVE && cap(i + 3)) {
      // "of New Mexico": the second word may be a name of its own elsewhere.
      const end = i + 4 < toks.length && /^\p{Lu}\p{Ll}+$/u.test(toks[i + 4].text) && !NOT_NAME.has(toks[i + 4].text) ? i + 5 : i + 4;
      const place = toks.slice(i + 3, end).map((x) => x.text).join(' ');
      reg.addDynamic(toks.slice(i, end).map((x) => x.text).join(' '), reg.discovered(`${place} ${ATTORNEY_GENERAL.title}`, 'government'));
    } else if (cap(i - 1) && !cap(i + 2) && i - 1 > 0) {
      const place = toks[i - 1].text;
      reg.addDynamic(toks.slice(i - 1, i + 2).map((x) => x.text).join(' '), reg.discovered(`${place} ${ATTORNEY_GENERAL.title}`, 'government'));
    }
  }
  if (!inTitle) discoverAcronymSubjects(toks, covered, reg);
  for (let i = 0; i < toks.length; i++) {
    if (covered[i]) continue;
    const t = toks[i].text;
    // An unknown acronym in apposition with a description of a public body is that body ("Brazil's data protection
    // agency, the AAIP, …", "the competition regulator (KFC) …", "the AAIP, the country's privacy regulator, …").
    if (ACRONYM_RE.test(t) && !CURRENCY.has(t)) {
      const body = acronymBody(toks, i);
      if (body) {
        reg.discovered(t, body.kind, { country: body.country });
        covered[i] = 1;
        continue;
      }
      // "Brazil's ANPD fined …": an unknown acronym owned by a state and acting as a public body acts is that state's agency.
      const state = inTitle ? null : stateAgencyAcronym(toks, i, mentionEndingAt, reg);
      if (state) {
        reg.discovered(t, 'regulator', { country: state });
        covered[i] = 1;
        continue;
      }
    }
    // A head-first name (Spanish, Portuguese, Italian, French) as English text gives it: "the Superintendencia de
    // Industria y Comercio", "the Autoridad Nacional de Ciberseguridad y Datos (ANCD)": the head, then capitalised words
    // and connectors, ending on a capitalised word. Not the last word of an English run ("… Appeal Tribunal").
    const headFirst = HEAD_FIRST_KIND.get(t);
    if (headFirst && !(i > 0 && /^\p{Lu}/u.test(toks[i - 1].text) && !ARTICLES.test(toks[i - 1].text))) {
      let k = i + 1, last = i;
      const cap = (w: string | undefined) => !!w && /^\p{Lu}[\p{L}'’-]*$/u.test(w) && !MONTH_ABBR.test(w);
      const conn = (w: string | undefined) => !!w && w === w.toLowerCase() && HEAD_FIRST_CONNECTORS.test(w);
      while (k < toks.length && !covered[k] && k - i < 14) {
        if (cap(toks[k].text)) { last = k; k++; continue; }
        if (conn(toks[k].text) && (cap(toks[k + 1]?.text) || (conn(toks[k + 1]?.text) && cap(toks[k + 2]?.text)))) { k++; continue; }
        break;
      }
      if (last > i) {
        const e = reg.discovered(toks.slice(i, last + 1).map((x) => x.text).join(' '), headFirst);
        const acr = toks[last + 1]?.text === '(' ? toks[last + 2] : undefined;
        if (acr && isAcronym(acr.text) && toks[last + 3]?.text === ')') reg.addDynamic(acr.text, e);
        discoveredEndingAt.set(last + 1, e);
        for (let q = i; q <= last; q++) covered[q] = 1;
        i = last;
        continue;
      }
    }
    // Person after a title: "CEO Jane Roe", "spokesperson Ada Vell", "Chairman Ivo Brann".
    if (PERSON_TITLES.has(t) || PLURAL_PERSON_TITLES.has(t) || OCCUPATION_TITLES.has(t)) {
      let k = i + 1;
      while (k < toks.length && PERSON_TITLES.has(toks[k].text)) k++;
      // "Under Secretary for Trade Security Ada Vell", "Minister for Digital Affairs Lin Oster": a portfolio after
      // "for" is part of the title; the last two capitalised words of the run are the person (three when the first of
      // them is a given name).
      if (k > i && k < toks.length && toks[k].text === TITLE_PORTFOLIO_PREP && /^\p{Lu}/u.test(toks[i].text)) {
        let e = k + 1;
        while (e < toks.length && !covered[e] && (NAMEWORD.test(toks[e].text) || (CONNECTORS.has(toks[e].text) && NAMEWORD.test(toks[e + 1]?.text ?? '')))) e++;
        const caps = toks.slice(k + 1, e).filter((x) => NAMEWORD.test(x.text)).length;
        if (caps >= 3 && NAMEWORD.test(toks[e - 1].text) && NAMEWORD.test(toks[e - 2].text) && !CONNECTORS.has(toks[e - 3]?.text ?? '')) {
          const start = caps >= 4 && isGivenName(toks[e - 3].text) && NAMEWORD.test(toks[e - 3].text) && !CONNECTORS.has(toks[e - 4]?.text ?? '') ? e - 3 : e - 2;
          if (isNameLike(toks[start + 1].text) && !ORG_HEADS[toks[e - 1].text] && !NON_PARTY_HEADS.has(toks[e - 1].text)) {
            const titleWords = toks.slice(i, start).map((x) => x.text).join(' ');
            const org = mentionEndingAt.get(i);
            const e2 = reg.discovered(toks.slice(start, e).map((x) => x.text).join(' '), 'person', { organisation: org ? org.ent.name : null, role: null, title: titleWords });
            if (!e2.title) e2.title = titleWords;
            reg.addDynamic(toks[e - 1].text, e2);
            for (let q = k + 1; q < e; q++) covered[q] = 1;
            i = e - 1;
            continue;
          }
        }
      }
      const nameStart = k;
      // A headline's next capitalised word may be its verb ("Senator Jane Roe Opens ..."): a name stops at a word the lexicon knows as something else.
      // ("spokesperson He Lanqing": a two-letter surname that is also a pronoun opens the name after a title.)
      const shortSurname = (q: number) => q === nameStart && /^\p{Lu}\p{Ll}$/u.test(toks[q].text) && /^\p{Lu}\p{Ll}+$/u.test(toks[q + 1]?.text ?? '')
        && !NOT_NAME.has(toks[q + 1].text) && isNameLike(toks[q + 1].text) && !/^\p{Lu}/u.test(toks[q + 2]?.text ?? '');
      while (k < toks.length && k - nameStart < 4 && !covered[k] && NAMEWORD.test(toks[k].text) && (!NOT_NAME.has(toks[k].text) || shortSurname(k))
        && (k - nameStart < 1 || (isNameLike(toks[k].text) && (isProperName(toks[k].text, false) || !NAMEWORD.test(toks[k + 1]?.text ?? ''))))) k++;
      // "General Data Protection Regulation", "Secretary Trade Office": a name that runs into a law's or an
      // organisation's head is that law or body, not a person after a title.
      // (Also a name that ends in such a head: "General Data Protection Law".)
      const intoHead = (k < toks.length && (NON_PARTY_HEADS.has(toks[k].text) || !!ORG_HEADS[toks[k].text]))
        || (k > nameStart && (NON_PARTY_HEADS.has(toks[k - 1].text) || !!ORG_HEADS[toks[k - 1].text]));
      if (k - nameStart >= 2 && !intoHead) {
        const name = toks.slice(nameStart, k).map((x) => x.text).join(' ');
        const titleStart = i;
        let org: Mention | undefined = mentionEndingAt.get(titleStart);
        // "Name of the Committee" also places the person.
        if (!org && toks[k]?.text === GENITIVE) org = mentions.find((m) => m.t0 >= k + 1 && m.t0 <= k + 2);
        const titleWords = toks.slice(i, nameStart).map((x) => x.text).join(' ');
        const role = SPOKESPERSON_TITLE.test(titleWords) ? 'spokesperson' : JUDGE_TITLE.test(titleWords) ? 'judge' : null;
        let orgName = org ? org.ent.name : discoveredEndingAt.get(titleStart)?.name ?? null;
        // "At the ministry's briefing, spokesperson Lin Qiao said": a spokesperson speaks for the body named just before.
        if (!orgName && role === 'spokesperson') orgName = [...mentions].reverse().find((m) => m.t1 <= i && i - m.t1 <= 12 && m.ent.kind !== 'person' && m.ent.kind !== 'model')?.ent.name ?? null;
        const e = reg.discovered(name, 'person', { organisation: orgName, role, title: titleWords });
        if (orgName && !e.organisation) e.organisation = orgName;
        if (!e.title) e.title = titleWords;
        reg.addDynamic(toks[k - 1].text, e);
        for (let q = nameStart; q < k; q++) covered[q] = 1;
        // "Senators Ada Vell and Lin Oster": a plural title names a list of persons, each with the same role and organisation.
        if (PLURAL_PERSON_TITLES.has(toks[i].text)) {
          let q = k;
          // A party and state in parentheses after a name ("Ada Vell (D-Os.) and Lin Oster (R-Da.)") is skipped.
          const skipParens = () => { if (toks[q]?.text === '(') { const c = toks.findIndex((x, z) => z > q && z <= q + 8 && x.text === ')'); if (c > 0) q = c + 1; } };
          skipParens();
          while (q < toks.length && (toks[q].text === ',' || toks[q].text === LIST_AND)) {
            let r = q + 1;
            if (toks[q].text === ',' && toks[r]?.text === LIST_AND) r++;
            let e2 = r;
            while (e2 < toks.length && e2 - r < 3 && !covered[e2] && NAMEWORD.test(toks[e2].text) && !NOT_NAME.has(toks[e2].text) && isNameLike(toks[e2].text)) e2++;
            if (e2 - r < 2) break;
            const p = reg.discovered(toks.slice(r, e2).map((x) => x.text).join(' '), 'person', { organisation: orgName, role, title: titleWords });
            if (!p.title) p.title = titleWords;
            if (orgName && !p.organisation) p.organisation = orgName;
            reg.addDynamic(toks[e2 - 1].text, p);
            for (let z = r; z < e2; z++) covered[z] = 1;
            q = e2;
            i = e2 - 1;
            skipParens();
          }
          if (i > k - 1) continue;
        }
        i = k - 1;
        continue;
      }
    }
    // Members of a list of entities: "including the AI chip designers Hanxin Microelectronics, Qiantu Compute and Lumina Core".
    if (LIST_INTRODUCERS.has(t) && i > 0) {
      let k = i + 1;
      while (k < toks.length && k - i <= 6 && (/^\p{Ll}/u.test(toks[k].text) || toks[k].text === AI_ACRONYM) && toks[k].text !== LIST_AND) k++;
      while (k < toks.length) {
        if (covered[k]) { while (k < toks.length && covered[k]) k++; }
        else {
          const r0 = k;
          while (k < toks.length && !covered[k] && isOrgWord(toks[k].text) && !NOT_NAME.has(toks[k].text)) k++;
          if (k === r0) break;
          const run = toks.slice(r0, k).map((x) => x.text);
          // ("including fines of up to INR 5 lakh for each day late": a currency code is no member.)
          if ((run.length >= 2 || /\p{Ll}\p{Lu}|^\p{Lu}{2,}$/u.test(run[0])) && !CURRENCY.has(run[0])) {
            const e = reg.discovered(run.join(' '), ORG_HEADS[run[run.length - 1]] ?? 'company');
            discoveredEndingAt.set(k, e);
            for (let q = r0; q < k; q++) covered[q] = 1;
          }
        }
        if (toks[k]?.text === ',' && toks[k + 1]?.text === LIST_AND) k += 2;
        else if (toks[k]?.text === ',' || toks[k]?.text === LIST_AND) k += 1;
        else break;
      }
    }
    // Case names: "TikTok v. Garland" — the sides become parties, and "the plaintiffs"/"the defendant" refer to them.
    if (CASE_MARKERS.has(t) && i > 0 && i + 1 < toks.length && /^\p{Lu}/u.test(toks[i + 1].text) && (/^\p{Lu}/u.test(toks[i - 1].text) || CASE_FILLER.has(toks[i - 1].text))
      && !isCaseCitation(toks, i)) {
      let le = i;
      while (le > 0 && CASE_FILLER.has(toks[le - 1].text)) le--;
      const left = mentionEndingAt.get(le)?.ent ?? sideEntity(toks, i - 1, -1, reg);
      const rightM = mentions.find((m) => m.t0 === i + 1);
      const right = rightM?.ent ?? sideEntity(toks, i + 1, 1, reg);
      if (left && right && !reg.caseParties) {
        reg.caseParties = { plaintiff: left, defendant: right };
        for (const w of PLAINTIFF_WORDS) { reg.addDynamic(w, left); reg.descriptive.add(w); }
        for (const w of DEFENDANT_WORDS) { reg.addDynamic(w, right); reg.descriptive.add(w); }
      }
    }
    // Acronym after a known mention: "Foreign Ministry (FM)".
    if (t === '(' && isAcronym(toks[i + 1]?.text ?? '') && toks[i + 2]?.text === ')') {
      const m = mentionEndingAt.get(i);
      if (m && m.ent.kind !== 'person') reg.addDynamic(toks[i + 1].text, m.ent);
    }
    // "Rival Fennix Cloud accused …", "Chipmaker Tessin Labs sued …": a noun of a company's kind that opens the sentence
    // before a name is capitalised only as the sentence's first word; it is no part of the name.
    if ((i === 0 || /^[“"‘(:—–-]$/.test(toks[i - 1].text)) && /^\p{Lu}\p{Ll}+(?:-\p{Ll}+)?$/u.test(t) && /^\p{Lu}/u.test(toks[i + 1]?.text ?? '')
      && !covered[i + 1] && (DESC_HEADS[t.toLowerCase()]?.[0] === 'company' || SENTENCE_DESCRIPTORS.test(t))) continue;
    // "National", "Federal", "European" open an organisation's name ("National Data Protection Authority"), never a name alone.
    const opener = NAME_OPENERS.has(t) || DEMONYMS.has(t);
    if (!isOrgWord(t) || NOT_NAME.has(t) && !ORG_HEADS[t] && !opener) continue;
    // "the Quillon-owned AI lab", "a Dalmore-backed AI group": a hyphenated modifier opens no name.
    if (/-\p{Ll}/u.test(t)) continue;
    // Capitalised run with connectors.
    let k = i;
    let last = i;
    while (k < toks.length && !covered[k]) {
      const w = toks[k].text;
      // "Office of the Special Prosecutor", "Office of the Trade Representative": a title inside the "of"-phrase of a
      // body's head names the office when no capitalised word follows it (a person's name, a headline's next word).
      const inHeadComplement = k > i && toks.slice(i, k).some((x, q) => ORG_NAME_PREPS.has(x.text) && q > 0 && !!ORG_HEADS[toks[i + q - 1].text]);
      // "the Information Commissioner fined …": a title that is also a public body's head, with no name after it, heads
      // the body's name.
      const headingTitle = /^\p{Lu}/u.test(w) && !!ORG_HEADS[w] && ORG_HEADS[w] !== 'company' && !/^\p{Lu}/u.test(toks[k + 1]?.text ?? '');
      if (k > i && PERSON_TITLES.has(w) && !((inHeadComplement || headingTitle) && /^\p{Lu}/u.test(w) && !/^\p{Lu}/u.test(toks[k + 1]?.text ?? '')) && !possessiveInBodyName(toks, k + 1, covered)) break; // "Zephyr Labs CEO Maria Okafor"
      if (k > i && CURRENCY.has(w)) break; // "fined Quillon Labs EUR 5 million"
      // "Quillon Labs of Shenzhen": after a company's head, "of" and one capitalised word is its seat, not its name.
      if (k > i && seatPhraseAt(toks, k) && ORG_HEADS[toks[k - 1].text] === 'company' && !OF_IN_NAME_HEADS.has(toks[k - 1].text)
        && !toks.slice(i, k).some((x) => ORG_NAME_PREPS.has(x.text) || !!ORG_HEADS[x.text] && ORG_HEADS[x.text] !== 'company')) break;
      if (isOrgWord(w) && !(k > i && NOT_NAME.has(w) && !ORG_HEADS[w])) { last = k; k++; continue; }
      // "the Chief Public Prosecutor's Office", "the Supreme People's Procuratorate": a possessive inside a public body's name.
      if (k > i && possessiveInBodyName(toks, k, covered)) { k += 2; continue; }
      // "the Harlan District Prosecutors' Office", "the Consumers' Council": a plural possessive, the same.
      // (Only for a name that opens its capitalised words: in "the Berlin Central District Prosecutors' Office" the seat
      // is a party the text names, and a name from "Central" or "District" on would lose it.)
      if (k > i && opensCapitals(toks, i) && pluralPossessiveInBodyName(toks, k, covered)) { k += 1; continue; }
      // "and" joins only inside an "of"-phrase ("Bureau of Industry and Security"), never two names in a list.
      // ("Committee on Agriculture and Forestry": "on" after a head opens such a phrase too.)
      // "Office of the Information Commissioner", "Commission for the Protection of Competition": "of the"/"for the"
      // after a body's head continues its name.
      if (ORG_NAME_PREPS.has(w) && k > i && ORG_HEADS[toks[k - 1].text] && toks[k + 1]?.text === NAME_INNER_ARTICLE && k + 2 < toks.length
        && isOrgWord(toks[k + 2].text) && !NOT_NAME.has(toks[k + 2].text) && !covered[k + 1] && !covered[k + 2]) { k += 2; continue; }
      // "Whereas the Harrow State Government …": an article inside a name only follows "of"/"for" ("Office of the …").
      if (w.toLowerCase() === NAME_INNER_ARTICLE && !ORG_NAME_PREPS.has(toks[k - 1]?.text ?? '')) break;
      // "… Youth, Sport and the Creative Economy": after a list in a body's name, "and the" and its last member.
      if (w === LIST_AND && toks[k + 1]?.text === NAME_INNER_ARTICLE && k > i && toks.slice(i, k).some((x) => x.text === ',') && !covered[k + 1]
        && listInBodyNameBefore(toks, i, k) && listEndAfterArticle(toks, k + 2, covered)) { k += 2; continue; }
      if (CONNECTORS.has(w) && (w !== LIST_AND || toks.slice(i, k).some((x, q) => ORG_NAME_PREPS.has(x.text) || (x.text === ON_WORD && !!ORG_HEADS[toks[i + q - 1]?.text ?? ''])))
        && k + 1 < toks.length && isOrgWord(toks[k + 1].text) && !covered[k + 1] && !(w === LIST_AND && !subjectNoun(toks[k - 1].text) && secondNameWithOf(toks, k + 1))
        && !(w === LIST_AND && companyWithLegalForm(toks, k + 1))) { k++; continue; }
      // "the Ostland Communications and Multimedia Commission (OCMC)": an acronym after the run, made of the initials of
      // every capitalised word from the first to a public body's head past "and", shows the run is one name.
      if (w === LIST_AND && k > i && initialsJoin(toks, i, k, covered)) { k++; continue; }
      // "the Ministry of Digital Development, Innovation and Aerospace Industry": a list of subjects after a public body's
      // head and "of"/"for" goes on past its commas to the last member after "and".
      if (w === ',' && k > i && listInBodyName(toks, i, k, covered)) { k++; continue; }
      // "the Energy and Transport Committee", "the Culture, Media and Sport Committee": subjects named by common
      // nouns, coordinated before an organisational head, are one name.
      // ("the Federal Competition and Consumer Protection Commission": also after an opener word.)
      if ((w === LIST_AND || w === ',') && k > i && toks.slice(i, k).every((x, q) => x.text === ',' || subjectNoun(x.text) || (q === 0 && opener && k > i + 1))) {
        let q = k;
        // After the "and", an adjective may qualify the last subject ("the Data and Artificial Intelligence Authority").
        while (q < toks.length && q - k < 8 && !covered[q] && (toks[q].text === LIST_AND || toks[q].text === ',' || subjectNoun(toks[q].text)
          || (q > k && toks.slice(k, q).some((x) => x.text === LIST_AND) && subjectModifier(toks[q].text)))) q++;
        if (q > k && ORG_HEADS[toks[q]?.text ?? ''] && !covered[q] && toks.slice(k, q).some((x) => x.text === LIST_AND)) { k++; continue; }
      }
      break;
    }
    const run = toks.slice(i, last + 1);
    if (namesALaw(toks, i, last)) { i = last; continue; }
    // "Pte. Ltd." or "Private Limited" after a name already found: a legal form opens no name.
    if (LEGAL_SUFFIX_WORDS.has(toks[i].text) || (LEGAL_SUFFIX_LEADS.has(toks[i].text) && LEGAL_SUFFIX_WORDS.has(toks[i + 1]?.text ?? ''))) { i = last; continue; }
    // "Regional Court of Dastia", "Federal Court of Justice": the head may stand before an "of"-phrase, after its adjectives.
    // ("National Agency for Digital Security": "for" opens the complement as "of" does.)
    // ("Judiciary Subcommittee on Privacy and Technology": "on" after a public body's head opens its complement too.)
    const ofAt = run.findIndex((x, q) => ORG_NAME_PREPS.has(x.text) || (x.text === ON_WORD && q >= 1 && !!publicHead(run[q - 1].text)));
    const headBeforeOf = ofAt >= 1 && ofAt < run.length - 1 ? ORG_HEADS[run[ofAt - 1].text] ?? null : null;
    if (opener && !(run.length >= 2 && (ORG_HEADS[run[run.length - 1].text] || headBeforeOf))) continue;
    if (run.length >= 2) {
      const tail = run[run.length - 1].text;
      const head = run[0].text;
      // "Feldmark Systems AG", "Selasih Cloud Sdn Bhd": before a legal form, the head word gives the kind (a company).
      const legalAt = beforeLegalSuffix(toks, i, last);
      let kind: EntityKind | null = ORG_HEADS[tail] ?? (legalAt < last && legalAt > i ? (ORG_HEADS[toks[legalAt].text] ? 'company' : null) : null);
      if (!kind && run.length >= 3 && (run[1].text === GENITIVE || run[1].text === ON_WORD) && ORG_HEADS[head]) kind = ORG_HEADS[head];
      if (!kind && headBeforeOf === 'court') kind = 'court';
      // "Ministry of Science and Space Technology", "Office for Robotics": a public body's head before its
      // complement gives the kind, whatever company-like word ends the complement.
      if (kind === 'company' && headBeforeOf && headBeforeOf !== 'company') kind = headBeforeOf;
      // "National Agency for Digital Security", "Federal Office for Information Security", "Authority for Consumers and
      // Markets": the head before the complement gives the kind (a company's head only after capitalised words).
      if (!kind && headBeforeOf && (ofAt >= 2 || headBeforeOf !== 'company')) kind = headBeforeOf;
      // "the Google-owned AI research lab": a hyphenated modifier with a name is no name of its own.
      if (kind && run.some((x) => HYPHEN_MODIFIER_RE.test(x.text))) kind = null;
      // "Chinese AI and chip firms", "American AI labs": demonyms before the head "AI" name a category of companies, not one.
      const category = tail === AI_ACRONYM && run.slice(0, -1).every((x) => DEMONYMS.has(x.text));
      if (kind && !category && !(kind === 'company' && run.every((x) => HEAD_ONLY_WORDS.test(x.text)))) {
        // "Harlow Robotics Pte Ltd" is "Harlow Robotics": legal suffixes leave the name (the kind stays a company's).
        let end = beforeLegalSuffix(toks, i, last) + 1 - i;
        // "U.S. District Court for the Northern District of California", "Court of Appeals for the Ninth Circuit": the
        // court's seat is part of its name.
        if (kind === 'court' && end === run.length) { last = courtSeatEnd(toks, last, covered); end = last + 1 - i; }
        let name = toks.slice(i, i + end).map((x) => x.text).join(' ').replace(/ ,/g, ',').replace(POSSESSIVE_IN_NAME, '$1s').replace(PLURAL_POSSESSIVE_IN_NAME, '$1');
        name = name.replace(LEADING_ARTICLE, '');
        // "Chile's CRPA fined … The Consumer Rights Protection Agency (CRPA) said …": a body known so far only by its
        // acronym is the one the name now spelled out abbreviates; the name is its alias, not a second party.
        const acr0 = toks[last + 1]?.text === '(' && toks[last + 3]?.text === ')' ? toks[last + 2]?.text ?? '' : '';
        const known = isAcronym(acr0) ? reg.dynamic.get(acr0)?.find((x) => x.toks.length === 1)?.ent : undefined;
        if (known && known.name === acr0 && known.kind !== 'person' && known.kind !== 'company' && !BY_NAME.has(name)) {
          reg.addDynamic(name, known);
          discoveredEndingAt.set(last + 1, known);
          i = last;
          continue;
        }
        // "the Senate Judiciary Subcommittee on …", "the House of Lords Committee on …": a chamber right before a
        // committee's name is part of it ("the House Committee on …": also a chamber's word the gazetteer does not list
        // alone); the committee's own name stays an alias.
        const chamber = kind === 'legislature' ? mentionEndingAt.get(i) : undefined;
        const chamberWords = chamber && chamber.ent.kind === 'legislature' && !chamber.coref ? toks.slice(chamber.t0, chamber.t1).map((x) => x.text).join(' ')
          : kind === 'legislature' && i > 0 && !covered[i - 1] && CHAMBER_WORDS.has(toks[i - 1].text) ? toks[i - 1].text : null;
        const short = chamberWords ? name : null;
        if (chamberWords) name = `${chamberWords} ${name}`;
        const e = reg.discovered(name, kind, { country: contextCountry(toks, i) });
        if (short) reg.addDynamic(short, e);
        discoveredEndingAt.set(last + 1, e);
        // "Quillon AI" is also "Quillon" for the rest of the article.
        if (kind === 'company' && end === 2 && isNameLike(head) && !BY_NAME.has(head)) reg.addDynamic(head, e);
        const acr = toks[last + 1]?.text === '(' ? toks[last + 2] : undefined;
        if (acr && isAcronym(acr.text) && toks[last + 3]?.text === ')') reg.addDynamic(acr.text, e);
        // "the Personal Data Office, or PDO, said": the acronym set off by ", or".
        const orAcr = orAcronymAfter(toks, last + 1);
        if (orAcr) { reg.tieAcronym(orAcr, e); covered[last + 3] = 1; }
        i = last;
        continue;
      }
      // Person before a speech verb or an appositive title: "Jane Doe said", "Mao Ning, the spokesperson".
      if (run.length <= 3 && run.every((x) => NAMEWORD.test(x.text) && isNameLike(x.text))) {
        // "Tomas Vell, 44, a former engineer at X": an age set off by commas is a person's; the apposition after it is theirs.
        const aged = toks[last + 1]?.text === ',' && /^\d{1,3}$/.test(toks[last + 2]?.text ?? '') && toks[last + 3]?.text === ',';
        const o = aged ? last + 2 : last;
        const nx = toks[o + 1]?.text ?? '';
        const appos = nx === ',' && ARTICLES.test(toks[o + 2]?.text ?? '') && PERSON_TITLES.has(toks[o + 3]?.text ?? '');
        const apposTitle = nx === ',' && PERSON_TITLES.has(toks[o + 2]?.text ?? '');
        const role2 = nx === ',' ? apposRole(toks, o + 2, mentions) : null;
        // A transcript turn "Ada Vell: …" opens with its speaker.
        const turn = nx === ':' && i === 0;
        // News copy names a person again by surname and a company by its first word ("Marrowby Lattice said …
        // Marrowby said"): a run before a speech verb whose first word the article writes alone, and its last word
        // never, is a company's name.
        const companyByShortForm = !aged && run.length >= 2 && reg.soloWords.has(run[0].text) && !reg.soloWords.has(run[run.length - 1].text);
        if (companyByShortForm && SPEECH_AFTER.test(nx) && !inTitle) {
          const e = reg.discovered(run.map((x) => x.text).join(' '), 'company', { guessed: true });
          if (!BY_NAME.has(run[0].text)) reg.addDynamic(run[0].text, e);
          i = last;
          continue;
        }
        // "Corvid Data said …", "Nimbus Health denied …": a company's name whose last word is a capitalised common noun
        // and whose first is no given name ("Ada Bell said" stays a person's), or one taken up by "it"/"its" — unless the
        // article takes it up as a person's ("… said she", "Ms. Data").
        if (SPEECH_AFTER.test(nx) && !aged && !inTitle && companyByForms(toks, run, o, reg)) {
          const e = reg.discovered(run.map((x) => x.text).join(' '), 'company', { guessed: true });
          if (!BY_NAME.has(run[0].text) && isNameLike(run[0].text)) reg.addDynamic(run[0].text, e);
          i = last;
          continue;
        }
        if ((SPEECH_AFTER.test(nx) && !companyByShortForm) || appos || apposTitle || role2 || turn || aged) {
          const role = (appos && SPOKESPERSON_TITLE.test(toks[o + 3].text)) || role2?.spokes ? 'spokesperson' : null;
          const e = reg.discovered(run.map((x) => x.text).join(' '), 'person', { role, organisation: role2?.org ?? null });
          reg.addDynamic(run[run.length - 1].text, e);
          i = last;
          continue;
        }
      }
    }
    // "Ms. Ada Vell, Chief Operating Officer, Tarvel Cloud": an organisation's name after a capitalised title (read here,
    // before the person rule below would take it for a person in apposition to the title).
    if (toks[i - 1]?.text === ',' && /^\p{Lu}/u.test(toks[i - 2]?.text ?? '') && (ROLE_NOUNS.has(toks[i - 2].text.toLowerCase()) || PERSON_TITLES.has(toks[i - 2].text))
      && run.length >= 2 && run.length <= 4 && run.every((x) => NAMEWORD.test(x.text))
      && (!!ORG_HEADS[run[run.length - 1].text] || commonNounTail(run[run.length - 1].text) || COMPANY_WORD_ENDINGS.test(run[run.length - 1].text))) {
      reg.discovered(run.map((x) => x.text).join(' '), ORG_HEADS[run[run.length - 1].text] ?? 'company');
      i = last;
      continue;
    }
    // "…, said a ministry spokesman, Lin Wei": a name in apposition after a role word is that person.
    if (toks[i - 1]?.text === ',' && (ROLE_NOUNS.has(toks[i - 2]?.text ?? '') || PERSON_TITLES.has(toks[i - 2]?.text ?? ''))
      && run.length >= 2 && run.length <= 3 && run.every((x) => NAMEWORD.test(x.text))) {
      // Counsel speaks for its client, a person too ("Tomas Rik's lawyer, Ada Vell,").
      const counsel = COUNSEL_NOUNS.test(toks[i - 2].text);
      const spokes = SPOKES_PREFIX.test(toks[i - 2].text) || counsel;
      const org = [...mentions].reverse().find((m) => m.t1 <= i - 2 && i - 2 - m.t1 <= 4 && (m.ent.kind !== 'person' || counsel));
      const e = reg.discovered(run.map((x) => x.text).join(' '), 'person', { role: spokes ? 'spokesperson' : null, organisation: org?.ent.name ?? null });
      reg.addDynamic(run[run.length - 1].text, e);
      i = last;
      continue;
    }
    // "A lawyer for Tomas Rik, Ada Vell, said": a name set off after counsel and its client is counsel's.
    const client = toks[i - 1]?.text === ',' ? mentions.find((m) => m.t1 === i - 1) : undefined;
    if (client && ROLE_ORG_PREPS.test(toks[client.t0 - 1]?.text ?? '') && COUNSEL_NOUNS.test(toks[client.t0 - 2]?.text ?? '')
      && run.length >= 2 && run.length <= 3 && run.every((x) => NAMEWORD.test(x.text) && isNameLike(x.text)) && toks[last + 1]?.text === ',') {
      const e = reg.discovered(run.map((x) => x.text).join(' '), 'person', { role: 'spokesperson', organisation: client.ent.name });
      reg.addDynamic(run[run.length - 1].text, e);
      i = last;
      continue;
    }
    // A name of common words whose kind the text gives: right after a noun of a party's kind ("the advocacy group Clear
    // Glass Forum", "Consumer group Clear Glass Forum urged …"), or set off by an apposition ending in one ("Fair Code
    // Kano, a digital rights group, urged …"): no verb after the name need place it as a subject.
    const descBefore = i > 0 ? DESC_HEADS[toks[i - 1].text] : undefined;
    // ("the developer Cardoon Nube SpA": its legal suffix is no part of its name; "the company AI", "the group MPs" no names.)
    if (descBefore) last = beforeLegalSuffix(toks, i, last);
    const byNoun = descBefore && /^\p{Ll}/u.test(toks[i - 1].text) && !NOT_PARTY_DESC_MODS.test(toks[i - 2]?.text ?? '')
      && !(i === last && (toks[i].text === AI_ACRONYM || /^\p{Lu}+s$/u.test(toks[i].text))) && toks.slice(i, last + 1).every((x) => isOrgWord(x.text))
      ? descBefore.find((x) => x !== 'person') : undefined;
    const givenKind = !inTitle && i >= dateline && last - i <= 3 ? byNoun ?? kindByApposition(toks, last) : null;
    if (givenKind && !personLike(toks, i, last) && !PLACES.has(toks.slice(i, last + 1).map((x) => x.text).join(' '))) {
      const named = toks.slice(i, last + 1);
      addShortForm(reg, named, reg.discovered(named.map((x) => x.text).join(' '), givenKind));
      i = last;
      continue;
    }
    // Any other proper name in running text ("Quillon has sued Marrowby"): a party of unknown kind, taken as a company.
    // "Harlow Robotics Pte Ltd": a company's legal suffix is no part of its name.
    last = beforeLegalSuffix(toks, i, last);
    if (!inTitle && i >= dateline && properRun(toks, i, last, reg.nameWords)) {
      // "the Ledger" after "The Dalmore Ledger", "Gazette" after "Ostrian Gazette": the last word of a company named in
      // full earlier is that company.
      const tailOf = i === last ? reg.order.find((e) => e.kind === 'company' && e.mentions >= 0 && e.name.includes(' ')
        && e.name.split(' ').pop() === toks[i].text && !ORG_HEADS[toks[i].text]) : undefined;
      if (tailOf) { reg.addDynamic(toks[i].text, tailOf); i = last; continue; }
      const named = toks.slice(i, last + 1);
      const asPerson = personLike(toks, i, last) || personByForms(toks, i, last, reg);
      // A place that acts or owns a public body ("Texas sued …", "Ontario's privacy commissioner") is a government.
      const place = PLACES.has(named.map((x) => x.text).join(' '));
      const e = reg.discovered(named.map((x) => x.text).join(' '), asPerson ? 'person' : place ? 'government' : 'company', { guessed: !asPerson && !place });
      if (asPerson) { reg.addDynamic(toks[last].text, e); i = last; continue; }
      addShortForm(reg, named, e);
      i = last;
    } else if (!inTitle && i > 0 && i === last && coordinatedWithCompany(toks, i, mentions, reg)) {
      // "Pellucid and Sovereign have sued …": a capitalised common word joined by "and" to a company is a company too.
      reg.discovered(toks[i].text, 'company', { guessed: true });
    } else if (PLACE_PREPS.has((toks[i - 1]?.text ?? '').toLowerCase()) && toks[i - 1].text !== PLACE_TO) i = last; // "in San Francisco": no "Francisco" either
  }
}

const CURRENCY = new Set(CURRENCY_CODES);

/**
 * What the article's capitalisation says about names, read in one pass over its tokens (headlines left out):
 * - `nameWords`: common words the article uses as names ("Vellum Social fined …", "a spokesperson for Vellum",
 *   "Vellum said"): a word the lexicon knows in lower case (a noun, adjective or verb) that the article writes
 *   capitalised inside sentences at least twice and never in lower case is a name here, as a reader takes it
 *   ("Runway", "Scale", "Copper Kettle"). Not a sentence's first word, nor a word before a number ("Section 301"),
 *   nor a word the lexicon of names already places (heads of organisations, titles, demonyms, months).
 * - `soloWords`: capitalised words the article also writes alone, with no capitalised word before or after them (a
 *   sentence's first word included: only names are asked about): the short forms by which it names parties again
 *   ("Marrowby" after "Marrowby Lattice", "Vell" after "Ada Vell").
 */
export function nameFormsOf(sentences: readonly { toks: Token[]; headline: boolean }[]): { nameWords: Set<string>; soloWords: Set<string>; titledWords: Set<string> } {
  const caps = new Map<string, number>();
  const soloWords = new Set<string>();
  const titledWords = new Set<string>();
  for (const { toks, headline } of sentences) {
    if (headline) continue;
    let prevUp = false;
    let nextUp = toks.length > 0 && startsUpper(toks[0].text);
    for (let k = 0; k < toks.length; k++) {
      const w = toks[k].text;
      const up = nextUp;
      nextUp = k + 1 < toks.length && startsUpper(toks[k + 1].text);
      if (up && TITLE_CASE.test(w)) {
        if (!prevUp && !nextUp) soloWords.add(w);
        if (k > 0 && HONORIFICS.test(toks[k - 1].text)) titledWords.add(w);
        if (k > 0 && !(toks[k - 1].text.length === 1 && OPENING_MARKS.has(toks[k - 1].text)) && !(k + 1 < toks.length && isDigitAt(toks[k + 1].text))) {
          caps.set(w, (caps.get(w) ?? 0) + 1);
        }
      }
      prevUp = up;
    }
  }
  const nameWords = new Set<string>();
  const lowerOf = new Map<string, string>();
  for (const [w, n] of caps) if (n >= 2) lowerOf.set(w.toLowerCase(), w);
  if (!lowerOf.size) return { nameWords, soloWords, titledWords };
  // A word the article also writes in lower case is a common word there (a first letter and length test before the
  // look-up: most tokens are neither).
  const firsts = new Uint8Array(128);
  let minLen = Infinity, maxLen = 0;
  for (const l of lowerOf.keys()) { firsts[l.charCodeAt(0) & 127] = 1; minLen = Math.min(minLen, l.length); maxLen = Math.max(maxLen, l.length); }
  for (const { toks } of sentences) {
    for (const t of toks) {
      const w = t.text;
      if (w.length < minLen || w.length > maxLen || !firsts[w.charCodeAt(0) & 127]) continue;
      if (lowerOf.has(w)) lowerOf.delete(w);
    }
  }
  for (const [l, w] of lowerOf) {
    if (NOT_NAME.has(w) || ORG_HEADS[w] || NON_PARTY_HEADS.has(w) || PERSON_TITLES.has(w) || PLURAL_PERSON_TITLES.has(w) || OCCUPATION_TITLES.has(w)
      || DEMONYMS.has(w) || NUMBER_WORDS.test(w) || MONTH_ABBR.test(w) || NOT_PARTY_WORDS.has(w) || PLACE_TAILS.has(w) || LEGAL_SUFFIX_WORDS.has(w)) continue;
    const tags = posTags(l);
    if (!tags || !/^(?:NN|JJ|VB)/.test(tags[0])) continue;
    nameWords.add(w);
  }
  return { nameWords, soloWords, titledWords };
}

/** Marks after which a capitalised word opens a quotation, a parenthesis or a sentence (not a name by its capital). */
const OPENING_MARKS = new Set(['“', '"', '‘', "'", '(', ':', '—', '–', '.', '!', '?', '-']);
/** Whether a token starts with a digit. */
const isDigitAt = (w: string) => { const c = w.charCodeAt(0); return c >= 48 && c <= 57; };
/** A capitalised word followed by lower-case letters only ("Copper", not "COPPER" or "McKinsey"). */
const TITLE_CASE = /^\p{Lu}\p{Ll}+$/u;
/** Whether a token starts with an upper-case letter (a cheap test before TITLE_CASE). */
function startsUpper(w: string): boolean {
  const c = w.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c > 127 && w[0] !== w[0].toLowerCase());
}

/**
 * The role after an appositive comma: optional article, optional possessor ("Marrowby's"), lower-case words, then a
 * role noun. Returns the possessor as organisation and whether the role is a spokesperson's, or null.
 */
function apposRole(toks: Token[], k: number, mentions: Mention[]): { org: string | null; spokes: boolean } | null {
  if (ARTICLES.test(toks[k]?.text ?? '')) k++;
  let org: string | null = null;
  const m = mentions.find((x) => x.t0 === k);
  if (m && isPossessiveAt(toks, m.t1)) { org = m.ent.name; k = m.t1 + 2; }
  else if (m && m.ent.kind !== 'person' && isPluralPossessiveAt(toks, m.t1)) { org = m.ent.name; k = m.t1 + 1; }
  // "Ada Vell, a former Corvane AI engineer,": the organisation named before the role noun.
  else if (m && m.ent.kind !== 'person' && m.ent.kind !== 'model') { org = m.ent.name; k = m.t1; }
  else if (!m && ATTRIBUTIVE_FORMER.test(toks[k]?.text ?? '') && mentions.some((x) => x.t0 === k + 1 && x.ent.kind !== 'person' && x.ent.kind !== 'model')) {
    const mm = mentions.find((x) => x.t0 === k + 1)!;
    org = mm.ent.name; k = mm.t1;
  }
  else {
    // A name not known yet ("Lina Vell, Quillon's general counsel,"): up to three capitalised words before "'s".
    let e = k;
    while (e < toks.length && e - k < 3 && /^\p{Lu}[\p{L}\p{N}.&-]*$/u.test(toks[e].text) && !NOT_NAME.has(toks[e].text)) e++;
    if (e > k && isPossessiveAt(toks, e)) { org = toks.slice(k, e).map((x) => x.text).join(' '); k = e + 2; }
  }
  for (let n = 0; n < 4 && k < toks.length; n++, k++) {
    const w = toks[k].text;
    // "general counsel", "chief legal officer": the last role noun of the run is the role.
    if (ROLE_NOUNS.has(w) && !ROLE_NOUNS.has(toks[k + 1]?.text ?? '')) return { org: org ?? roleOrgAfter(toks, k + 1, mentions, COUNSEL_NOUNS.test(w)), spokes: SPEAKER_ROLES.test(w) };
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(w)) return null;
  }
  return null;
}

/** "a spokesperson for Quillon", "a lawyer at Marrowby Labs": the organisation after the role noun's preposition, or null. */
function roleOrgAfter(toks: Token[], k: number, mentions: Mention[], counsel = false): string | null {
  if (!ROLE_ORG_PREPS.test(toks[k]?.text ?? '')) return null;
  k++;
  if (ARTICLES.test(toks[k]?.text ?? '')) k++;
  const m = mentions.find((x) => x.t0 === k);
  // Counsel speaks for its client, a person too ("Ada Vell, a lawyer for Tomas Rik,"); other roles for an organisation.
  if (m) return m.ent.kind === 'person' && !counsel ? null : m.ent.name;
  let e = k;
  while (e < toks.length && e - k < 3 && /^\p{Lu}[\p{L}\p{N}.&-]*$/u.test(toks[e].text) && !NOT_NAME.has(toks[e].text)) e++;
  return e > k ? toks.slice(k, e).map((x) => x.text).join(' ') : null;
}

function isCommonNounOnly(w: string): boolean {
  const t = posTags(w);
  return !!t && t.every((x) => x.startsWith('NN'));
}

/**
 * Tokens of a dateline that opens a sentence ("DALMORE, March 3 (Wirefeed) —", "Dalmore (Wirefeed) -"): they place and
 * source the story and name no party. Returns the index of the first token after it, or 0.
 */
function datelineEnd(toks: Token[]): number {
  const n = Math.min(toks.length, 14);
  for (let k = 1; k < n; k++) {
    if (!/^(?:[—–]|--?)$/.test(toks[k].text)) continue;
    const before = toks.slice(0, k);
    if (before.some((x) => x.text === ')' || /^\d{1,4},?$/.test(x.text)) && before.every((x) => !/^\p{Ll}{4,}$/u.test(x.text))) return k + 1;
  }
  return 0;
}

/** Whether the run [i, last] is part of the name of a law, list or programme ("the Dalmore AI (Safety) Act", "Entity List"). */
function namesALaw(toks: Token[], i: number, last: number): boolean {
  // "the Council for Broadcast Regulation", "the Authority for Data Protection": a body's head before "for"/"of" names the
  // body; the law word closes its complement.
  for (let q = i + 1; q < last; q++) if (ORG_NAME_PREPS.has(toks[q].text) && ORG_HEADS[toks[q - 1].text] && ORG_HEADS[toks[q - 1].text] !== 'company') return false;
  if (NON_PARTY_HEADS.has(toks[last].text)) return true;
  let k = last + 1;
  if (toks[k]?.text === '(') { while (k < toks.length && toks[k].text !== ')' && k - last < 8) k++; k++; }
  return NON_PARTY_HEADS.has(toks[k]?.text ?? '');
}

/**
 * Whether a proper name found by its form is a person's: an age set off after it ("Mira Osk, 44,"), or a noun of
 * persons right before the name or its list ("two Dalmoran nationals, A and B", "engineers A and B"). (A given name
 * known to the lexicon is no proof: "Dow Jones", "Ziff Davis", "Thomson Reuters" are companies.)
 */
function personLike(toks: Token[], i: number, last: number): boolean {
  const n = last - i + 1;
  if (n < 2 || n > 3) return false;
  if (toks[last + 1]?.text === ',' && /^\d{2}$/.test(toks[last + 2]?.text ?? '') && toks[last + 3]?.text === ',') return true;
  // Back over a list of names ("nationals, Mira Osk and Bo Tessel") to the noun that names them.
  for (let k = i - 1; k >= Math.max(0, i - 8); k--) {
    const w = toks[k].text;
    if (PERSON_NOUNS.test(w)) return true;
    if (!(w === ',' || w === LIST_AND || /^\p{Lu}/u.test(w))) break;
  }
  return false;
}

/**
 * The pronoun that takes up a name right after its verb: "Ada Bell said she …" (person), "Corvid Data said on Monday
 * it …", "… said its app …" (organisation). Looks at the few words after the verb `v`, up to the first pronoun, name
 * or clause mark.
 */
function pronounAfter(toks: Token[], v: number): 'person' | 'company' | null {
  for (let k = v + 1; k < Math.min(toks.length, v + 5); k++) {
    const w = toks[k].text;
    if (PERSON_BACK.test(w)) return 'person';
    if (ORG_BACK.test(w)) return 'company';
    if (w === '.' || w === ';' || w === '“' || w === '"') break;
  }
  return null;
}

/** Whether a word is a capitalised common noun and no given name ("Data", "Health"; not "Bell" after "Ada"). */
function commonNounTail(w: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(w) && /^NNS?$/.test(posTags(w.toLowerCase())?.[0] ?? '') && !isGivenName(w);
}

/**
 * Whether a two- or three-word name before a speech verb (at `o + 1`) is a company's by its forms: not opened by a
 * given name, and either ended by a capitalised common noun ("Corvid Data", "Nimbus Health") or taken up by
 * "it"/"its"; never when the article writes its last word after an honorific ("Ms. Data") or takes it up by "he"/"she".
 */
function companyByForms(toks: Token[], run: Token[], o: number, reg: Registry): boolean {
  if (run.length < 2 || isGivenName(run[0].text)) return false;
  const tail = run[run.length - 1].text;
  if (reg.titledWords.has(tail)) return false;
  const back = pronounAfter(toks, o + 1);
  if (back === 'person') return false;
  return back === 'company' || commonNounTail(tail);
}

/**
 * Whether a name found by its form in running text (no speech verb, title or age beside it) is a person's: opened
 * by a given name, and either coordinated with another such name ("Greta Marsh and Tobias Renk filed …") or named
 * again by its surname after an honorific ("Ms. Marsh"). (The surname written alone is no such cue here: it makes
 * "he"/"she" resolve to the name, and on our texts that only added events on texts with no dispute.)
 */
function personByForms(toks: Token[], i: number, last: number, reg: Registry): boolean {
  const n = last - i + 1;
  if (n < 2 || n > 3) return false;
  const tail = toks[last].text;
  // The speaker after a quotation ("…," said Kiri Talvane, a law scholar) and a name taken up by "who" (", who runs
  // the lab") are persons by their place, whatever their given name; not a run ended by a common noun ("Corvane Data").
  // (Inverted speech ends with the name: "…, said Kiri Talvane." — not "…, said Solvane Biometrics had sold …", where the
  // name opens the reported clause.)
  const invertedEnds = !/^\p{Ll}/u.test(toks[last + 1]?.text ?? '');
  if (!commonNounTail(tail) && ((INVERTED_SPEECH.test(toks[i - 1]?.text ?? '') && QUOTE_CLOSERS.has(toks[i - 2]?.text ?? '') && invertedEnds)
    || (toks[last + 1]?.text === ',' && toks[last + 2]?.text === PERSON_RELATIVE))) return true;
  if (!isGivenName(toks[i].text)) return false;
  if (reg.titledWords.has(tail)) return true;
  // "Dana Ferreira", "Ruben Ortega Lima": a given name opening a run of proper names, none a common noun or an
  // organisation's head, is a person's name.
  if (toks[i].text.length > 2 && toks.slice(i + 1, last + 1).every((x) => /^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*$/u.test(x.text) && !commonNounTail(x.text) && !ORG_HEADS[x.text] && !NOT_NAME.has(x.text) && !DEMONYMS.has(x.text) && !COMPANY_WORD_ENDINGS.test(x.text))) return true;
  // ", Greta Marsh, said": a name set off by commas right before a speech verb.
  if (toks[i - 1]?.text === ',' && toks[last + 1]?.text === ',' && SPEECH_AFTER.test(toks[last + 2]?.text ?? '') && !commonNounTail(tail)) return true;
  const pairAt = (s: number): boolean => isGivenName(toks[s]?.text ?? '') && /^\p{Lu}\p{Ll}/u.test(toks[s + 1]?.text ?? '') && !ORG_HEADS[toks[s + 1].text];
  const link = (w: string | undefined): boolean => w === LIST_AND || w === ',';
  // After: "A B and C D"; before: "C D and A B" (or "C D, A B").
  if (link(toks[last + 1]?.text) && pairAt(last + 2)) return true;
  if (link(toks[i - 1]?.text)) {
    let s = i - 2;
    while (s >= 0 && s > i - 5 && /^\p{Lu}/u.test(toks[s].text)) s--;
    if (i - 2 - s >= 2 && pairAt(s + 1)) return true;
  }
  return false;
}

/** A capitalised common noun naming a field ("Business", "Science", "Trade"): its lower-case form is a noun to the lexicon. */
/** A capitalised word that may qualify a subject inside a body's name ("Artificial", "Regulatory"): no head, no known name. */
function subjectModifier(w: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(w) && !ORG_HEADS[w] && !NOT_NAME.has(w) && !DEMONYMS.has(w) && !EXACT.has(w) && !PERSON_TITLES.has(w);
}

function subjectNoun(w: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(w) && !ORG_HEADS[w] && /^NNS?$/.test(posTags(w.toLowerCase())?.[0] ?? '');
}

/**
 * Whether tokens [i, last] are a proper name that may be a party: name-like words only (unknown to the lexicon or
 * tagged proper nouns, so "Officials" and "Generative" are not), not a place after a place preposition ("in Dalmore")
 * or the tail of a name ("District of Dalmore"), not a hyphenated modifier ("Dalmore-based").
 */
/** Whether a capitalised word is read in lower case as a common noun, adjective or gerund, first or as a noun at all. */
function commonNounReading(w: string): boolean {
  const tags = posTags(w.toLowerCase()) ?? posTags(w);
  if (!tags) return false;
  return /^(?:NNS?|VBG|JJ)$/.test(tags[0]) || tags.includes('NN');
}

/** "Marrowby Social" is also "Marrowby" for the rest of the article, as "Quillon AI" is "Quillon": a discovered name's first word. */
function addShortForm(reg: Registry, named: Token[], e: Entity): void {
  if (named.length >= 2 && (isNameLike(named[0].text) || reg.nameWords.has(named[0].text)) && !BY_NAME.has(named[0].text) && !ORG_HEADS[named[0].text]) reg.addDynamic(named[0].text, e);
}

/**
 * The kind of party an apposition after token `last` describes: a comma, an article, then at most five words in lower
 * case (or capitalised modifiers, "a Kano-based") ending in a noun of a party's kind ("a civil society group", "the
 * state telecoms regulator"); null when there is none, or when its noun is a news outlet's ("the news agency").
 */
function kindByApposition(toks: Token[], last: number): EntityKind | null {
  if (toks[last + 1]?.text !== ',' || !APPOSITION_ARTICLES.test(toks[last + 2]?.text ?? '')) return null;
  for (let k = last + 3; k < toks.length && k <= last + 8; k++) {
    const w = toks[k].text;
    const kinds = /^\p{Ll}/u.test(w) ? DESC_HEADS[w] : undefined;
    const next = toks[k + 1]?.text ?? '';
    if (kinds && (next === ',' || PREPS.has(next) || next === '.' || APPOSITION_RELATIVES.test(next)) && !NOT_PARTY_DESC_MODS.test(toks[k - 1].text)) {
      return kinds.find((x) => x !== 'person') ?? null;
    }
    if (!/^[\p{L}-]+$/u.test(w) || PREPS.has(w)) return null;
  }
  return null;
}

function properRun(toks: Token[], i: number, last: number, nameWords: ReadonlySet<string> = new Set()): boolean {
  if (last - i > 3) return false;
  // "Third, my office has opened …": a word of sequence before a comma.
  if (i === last && SEQUENCE_WORDS.test(toks[i].text) && toks[i + 1]?.text === ',') return false;
  if (i === last && NOT_PARTY_WORDS.has(toks[i].text)) return false;
  // A caption's role word ("Plaintiff", "Defendant") stands for a party of the caption; it is no name.
  if (i === last && CASE_FILLER.has(toks[i].text)) return false;
  // "a fine of KSh 40 million", "Rs 500 crore": a short word before a number is a currency or unit, no name.
  if (i === last && toks[i].text.length <= 4 && /^\d/.test(toks[last + 1]?.text ?? '')) return false;
  // A capital city (of a state we did not curate as acting through its capital), or another large city, is a place, not
  // a company — unless it owns what follows ("Ontario's privacy commissioner": a province or city as a government).
  if (last - i <= 2 && PLACES.has(toks.slice(i, last + 1).map((x) => x.text).join(' ')) && !ownsPublicBody(toks, last + 1) && !placeActs(toks, last + 1)) return false;
  if (last > i && PLACE_TAILS.has(toks[last].text)) return false;
  // "Ada Vell, 52, of Harlow Springs": where a person is from.
  if (i >= 2 && toks[i - 1].text === GENITIVE && toks[i - 2].text === ',' && toks[last + 1]?.text !== GENITIVE) return false;
  const prev = toks[i - 1]?.text ?? '';
  const initial = i === 0 || /^[“"‘'(:—–-]$/.test(prev);
  // "Anchor Media sued …": opening the sentence, capitalised words that the lexicon knows as common nouns are a name
  // when two or more of them stand right before a body's verb (ACRONYM_SUBJECT_VERBS).
  const namedSubject = initial && last > i && ACRONYM_SUBJECT_VERBS.test(toks[last + 1]?.text ?? '')
    && toks.slice(i, last + 1).every((x) => /^\p{Lu}\p{Ll}+$/u.test(x.text) && /^NNS?$/.test(posTags(x.text.toLowerCase())?.[0] ?? 'NN'));
  for (let k = i; k <= last; k++) {
    const w = toks[k].text;
    if (NOT_NAME.has(w) || NUMBER_WORDS.test(w) || MONTH_ABBR.test(w) || DEMONYMS.has(w) || DEMONYMS.has(w.replace(PLURAL_ENDING, '')) || PERSON_TITLES.has(w) || ORG_HEADS[w]) return false;
    // Acronyms, model numbers and hyphenated modifiers ("API", "H100s", "Dalmore-based") are not found this way.
    // "Dalmore-Ostria", "Beijing-Washington" join two states (a war, a border, a summit), no party.
    if (w.includes('-') && w.split('-').every((p) => DEMONYMS.has(p) || !!EXACT.get(p)?.some((r) => r.toks.length === 1 && r.entry.kind === 'government' && r.entry.name === r.entry.country))) return false;
    // An all-capital word is an acronym; a capital run followed by lower case ("AWMProxy") is a name.
    if (/-\p{Ll}|\d|\./u.test(w) || /^\p{Lu}{2,}s?$/u.test(w)) return false;
    // "Parvel Trading", "Dunmore Logistics": after a word the lexicon does not know at all, a capitalised common noun
    // continues the name.
    // ("Sarvan Pay", "Lumbrel Go": a word read first as a verb continues it too when the lexicon also knows it as a noun.)
    if (k > i && /^(?:NNPS?)?$/.test(posTags(toks[i].text)?.[0] ?? '') && commonNounReading(w)) continue;
    if (namedSubject) continue;
    if (!nameWords.has(w) && !isProperName(w, initial && k === i)) return false;
  }
  // A capitalised word before a lower-case noun of a kind is a modifier ("Vesmir executives" is not known this way).
  if (i === last && /^\p{Ll}/u.test(toks[last + 1]?.text ?? '') && isCommonNounOnly(toks[last + 1].text)) return false;
  if ((PLACE_PREPS.has(prev.toLowerCase()) && prev.toLowerCase() !== PLACE_TO) || prev === GENITIVE && /^\p{Lu}/u.test(toks[i - 2]?.text ?? '')) return false;
  if (prev === '(' || toks[last + 1]?.text === ')') return false;
  // Anywhere inside parentheses ("(2d Cir. 2015)", "(Reporting by Ada Vell)") a name is an aside, not a party.
  let depth = 0;
  for (let k = 0; k < i; k++) { if (toks[k].text === '(') depth++; else if (toks[k].text === ')') depth = Math.max(0, depth - 1); }
  if (depth > 0) return false;
  // "a good Samaritan", "an Ostrava native": an indefinite article makes the name a description.
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const w = toks[k].text;
    if (INDEFINITE_ARTICLE_WORDS.test(w)) return false;
    if (!/^\p{Ll}/u.test(w) || posTags(w)?.[0] !== 'JJ') break;
  }
  // Not the tail of a longer capitalised sequence that is no name as a whole ("New York" gives no "York"); a hyphenated
  // modifier before it ("Oslo-based Vendra Models") is no part of the name.
  if (i > 0 && isOrgWord(prev) && !/-\p{Ll}/u.test(prev) && (!NOT_NAME.has(prev) || NAME_OPENERS.has(prev))) return false;
  return true;
}

/**
 * Whether "and" at k joins one name: capitalised words go on after it to a public body's head, and the acronym in
 * parentheses right after that head is the initials of every capitalised word from i on ("Ostland Communications and
 * Multimedia Commission (OCMC)").
 */
function initialsJoin(toks: Token[], i: number, k: number, covered: Uint8Array | number[]): boolean {
  let q = k + 1;
  while (q < toks.length && q < k + 6 && !covered[q] && isOrgWord(toks[q].text)) q++;
  const head = toks[q - 1]?.text ?? '';
  if (q === k + 1 || !ORG_HEADS[head] || ORG_HEADS[head] === 'company') return false;
  if (toks[q]?.text !== '(' || toks[q + 2]?.text !== ')' || !isAcronym(toks[q + 1]?.text ?? '')) return false;
  const initials = toks.slice(i, q).filter((x) => /^\p{Lu}/u.test(x.text)).map((x) => x.text[0]).join('');
  return initials.length >= 3 && initials === toks[q + 1].text.toUpperCase();
}

// A product and its maker: "Acme's Nova chatbot", "Acme's chatbot Nova", "Nova, a chatbot operated by Acme",
// "Nova, Acme's assistant". The product then speaks for its maker in events, as a gazetteer model does for its owner.
function makerOf(toks: Token[], m: Mention, mentions: Mention[]): Entity | null {
  const k = mentions.indexOf(m);
  const prev = mentions[k - 1];
  const isMaker = (x: Mention | undefined): x is Mention => !!x && x.ent !== m.ent && x.ent.kind === 'company';
  // The product noun right after the name, over up to two describing words ("the Lark companion app"): its index, or -1.
  const nounAfterName = productNounFrom(toks, m.t1);
  // "Acme said its Nova chatbot ...": "its" refers back to the last company named before it in the sentence.
  if (POSSESSIVE_PRONOUNS.test(toks[m.t0 - 1]?.text ?? '') && nounAfterName >= 0) {
    const ante = mentions.slice(0, k).reverse().find((x) => x.ent !== m.ent && !x.attr);
    return isMaker(ante) ? ante.ent : null;
  }
  if (isMaker(prev) && isPossessiveAt(toks, prev.t1)) {
    if (prev.t1 + 2 === m.t0 && nounAfterName >= 0) return prev.ent;
    if (prev.t1 + 3 === m.t0 && PRODUCT_NOUNS.test(toks[prev.t1 + 2].text)) return prev.ent;
  }
  // "Acme Inc., the company that develops and operates the Nova chatbot": a maker's relative clause before the product.
  if (PRODUCT_NOUNS.test(toks[m.t1]?.text ?? '')) {
    const v = toks.findIndex((x, r) => r >= m.t0 - 6 && r < m.t0 && MAKES_VERBS.test(x.text));
    if (v > 0 && toks.slice(v + 1, m.t0).every((x) => MAKES_VERBS.test(x.text) || x.text === LIST_AND || PRODUCT_ARTICLES.test(x.text) || x.text === 'the')) {
      const rel = toks.findIndex((x, r) => r >= v - 2 && r < v && MAKER_RELATIVES.test(x.text));
      if (rel > 0) {
        const maker = mentions.slice(0, k).reverse().find((x) => x.t1 <= rel && rel - x.t1 <= 10 && !x.attr
          && (toks[x.t1]?.text === ',' || (LEGAL_SUFFIX_WORDS.has(toks[x.t1]?.text ?? '') && toks[x.t1 + 1]?.text === ',')));
        if (isMaker(maker)) return maker.ent;
      }
      // "Acme makes the Nova assistant", "Acme launched the Nova app in 2024": the clause's subject, right before the verb.
      const subj = mentions.slice(0, k).reverse().find((x) => x.t1 === v || (x.t1 === v - 1 && LEGAL_SUFFIX_WORDS.has(toks[v - 1].text)));
      if (isMaker(subj) && !subj.attr) return subj.ent;
    }
  }
  const after = nounAfterName >= 0 ? nounAfterName + 1 : m.t1; // "the Lark app, Acme's assistant"
  // "the Lark chatbot made by Acme": a participle of making right after the product noun, no comma.
  if (nounAfterName >= 0 && MADE_BY.test(toks[after]?.text ?? '') && toks[after + 1]?.text === AGENT_BY) {
    const by = makerAfterBy(toks, after + 2, mentions);
    return isMaker(by) ? by.ent : null;
  }
  if (toks[after]?.text !== ',') return null;
  let q = after + 1;
  // "the Lark companion app, operated by Acme": the product noun came before the comma ("the chatbot Lark, owned by
  // Acme": or before the name).
  if ((nounAfterName >= 0 || PRODUCT_NOUNS.test(toks[m.t0 - 1]?.text ?? '')) && MADE_BY.test(toks[q]?.text ?? '') && toks[q + 1]?.text === AGENT_BY) {
    const by = makerAfterBy(toks, q + 2, mentions);
    return isMaker(by) ? by.ent : null;
  }
  if (PRODUCT_ARTICLES.test(toks[q]?.text ?? '')) q++;
  const poss = mentions.find((x) => x.t0 === q);
  if (isMaker(poss) && isPossessiveAt(toks, poss.t1)) {
    for (let r = poss.t1 + 2; r < Math.min(toks.length, poss.t1 + 5); r++) {
      if (PRODUCT_NOUNS.test(toks[r].text)) return poss.ent;
      if (!(/^\p{Ll}[\p{Ll}-]*$/u.test(toks[r].text) || toks[r].text === AI_ACRONYM)) break;
    }
    return null;
  }
  let noun = false;
  for (let r = q; r < Math.min(toks.length, q + 7); r++) {
    const w = toks[r].text;
    if (PRODUCT_NOUNS.test(w)) { noun = true; continue; }
    if (noun && MADE_BY.test(w) && toks[r + 1]?.text === AGENT_BY) {
      const by = makerAfterBy(toks, r + 2, mentions);
      return isMaker(by) ? by.ent : null;
    }
    if (!(/^\p{Ll}[\p{Ll}-]*$/u.test(w) || w === AI_ACRONYM || describingWord(w)) || CLAUSE_LINKS.test(w)) break;
  }
  return null;
}

/** A word that may describe a product or its maker before the noun: lower case, a hyphenated compound ("Swahili-language",
 *  "Nairobi-based"), or a demonym ("a Kenyan startup"). */
function describingWord(w: string): boolean {
  return /^\p{Ll}[\p{Ll}-]*$/u.test(w) || HYPHEN_COMPOUND.test(w) || DEMONYMS.has(w);
}
const HYPHEN_COMPOUND = /^[\p{L}\d]+(?:-[\p{L}\d]+)+$/u;

/** "Acme, the [describing words] developer of Lark": the product named after the maker's own apposition. */
function productAfterMakerAt(toks: Token[], m: Mention, mentions: Mention[]): Mention | null {
  if (toks[m.t1]?.text !== ',' || !DESC_ARTICLES.definite.has(toks[m.t1 + 1]?.text ?? '')) return null;
  let r = m.t1 + 2;
  while (r < m.t1 + 6 && describingAt(toks, r) && !MAKER_NOUNS.test(toks[r].text)) r++;
  if (!MAKER_NOUNS.test(toks[r]?.text ?? '') || toks[r + 1]?.text !== GENITIVE) return null;
  const p = mentions.find((x) => x.t0 === r + 2);
  if (p) return toks[p.t1]?.text === ',' || toks[p.t1]?.text === '.' ? p : null;
  // "Acme, the provider of the AI chatbot Lark", "Acme, the developer of the Lark messaging app": a product noun before
  // or after the name, over an article and up to three describing words.
  let q = r + 2;
  if (PRODUCT_ARTICLES.test(toks[q]?.text ?? '') || DESC_ARTICLES.definite.has(toks[q]?.text ?? '')) q++;
  for (let e = q; e < q + 5; e++) {
    const at = mentions.find((x) => x.t0 === e);
    if (at) return (e > q && PRODUCT_NOUNS.test(toks[e - 1].text)) || productNounFrom(toks, at.t1) >= 0 ? at : null;
    if (!(describingWord(toks[e]?.text ?? '') || toks[e]?.text === AI_ACRONYM)) return null;
  }
  return null;
}

/** describingWord at j, or the first word of a place before a hyphenated compound ("Kuala Lumpur-based"). */
function describingAt(toks: Token[], j: number): boolean {
  const w = toks[j]?.text ?? '';
  if (describingWord(w)) return true;
  return /^\p{Lu}\p{Ll}+$/u.test(w) && HYPHEN_COMPOUND.test(toks[j + 1]?.text ?? '');
}

/** The index of a product noun at i or after up to two describing words ("companion app", "AI image generator"), or -1. */
function productNounFrom(toks: Token[], i: number): number {
  for (let r = i; r < Math.min(toks.length, i + 3); r++) {
    const w = toks[r].text;
    if (PRODUCT_NOUNS.test(w)) return r;
    if (!(/^\p{Ll}[\p{Ll}-]*$/u.test(w) || w === AI_ACRONYM) || CLAUSE_LINKS.test(w)) return -1;
  }
  return -1;
}

/** The maker named after "by" at i, over up to three describing words ("run by Nairobi-based Acme", "made by the
 *  Kenyan startup Acme"). */
function makerAfterBy(toks: Token[], i: number, mentions: Mention[]): Mention | undefined {
  for (let r = i; r < Math.min(toks.length, i + 4); r++) {
    const at = mentions.find((x) => x.t0 === r);
    if (at) return at;
    if (!describingAt(toks, r) || CLAUSE_LINKS.test(toks[r].text)) return undefined;
  }
  return undefined;
}

/**
 * The product a company is named the maker of by an apposition before it: "its [describing words] developer, Acme" (its:
 * the last party named before, which the sentence describes with a product noun), "Lark's maker, Acme", "Lark, whose
 * operator is Acme".
 */
function productOfMakerAt(toks: Token[], m: Mention, mentions: Mention[]): Mention | null {
  let r = m.t0 - 1;
  if (toks[r]?.text === ',') r--;
  // "whose developer is [the Kenyan startup] Acme"
  let d = r;
  while (d > m.t0 - 6 && d >= 0 && !MAKER_COPULA.test(toks[d].text) && /^[\p{L}-]+$/u.test(toks[d].text)) d--;
  if (MAKER_COPULA.test(toks[d]?.text ?? '') && PRODUCT_MAKER_ROLES.test(toks[d - 1]?.text ?? '') && toks[d - 2]?.text === WHOSE
      && toks[d - 3]?.text === ',') {
    const p = mentions.find((x) => x.t1 === d - 3);
    return p ?? null;
  }
  if (!PRODUCT_MAKER_ROLES.test(toks[r]?.text ?? '')) return null;
  let q = r - 1;
  const possessiveEnd = (j: number): boolean => j >= 1 && isPossessiveAt(toks, j - 1);
  while (q > r - 5 && q >= 0 && !POSSESSIVE_PRONOUNS.test(toks[q].text) && !possessiveEnd(q) && describingAt(toks, q)) q--;
  // "Lark's [describing words] maker, Acme"
  if (possessiveEnd(q)) return mentions.find((x) => x.t1 === q - 1) ?? null;
  if (!POSSESSIVE_PRONOUNS.test(toks[q]?.text ?? '')) return null;
  // "its": the last party named before it, described as a product ("Lark, a companion chatbot, …") or already one.
  const k = mentions.indexOf(m);
  // (A name right before a product noun is read as that noun's modifier until the product is known: "the Vintaro app".)
  const ante = mentions.slice(0, k).reverse().find((x) => x.t1 <= q && (!x.attr || PRODUCT_NOUNS.test(toks[x.t1]?.text ?? '')));
  if (!ante) return null;
  let s = ante.t1;
  if (toks[s]?.text === ',') s++;
  if (PRODUCT_ARTICLES.test(toks[s]?.text ?? '')) s++;
  for (let j = s; j < Math.min(q, s + 5); j++) {
    if (PRODUCT_NOUNS.test(toks[j].text)) return ante;
    if (!(describingWord(toks[j].text) || toks[j].text === AI_ACRONYM)) break;
  }
  return null;
}

/** Marks discovered names that the text gives as a company's product (kind `model`, the maker as organisation). */
export function linkProducts(infos: SentenceInfo[]): void {
  for (const { toks, mentions } of infos) {
    for (const m of mentions) {
      const e = m.ent;
      if (e.kind !== 'company' || BY_NAME.has(e.name) || m.coref) continue;
      const maker = makerOf(toks, m, mentions);
      if (!maker || maker.organisation === e.name) continue;
      e.kind = 'model';
      e.organisation = maker.name;
      e.guessed = false;
    }
    // "Lark, a chatbot, … its Nairobi-based developer, Acme", "Lark's maker, Acme", "Lark, whose operator is Acme";
    // "Acme, the Nairobi-based developer of Lark," (the maker first).
    for (const m of mentions) {
      if (m.ent.kind !== 'company' || m.attr) continue;
      const product = productOfMakerAt(toks, m, mentions) ?? productAfterMakerAt(toks, m, mentions);
      if (!product) continue;
      const e = product.ent;
      if (e.kind !== 'company' || BY_NAME.has(e.name) || product.coref || e === m.ent) continue;
      e.kind = 'model';
      e.organisation = m.ent.name;
      e.guessed = false;
    }
  }
  // "the chat app Quenby … Quenby, which is owned by Acme,", "… Quenby is run by Acme": a name the text gives as a
  // product anywhere (right after or before a product noun) is its owner's, by a passive of making in any sentence.
  const products = new Set<Entity>();
  for (const { toks, mentions } of infos) {
    for (const m of mentions) if (m.ent.kind === 'company' && !BY_NAME.has(m.ent.name) && (PRODUCT_NOUNS.test(toks[m.t0 - 1]?.text ?? '') || productNounFrom(toks, m.t1) >= 0)) products.add(m.ent);
  }
  if (products.size) {
    for (const { toks, mentions } of infos) {
      for (const m of mentions) {
        if (!products.has(m.ent) || m.ent.kind !== 'company') continue;
        let q = m.t1;
        if (toks[q]?.text === ',' && APPOSITION_RELATIVES.test(toks[q + 1]?.text ?? '')) q += 2;
        if (!PRODUCT_OWNER_BE.test(toks[q]?.text ?? '') || !MADE_BY.test(toks[q + 1]?.text ?? '') || toks[q + 2]?.text !== AGENT_BY) continue;
        const by = makerAfterBy(toks, q + 3, mentions);
        if (!by || by.ent === m.ent || by.ent.kind !== 'company') continue;
        m.ent.kind = 'model';
        m.ent.organisation = by.ent.name;
        m.ent.guessed = false;
      }
    }
  }
  // "the Nova app" names the product itself, not a modifier of something else.
  for (const { toks, mentions } of infos) {
    for (const m of mentions) {
      if (m.attr && m.ent.kind === 'model' && PRODUCT_NOUNS.test(toks[m.t1]?.text ?? '')) m.attr = false;
      // "banned the Vexo app": a company's name between "the" and a singular product noun names that product, and
      // its maker is the party (not "the Vexo app store", where the noun modifies another).
      else if (m.attr && m.ent.kind === 'company' && NAMED_PRODUCT_NOUNS.has(toks[m.t1]?.text ?? '') && toks[(m.lead ?? m.t0) - 1]?.text.toLowerCase() === ARTICLE_THE
        && !(/^\p{Ll}+$/u.test(toks[m.t1 + 1]?.text ?? '') && /^NN/.test(posTags(toks[m.t1 + 1].text)?.[0] ?? ''))
        // (nor "the Lumo app of Vantic", "the Lumo app made by Vantic": its maker, named after it, is the party.)
        && !(toks[m.t1 + 1]?.text === GENITIVE || MADE_BY.test(toks[m.t1 + 1]?.text ?? ''))) m.attr = false;
    }
  }
}

/**
 * The last-named body of these kinds for one who speaks for it; a state's place in the sentence ("… told a briefing
 * in Beijing") picks that state's body before a nearer one.
 */
function lastBodyOf(info: SentenceInfo, recent: readonly Entity[], kinds: readonly EntityKind[], not: Entity | null): Entity | undefined {
  const { toks } = info;
  const fits = [...recent].reverse().filter((x) => x !== not && kinds.includes(x.kind));
  if (fits.length < 2) return fits[0];
  const places = new Set(info.mentions.filter((x) => x.ent.kind === 'government' && PLACE_PREPS.has(toks[(x.lead ?? x.t0) - 1]?.text ?? '')).map((x) => x.ent.country ?? x.ent.name));
  toks.forEach((x, q) => { const st = q > 0 && PLACE_PREPS.has(toks[q - 1].text) ? stateOfCapital(x.text) : null; if (st) places.add(st); });
  return fits.find((x) => places.has(x.country ?? x.name)) ?? fits[0];
}

/**
 * "A ministry official said …", "Commission officials told reporters …", "a senior ministry spokesman": an unnamed
 * person who speaks for a public body named only by its head speaks as the last-named body of that kind.
 */
export function bodyOfficials(info: SentenceInfo, recent: readonly Entity[]): void {
  const { toks, mentions } = info;
  const added: Mention[] = [];
  for (let k = 1; k < toks.length; k++) {
    if (!BODY_OFFICIAL_NOUNS.test(toks[k].text)) continue;
    const head = toks[k - 1].text;
    const kinds: EntityKind[] = (DESC_HEADS[head] ?? DESC_HEADS[head.toLowerCase()] ?? []).filter((x) => x !== 'company' && x !== 'other_org' && x !== 'person');
    if (!kinds.length || mentions.some((m) => m.t0 <= k && m.t1 > k - 1)) continue;
    // A title before a name ("ministry spokesperson Tan Wei", "a ministry spokesman, Tan Wei,") leaves the person to speak.
    if (mentions.some((m) => m.ent.kind === 'person' && (m.t0 === k + 1 || (toks[k + 1]?.text === ',' && m.t0 === k + 2)))) continue;
    let start = k - 1;
    while (start > 0 && OFFICIAL_RANKS.test(toks[start - 1].text)) start--;
    if (start > 0 && (DESC_ARTICLES.indefinite.has(toks[start - 1].text) || DESC_ARTICLES.definite.has(toks[start - 1].text))) start--;
    // (Not after a name: "Ministry of Commerce officials" names its body, found already.)
    if (mentions.some((m) => m.t1 > start && m.t0 < k)) continue;
    const body = lastBodyOf(info, recent, kinds, null);
    if (body) added.push(mk(info, start, k + 1, body));
  }
  if (added.length) { mentions.push(...added); mentions.sort((a, b) => a.t0 - b.t0); }
}

/**
 * "Ministry spokesperson Lin Qiao", "a ministry spokesman, Lin Qiao,": a spokesperson whose title is opened by a
 * description's head speaks for the body of that kind the article named last (run after the sentence's descriptions).
 */
export function placeSpokespersons(info: SentenceInfo, recent: readonly Entity[]): void {
  const { toks } = info;
  for (const m of info.mentions) {
    const e = m.ent;
    if (e.kind !== 'person' || e.role !== 'spokesperson' || e.organisation || m.coref) continue;
    let k = m.t0 - 1;
    if (toks[k]?.text === ',') k--;
    const title = k;
    while (k >= 0 && SPOKESPERSON_NOUNS.test(toks[k].text)) k--;
    if (k === title || k < 0) continue;
    const head = toks[k].text;
    const kinds = DESC_HEADS[head] ?? DESC_HEADS[head.toLowerCase()];
    if (!kinds || info.mentions.some((x) => x.t0 <= k && x.t1 > k)) continue;
    const org = lastBodyOf(info, recent, kinds, e);
    if (org) e.organisation = org.name;
  }
}

/** Adds coreferent mentions for descriptions and subject pronouns, given the entities seen so far (most recent last). */
/**
 * A discovered person whose name the article also gives with a company suffix ("Quillon said …" and later "Quillon
 * Corp., based in …") is a company: the speech verb had made it a person.
 */
export function companiesBySuffix(infos: SentenceInfo[]): void {
  for (const { toks, mentions } of infos) {
    for (const m of mentions) {
      if (m.ent.kind !== 'person' || m.ent.role || BY_NAME.has(m.ent.name)) continue;
      const k = toks[m.t1]?.text === ',' ? m.t1 + 1 : m.t1;
      if (COMPANY_SUFFIXES.test(toks[k]?.text ?? '')) m.ent.kind = 'company';
    }
  }
}

/**
 * The subject of a sentence, its topic: the first party named before the first verb and not after a preposition
 * ("Qingyu's response came …", "On Monday, Corvane published …"); a description or pronoun that stands for a party counts.
 */
export function subjectOf(info: SentenceInfo): Entity | null {
  const { toks, mentions } = info;
  let checked = 0; // tokens before this index hold no verb
  for (const [q, m] of mentions.entries()) {
    if (m.listener || m.attr) continue;
    // "Brazil's ANPD fined …": a possessor right before a named head is not the subject; the head is.
    const next = mentions[q + 1];
    if (m.mod && next && (next.lead ?? next.t0) <= m.t1 + 2) continue;
    const lead = m.lead ?? m.t0;
    for (; checked < lead; checked++) {
      const w = toks[checked].text;
      if (/^\p{Ll}/u.test(w) && (posTags(w)?.[0] ?? '').startsWith('VB')) return null;
    }
    let b = lead - 1;
    while (b >= 0 && ARTICLES.test(toks[b].text)) b--;
    if (b >= 0 && PREPS.has(toks[b].text.toLowerCase())) continue;
    return m.ent;
  }
  return null;
}

/**
 * Records the head noun of an apposition that introduces a party ("CloudFair, a Brussels-based association of cloud
 * firms", "Qingyu, a Beijing laboratory whose …"): a later description agrees or disagrees with it.
 */
export function noteAppositions(info: SentenceInfo): void {
  const { toks, mentions } = info;
  for (const m of mentions) {
    if (m.coref || m.ent.appos || toks[m.t1]?.text !== ',' || !/^(?:a|an|the)$/.test(toks[m.t1 + 1]?.text ?? '')) continue;
    let k = m.t1 + 2;
    let head: string | null = null;
    let seat: string | null = null;
    for (; k < toks.length && k < m.t1 + 8; k++) {
      const w = toks[k].text;
      if (APPOSITION_END.test(w)) break;
      if (!/^[\p{L}-]+$/u.test(w)) { head = null; break; }
      seat = SEAT_RE.exec(w)?.[1] ?? seat;
      head = w;
    }
    if (!head || !/^\p{Ll}/u.test(head) || k >= toks.length) continue;
    m.ent.appos = head;
    // "Quanze, a Shenzhen-based company": the seat the text gives, for "the Shenzhen-based company" later.
    if (seat && !m.ent.hq && !BY_NAME.has(m.ent.name)) m.ent.hq = seat;
  }
}

/**
 * The weight of a name that has a description's head as a word: "the ministry" is the "Ministry of Electronics" named
 * once before it rather than the state named five times (session 12; it was 2, below a state's salience).
 */
const HEAD_IN_NAME_BONUS = 6;
export function resolveDescriptions(info: SentenceInfo, recent: Entity[], lastPerson: Entity | null, reg: Registry, prev: SentenceInfo | null = null, bench: readonly Entity[] = []): void {
  // The previous sentence's subject, read only when a subject description needs it.
  let topicMemo: Entity | null | undefined;
  const topicOf = (): Entity | null => (topicMemo === undefined ? (topicMemo = prev ? subjectOf(prev) : null) : topicMemo);
  const { toks, mentions } = info;
  const covered = new Uint8Array(toks.length);
  for (const m of mentions) for (let k = m.t0; k < m.t1; k++) covered[k] = 1;
  const added: Mention[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (covered[i]) continue;
    const w = toks[i].text;
    if ((PERSON_PRONOUNS.opening.has(w) || (PERSON_PRONOUNS.inner.has(w) && i > 0 && PERSON_PRONOUNS.after.test(toks[i - 1].text))) && lastPerson) {
      added.push(mk(info, i, i + 1, lastPerson));
      continue;
    }
    const indefinite = DESC_ARTICLES.indefinite.has(w);
    if (!DESC_ARTICLES.definite.has(w) && !indefinite) continue;
    let k = i + 1;
    const mods: string[] = [];
    while (k < toks.length && k - i <= 4 && !covered[k] && !DESC_HEADS[toks[k].text]) {
      const x = toks[k].text;
      if (!/^[\p{L}\p{N}.-]+$/u.test(x)) break;
      // Another article opens another noun phrase ("the senators asked the company"): no description across it.
      if (DESC_ARTICLES.definite.has(x) || DESC_ARTICLES.indefinite.has(x)) break;
      mods.push(x);
      k++;
    }
    const head = toks[k]?.text;
    if (!head || covered[k] || !DESC_HEADS[head] || (indefinite && !INDEFINITE_HEADS.has(head))) continue;
    if (toks[k + 1] && NAME_OF_WORDS.test(toks[k + 1].text) && /^\p{Lu}/u.test(head)) continue; // "the Ministry of X" is a name
    // "the handset maker Verion Mobile": a description right before a name is that name's, no other party.
    if (covered[k + 1] && /^\p{Ll}/u.test(head)) continue;
    if (DESC_HEAD_NEEDS[head] && !DESC_HEAD_NEEDS[head].test(mods[mods.length - 1] ?? '')) continue; // "the supply chain" is no company
    // "the two companies", "both firms": a counted plural is several parties, never one entity.
    if (PLURAL_ENDING.test(head) && mods.some((m) => (COUNT_WORDS.test(m) || /^\d+$/.test(m)))) continue;
    const kinds = DESC_HEADS[head];
    // "a grand jury" indicts for the prosecuting authority: it is no court of the case.
    if (GRAND_JURY.head.test(head) && GRAND_JURY.mod.test(mods[mods.length - 1] ?? '')) continue;
    // "a jury in the Dastia District Court", "the judge of the High Court": the court named right after it.
    if (kinds.includes('court') && COURT_OF_DESC_PREPS.test(toks[k + 1]?.text ?? '')) {
      const c = mentions.find((m) => m.ent.kind === 'court' && (m.lead ?? m.t0) >= k + 2 && m.t0 <= k + 4 && !m.coref);
      if (c) { added.push(mk(info, i, k + 1, c.ent)); i = k; continue; }
    }
    const demonym = mods.find((m) => DEMONYMS.has(m));
    if (demonym && STATE_HEADS.has(head)) {
      // "the Chinese embassy", "the Dutch authorities": the state itself.
      const c = BY_NAME.get(DEMONYMS.get(demonym)!);
      // "the Dalmoran and Ostrian defence ministries": each state, coordinated.
      const at = mods.map((m, q) => (DEMONYMS.has(m) && BY_NAME.has(DEMONYMS.get(m)!) ? i + 1 + q : -1)).filter((q) => q >= 0);
      if (c && at.length >= 2 && PLURAL_ENDING.test(head)) {
        at.forEach((q, n) => added.push(mk(info, n === 0 ? i : q, n === at.length - 1 ? k + 1 : q + 1, reg.get(BY_NAME.get(DEMONYMS.get(toks[q].text)!)!))));
        i = k; continue;
      }
      if (c) { added.push(mk(info, i, k + 1, reg.get(c))); i = k; continue; }
    }
    let country: string | null = null;
    let hq: string | null = null;
    for (const m of mods) {
      if (DEMONYMS.has(m)) country = DEMONYMS.get(m)!;
      const b = SEAT_RE.exec(m);
      if (b) hq = b[1];
    }
    // Lower-case modifiers that are not adjectives of kind ("the hotshot startup") are fine; a capitalised unknown one names something else.
    // ("South Korean": a compass word before a demonym is part of it.)
    if (mods.some((m, q) => /^\p{Lu}/u.test(m) && !DEMONYMS.has(m) && !m.endsWith(`-${SEAT_PARTICIPLE}`) && m !== AI_ACRONYM
      && !(REGION_BEFORE_STATE.test(m) && DEMONYMS.has(mods[q + 1] ?? '')))) continue;
    const pool = [...recent, ...mentions.filter((m) => m.t1 <= i && !m.listener).map((m) => m.ent)];
    let found: Entity | null = null;
    let bestScore = -1;
    // A name given again later in the same sentence is not what a description before it means ("the company demanded
    // that Alibaba …" is not Alibaba), unless nothing else fits.
    // Only for a subject description: a name it c-commands, anywhere later in its sentence ("The company asked the
    // office to investigate Brevik": the company is not Brevik), cannot be what it stands for; a possessor may
    // ("The platform says Quillon broke Marrowby's rules").
    const subjectPos = i === 0 || SUBJECT_POSITION_BEFORE.test(toks[i - 1]?.text ?? '');
    const namedLater = new Set(subjectPos ? mentions.filter((m) => m.t0 > k && !m.coref && !m.mod && (m.t0 <= k + 5 || !isPossessiveAt(toks, m.t1))).map((m) => m.ent) : []);
    // "Brazil's data authority fined X. The authority said …": a state written as an unnamed body of that head fits it.
    // (Only when no entity of the head's own kinds is at hand: a body named since is meant.)
    const ownKind = pool.some((e) => kinds.includes(e.kind));
    const kindOk = (e: Entity) => kinds.includes(e.kind) || (!ownKind && !!e.bodyHeads?.has(head.toLowerCase()));
    const fits = (e: Entity) => kindOk(e) && (!country || e.country === country);
    const avoid = pool.some((e) => fits(e) && !namedLater.has(e));
    // "Nimbus Voice and its users said they had settled claims that the company …": the one fitting party named earlier in
    // the same sentence is meant, however often another was named before.
    const inSentence = [...new Set(mentions.filter((m) => m.t1 <= i && !m.listener && !m.mod && !m.coref && fits(m.ent)).map((m) => m.ent))];
    const sole = subjectPos && i > 0 && inSentence.length === 1 && !namedLater.has(inSentence[0]) ? inSentence[0] : null;
    // Salience: how often the candidate was named, with a bonus for recency.
    let anyHeadInName = false;
    const candidates = new Set<Entity>();
    const apposFit = new Set<Entity>();
    for (let r = pool.length - 1, seen = 0; r >= 0 && seen < 40; r--, seen++) {
      const e = pool[r];
      if (avoid && namedLater.has(e)) continue;
      if (!kindOk(e)) continue;
      if (country && e.country !== country) continue;
      // A discovered company whose seat the text has not given may be "the Paris-based start-up".
      if (hq && e.hq !== hq && e.country !== DEMONYMS.get(hq) && !(e.hq === null && e.country === null && !BY_NAME.has(e.name))) continue;
      if (STARTUP_HEADS.has(head) && e.kind === 'company' && !e.startup && hq && BY_NAME.has(e.name)) continue;
      // "the ministry" after "Brazil's Ministry of Industry" and a state named since: the name that has the head as a word.
      const headInName = e.name.toLowerCase().split(/[\s-]+/).includes(head.toLowerCase());
      // A capitalised head ("the Commission", "the Department") is the short form of a name ending in it: a stronger bonus.
      // ("the Department" of "Department of Commerce": also the head word before "of" opening the name).
      const words = headInName && /^\p{Lu}/u.test(head) ? e.name.split(/[\s-]+/) : null;
      const shortForm = !!words && (words[words.length - 1] === head || (words[0] === head && NAME_OF_WORDS.test(words[1] ?? '')));
      // A body of members ("X, an association of …") is no "company"; "the group" or "the coalition" agrees with it.
      const body = !!e.appos && MEMBER_BODY_NOUNS.test(e.appos);
      if (body && COMPANY_ONLY_HEADS.test(head)) continue;
      const apposAgrees = !!e.appos && (e.appos === head || (body && MEMBER_BODY_NOUNS.test(head)));
      if (headInName) anyHeadInName = true;
      if (apposAgrees) apposFit.add(e);
      const score = e.mentions + (seen < 3 ? 1.5 : 0) + (found === null ? 0.5 : 0) + (STARTUP_HEADS.has(head) && e.startup ? 5 : 0) + (shortForm ? 6 : headInName ? HEAD_IN_NAME_BONUS : 0) + (apposAgrees ? 8 : 0) + (e === sole ? 1000 : 0);
      candidates.add(e);
      if (score > bestScore) { bestScore = score; found = e; }
    }
    // The topic goes on: a subject description takes the subject of the previous sentence of its paragraph when that
    // fits ("Qingyu's response came within hours. In a post, the company said …"), before a party named more often,
    // unless a name has the head as a word ("the Commission") or the one fitting party of its own sentence is meant.
    // An apposition's noun that agrees with the head ("the association") outweighs the topic too.
    const topic = subjectPos && prev ? topicOf() : null;
    if (topic && candidates.has(topic) && !anyHeadInName && !(sole && found === sole) && !namedLater.has(topic)
      && !(found && found !== topic && apposFit.has(found))) found = topic;
    // "Yunmar Technology, the Kestria-based company that …": an appositive description is the name it follows.
    const before = i >= 2 && toks[i - 1].text === ',' ? mentions.find((m) => m.t1 === i - 1 && !m.coref && !m.mod && !m.listener) : undefined;
    if (before && !DESC_ARTICLES.indefinite.has(w) && fits(before.ent) && (!hq || !before.ent.hq || before.ent.hq === hq)) found = before.ent;
    // "the company, which is led by CEO Ada Vell": the organisation of the person its relative clause names.
    if (toks[k + 1]?.text === ',' && CLAUSE_LINKS.test(toks[k + 2]?.text ?? '')) {
      const p = mentions.find((m) => m.t0 > k + 2 && m.t0 <= k + 9 && m.ent.kind === 'person' && m.ent.organisation);
      const org = p ? reg.byKey.get(p.ent.organisation!) ?? (BY_NAME.get(p.ent.organisation!) ? reg.get(BY_NAME.get(p.ent.organisation!)!) : undefined) : undefined;
      if (org && kinds.includes(org.kind)) found = org;
    }
    // "the court" or "the jury" of an article that names a judge but no court: the judge's court, for which the judge stands.
    if (!found && kinds.includes('court') && !mods.length) found = [...pool].reverse().find((e) => e.role === 'judge') ?? null;
    // "A federal judge in Denver granted …" before the article names its judge: the one judge the article names anywhere
    // (several judges: none is meant for sure; a court named alone is not enough, it may be only where a case is heard).
    if (!found && kinds.includes('court')) {
      const judges = bench.filter((e) => e.role === 'judge');
      found = judges.length === 1 ? judges[0] : null;
    }
    // "A federal jury found X liable" in an article that names no court and no judge: the jury, so named, is the court.
    if (!found && GRAND_JURY.head.test(head) && !bench.length && !pool.some((e) => e.kind === 'court')) {
      const kept = mods.filter((m) => JURY_NAME_MODS.test(m)).map((m) => m.toLowerCase());
      found = reg.discovered([...kept, head.toLowerCase()].join(' '), 'court');
    }
    if (found && !anyHeadInName && !mods.length) found = stateBodyOf(found, head, kinds, reg);
    // "The Nigerian data protection commission fined …" in a text that names no such body: as "Nigeria's data protection
    // commission" (stateBodiesByDescription), a state's public body described in lower case is the state.
    // ("the Kenyan regulator Dastia …": a name right after the description is what it describes.)
    if (!found && country && /^\p{Ll}/u.test(head) && (kinds.includes('government') || kinds.includes('regulator')) && BY_NAME.has(country)
      && !/^\p{Lu}/u.test(toks[k + 1]?.text ?? '')) {
      // A body named with the state's name and the head ("the Nigeria Data Protection Commission") is the one meant.
      const named = [...new Set(pool)].filter((e) => kinds.includes(e.kind) && e.name !== country && e.name.toLowerCase().split(/[\s-]+/).includes(head)
        && (e.country === country || e.name.split(/[\s-]+/).some((w) => w === country || DEMONYMS.get(w) === country)));
      found = named.length === 1 ? named[0] : reg.get(BY_NAME.get(country)!);
    }
    if (found) {
      added.push(mk(info, i, k + 1, found));
      i = k;
    }
  }
  if (added.length) {
    mentions.push(...added);
    mentions.sort((a, b) => a.t0 - b.t0);
  }
}

/** A state's known public bodies by the last word of their name ("European Union|Commission"), for "the Commission". */
const STATE_BODIES_BY_HEAD = new Map<string, GazEntry[]>();
for (const e of BY_NAME.values()) {
  if (e.generic || !e.country || e.name === e.country || !PUBLIC_KINDS.includes(e.kind)) continue;
  const words = e.name.split(/\s+/);
  const key = `${e.country}|${words[words.length - 1]}`;
  STATE_BODIES_BY_HEAD.set(key, [...(STATE_BODIES_BY_HEAD.get(key) ?? []), e]);
}

/** "Brussels, 3 May. … the Commission fined Torvane": a capitalised head that no named party has as a word, whose best
 * fit is a state, is that state's one known body whose name ends in the head (two or more such bodies: the state). */
function stateBodyOf(found: Entity, head: string, kinds: readonly EntityKind[], reg: Registry): Entity {
  if (found.kind !== 'government' || found.name !== found.country || !/^\p{Lu}/u.test(head)) return found;
  const b = STATE_BODIES_BY_HEAD.get(`${found.name}|${head}`);
  return b && b.length === 1 && kinds.includes(b[0].kind) ? reg.get(b[0]) : found;
}

/**
 * "Ms. Ada Vell, Chief Operating Officer, Tarvel Cloud" (a letter's address block, a list of witnesses): a person,
 * a title of capitalised words holding a role noun, and an organisation closing the line: the person's organisation.
 */
export function linkTitledOrganisations(info: SentenceInfo): void {
  const { toks } = info;
  for (const p of info.mentions) {
    if (p.ent.kind !== 'person' || p.ent.organisation || toks[p.t1]?.text !== ',') continue;
    let k = p.t1 + 1;
    let role = false;
    while (k < toks.length && k - p.t1 <= 6 && /^\p{Lu}/u.test(toks[k].text)) {
      if (ROLE_NOUNS.has(toks[k].text.toLowerCase()) || PERSON_TITLES.has(toks[k].text)) role = true;
      k++;
    }
    if (!role || toks[k]?.text !== ',') continue;
    const org = info.mentions.find((m) => m.t0 === k + 1 && m.ent.kind !== 'person' && m.ent.kind !== 'model');
    if (!org) continue;
    const after = toks[org.t1];
    if (after && !/^[,.;]$/.test(after.text)) continue;
    p.ent.organisation = org.ent.name;
  }
}

/**
 * "His lawyer, Ana Pell, said …", "Her attorney told reporters …": a person's possessive pronoun before a noun of one who
 * speaks for another is the last person named, as "Dolan's lawyer" is Dolan's (the pronoun becomes a mention of that person).
 */
export function pronounPossessors(info: SentenceInfo, lastPerson: Entity | null): void {
  if (!lastPerson) return;
  const { toks } = info;
  for (let k = 0; k + 1 < toks.length; k++) {
    if (!PERSON_POSSESSIVES.test(toks[k].text) || !SPEAKER_FOR_NOUNS.test(toks[k + 1].text)) continue;
    if (info.mentions.some((m) => m.t0 <= k && m.t1 > k)) continue;
    // A person named earlier in the same sentence is meant first ("\u201cMr. Tamsin broke no law,\u201d his lawyer said").
    const before = [...info.mentions].reverse().find((m) => m.t1 <= k && m.ent.kind === 'person');
    info.mentions.push(mk(info, k, k + 1, before?.ent ?? lastPerson));
    info.mentions.sort((a, b) => a.t0 - b.t0);
  }
}

function mk(info: SentenceInfo, t0: number, t1: number, ent: Entity): Mention {
  const { toks, s } = info;
  return { start: toks[t0].start, end: toks[t1 - 1].end, t0, t1, ent, surface: s.text.slice(toks[t0].start - s.start, toks[t1 - 1].end - s.start), coref: true };
}

export { tokenize };

/**
 * "WARSAW, Jan 29 - … The Foreign Ministry summoned the envoy": a body whose name many states' texts share ("the Foreign
 * Ministry", "the Commerce Ministry"), named with no state beside it, is the gazetteer's state's only when the text names
 * that state; otherwise it is the text's home state: the one whose capital or name opens the text as a dateline, else
 * the first state the title names. With neither, it keeps the gazetteer's state.
 */
export function placeSharedBodies(infos: SentenceInfo[], reg: Registry, title: SentenceInfo | null): void {
  const shared = reg.order.filter((e) => e.defaultCountry && e.country);
  if (!shared.length) return;
  const named = new Set<string>();
  for (const info of infos) {
    for (const m of info.mentions) if (m.ent.country && !m.ent.defaultCountry && !m.attr) named.add(m.ent.country);
    for (const t of info.toks) { const c = DEMONYMS.get(t.text); if (c) named.add(c); }
  }
  let home: string | null = null;
  const lead = infos.find((x) => x !== title);
  if (lead) {
    // A dateline: up to three capitalised words, then a comma or a dash ("WARSAW, Jan 29 -", "Nairobi —").
    const lt = lead.toks;
    let c = 0;
    while (c < lt.length && c < 3 && /^\p{Lu}/u.test(lt[c].text)) c++;
    if (c && (lt[c]?.text === ',' || /^[—–-]+$/.test(lt[c]?.text ?? ''))) {
      const place = lt.slice(0, c).map((x) => x.text).join(' ');
      home = stateOfCapital(place) ?? (BY_NAME.get(place)?.kind === 'government' && BY_NAME.get(place)!.country === place ? place : null);
    }
  }
  if (!home && title) home = title.mentions.find((m) => !m.attr && !m.mod && m.ent.kind === 'government' && m.ent.name === m.ent.country)?.ent.name ?? null;
  // With neither, "the federal government" (a word for a state's own government) is the one state the text names, if it
  // names only one (a ministry whose name states share keeps its gazetteer state: the one state named is as often the
  // other side).
  if (!home) {
    const only = named.size === 1 ? [...named][0] : null;
    if (only) for (const e of shared) if (BY_NAME.get(e.name)?.stateItself && e.country !== only) e.country = only;
    return;
  }
  reg.statesNamed.add(home);
  for (const e of shared) if (!named.has(e.country!)) e.country = home;
}

/** The states an article names, by a word or two that is a state's name or demonym ("Poland", "Polish", "South Korea"). */
export function statesNamedIn(tokLists: Token[][]): Set<string> {
  const out = new Set<string>();
  for (const toks of tokLists) {
    for (let k = 0; k < toks.length; k++) {
      const one = DEMONYMS.get(toks[k].text);
      if (one) out.add(one);
      const two = k + 1 < toks.length ? DEMONYMS.get(`${toks[k].text} ${toks[k + 1].text}`) : undefined;
      if (two) out.add(two);
    }
  }
  return out;
}

/**
 * Whether a capital the gazetteer does not curate, at [i, j), acts as its state: the subject of a finite verb right after
 * it ("Warsaw dismissed …", "Nairobi will respond …", "Warsaw also called on …"), not after an article or a preposition
 * ("the Nairobi talks", "in Warsaw"), and not opening a sentence with a comma or dash after it (a dateline).
 */
function capitalActs(toks: Token[], i: number, j: number): boolean {
  // "accused Riyadh of …", "urged Paris to …": the object of a verb said of parties is the state.
  if (i > 0 && CAPITAL_OBJECT_VERBS.test(toks[i - 1].text)) return true;
  if (i > 0 && (ARTICLES.test(toks[i - 1].text) || PLACE_PREPS.has(toks[i - 1].text.toLowerCase()) || /^\p{Ll}/u.test(toks[i - 1].text) && (posTags(toks[i - 1].text)?.[0] === 'IN'))) return false;
  let k = j;
  if (/ly$/.test(toks[k]?.text ?? '') || (posTags(toks[k]?.text ?? '')?.[0] === 'RB')) k++;
  const w = toks[k]?.text ?? '';
  if (!/^\p{Ll}+$/u.test(w)) return false;
  const tags = posTags(w) ?? [];
  return tags[0] === 'MD' || tags[0] === 'VBD' || tags[0] === 'VBZ' || (tags.includes('VBD') && !tags.includes('JJ'));
}

/**
 * "Norway's data-protection office began an inquiry …" in a text that names "the Norwegian Data Protection
 * Office": a state's possessive before lower-case words that end in a body's head is the one body the text names (anywhere)
 * with that head in its name (or, for "regulator"/"watchdog", of the regulator kind) and every other word's stem, of that
 * state or of none; the description is then that body, not the state. With no such body, or two, the state stays.
 */
export function stateBodiesByDescription(info: SentenceInfo, reg: Registry): void {
  const { toks, mentions } = info;
  for (let n = 0; n < mentions.length; n++) {
    const m = mentions[n];
    const state = m.ent;
    if (state.kind !== 'government' || state.name !== state.country || !isPossessiveAt(toks, m.t1)) continue;
    let k = m.t1 + 2;
    const words: string[] = [];
    while (k < toks.length && k <= m.t1 + 5 && /^\p{Ll}[\p{Ll}-]*$/u.test(toks[k].text) && !STATE_BODY_DESC_HEADS[toks[k].text]) { words.push(toks[k].text); k++; }
    const head = STATE_BODY_DESC_HEADS[toks[k]?.text ?? ''];
    if (!head || !words.length || mentions.some((x) => x !== m && x.t0 < k + 1 && x.t1 > m.t1)) continue;
    const stems = words.flatMap((w) => w.split('-')).filter((w) => w.length >= 4).map((w) => w.slice(0, 5));
    if (!stems.length) continue;
    const fit = reg.order.filter((e) => {
      if (e === state || e.name === e.country || !PUBLIC_KINDS.includes(e.kind)) return false;
      if (e.country && e.country !== state.name) return false;
      const nameWords = e.name.split(/[\s-]+/);
      if (head.word ? !nameWords.some((w) => head.word!.test(w)) : e.kind !== head.kind) return false;
      const lower = nameWords.map((w) => w.toLowerCase());
      if (!stems.every((st) => lower.some((w) => w.startsWith(st)))) return false;
      // Another state's body ("the Kenyan Data Protection Office" when the possessor is Norway) is not meant.
      return !nameWords.some((w) => DEMONYMS.has(w) && DEMONYMS.get(w) !== state.name);
    });
    // No one body of the text fits: the state stays, and "the authority" later may take it up (resolveDescriptions).
    if (fit.length !== 1) { (state.bodyHeads ??= new Set()).add(toks[k].text.toLowerCase()); continue; }
    mentions[n] = { ...mk(info, m.t0, k + 1, fit[0]), coref: false };
  }
}

/**
 * The initials an organisation's name may be shortened to: of its capitalised words ("Northern Data Oversight
 * Board" → NDOB, "Bureau of Trade and Security" → BTS), and of every word, the name's connectors included
 * ("Ministry of Ports, Water and Energy" → MOPWAE). Only for names of three words or more.
 */
export function initialsOf(name: string): string[] {
  const words = tokenize(name).map((t) => t.text).filter((w) => /^\p{L}/u.test(w));
  if (words.length < 3) return [];
  const caps = words.filter((w) => !CONNECTORS.has(w)).map((w) => w[0]).join('');
  const all = words.filter((w) => w.toLowerCase() !== ARTICLE_THE).map((w) => w[0].toUpperCase()).join('');
  return [...new Set([caps, all])].filter((x) => /^\p{Lu}{3,8}$/u.test(x));
}

/**
 * An all-capital word no body of the article owns, made of the initials of one organisation the article names in
 * full ("the Northern Data Oversight Board … the NDOB said"), names that organisation: wire copy and releases
 * shorten a body's name without always giving the short form in parentheses. Two organisations with the same initials:
 * neither. Persons, states and generic ministries shared by many states are never shortened this way.
 */
export function linkInitials(sentences: readonly { toks: Token[] }[], reg: Registry): void {
  const byInitials = new Map<string, Entity | null>();
  for (const e of reg.order) {
    if (e.mentions < 0 || e.kind === 'person' || e.kind === 'model' || e.kind === 'government' && e.country === e.name) continue;
    for (const i of initialsOf(e.name)) byInitials.set(i, byInitials.has(i) && byInitials.get(i) !== e ? null : e);
  }
  if (!byInitials.size) return;
  const done = new Set<string>();
  for (const { toks } of sentences) for (const t of toks) {
    const w = t.text;
    if (done.has(w) || !ACRONYM_RE.test(w)) continue;
    done.add(w);
    const ent = byInitials.get(w);
    if (!ent || reg.dynamic.has(w) || BY_NAME.has(w) || EXACT.has(w)) continue;
    reg.addDynamic(w, ent);
  }
}

/**
 * The last token of a company's name before its legal form ("Harlow Robotics Pte. Ltd.", "Sarang Data Private
 * Limited", "Alcor Datos S.A. de C.V."): legal-form words, a word that leads one ("Private") and a connector between
 * two of them are no part of the name. Returns `last` when the run ends in none.
 */
/** Whether the capitalised words from `from` end in a company's legal form ("… and Cordal Optics SpA"): a second party. */
function companyWithLegalForm(toks: readonly Token[], from: number): boolean {
  for (let q = from; q < toks.length && q - from < 6 && /^\p{Lu}/u.test(toks[q].text); q++) if (LEGAL_SUFFIX_WORDS.has(toks[q].text) && q > from) return true;
  return false;
}

export function beforeLegalSuffix(toks: readonly Token[], first: number, last: number): number {
  let k = last;
  while (k > first) {
    const w = toks[k].text;
    if (LEGAL_SUFFIX_WORDS.has(w)) { k--; continue; }
    if (k < last && (LEGAL_SUFFIX_LEADS.has(w) || (CONNECTORS.has(w) && k - 1 > first && LEGAL_SUFFIX_WORDS.has(toks[k - 1].text)))) { k--; continue; }
    break;
  }
  return k;
}
