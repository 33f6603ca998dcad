// The extractor: article text in, entities and dated, grounded events out (CONTRACT.md).
// Pure and synchronous; the only state is the gazetteer loaded once at module load.
import { createRequire } from 'node:module';
import type * as Chrono from 'chrono-node';
import { splitSentences, tokenize, type Sentence } from './text.ts';
import { Registry, findMentions, discover, resolveDescriptions, type Entity, type SentenceInfo } from './entities.ts';
import { detectEvents, agentOf, quoteSpeakersOf, type Agent, type RawEvent, type SentCtx } from './events.ts';
import { ISSUES } from './lexicon.ts';

export type EntityKind = 'company' | 'model' | 'government' | 'regulator' | 'court' | 'legislature' | 'person' | 'other_org';
export type EventType = 'ALLEGATION' | 'DENIAL' | 'LEGAL_ACTION' | 'INVESTIGATION' | 'RESTRICTION' | 'THREAT' | 'DEMAND' | 'DEESCALATION';
export const EVENT_TYPES: readonly EventType[] = ['ALLEGATION', 'DENIAL', 'LEGAL_ACTION', 'INVESTIGATION', 'RESTRICTION', 'THREAT', 'DEMAND', 'DEESCALATION'];

export interface ArticleInput { id?: string; title?: string | null; published?: string | null; url?: string | null; text: string }
export interface ExtractedEntity { name: string; kind: EntityKind; mentions: number; aliases: string[]; organisation?: string | null }
export interface ExtractedEvent {
  type: EventType; actor: string; target: string | null;
  actorKind: EntityKind | null; targetKind: EntityKind | null;
  date: string;
  sentence: string;
  field: 'text' | 'title';
  start: number; end: number;
  quote: string | null;
  issue: string;
  confidence: number;
  answers?: { type: EventType; actor: string; target: string | null } | null;
}
export interface Extraction { entities: ExtractedEntity[]; events: ExtractedEvent[] }
export interface ExtractOptions { now?: Date }

const MIN_CONFIDENCE = 0.4;

/** Extracts entities and events from one article; never throws. */
export function extract(input: ArticleInput, opts: ExtractOptions = {}): Extraction {
  try {
    return extractUnsafe(input, opts);
  } catch (err) {
    // A bug must not take the worker down on one odd article; the article simply yields nothing.
    process.stderr.write(`extract: internal error: ${(err as Error)?.message}\n`);
    return { entities: [], events: [] };
  }
}

function extractUnsafe(input: ArticleInput, opts: ExtractOptions): Extraction {
  const text = typeof input?.text === 'string' ? input.text : '';
  const title = typeof input?.title === 'string' ? input.title : '';
  const ref = refDate(input?.published, opts.now);
  const reg = new Registry();

  const titleSents: Sentence[] = title.trim() ? [{ text: title, start: 0, end: title.length, line: -1, qa: null }] : [];
  const textSents = splitSentences(text);
  const all: { info: SentenceInfo; field: 'text' | 'title' }[] = [
    ...titleSents.map((s) => ({ info: { s, toks: tokenize(s.text, 0), mentions: [] }, field: 'title' as const })),
    ...textSents.map((s) => ({ info: { s, toks: tokenize(s.text, s.start), mentions: [] }, field: 'text' as const })),
  ];
  // Pass 1 discovers unknown names; pass 2 finds every mention, surnames and acronyms included.
  const seenAt: number[] = [];
  for (const { info } of all) {
    info.mentions = findMentions(info.toks, reg, info.s);
    seenAt.push(reg.version);
    discover(info.toks, info.mentions, reg);
  }
  const recent: Entity[] = [];
  let lastPerson: Entity | null = null;
  for (let i = 0; i < all.length; i++) {
    const { info } = all[i];
    // Re-scan only sentences that a later discovery (a surname, an acronym, a new lab) could change.
    if (reg.version !== seenAt[i]) info.mentions = findMentions(info.toks, reg, info.s);
    resolveDescriptions(info, recent, lastPerson, reg);
    for (const m of info.mentions) {
      m.ent.mentions++;
      if (m.surface !== m.ent.name && !m.coref) m.ent.aliases.add(m.surface);
      recent.push(m.ent);
      if (m.ent.kind === 'person') lastPerson = m.ent;
    }
    if (recent.length > 200) recent.splice(0, recent.length - 100);
  }

  const textInfos = all.filter((x) => x.field === 'text').map((x) => x.info);
  const ctx: SentCtx = { lastActor: null, defaultSpeaker: findDefaultSpeaker(all.map((x) => x.info), reg), quoteSpeakers: quoteSpeakersOf(textInfos, reg) };
  const raw: RawEvent[] = [];
  for (const { info, field } of all) detectEvents(info, field, reg, ctx, raw);
  resolveOpenRoles(raw, (a) => groupOf(a, reg), topAuthorities(reg));

  // One event per (type, actor, target); a ministry and its state, or an official and their institution, are one party.
  const best = new Map<string, RawEvent>();
  const groupNames = new Map<string, Set<string>>();
  for (const e of raw) {
    if (!e.actor || e.conf < MIN_CONFIDENCE) continue;
    if (e.target && (e.target.name === e.actor.name || groupOf(e.target, reg) === groupOf(e.actor, reg))) continue;
    // Only a threat may leave its target open ("cautioned companies that ..."); other acts need their other party.
    if (!e.target && e.type !== 'THREAT') continue;
    const key = `${e.type}|${groupOf(e.actor, reg)}|${e.target ? targetGroupOf(e.target, reg) : ''}`;
    const names = groupNames.get(key) ?? new Set<string>();
    names.add(e.actor.name);
    groupNames.set(key, names);
    const cur = best.get(key);
    if (!cur || e.conf > cur.conf + 1e-9 || (Math.abs(e.conf - cur.conf) < 1e-9 && cur.field === 'title' && e.field === 'text')) best.set(key, e);
  }
  for (const [key, e] of best) {
    // Prefer the state's name when the article speaks both of the state and of its ministry.
    const c = e.actor!.country;
    if (c && c !== e.actor!.name && groupNames.get(key)!.has(c)) e.actor = { name: c, kind: 'government', country: c };
  }
  const chosen = [...best.values()].sort((a, b) => a.order - b.order);
  const dates = new Map<string, string>();
  const events: ExtractedEvent[] = chosen.map((e) => toEvent(e, chosen, ref, text, dates));

  const entities: ExtractedEntity[] = reg.order
    .filter((e) => e.mentions > 0)
    .sort((a, b) => b.mentions - a.mentions)
    .map((e) => ({ name: e.name, kind: e.kind, mentions: e.mentions, aliases: [...e.aliases], organisation: e.organisation }));
  return { entities, events };
}

/** The body whose spokesperson speaks in the article ("a spokesperson for China's Ministry of Commerce"), if any. */
const INSTITUTIONAL: EntityKind[] = ['government', 'legislature', 'regulator'];

/** The article's leading authorities: institutional entities named at least three times, most named first. */
function topAuthorities(reg: Registry): Agent[] {
  return reg.order
    .filter((e) => INSTITUTIONAL.includes(e.kind) && e.mentions >= 3)
    .sort((a, b) => b.mentions - a.mentions)
    .slice(0, 2)
    .map((e) => agentOf(e, reg));
}

/** Dedup group of a party: government bodies go with their state, officials with their institution. */
function groupOf(a: Agent, reg: Registry): string {
  if (a.kind === 'person' && a.org) {
    const org = reg.byKey.get(a.org) ?? [...reg.byKey.values()].find((x) => x.name === a.org);
    if (org && INSTITUTIONAL.includes(org.kind)) return groupOf({ name: org.name, kind: org.kind, country: org.country }, reg);
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
    const k = info.toks.findIndex((t) => /^spokes(?:person|man|woman)$/i.test(t.text));
    if (k >= 0) {
      let best: { d: number; ent: Entity } | null = null;
      for (const m of info.mentions) {
        if (m.ent.kind !== 'government' && m.ent.kind !== 'regulator') continue;
        const d = m.t0 > k ? m.t0 - k : k - m.t1 + 1;
        if (d <= 6 && (!best || d < best.d)) best = { d, ent: m.ent };
      }
      if (best) return agentOf(best.ent, reg);
    }
  }
  return null;
}

/** Fills roles a sentence left open from the article's other events: the counterpart of the actor or target. */
function resolveOpenRoles(raw: RawEvent[], group: (a: Agent) => string, authorities: Agent[]): void {
  const complete = () => raw.filter((e) => e.actor && e.target);
  for (const e of raw) {
    if (e.anaphor) {
      const earlier = raw.filter((x) => x.order < e.order && x.info !== e.info && x.type === 'ALLEGATION' && x.actor && x.target && !x.anaphor);
      const prior = (e.target ? earlier.filter((x) => x.target!.name === e.target!.name).pop() : undefined) ?? earlier.pop();
      if (prior) {
        if (!e.actor) e.actor = prior.actor;
        if (!e.target || e.target.name === e.actor?.name) e.target = prior.target;
      }
      e.needActor = false; e.needTarget = false;
      continue;
    }
    if (e.needActor && !e.actor && e.target && e.field === 'text') {
      // An agentless passive ("were removed from the list") is done by whoever did the matching act to the same target.
      const same = e.type === 'DEESCALATION' ? ['RESTRICTION', 'LEGAL_ACTION'] : [e.type];
      const src = complete().filter((x) => same.includes(x.type) && x.target!.name === e.target!.name && x.field === 'text');
      if (src.length) e.actor = src.sort((a, b) => Math.abs(a.order - e.order) - Math.abs(b.order - e.order))[0].actor;
    }
    if (e.needActor && !e.actor && e.target && e.field === 'text' && !e.passive && e.type !== 'DENIAL' && e.type !== 'DEESCALATION') {
      // An act with no named actor in an article led by one authority (a press release, a ministry statement) is that authority's.
      const a = authorities.find((x) => group(x) !== group(e.target!));
      if (a) { e.actor = a; e.conf -= 0.1; }
    }
    if (e.needTarget && !e.target && e.actor) {
      const prefer = e.type === 'DENIAL' ? 'ALLEGATION' : e.type === 'DEESCALATION' ? 'LEGAL_ACTION' : null;
      if (e.type === 'LEGAL_ACTION') {
        // A complaint with no named defendant is brought against whoever the complainant accused.
        const acc = complete().filter((x) => x.type === 'ALLEGATION' && group(x.actor!) === group(e.actor!));
        if (acc.length) { e.target = acc.sort((a, b) => Math.abs(a.order - e.order) - Math.abs(b.order - e.order))[0].target; continue; }
      }
      const c = counterpart(complete(), e.actor, e, prefer, group);
      if (c) e.target = c;
    }
  }
}

function counterpart(events: RawEvent[], who: Agent, self: RawEvent, prefer: EventType | null, group: (a: Agent) => string): Agent | null {
  const g = group(who);
  const same = (a: Agent | null) => !!a && group(a) === g;
  const near = (a: RawEvent, b: RawEvent) => Math.abs(a.order - self.order) - Math.abs(b.order - self.order);
  const others = events.filter((x) => x !== self).sort(near);
  if (prefer) {
    for (const x of others) {
      if (x.type !== prefer) continue;
      if (same(x.target) && x.actor) return x.actor;
      if (prefer !== 'ALLEGATION' && same(x.actor) && x.target) return x.target;
    }
  }
  for (const x of others) {
    if (same(x.target) && x.actor && !same(x.actor)) return x.actor;
    if (same(x.actor) && x.target && !same(x.target)) return x.target;
  }
  return null;
}

function toEvent(e: RawEvent, all: RawEvent[], ref: Date, text: string, dates: Map<string, string>): ExtractedEvent {
  const dk = `${e.field}:${e.info.s.start}:${e.tpos}`;
  let date = dates.get(dk);
  if (date === undefined) { date = eventDate(e.info.s.text, ref, e.tpos); dates.set(dk, date); }
  const s = e.info.s;
  let answers: ExtractedEvent['answers'] = null;
  if (e.type === 'DENIAL') {
    const a = all.find((x) => x.type === 'ALLEGATION' && x.target?.name === e.actor!.name && (!e.target || x.actor?.name === e.target.name))
      ?? all.find((x) => (x.type === 'LEGAL_ACTION' || x.type === 'INVESTIGATION') && x.target?.name === e.actor!.name);
    if (a && a.actor) answers = { type: a.type, actor: a.actor.name, target: a.target?.name ?? null };
  }
  return {
    type: e.type,
    actor: e.actor!.name,
    target: e.target?.name ?? null,
    actorKind: e.actor!.kind,
    targetKind: e.target?.kind ?? null,
    date,
    sentence: s.text,
    field: e.field,
    start: s.start,
    end: s.end,
    quote: e.quote,
    issue: issueOf(s.text, text),
    confidence: Math.round(e.conf * 100) / 100,
    answers,
  };
}

function refDate(published: string | null | undefined, now?: Date): Date {
  if (typeof published === 'string' && published.trim()) {
    const d = new Date(/^\d{4}-\d{2}-\d{2}$/.test(published.trim()) ? `${published.trim()}T12:00:00Z` : published);
    if (!Number.isNaN(d.getTime())) return d;
  }
  return now && !Number.isNaN(now.getTime()) ? now : new Date();
}

function ymd(d: Date): string {
  return d.toISOString().slice(0, 10);
}

// chrono-node's English locale is loaded on first use through require: it is the CLI's largest import, and
// loading it through the TypeScript loader's ESM hooks costs about a second of start-up.
let chronoEn: typeof Chrono | null = null;
function chrono(): typeof Chrono {
  if (!chronoEn) chronoEn = createRequire(import.meta.url)('chrono-node/en') as typeof Chrono;
  return chronoEn;
}

const DATE_CUE = /\b(?:\d{4}|\d{1,2}\/\d{1,2}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun|to|yester)day|tomorrow|(?:last|next|this|past|earlier this|later this) (?:week|month|year|quarter)|ago|Jan(?:uary)?|Feb(?:ruary)?|March|April|May|June|July|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b/i;

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const SIMPLE_CUE = /\b(?:(sun|mon|tues|wednes|thurs|fri|satur)day|(today)|(yesterday))\b/gi;
const HARD_CUE = /\d|\b(?:last|next|this|past|ago|tomorrow|week|month|year|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/i;

/** Fast path for the commonest news dates ("on Tuesday", "yesterday") when nothing else in the window could be a date. */
function simpleDate(windowText: string, ref: Date): string | null {
  if (HARD_CUE.test(windowText)) return null;
  SIMPLE_CUE.lastIndex = 0;
  const m = SIMPLE_CUE.exec(windowText);
  if (!m) return null;
  const d = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), ref.getUTCDate(), 12));
  if (m[3]) d.setUTCDate(d.getUTCDate() - 1);
  else if (m[1]) {
    // A weekday in news copy is the latest such day up to publication.
    const want = WEEKDAYS.indexOf(m[0].toLowerCase());
    d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() - want + 7) % 7));
  }
  return ymd(d);
}

function eventDate(sentence: string, ref: Date, tpos = 0): string {
  const win = sentence.slice(Math.max(0, tpos - 100), tpos + 100);
  if (!DATE_CUE.test(win)) return ymd(ref);
  const quick = simpleDate(win, ref);
  if (quick) return quick;
  try {
    if (DATE_CUE.test(sentence)) {
      // Parse only a window around the trigger: the event's date is written near its verb.
      const w0 = Math.max(0, tpos - 100);
      const windowText = sentence.slice(w0, tpos + 100);
      tpos -= w0;
      const parsed = chrono().parse(windowText, { instant: ref, timezone: 0 }, { forwardDate: false });
      // The date nearest the trigger wins; a vague one ("last year") only when nothing sharper is there.
      const sharp = (r: Chrono.ParsedResult) => (r.start.isCertain('day') || r.start.isCertain('weekday') ? 0 : 1);
      const results = parsed.sort((a, b) => sharp(a) - sharp(b) || Math.abs(a.index - tpos) - Math.abs(b.index - tpos));
      for (const r of results) {
        if (/^\d+$/.test(r.text.trim())) continue;
        if (sharp(r) && !r.start.isCertain('month') && Math.abs(r.index - tpos) > 40) continue;
        const d = r.start.date();
        if (!Number.isNaN(d.getTime()) && d.getUTCFullYear() > 1990 && d.getUTCFullYear() < 2100) {
          // Without a year, a date after publication is last year's ("on Nov. 30" in a January article).
          if (!r.start.isCertain('year') && d.getTime() > ref.getTime() + 2 * 86400000 && r.start.isCertain('month')) d.setUTCFullYear(d.getUTCFullYear() - 1);
          // Weekdays point back from the publication date in news copy.
          if (r.start.isCertain('weekday') && !r.start.isCertain('day') && d.getTime() > ref.getTime() + 86400000) d.setUTCDate(d.getUTCDate() - 7);
          return ymd(localNoon(r.start.get('year')!, r.start.get('month')!, r.start.get('day')!, d));
        }
      }
    }
  } catch {
    // chrono-node on odd input: fall back to the publication date.
  }
  return ymd(ref);
}

function localNoon(y: number, m: number, d: number, fallback: Date): Date {
  const x = new Date(Date.UTC(y, m - 1, d, 12));
  return Number.isNaN(x.getTime()) ? fallback : x;
}

/**
 * The date of an event given without one (CONTRACT.md, "Placing events on disputes"): from its sentence, as the
 * extractor dates the events it finds, else the article's `published` day.
 */
export function dateGivenEvent(sentence: string, published: string | null | undefined, now?: Date): string {
  // The trigger's position is unknown: the middle of the parsed window covers the first 200 characters.
  return eventDate(sentence, refDate(published, now), Math.min(100, sentence.length));
}

/** The issue label of a sentence in its article (the extractor's own rule); 'general dispute' when nothing names one. */
export function issueOfSentence(sentence: string, text: string): string {
  return issueOf(sentence, text);
}

/** Every issue label the sentence names (none: those the article's opening names), for placement's looser agreement. */
export function issuesOfSentence(sentence: string, text: string): string[] {
  const inSentence = ISSUES.filter(([re]) => re.test(sentence)).map(([, label]) => label);
  if (inSentence.length) return inSentence;
  const head = text.length > 3000 ? text.slice(0, 3000) : text;
  return ISSUES.filter(([re]) => re.test(head)).map(([, label]) => label);
}

function issueOf(sentence: string, text: string): string {
  for (const [re, label] of ISSUES) if (re.test(sentence)) return label;
  const head = text.length > 3000 ? text.slice(0, 3000) : text;
  for (const [re, label] of ISSUES) if (re.test(head)) return label;
  return 'general dispute';
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
  const { entities, events } = extract({
    id: typeof id === 'string' ? id : undefined,
    title: typeof r.title === 'string' ? r.title : null,
    published: typeof r.published === 'string' ? r.published : null,
    url: typeof r.url === 'string' ? r.url : null,
    text,
  }, opts);
  return { id, entities, events };
}

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
