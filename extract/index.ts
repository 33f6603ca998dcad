// The extractor: article text in, entities and dated, grounded events out (CONTRACT.md).
// Pure and synchronous; the only state is the gazetteer loaded once at module load.
import { BY_NAME } from './gazetteer.ts';
import { expandCountedPlurals } from './plurals.ts';
import { createRequire } from 'node:module';
import { dateArticleEvents, type DatePrecision, type EventDating } from './dates.ts';
import { isHeadline, splitSentences, tokenize, type Sentence } from './text.ts';
import { Registry, findMentions, discover, linkProducts, resolveDescriptions, pronounPossessors, linkTitledOrganisations, placeSpokespersons, bodyOfficials, noteAppositions, type Entity, type SentenceInfo } from './entities.ts';
import { voicesOf } from './events.ts';
import { detectEvents, reportedAccuserOf, agentOf, type Voice, quoteSpeakersOf, CARRIED, NAMED_ACCUSER, JURY_ACTOR, type Agent, type RawEvent, type SentCtx } from './events.ts';
import { ISSUES, LEGAL_CONTEXT, TRIGGERS, SPOKESPERSON_NOUNS, ROLE_ORG_PREPS } from './lexicon.ts';
import { CONFLICT_NOUNS, FIRST_PERSON, PROMPTED_BY_VERBS, CLAIM_NOUN_ACTS, CLAIM_NOUN_DEFINITE, DISPUTE_CHARGE_MATTER } from './lexicon.ts';
import { TYPE_RULES } from './types.ts';
import { linkInitials, PUBLIC_KINDS } from './entities.ts';
import { companiesBySuffix, nameFormsOf, placeSharedBodies, statesNamedIn, stateBodiesByDescription } from './entities.ts';
import { discourseEvents } from './discourse.ts';
import { impliedEvents } from './implied.ts';
import { filterFeatures, filterModel, keepProbability } from './learned.ts';

export type EntityKind = 'company' | 'model' | 'government' | 'regulator' | 'court' | 'legislature' | 'person' | 'other_org';
export type EventType = 'ALLEGATION' | 'DENIAL' | 'LEGAL_ACTION' | 'INVESTIGATION' | 'RESTRICTION' | 'THREAT' | 'DEMAND' | 'DEESCALATION';
export const EVENT_TYPES: readonly EventType[] = ['ALLEGATION', 'DENIAL', 'LEGAL_ACTION', 'INVESTIGATION', 'RESTRICTION', 'THREAT', 'DEMAND', 'DEESCALATION'];

export interface ArticleInput { id?: string; title?: string | null; published?: string | null; url?: string | null; text: string }
export interface ExtractedEntity { name: string; kind: EntityKind; mentions: number; aliases: string[]; organisation?: string | null }
export interface ExtractedEvent {
  type: EventType; actor: string; target: string | null;
  actorKind: EntityKind | null; targetKind: EntityKind | null;
  date: string;
  /** How much of `date` the text gives: the day, or only its month or year (then `date` is the period's first day). */
  datePrecision: DatePrecision | null;
  /** The text places the event well before publication (more than 60 days, or a pluperfect with an earlier date). */
  background: boolean;
  sentence: string;
  field: 'text' | 'title';
  start: number; end: number;
  quote: string | null;
  issue: string;
  confidence: number;
  answers?: { type: EventType; actor: string; target: string | null } | null;
  /** Only with `explain`: the pattern that fired and how each role was filled. */
  explain?: { pattern: string; actor: string; target: string; via?: { actor?: string; target?: string }; keep?: number };
}
export interface Extraction { entities: ExtractedEntity[]; events: ExtractedEvent[] }
export interface ExtractOptions {
  now?: Date; explain?: boolean;
  /**
   * The learned event filter (extract/learned.ts): drop the events its model scores unlikely — more precise, a little
   * less recall (extract/README.md, "Learned layers"). Off unless asked for.
   */
  filter?: boolean;
  /** For training the filter: every event before filtering, with its features (extract/learn/train.ts). */
  collect?: (rows: { event: ExtractedEvent; features: string[] }[]) => void;
}

const MIN_CONFIDENCE = 0.4;
/** Patterns whose act may name no target ("imposed export controls on gallium"): TriggerSpec.openTarget. */
const OPEN_TARGET = new Set(TRIGGERS.filter((t) => t.openTarget).map((t) => t.id));
/** Kinds of a public body whose legal step a jury named as actor yields to. */
const AUTHORITY_KINDS: EntityKind[] = ['government', 'regulator', 'court'];
const NEEDS_CONFLICT = new Set(TRIGGERS.filter((t) => t.needsConflict).map((t) => t.id));
/** Patterns that report a wrongdoing (mode "report"): their accuser is the speaker, else whoever the text carries over. */
const REPORT_PATTERNS = new Set(TRIGGERS.filter((t) => t.mode === 'report').map((t) => t.id));
/** Judgements on a measure: the measure's author is the target (TriggerSpec.againstAuthorOf). */
const AGAINST_AUTHOR = new Map(TRIGGERS.filter((t) => t.againstAuthorOf).map((t) => [t.id, t.againstAuthorOf!]));
const COUNTERPART = "counterpart from the article's other events";
/** The patterns of a criminal charge (an indictment, an arrest, prosecutors' charges): the charged answer their author. */
const CHARGE_PATTERNS = new Set(['legal-action.charge', 'legal-action.prosecutors-charge', 'legal-action.indictment-against']);
const REPORTED_ACCUSER = "speaker of the nearest earlier report on the actor";

/** Extracts entities and events from one article; never throws. */
export function extract(input: ArticleInput, opts: ExtractOptions = {}): Extraction {
  try {
    return extractOrThrow(input, opts);
  } catch (err) {
    // A bug must not take the worker down on one odd article; the article simply yields nothing.
    process.stderr.write(`extract: internal error: ${(err as Error)?.message}\n`);
    return { entities: [], events: [] };
  }
}

/**
 * extract() without the safety net: an internal error is thrown, not turned into an empty result. The commands
 * (`brinkwatch extract`, `brinkwatch disputes`) use it so that a failed article is reported as failed, never as an
 * article with no events.
 */
export function extractOrThrow(input: ArticleInput, opts: ExtractOptions = {}): Extraction {
  const source = typeof input?.text === 'string' ? input.text : '';
  // The text as read: see normaliseText. `at` maps its offsets back into the source, from which the events' sentences
  // are cut verbatim.
  const { text, at: toSource } = normaliseText(source);
  const rawTitle = typeof input?.title === 'string' ? input.title : '';
  const title = rawTitle.replace(SPACE_LIKE, ' ');
  // The wall clock stands in only when the article has no usable publication date and the caller passed no `now`.
  const dating = { published: typeof input?.published === 'string' ? input.published : null, now: opts.now ?? new Date() };
  const reg = new Registry();

  const titleSents: Sentence[] = title.trim() ? [{ text: title, start: 0, end: title.length, line: -1, qa: null }] : [];
  const textSents = splitSentences(text);
  // Arrays handed on to other functions are made with Array.from, not .map: optimised code's inlined .map makes a holey
  // array where the builtin makes a packed one, and every function reading it was deoptimised (and recompiled) each
  // time the maker changed tier (extract/README.md, "Speed").
  const all: { info: SentenceInfo; field: 'text' | 'title' }[] = [
    ...Array.from(titleSents, (s) => ({ info: { s, toks: tokenize(s.text, 0), mentions: [], depth: undefined, front: undefined, verbs: undefined }, field: 'title' as const })),
    ...Array.from(textSents, (s) => ({ info: { s, toks: tokenize(s.text, s.start), mentions: [], depth: undefined, front: undefined, verbs: undefined }, field: 'text' as const })),
  ];
  const forms = Array.from(all, ({ info, field }) => ({ toks: info.toks, headline: field === 'title' || isHeadline(info.s.text) }));
  ({ nameWords: reg.nameWords, soloWords: reg.soloWords, titledWords: reg.titledWords } = nameFormsOf(forms));
  reg.statesNamed = statesNamedIn(Array.from(all, (x) => x.info.toks));
  // Pass 1 discovers unknown names; pass 2 finds every mention, surnames and acronyms included.
  const seenAt: number[] = [];
  for (const { info } of all) {
    info.mentions = findMentions(info.toks, reg, info.s);
    seenAt.push(reg.version);
    discover(info.toks, info.mentions, reg, info.s.line === -1 || isHeadline(info.s.text));
  }
  const recent: Entity[] = [];
  let lastPerson: Entity | null = null;
  // "the Northern Data Oversight Board … the NDOB": an organisation's initials name it.
  linkInitials(Array.from(all, (x) => x.info), reg);
  // Re-scan only sentences that a later discovery (a surname, an acronym, a new lab) could change.
  all.forEach(({ info }, i) => { if (reg.version !== seenAt[i]) info.mentions = findMentions(info.toks, reg, info.s); });
  companiesBySuffix(Array.from(all, (x) => x.info));
  linkProducts(Array.from(all, (x) => x.info));
  placeSharedBodies(Array.from(all, (x) => x.info), reg, all.find((x) => x.field === 'title')?.info ?? null);
  // The courts and judges the article names anywhere: what an unresolved "a federal judge" or "the jury" may mean.
  const bench = [...new Set(all.flatMap(({ info }) => info.mentions.filter((m) => m.ent.kind === 'court' || m.ent.role === 'judge').map((m) => m.ent)))];
  // The topic is the previous text sentence's subject, if no blank line (a paragraph break) stands between.
  for (let i = 0; i < all.length; i++) {
    const { info, field } = all[i];
    const prev = i > 0 && all[i - 1].field === 'text' && field === 'text' ? all[i - 1].info : null;
    const sameParagraph = !!prev && !/\n[ \t]*\n/.test(text.slice(prev.s.end, info.s.start));
    noteAppositions(info);
    stateBodiesByDescription(info, reg);
    resolveDescriptions(info, recent, lastPerson, reg, sameParagraph ? prev : null, bench);
    pronounPossessors(info, lastPerson);
    linkTitledOrganisations(info);
    placeSpokespersons(info, recent);
    bodyOfficials(info, recent);
    for (const m of info.mentions) {
      m.ent.mentions++;
      if (m.surface !== m.ent.name && !m.coref) m.ent.aliases.add(m.surface);
      if (!m.listener) recent.push(m.ent);
      if (m.ent.kind === 'person') lastPerson = m.ent;
    }
    if (recent.length > 200) recent.splice(0, recent.length - 100);
  }

  const textInfos = Array.from(all.filter((x) => x.field === 'text'), (x) => x.info);
  const ctx: SentCtx = { lastActor: null, defaultSpeaker: findDefaultSpeaker(Array.from(all, (x) => x.info), reg), quoteSpeakers: quoteSpeakersOf(textInfos, reg),
    legalContext: all.some(({ info }) => info.toks.some((t) => LEGAL_CONTEXT.test(t.text))) };
  // Where the article first names a matter of ours (its title: from the start): a charge told after it is ours.
  const matter = all.find(({ info }) => DISPUTE_CHARGE_MATTER.test(info.s.text));
  if (matter) ctx.chargeMatterFrom = matter.field === 'title' ? -1 : matter.info.s.start;
  const vo = voicesOf(textInfos, reg);
  ctx.voices = vo.voices; ctx.addressee = vo.addressee; ctx.addressees = vo.addressees;
  const raw: RawEvent[] = [];
  for (const { info, field } of all) detectEvents(info, field, reg, ctx, raw);
  // "added three Dalmoran companies …. The firms — A, B and C — …": an act on a counted plural is an act on each member.
  expandCountedPlurals(raw, textInfos, reg);
  // A leading authority leads: it is named in the title or the first two sentences of the text (a release's issuer).
  const lead = new Set<Entity>();
  let nText = 0;
  for (const { info, field } of all) {
    if (field === 'text' && ++nText > 2) break;
    for (const m of info.mentions) lead.add(m.ent);
  }
  const authorities = topAuthorities(reg, lead);
  resolveOpenRoles(raw, (a) => groupOf(a, reg), authorities, textInfos, reg, ctx.voices);
  accuserNeverDenies(raw, (a) => groupOf(a, reg));
  // Discourse rules (discourse.ts): denials, threats and demands read from a party's role in the article and a broad
  // cue class, for sentences the patterns left without an event of that type; placed in text order.
  const added = discourseEvents(textInfos, raw, reg, ctx, (a) => groupOf(a, reg), ctx.defaultSpeaker ?? authorities[0] ?? null, all.find((x) => x.field === 'title')?.info ?? null);
  if (added.length) {
    const pos = new Map(Array.from(all, (x, i) => [x.info, i]));
    const keyed = Array.from(raw, (e) => ({ e, s: pos.get(e.info) ?? 0, o: e.order }));
    for (const { at, e } of added) keyed.push({ e, s: pos.get(at) ?? 0, o: Infinity });
    keyed.sort((a, b) => a.s - b.s || a.o - b.o);
    raw.length = 0;
    keyed.forEach(({ e }, i) => { e.order = i; raw.push(e); });
  }

  // A denial never answers a party of the denier's own side (a party that itself denies and never acted against it).
  deniersDenyNoOneOfTheirSide(raw, (a) => groupOf(a, reg));
  // Implied events (implied.ts): an act stated with its reason is also the actor's allegation against the target.
  const implied = impliedEvents(raw);
  if (implied.length) { raw.push(...implied); raw.sort((a, b) => a.order - b.order); }

  // One event per (type, actor, target); a ministry and its state, or an official and their institution, are one party.
  const best = new Map<string, RawEvent>();
  const groupNames = new Map<string, Set<string>>();
  for (const e of raw) {
    // (With a margin for the sums of decimal steps: 0.6 - 0.05 - 0.15 is 0.39999999999999997 in floating point.)
    if (!e.actor || e.conf < MIN_CONFIDENCE - 1e-9) continue;
    // A sentence that names neither party ("Distillation is widely used ...") reports no act of this dispute.
    if (TYPE_RULES[e.type].needsANamedParty && e.how.actor === CARRIED && e.how.target === COUNTERPART) continue;
    // An accusation whose accuser is only carried over from earlier sentences was right about one time in three over the
    // labelled sets (session 9): the table can ask for an accuser the sentence or its speaker gives.
    // (Only a reported wrongdoing, "… had stolen the designs", not an accusing verb whose subject is a pronoun: "It accused X".)
    if (TYPE_RULES[e.type].needsOwnActor && e.how.actor === CARRIED && REPORT_PATTERNS.has(e.pattern)) continue;
    if (e.target && (e.target.name === e.actor.name || groupOf(e.target, reg) === groupOf(e.actor, reg))) continue;
    // A jury named as the actor only stands in for an authority the article does not name: where a public body takes the
    // same step against the same party elsewhere in the article, that body's event is the one.
    if (e.how.actor === JURY_ACTOR && e.target && raw.some((x) => x !== e && x.type === e.type && x.actor && x.target?.name === e.target!.name
      && AUTHORITY_KINDS.includes(x.actor.kind))) continue;
    // Only a threat may leave its target open ("cautioned companies that ..."); other acts need their other party.
    if (!e.target && !TYPE_RULES[e.type].targetOptional && !OPEN_TARGET.has(e.pattern)) continue;
    // "Marrowby limited sales of its console", "Marrowby will take measures to cut costs": an act with no target is a
    // measure only from the kinds of actor the table names; a company's is its own business.
    if (e.target && !TYPE_RULES[e.type].courtMayBeTarget && (e.target.kind === 'court' || e.target.role === 'judge')) continue;
    const noTarget = TYPE_RULES[e.type].noTargetActorKinds;
    if (!e.target && noTarget !== 'any' && !noTarget.includes(e.actor.kind)) continue;
    // "Quillon and Marrowby agreed to cooperate on research": with no dispute in the article, an agreement ends none.
    // An agreement with a party of no other act of the article ("signed a memorandum with Quillon, a builder of server
    // halls, and Marrowby") is a deal, not the end of a dispute: another act between parties must involve one of its own.
    if (NEEDS_CONFLICT.has(e.pattern) && !e.info.toks.some((x) => CONFLICT_NOUNS.test(x.text)) && !raw.some((x) => x.type !== e.type && x.actor && x.target
      && [x.actor, x.target].some((p) => [e.actor!, e.target].some((q) => q && groupOf(p!, reg) === groupOf(q, reg))))) continue;
    // "An analyst told reporters Quillon's claims were false": a speaker answers a named accuser only when accused by it.
    if (TYPE_RULES[e.type].accusedSpeakerOnly && e.how.actor === 'speaker' && e.how.target === NAMED_ACCUSER && e.target
      && !raw.some((x) => x.type !== e.type && x.actor && x.target && groupOf(x.actor, reg) === groupOf(e.target!, reg) && groupOf(x.target, reg) === groupOf(e.actor!, reg))) continue;
    const key = `${e.type}|${groupOf(e.actor, reg)}|${e.target ? targetGroupOf(e.target, reg) : ''}`;
    const names = groupNames.get(key) ?? new Set<string>();
    // (A headline's short name, "EU probes X", does not rename the act the text gives its body: only the text's names count.)
    if (e.field === 'text') names.add(e.actor.name);
    groupNames.set(key, names);
    const cur = best.get(key);
    if (!cur || e.conf > cur.conf + 1e-9 || (Math.abs(e.conf - cur.conf) < 1e-9 && cur.field === 'title' && e.field === 'text')) best.set(key, e);
  }
  for (const [key, e] of best) {
    // Prefer the state's name when the article speaks both of the state and of its ministry.
    const c = e.actor!.country;
    // An agency (a regulator) keeps its own name: "Italy blocks …" in a headline is its regulator's act.
    if (c && c !== e.actor!.name && e.actor!.kind !== 'regulator' && groupNames.get(key)!.has(c)) e.actor = { name: c, kind: 'government', country: c };
    // A ministry whose name every state's texts share ("the Foreign Ministry", "the Polish foreign ministry", "Kenya's
    // Ministry of Commerce") is named by its state: the short name alone says not whose it is.
    e.actor = bySharedState(e.actor!, reg);
    if (e.target) e.target = bySharedState(e.target, reg);
  }
  // "Regulator fines Lumen" above "The Dalmore Data Protection Authority fined Lumen …": a headline's act on a party
  // that the text states with another actor of its sort (a public body for a public body, a company for a company; not a
  // person) is the same act under the headline's short name for it. ("Court bars Quillon" above "Marrowby sued Quillon"
  // keeps both: a court's act and a plaintiff's.)
  for (const [key, e] of best) {
    if (e.field !== 'title' || !e.target) continue;
    const tg = targetGroupOf(e.target, reg), g = groupOf(e.actor!, reg);
    if ([...best.values()].some((f) => f.field === 'text' && f.type === e.type && f.target && targetGroupOf(f.target, reg) === tg
      && f.actor!.kind !== 'person' && PUBLIC_BODY_KINDS.includes(f.actor!.kind) === PUBLIC_BODY_KINDS.includes(e.actor!.kind)
      && groupOf(f.actor!, reg) !== g)) best.delete(key);
  }
  // "U.S. adds Huilor to entity list" above "… added Huilor Data Systems and two of its units to its entity list": a
  // measure on a company's short name (its first words) is the same measure as on the full name by the same actor.
  for (const [key, e] of best) {
    if (e.type !== 'RESTRICTION' || e.target?.kind !== 'company') continue;
    const g = groupOf(e.actor!, reg), short = e.target.name + ' ';
    if ([...best.values()].some((f) => f !== e && f.type === e.type && f.target?.kind === 'company' && f.target.name.startsWith(short) && groupOf(f.actor!, reg) === g)) best.delete(key);
  }
  // "Veldoria adds Corvane to list" and "the Ministry of Commerce added Corvane …" with no state known for the ministry: a
  // state body of no known state and a state acting on the same party are one measure, the state's.
  for (const [key, e] of best) {
    if (e.type !== 'RESTRICTION' || !e.target || (e.actor!.kind !== 'government' && e.actor!.kind !== 'regulator') || e.actor!.country) continue;
    const tg = targetGroupOf(e.target, reg);
    const states = [...best.values()].filter((f) => f !== e && f.type === e.type && f.target && targetGroupOf(f.target, reg) === tg && f.actor!.kind === 'government' && f.actor!.country === f.actor!.name);
    if (states.length === 1) best.delete(key);
  }
  const chosen = [...best.values()].sort((a, b) => a.order - b.order);
  // Each event's date: its own sentence's, else the rest of the article's (the same act dated elsewhere, a definite
  // reference back, a dateline above it), else the publication date — as the disputes command dates given events.
  const dates = dateArticleEvents({ title, text, published: dating.published, now: dating.now, sentences: textSents }, Array.from(chosen, (e) => ({
    type: e.type, actor: e.actor!.name, target: e.target?.name ?? null, sentence: e.info.s.text, triggerOffset: e.tpos,
    at: e.field === 'title' ? -1 : e.info.s.start,
  })));
  let events: ExtractedEvent[] = chosen.map((e, i) => toEvent(e, chosen, dates[i], text, source, rawTitle, toSource));
  if (opts.explain) chosen.forEach((e, i) => { events[i].explain = { pattern: e.pattern, ...e.how, ...(e.via ? { via: e.via } : {}) }; });
  // The learned filter (learned.ts): each event scored from the engine's own account of it; unlikely ones dropped.
  const fm = opts.filter ? filterModel() : null;
  if (fm || opts.collect) {
    const feats = chosen.map((e, i) => filterFeatures({
      type: e.type, pattern: e.pattern, howActor: e.how.actor, howTarget: e.how.target, via: e.via ? Object.keys(e.via) : [],
      actorKind: events[i].actorKind, targetKind: events[i].targetKind, field: e.field, quote: !!e.quote, background: events[i].background,
      confidence: events[i].confidence, answers: events[i].answers !== null,
    }));
    if (opts.collect) opts.collect(events.map((event, i) => ({ event, features: feats[i] })));
    if (fm) {
      const p = feats.map((f) => keepProbability(fm, f));
      if (opts.explain) events.forEach((ev, i) => { ev.explain!.keep = Math.round(p[i] * 1000) / 1000; });
      events = events.filter((_, i) => p[i] >= fm.threshold);
    }
  }

  const entities: ExtractedEntity[] = reg.order
    .filter((e) => e.mentions > 0)
    .sort((a, b) => b.mentions - a.mentions)
    .map((e) => ({ name: e.name, kind: e.kind, mentions: e.mentions, aliases: [...e.aliases], organisation: e.organisation }));
  return { entities, events };
}

/** Kinds of a public body: a headline's act by one is restated in the text by another of them, not by a company. */
const PUBLIC_BODY_KINDS: readonly EntityKind[] = ['government', 'regulator', 'legislature', 'court'];
/**
 * A government body of a name many states' bodies share (gazetteer `generic`), as its state: when the text names that
 * state, or gives the body another state than its gazetteer default ("the Polish foreign ministry").
 */
function bySharedState(a: Agent, reg: Registry): Agent {
  if (a.kind !== 'government' || !a.country || a.country === a.name) return a;
  const gz = BY_NAME.get(a.name);
  if (!gz?.generic) return a;
  if (gz.stateItself) return { name: a.country, kind: 'government', country: a.country };
  if (!reg.statesNamed.has(a.country) && (gz.country === a.country || !reg.byKey.has(`${a.name}|${a.country}`))) return a;
  return { name: a.country, kind: 'government', country: a.country };
}

/** The body whose spokesperson speaks in the article ("a spokesperson for China's Ministry of Commerce"), if any. */
const INSTITUTIONAL: EntityKind[] = ['government', 'legislature', 'regulator'];

/** The article's leading authorities: institutional entities named at least three times, in the lead among them, most named first. */
function topAuthorities(reg: Registry, lead: Set<Entity>): Agent[] {
  return reg.order
    .filter((e) => INSTITUTIONAL.includes(e.kind) && e.mentions >= 3 && lead.has(e))
    .sort((a, b) => b.mentions - a.mentions)
    .slice(0, 2)
    .map((e) => agentOf(e, reg));
}

/** Dedup group of a party: government bodies go with their state, officials with their institution. */
function groupOf(a: Agent, reg: Registry): string {
  if (a.kind === 'person' && a.org) {
    const org = reg.byKey.get(a.org) ?? [...reg.byKey.values()].find((x) => x.name === a.org);
    if (org) return groupOf({ name: org.name, kind: org.kind, country: org.country }, reg);
    return a.name;
  }
  if ((a.kind === 'government' || a.kind === 'regulator') && a.country) return a.country;
  return a.name;
}

/** Dedup group of a target: also a company's named officer goes with the company ("OpenAI and its CEO, Sam Altman"). */
function targetGroupOf(a: Agent, reg: Registry): string {
  if (a.kind === 'person' && a.org) {
    const org = reg.byKey.get(a.org);
    if (org && org.kind === 'company' && org.mentions > 0) return org.name;
  }
  return groupOf(a, reg);
}

function findDefaultSpeaker(infos: SentenceInfo[], reg: Registry): Agent | null {
  for (const info of infos) {
    const sp = info.mentions.find((m) => m.ent.kind === 'person' && m.ent.role === 'spokesperson');
    if (sp) return agentOf(sp.ent, reg);
    const k = info.toks.findIndex((t) => SPOKESPERSON_NOUNS.test(t.text));
    if (k >= 0) {
      let best: { d: number; ent: Entity } | null = null;
      for (const m of info.mentions) {
        if (m.ent.kind !== 'government' && m.ent.kind !== 'regulator') continue;
        const d = m.t0 > k ? m.t0 - k : k - m.t1 + 1;
        // "the ministry spokesman called on A and B": a body after the noun is the spokesperson's only after "for"/"at"
        // ("a spokesman for the ministry") or in apposition after a comma ("Official Spokesperson, Ministry of …"), not
        // as the object of the spokesperson's verb.
        const after = info.toks[k + 1]?.text ?? '';
        if (m.t0 > k && !ROLE_ORG_PREPS.test(after) && !(after === ',' && (ROLE_ORG_PREPS.test(info.toks[k + 2]?.text ?? '')
          || (m.t0 <= k + 4 && info.toks.slice(k + 2, m.t0).every((x) => /^\p{Lu}/u.test(x.text)))))) continue;
        if (d <= 6 && (!best || d < best.d)) best = { d, ent: m.ent };
      }
      if (best) return agentOf(best.ent, reg);
    }
  }
  return null;
}

/** Fills roles a sentence left open from the article's other events: the counterpart of the actor or target. */
function resolveOpenRoles(raw: RawEvent[], group: (a: Agent) => string, authorities: Agent[], infos: SentenceInfo[], reg: Registry, voices?: Map<number, Voice>): void {
  const complete = () => raw.filter((e) => e.actor && e.target);
  const at = new Map(infos.map((x, i) => [x, i]));
  for (const e of raw) {
    if (e.anaphor) {
      const earlier = raw.filter((x) => x.order < e.order && x.info !== e.info && x.type === 'ALLEGATION' && x.actor && x.target && !x.anaphor);
      const prior = (e.target ? earlier.filter((x) => x.target!.name === e.target!.name).pop() : undefined) ?? earlier.pop();
      if (prior) {
        if (!e.actor) e.actor = prior.actor;
        if (!e.target || e.target.name === e.actor?.name) e.target = prior.target;
        e.how = { actor: 'author of the earlier allegation', target: 'accused of the earlier allegation' };
      }
      e.needActor = false; e.needTarget = false;
      continue;
    }
    if (e.needActor && !e.actor && e.target && e.field === 'text') {
      // An agentless passive ("were removed from the list") is done by whoever did the matching act to the same target.
      const from = TYPE_RULES[e.type].agentlessFrom;
      const same = from === 'self' ? [e.type] : from;
      const src = complete().filter((x) => same.includes(x.type) && x.target!.name === e.target!.name && x.field === 'text');
      if (src.length) { e.actor = src.sort((a, b) => Math.abs(a.order - e.order) - Math.abs(b.order - e.order))[0].actor; e.how.actor = 'actor of the matching act on the same target'; }
    }
    if (e.needActor && !e.actor && e.target && e.field === 'text' && e.passive && TYPE_RULES[e.type].passiveAgentFrom.length) {
      // "The Authority fined X. X was also ordered to delete the data": the public body that acted on X, the nearest.
      const from = TYPE_RULES[e.type].passiveAgentFrom;
      const src = complete().filter((x) => x !== e && from.includes(x.type) && PUBLIC_KINDS.includes(x.actor!.kind) && x.target!.name === e.target!.name && x.field === 'text');
      if (src.length) { e.actor = src.sort((a, b) => Math.abs(a.order - e.order) - Math.abs(b.order - e.order))[0].actor; e.how.actor = 'public body that acted on the same party'; }
    }
    if (e.needActor && !e.actor && e.target && e.field === 'text' && e.passive && e.type === 'ALLEGATION') {
      // "Quillon sued Marrowby in May. Marrowby is accused of copying …", "X is alleged to have …": an accusation in the
      // passive with no agent is made by whoever sued, probed or accused that party in the article, the nearest one.
      const src = complete().filter((x) => x !== e && x.target!.name === e.target!.name && x.actor!.kind !== 'court' && x.actor!.role !== 'judge'
        && (x.type === 'LEGAL_ACTION' || x.type === 'INVESTIGATION'));
      if (src.length) { e.actor = src.sort((a, b) => Math.abs(a.order - e.order) - Math.abs(b.order - e.order))[0].actor; e.how.actor = 'party that sued or probed the accused'; }
    }
    if (e.needActor && !e.actor && e.target && e.field === 'text' && e.passive && e.type === 'RESTRICTION') {
      // "The FTC settled its case with X. X has been banned from using …": an agentless measure on a party is the act of
      // the state body that acted on that party in the article (sued, probed, settled with or accused it), the nearest
      // one ("The Commission accused X of hiding fees. X was fined …").
      const src = complete().filter((x) => x !== e && (x.actor!.kind === 'government' || x.actor!.kind === 'regulator') && x.target!.name === e.target!.name
        && (x.type === 'LEGAL_ACTION' || x.type === 'INVESTIGATION' || x.type === 'DEESCALATION' || x.type === 'ALLEGATION'));
      if (src.length) { e.actor = src.sort((a, b) => Math.abs(a.order - e.order) - Math.abs(b.order - e.order))[0].actor; e.how.actor = 'state body that acted on the same party'; }
    }
    if (e.needActor && !e.actor && e.target && e.field === 'text' && !e.passive && TYPE_RULES[e.type].authorityFallback) {
      // An act with no named actor in an article led by one authority (a press release, a ministry statement) is that authority's.
      const a = authorities.find((x) => group(x) !== group(e.target!));
      if (a) { e.actor = a; e.conf -= 0.1; e.how.actor = "the article's leading authority"; }
    }
    if (e.needTarget && !e.target && e.actor) {
      const kinds = TYPE_RULES[e.type].counterpartActorKinds;
      if (kinds !== 'any' && !kinds.includes(e.actor.kind)) continue;
      const prefer = TYPE_RULES[e.type].counterpartPrefers;
      if (TYPE_RULES[e.type].targetFromOwnAllegation) {
        // A complaint with no named defendant is brought against whoever the complainant accused — in a sentence that
        // names the complainant as accuser: an accuser carried over to a sentence that names none ("the question of how to
        // police copying between models is on the agenda in London") is too weak to name a defendant.
        const acc = complete().filter((x) => x.type === 'ALLEGATION' && group(x.actor!) === group(e.actor!) && x.how.actor !== CARRIED);
        if (acc.length) { e.target = acc.sort((a, b) => Math.abs(a.order - e.order) - Math.abs(b.order - e.order))[0].target; e.how.target = "whom the complainant accused"; continue; }
      }
      // "Prosecutors charged Vik with … . Vik's lawyer said his client was innocent": a person (or a firm charged as one
      // is) answers the public body that charged it, before any other party that accused it.
      if (TYPE_RULES[e.type].answersCharger) {
        const g = group(e.actor);
        const charged = complete().filter((x) => x.type === 'LEGAL_ACTION' && group(x.target!) === g && PUBLIC_KINDS.includes(x.actor!.kind)
          && x.actor!.kind !== 'court' && x.actor!.role !== 'judge' && (e.actor!.kind === 'person' || CHARGE_PATTERNS.has(x.pattern)));
        const src = charged.sort((a, b) => Math.abs(a.order - e.order) - Math.abs(b.order - e.order))[0];
        if (src) { e.target = src.actor; e.how.target = 'the public body that charged the denier'; continue; }
      }
      const i = at.get(e.info);
      if (TYPE_RULES[e.type].targetFromPromptedAct && i !== undefined && e.info.toks.some((x) => x.start - e.info.s.start < e.tpos && PROMPTED_BY_VERBS.test(x.text))) {
        const acts = complete().filter((x) => x !== e && (x.type === 'INVESTIGATION' || x.type === 'RESTRICTION' || x.type === 'LEGAL_ACTION')
          && PUBLIC_KINDS.includes(x.actor!.kind) && group(x.target!) !== group(e.actor!) && (at.get(x.info) ?? -1) <= i && (at.get(x.info) ?? -1) >= i - 2);
        const src = acts.sort((a, b) => Math.abs(a.order - e.order) - Math.abs(b.order - e.order))[0];
        if (src) { e.target = src.target; e.how.target = 'target of the act the filing prompted'; continue; }
        // A filing tied to an act it prompted answers to that act alone: with none near, no other party is its defendant
        // (least of all the authority it was lodged with). An authority's own case ("follows a case the regulator
        // brought last year") still finds its party below.
        if (!PUBLIC_KINDS.includes(e.actor.kind)) continue;
      }
      const fromReport = TYPE_RULES[e.type].accuserFromReport && i !== undefined;
      // A transcript's answer answers the question before it, before any other act of the article.
      const turn = !e.info.s.qa && !!voices?.get(e.info.s.line)?.turn;
      const q = fromReport && (e.info.s.qa === 'A' || turn) ? reportedAccuserOf(infos, i!, e.actor, group, reg, turn) : null;
      if (q) { e.target = q; e.how.target = REPORTED_ACCUSER; continue; }
      // A hearing witness's rebuttal with no act of the questioner told: the one the turn answers.
      const asked = fromReport && turn ? voices?.get(e.info.s.line)?.addressee ?? null : null;
      if (asked && group(asked) !== group(e.actor)) { e.target = asked; e.how.target = 'the one the transcript turn answers'; continue; }
      const named = TYPE_RULES[e.type].targetFromClaimNoun ? claimNounActs(e.info) : null;
      const author = named ? authorOfNamedAct(complete(), e, named, group) : null;
      if (author) { e.target = author; e.how.target = 'author of the act the sentence names by a noun ("the complaint", "the findings")'; continue; }
      const measures = AGAINST_AUTHOR.get(e.pattern);
      if (measures) {
        const g = group(e.actor);
        const near = (a: RawEvent, b: RawEvent) => Math.abs(a.order - e.order) - Math.abs(b.order - e.order);
        const acts = complete().filter((x) => measures.includes(x.type) && group(x.actor!) !== g && x.actor!.kind !== 'court' && x.actor!.role !== 'judge').sort(near);
        const src = acts.find((x) => group(x.target!) === g) ?? acts[0];
        if (src) { e.target = src.actor; e.how.target = 'author of the measure judged'; continue; }
      }
      const c = counterpart(complete(), e.actor, e, prefer, group, raw);
      // A control on a class of goods ("will restrict exports of gallium") falls on a state or a firm, never on a person.
      if (c && OPEN_TARGET.has(e.pattern) && c.kind === 'person') continue;
      if (c) { e.target = c; e.how.target = COUNTERPART; continue; }
      const r = fromReport && e.how.actor !== CARRIED ? reportedAccuserOf(infos, i!, e.actor, group, reg) : null;
      if (r) { e.target = r; e.how.target = REPORTED_ACCUSER; }
    }
  }
}

/**
 * A denial never answers a party of the denier's own side. A party that itself denies in the article ("Kestria rejected
 * the accusations") is on the accused side; another party's denial of it ("the Kestrian Embassy dismissed the
 * accusations against Kestria", or the accuser carried over as the speaker of "Kestria rejected the accusations as
 * baseless") stands only when that party acted against the denier (accused, sued, probed or restricted it) or denied
 * the denier's claims in another sentence (each side denying the other's claims). Otherwise the denial has no actor
 * and is dropped: it is the same side's rebuttal, read the wrong way round or on the defended party's behalf.
 */
function deniersDenyNoOneOfTheirSide(raw: RawEvent[], group: (a: Agent) => string): void {
  const deniers = new Set<string>();
  for (const x of raw) if (x.type === 'DENIAL' && x.actor && x.target) deniers.add(group(x.actor));
  for (const e of raw) {
    if (e.type !== 'DENIAL' || !e.actor || !e.target) continue;
    const gt = group(e.target), ga = group(e.actor);
    if (!deniers.has(gt)) continue;
    if (raw.some((x) => x.type === 'DENIAL' && x.actor && x.target && group(x.actor) === gt && group(x.target) === ga && x.info !== e.info)) continue;
    if (raw.some((x) => ACCUSING_TYPES.includes(x.type) && x.actor && x.target && group(x.actor) === gt && group(x.target) === ga)) continue;
    e.actor = null;
  }
}

/**
 * A denial whose actor was only carried over from earlier sentences and who is itself the accuser of the denial's
 * target, in a sentence in the first person ("The Department charged Torvane with … . We have never …"): the statement
 * is the accused's, answering its accuser (an accuser does not deny its own accusation). Not when the target accuses
 * the actor back (a denial of a counter-claim), nor when the actor makes another act in the same sentence ("X is
 * abusing controls based on groundless accusations": its own counter-claim). "US" is no first-person word.
 */
const ACCUSING_TYPES: EventType[] = ['ALLEGATION', 'LEGAL_ACTION', 'INVESTIGATION', 'RESTRICTION'];
const FIRST_PERSON_CASED = /^(?:we|We|WE|our|Our|us|I)$/;
function accuserNeverDenies(raw: RawEvent[], group: (a: Agent) => string): void {
  for (const e of raw) {
    if (e.type !== 'DENIAL' || e.how.actor !== CARRIED || !e.actor || !e.target) continue;
    if (!e.info.toks.some((t) => FIRST_PERSON_CASED.test(t.text) && FIRST_PERSON.test(t.text))) continue;
    const ga = group(e.actor), gt = group(e.target);
    const acts = raw.filter((x) => x !== e && ACCUSING_TYPES.includes(x.type) && x.actor && x.target);
    if (!acts.some((x) => group(x.actor!) === ga && group(x.target!) === gt)) continue;
    if (acts.some((x) => group(x.actor!) === gt && group(x.target!) === ga)) continue;
    if (raw.some((x) => x !== e && x.info === e.info && x.actor && group(x.actor) === ga)) continue;
    const a = e.actor;
    e.actor = e.target; e.target = a;
    e.how = { ...e.how, actor: 'the accused: a first-person denial after its accuser', target: 'the accuser the carried-over actor was' };
  }
  // "We have never sent any data to Zemla," said X, after the FCC accused X: the object of the act denied is no accuser
  // of X; the denial answers the nearest party that accused, charged, investigated or restricted X (not a court).
  for (const e of raw) {
    if (e.type !== 'DENIAL' || e.how.target !== 'object' || !e.actor || !e.target) continue;
    const ga = group(e.actor), gt = group(e.target);
    const against = raw.filter((x) => x !== e && ACCUSING_TYPES.includes(x.type) && x.actor && x.target && group(x.target) === ga && group(x.actor) !== ga
      && x.actor.kind !== 'court' && x.actor.role !== 'judge');
    if (!against.length || against.some((x) => group(x.actor!) === gt)) continue;
    const near = against.sort((a, b) => Math.abs(a.order - e.order) - Math.abs(b.order - e.order))[0];
    e.target = near.actor;
    e.how = { ...e.how, target: 'accuser of the denier (the object of the act denied accused it of nothing)' };
  }
}

/** The acts a definite noun of the sentence names ("the complaint", "these findings"), in order of preference (CLAIM_NOUN_ACTS). */
function claimNounActs(info: SentenceInfo): readonly EventType[] | null {
  const toks = info.toks;
  for (let i = 0; i < toks.length - 1; i++) {
    if (!CLAIM_NOUN_DEFINITE.test(toks[i].text)) continue;
    for (let j = i + 1; j <= i + 3 && j < toks.length; j++) {
      const w = toks[j].text;
      const acts = CLAIM_NOUN_ACTS.find(([re]) => re.test(w));
      if (acts) return acts[1];
      if (!/^\p{Ll}[\p{Ll}-]*$/u.test(w)) break;
    }
  }
  return null;
}

/**
 * The author of the act of one of these kinds against the actor of `self`, the nearest one before it (else after it), of the kinds in their order; a
 * court or judge is no author of what a party answers.
 */
function authorOfNamedAct(events: RawEvent[], self: RawEvent, kinds: readonly EventType[], group: (a: Agent) => string): Agent | null {
  const g = group(self.actor!);
  const acts = events.filter((x) => x !== self && kinds.includes(x.type) && x.actor && x.target && group(x.target) === g && group(x.actor) !== g
    && x.actor.kind !== 'court' && x.actor.role !== 'judge');
  for (const earlier of [true, false]) {
    for (const k of kinds) {
      const near = acts.filter((x) => x.type === k && (x.order < self.order) === earlier).sort((a, b) => Math.abs(a.order - self.order) - Math.abs(b.order - self.order));
      if (near.length) return near[0].actor;
    }
  }
  return null;
}

function counterpart(events: RawEvent[], who: Agent, self: RawEvent, prefer: EventType | null, group: (a: Agent) => string, all: RawEvent[] = events): Agent | null {
  const g = group(who);
  const same = (a: Agent | null) => !!a && group(a) === g;
  // A court or judge that ruled is no party to appeal against, settle with or answer (TYPE_RULES.counterpartNotCourt).
  const bench = (a: Agent) => TYPE_RULES[self.type].counterpartNotCourt && (a.kind === 'court' || a.role === 'judge');
  const near = (a: RawEvent, b: RawEvent) => Math.abs(a.order - self.order) - Math.abs(b.order - self.order);
  const others = events.filter((x) => x !== self).sort(near);
  if (prefer) {
    for (const x of others) {
      if (x.type !== prefer) continue;
      if (same(x.target) && x.actor && !bench(x.actor)) return x.actor;
      if (prefer !== 'ALLEGATION' && same(x.actor) && x.target && !bench(x.target)) return x.target;
    }
  }
  for (const x of others) {
    if (same(x.target) && x.actor && !same(x.actor) && !bench(x.actor)) return x.actor;
    if (same(x.actor) && x.target && !same(x.target) && !bench(x.target)) return x.target;
  }
  // "The Netherlands restricted exports of chip tools. China … reserved the right to respond": a state's measure that
  // names no target is answered by those it hits with threats of their own; its author is the counterpart of a threat.
  // Else ("Washington blacklisted Hanfeng Micro. China pledged to take every step needed") a state's threat that names
  // no one answers the nearest measure of another state in the article, whoever it hit. One pass for both.
  if (self.type === 'THREAT') {
    let answered: Agent | null = null;
    for (const x of all.filter((y) => y !== self).sort(near)) {
      if (x.type !== 'RESTRICTION' || !x.actor || x.actor.kind !== 'government' || same(x.actor)) continue;
      if (!x.target) return x.actor;
      if (!answered && who.kind === 'government' && !same(x.target)) answered = x.actor;
    }
    return answered;
  }
  return null;
}

/** Space characters read as a plain space: no-break, en/em, thin, hair, narrow no-break, figure, ideographic. */
const SPACE_LIKE = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;
const SPACE_LIKE_ONE = new RegExp(SPACE_LIKE.source);
/** Characters with no width of their own (zero-width space and joiners, word joiner, byte-order mark, soft hyphen). */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/;

/**
 * The text as the engine reads it, whatever the page's typography: other space characters become plain spaces (web pages
 * put a no-break space between a title and a name, a number and its unit), a run of spaces one space ("said.  The"),
 * invisible characters go (a soft hyphen inside "crit-icised", a zero-width space after a full stop), and a carriage
 * return before a line feed goes. `at[i]` is the source offset of the read text's character i (`at[text.length]` the
 * source's length). With nothing to change the source is read as it is.
 */
export function normaliseText(source: string): { text: string; at: ((i: number) => number) } {
  if (!/[\u00a0\u2000-\u200d\u202f\u205f\u2060\u3000\ufeff\u00ad\r]| {2}/.test(source)) return { text: source, at: (i) => i };
  const out: string[] = [];
  const map = new Int32Array(source.length + 1);
  let n = 0;
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    let c = source[i];
    if (code >= 0xa0 || code === 13) {
      if (INVISIBLE.test(c)) continue;
      if (code === 13) { if (source[i + 1] === '\n') continue; c = '\n'; }
      else if (SPACE_LIKE_ONE.test(c)) c = ' ';
    }
    if (c === ' ' && n > 0 && out[n - 1] === ' ') continue;
    out.push(c); map[n] = i; n++;
  }
  map[n] = source.length;
  return { text: out.join(''), at: (i) => (i >= 0 && i <= n ? map[i] : source.length) };
}

function toEvent(e: RawEvent, all: RawEvent[], when: EventDating, text: string, source: string, rawTitle: string, toSource: (i: number) => number): ExtractedEvent {
  const s = e.info.s;
  // The sentence's span in the source: from its first character's offset to just after its last one's.
  const start = e.field === 'title' ? s.start : toSource(s.start);
  const end = e.field === 'title' ? s.end : s.end > s.start ? toSource(s.end - 1) + 1 : start;
  let answers: ExtractedEvent['answers'] = null;
  const answerable = TYPE_RULES[e.type].answers;
  if (answerable.length) {
    const a = all.find((x) => x.type === answerable[0] && x.target?.name === e.actor!.name && (!e.target || x.actor?.name === e.target.name))
      ?? all.find((x) => answerable.slice(1).includes(x.type) && x.target?.name === e.actor!.name);
    if (a && a.actor) answers = { type: a.type, actor: a.actor.name, target: a.target?.name ?? null };
  }
  return {
    type: e.type,
    actor: e.actor!.name,
    target: e.target?.name ?? null,
    actorKind: e.actor!.kind,
    targetKind: e.target?.kind ?? null,
    date: when.date,
    // Undated background (told as earlier, with no date of its own): null precision; `date` stays the publication day.
    datePrecision: when.background && !when.explicit ? null : when.precision,
    background: when.background,
    // Verbatim: a wrapped sentence keeps its line breaks (the engine reads them as spaces).
    sentence: e.field === 'title' ? rawTitle : source.slice(start, end),
    field: e.field,
    start,
    end,
    quote: e.quote,
    issue: issueOf(s.text, text),
    confidence: Math.round(e.conf * 100) / 100,
    answers,
  };
}

/** The issue label of a sentence in its article (the extractor's own rule); 'general dispute' when nothing names one. */
export function issueOfSentence(sentence: string, text: string): string {
  return issueOf(sentence, text);
}

/** Every issue label the sentence names (none: those the article's opening names, most named first), for placement's looser agreement. */
export function issuesOfSentence(sentence: string, text: string): string[] {
  const inSentence = ISSUES.filter(([re]) => re.test(sentence)).map(([, label]) => label);
  if (inSentence.length) return inSentence;
  return issuesOfHead(text);
}

/**
 * The issues the article's opening names, the one it names most often first (list order among equals): a piece
 * about chatbots and teenagers that once says "trained" is about child safety, not IP.
 */
function issuesOfHead(text: string): string[] {
  // Every event of one article asks about the same text: the last answer is kept.
  if (text === lastHead.text) return lastHead.issues;
  const head = text.length > 3000 ? text.slice(0, 3000) : text;
  const counted = ISSUES_GLOBAL.map(([re, label], i) => ({ label, i, n: head.match(re)?.length ?? 0 }));
  const issues = Array.from(counted.filter((c) => c.n > 0).sort((a, b) => b.n - a.n || a.i - b.i), (c) => c.label);
  lastHead = { text, issues };
  return issues;
}
const ISSUES_GLOBAL: [RegExp, string][] = ISSUES.map(([re, label]) => [new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`), label]);
let lastHead: { text: string | null; issues: string[] } = { text: null, issues: [] };

function issueOf(sentence: string, text: string): string {
  for (const [re, label] of ISSUES) if (re.test(sentence)) return label;
  return issuesOfHead(text)[0] ?? 'general dispute';
}

// ---- One JSON Lines record of `brinkwatch extract` (CONTRACT.md) ----

export interface ExtractLineOptions extends ExtractOptions { htmlToText?: (html: string) => string }
export type ExtractLineResult = { id: unknown; entities: ExtractedEntity[]; events: ExtractedEvent[] } | { id: unknown; error: string };

/** Processes one input line of the extract contract into its output record. */
export function extractLine(line: string, opts: ExtractLineOptions = {}): ExtractLineResult {
  let rec: unknown;
  try {
    rec = JSON.parse(line);
  } catch {
    return { id: null, error: 'extract: line is not valid JSON' };
  }
  if (!rec || typeof rec !== 'object' || Array.isArray(rec)) return { id: null, error: 'extract: line is not a JSON object' };
  const r = rec as Record<string, unknown>;
  const id = r.id ?? null;
  let text: string | null = typeof r.text === 'string' ? r.text : null;
  if (text === null && typeof r.html === 'string') {
    try {
      text = (opts.htmlToText ?? stripHtml)(r.html);
    } catch (err) {
      return { id, error: `extract: cannot read html: ${(err as Error).message}` };
    }
  }
  if (text === null || !text.trim()) return { id, error: 'extract: no text' };
  try {
    const { entities, events } = extractOrThrow({
      id: typeof id === 'string' ? id : undefined,
      title: typeof r.title === 'string' ? r.title : null,
      published: typeof r.published === 'string' ? r.published : null,
      url: typeof r.url === 'string' ? r.url : null,
      text,
    }, opts);
    return { id, entities, events };
  } catch (err) {
    // The contract's error line: an article whose extraction failed is never printed as one with no events.
    return { id, error: `extract: internal error: ${errorMessage(err)}` };
  }
}

/** An exception's message, whatever was thrown. */
export const errorMessage = (err: unknown): string => (err instanceof Error ? err.message : String(err));

let cheerioLoad: ((html: string) => any) | null = null;

/** Minimal main-text fallback when no page cleaner is injected: drop scripts and chrome, keep block text. */
export function stripHtml(html: string): string {
  if (!cheerioLoad) cheerioLoad = createRequire(import.meta.url)('cheerio').load as (html: string) => any;
  const $ = cheerioLoad(html);
  $('script,style,noscript,nav,header,footer,aside,form,iframe,svg').remove();
  const root = $('article').first().length ? $('article').first() : $('body');
  const blocks: string[] = [];
  root.find('h1,h2,h3,p,li,blockquote').each((_: number, el: any) => {
    const t = $(el).text().replace(/\s+/g, ' ').trim();
    if (t) blocks.push(t);
  });
  return blocks.length ? blocks.join('\n\n') : root.text().replace(/\s+/g, ' ').trim();
}
