/**
 * Placement: which dispute each new event belongs to, as a pure function of the open disputes and the new
 * events (no database, no clock). The worker (workers/update-disputes.ts) and `brinkwatch disputes` both
 * call placeEvents; they only read its input and write its output.
 *
 * A dispute is a real-world story with any number of parties, each with a role that can change over time.
 * Parties are compared as "units": a ministry, agency or spokesperson counts as its state, a model as its
 * maker, a company owned by another (gazetteer `parent`) as its owner, a person as the government body they serve; a person is otherwise their own party and never the
 * company they are merely associated with. Each timeline entry keeps the names the event gave.
 *
 * An event joins a dispute when (first rule that holds, in this order):
 *   act       it is the same act as one of the dispute's entries (one sentence, one actor, another of its targets);
 *   pair      its two sides are already parties of the dispute and the issue agrees (an appeal,
 *             settlement, lifting or denial in the same case);
 *   answer    it answers a step of the dispute: a denial or a de-escalation by the accused;
 *   forum     an authority that is the dispute's forum or authority acts against its accused;
 *   response  a state answers a restriction on itself or on its companies (or restricts in return), or
 *             the restricting state restricts more of the same country's companies on the same issue;
 *   complaint a party, or someone against the dispute's accused, brings a complaint before the dispute's
 *             forum or authority;
 *   case      a court rules on a party of a suit (when the same article says who sued that party, their suit);
 *   wave      an authority of a state already acting in the dispute acts against its accused on the same
 *             specific issue while the dispute is fresh (several regulators on one target make one story); for
 *             harms pursued in industry sweeps (SWEEP_ISSUES) against another company too, and anyone's step
 *             against its accused joins; another state's authority taking the same kind of step against its
 *             accused within weeks joins (bans after one incident). A sweep is fresh while its authorities act
 *             (within the wave's days of one of their steps), takes in new companies only for `sweepDays` from its
 *             first authority step, and once closed joins only steps between two sides that met in it (sweepClosed);
 *   report    another event of the same article is in the dispute and shares a side with this one (whatever
 *             words its sentence uses: one report tells one story);
 *   sibling   its two sides are parties of a dispute the same article reports, its words naming another facet of
 *             the case ("exposing children" in a data-protection fine); weaker than every agreeing rule.
 * Otherwise it opens a dispute of its own. Events are placed in a fixed order whatever order they are given in (by
 * publication, article and event), one article after another; an event that only the rest of its article could place
 * (an answer naming no counterpart, a step between two sides that already have a case) waits for the rest of it.
 * When an event with a specific issue joins one dispute and fits
 * another by the pair, answer, forum or complaint rule, the two are one story: the younger merges into the older (recorded in `merges`),
 * unless either is held by an administrator (`pinned`).
 *
 * An event joined only by its sides or its report, with an issue that does not agree, does not give the dispute
 * that issue. An issue label the extractor falls back to ('general dispute') is generic: it agrees with every issue,
 * never opens a dispute's issue of its own and never appears in a title.
 */
import { earliestDating, periodOf } from '../extract/dates.ts';
import { BY_NAME, DEMONYMS, ENTRIES, type GazEntry } from '../extract/gazetteer.ts';
import { JUDGE_CUE, LEGISLATOR_AFTER_CUE, OFFICIAL_TITLE_CUE, SPOKESPERSON_CUE } from './lexicon.ts';

/**
 * A party's role: 'restrictor' is a state (or a ministry or official acting for it) that imposes a restriction
 * (export controls, a ban, an entity listing); 'responder' a state answering a restriction on itself or its companies;
 * 'authority' a regulator, court or other body investigating or ruling. A restrictor counts as an authority for the
 * joining rules.
 */
export type PartyRole = 'accuser' | 'accused' | 'forum' | 'authority' | 'restrictor' | 'responder' | 'supporter';
/** Roles that make a party an official side of the story: never thereby accused, and the forum rule's authorities. */
const OFFICIAL_ROLES: PartyRole[] = ['forum', 'authority', 'restrictor'];

export type DatePrecision = 'day' | 'month' | 'year';

/** An event to place (what the extractor stored, plus its article's day). */
export interface PlacementEvent {
  /** The caller's handle for the event (an events.id, or "article#index"). */
  ref: string;
  article: string;
  type: string;
  actor: string;
  actorKind: string | null;
  target: string | null;
  targetKind: string | null;
  /** For a person: the organisation the text names them acting for (they then count as it). */
  actorActsFor?: string | null;
  targetActsFor?: string | null;
  /** The event's own date (YYYY-MM-DD) and how much of it the text gives. */
  date: string;
  precision?: DatePrecision;
  /** A fact reported in passing about the past (its date is the event's, not the article's). */
  background?: boolean;
  /** Background the text does not date: shown on the timeline, not used for status or level. */
  undated?: boolean;
  published: string;
  issue: string | null;
  /** Every issue the event's sentence (or article) names; the primary `issue` first. Loose agreement uses these. */
  issues?: string[];
  sentence: string;
}

export interface PartyRecord {
  name: string;
  kind: string;
  /** What the party counts as when joining events (its state, its maker, itself). */
  unit: string;
  role: PartyRole;
  /** Every role the party had, with the date it took it. */
  roles: { role: PartyRole; since: string }[];
}

export interface EntryRecord {
  id: string;
  type: string;
  actor: string;
  actorUnit: string;
  /** One act against many targets is one entry listing them. */
  targets: string[];
  targetUnits: string[];
  date: string;
  /** How much of `date` its reports give (absent: the day). A month or year stands for its whole period. */
  precision?: DatePrecision;
  undated: boolean;
  refs: string[];
  articles: string[];
  sentence: string;
}

export interface DisputeRecord {
  id: string;
  /** The specific issue (null while every event is generic) and how often each was seen. */
  issue: string | null;
  issues: Record<string, number>;
  parties: PartyRecord[];
  entries: EntryRecord[];
  /** Held by an administrator (merged or split by hand): events may join it, automatic merges may not touch it. */
  pinned?: boolean;
}

export interface Merge {
  from: string;
  into: string;
  rule: string;
}

export interface PlacementOutcome {
  /** Every dispute touched or created, in its new state (merged-away disputes are not in it). */
  disputes: DisputeRecord[];
  assignments: { ref: string; disputeId: string; entryId: string; rule: string }[];
  unplaced: { ref: string; reason: string }[];
  merges: Merge[];
}

export interface PlacementOptions {
  /** Fresh ids for new disputes and entries (the database's, or a counter). */
  newDisputeId: () => string;
  newEntryId: () => string;
  /** Reports of one event within this many days are one entry. */
  sameEventDays?: number;
  /** The pair rule: the same case stays one dispute across this many days. */
  caseDays?: number;
  /** The wave rule: an authority joins a dispute whose nearest step is at most this many days away. */
  waveDays?: number;
  /** The wave rule across states: another state's authority joins within this many days of the nearest step. */
  crossStateDays?: number;
  /** The wave rule across an industry: a new company joins a sweep at most this many days from its first authority step (two months). */
  sweepDays?: number;
  /** The response rule: a state's answer to a restriction within this many days. */
  responseDays?: number;
}

/** The longest reach of a joining rule, in days: the same case stays one dispute across three years. */
export const CASE_DAYS = 3 * 365;

/**
 * Harms that authorities pursue in sweeps across an industry (several chatbot makers over minors, several apps over
 * explicit fakes, several firms over deceptive AI claims). A data-protection authority, a competition authority or
 * a court opens one case file per company: those issues never join another company's case by the wave rule.
 */
const SWEEP_ISSUES = new Set(['consumer harm', 'harmful content']);

const GENERIC = new Set(['', 'general', 'general dispute', 'unspecified', 'dispute']);
/** Whether an issue label says nothing specific (the extractor's fallback included). */
export const isGenericIssue = (issue: string | null | undefined) => GENERIC.has((issue ?? '').trim().toLowerCase());

const AUTHORITY_KINDS = new Set(['government', 'regulator', 'court', 'legislature']);
const HOSTILE = new Set(['ALLEGATION', 'LEGAL_ACTION', 'INVESTIGATION', 'RESTRICTION', 'THREAT', 'DEMAND']);

// ---- parties ------------------------------------------------------------------------------------------

export interface Unit {
  name: string;
  kind: string;
  unit: string;
  /** The state the party belongs to (a company's home country, a regulator's state), when known. */
  country: string | null;
  /** Whether the unit acts as a public authority (a state, a regulator, a court, a legislature). */
  authority: boolean;
}

const COUNTRY_WORDS = [...DEMONYMS.entries()].sort((a, b) => b[0].length - a[0].length);

/** The country a government body's own name places it in ("Dutch Ministry of …" → Netherlands). */
function countryInName(name: string): string | null {
  for (const [word, country] of COUNTRY_WORDS) {
    const i = name.indexOf(word);
    if (i < 0) continue;
    const before = i === 0 ? ' ' : name[i - 1]!;
    const after = name[i + word.length] ?? ' ';
    if (!/[A-Za-z]/.test(before) && !/[A-Za-z]/.test(after)) return country;
  }
  return null;
}

/** What an entity counts as when events are joined (see the file header). */
export function unitOf(name: string, kind: string | null, depth = 0, actsFor: string | null = null): Unit {
  const entry: GazEntry | undefined = BY_NAME.get(name);
  const k = kind ?? entry?.kind ?? 'other_org';
  if (k === 'person' && actsFor && actsFor !== name && depth < 2) return { ...unitOf(actsFor, null, depth + 1), name, kind: k };
  if (k === 'government' || entry?.kind === 'government') {
    const country = entry?.country ?? countryInName(name) ?? name;
    return { name, kind: k, unit: country, country, authority: true };
  }
  if (k === 'model' && entry?.owner && depth < 2) return { ...unitOf(entry.owner, null, depth + 1), name, kind: k };
  // A company owned by another counts as its owner, as a ministry counts as its state; it keeps its own name.
  if (entry?.parent && !AUTHORITY_KINDS.has(k) && k !== 'person' && depth < 2) return { ...unitOf(entry.parent, null, depth + 1), name, kind: k };
  if (k === 'person' && depth < 2 && entry?.org) {
    const org = unitOf(entry.org, null, depth + 1);
    // A spokesperson speaks for their body; an official acts for the state. A founder or chief executive is
    // not their company: they may sue in their own name.
    if (org.authority || entry.role === 'spokesperson') return { ...org, name, kind: k };
  }
  const country = entry?.country ?? (AUTHORITY_KINDS.has(k) ? countryInName(name) : null);
  return { name, kind: k, unit: name, country, authority: AUTHORITY_KINDS.has(k) };
}

/** A body's own unit, not its state's: a person's organisation, else its own name. */
function ownUnit(u: Unit): string {
  if (u.kind === 'person') return BY_NAME.get(u.name)?.org ?? u.name;
  return u.name;
}

/**
 * The units an event could join a dispute through (its sides as states and as bodies, and the forums its
 * sentence names): what a worker locks and loads disputes by.
 */
export function unitsOfEvent(ev: Pick<PlacementEvent, 'type' | 'actor' | 'actorKind' | 'target' | 'targetKind' | 'sentence' | 'actorActsFor' | 'targetActsFor'>): string[] {
  const s = sidesOf(ev);
  const sides = [s.actor, ...s.targets];
  const units = new Set<string>();
  for (const u of sides) {
    units.add(u.unit);
    units.add(ownUnit(u));
  }
  for (const f of forumsIn(ev.sentence, new Set())) units.add(unitOf(f, null).unit);
  return [...units].sort();
}

const nameRe = (a: string) => new RegExp(`(?<![A-Za-z])${a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z])`);
/** Whether a side acts as its state: a government, one of its ministries, or an official or spokesperson for one. */
const actsAsState = (u: Unit) => u.kind === 'government' || (u.authority && u.country !== null && u.unit === u.country);

/** An event's two sides as units: a spokesperson as the body the sentence names, a judge ruling as the court. */
function sidesOf(ev: Pick<PlacementEvent, 'type' | 'actor' | 'actorKind' | 'target' | 'targetKind' | 'sentence' | 'actorActsFor' | 'targetActsFor'>): Sides {
  let actor = unitOf(ev.actor, ev.actorKind, 0, ev.actorActsFor ?? (ev.actorKind === 'person' ? spokenFor(ev.sentence) : null));
  if (actor.kind === 'person' && actor.unit === actor.name && ev.type === 'LEGAL_ACTION' && JUDGE_CUE.test(ev.sentence)) actor = { ...actor, kind: 'court', authority: true };
  else if (actor.kind === 'person' && actor.unit === actor.name && !actor.authority) {
    const office = officeOf(ev.sentence, ev.actor);
    if (office) actor = { ...actor, authority: true, country: office.country };
  }
  return { actor, targets: ev.target ? [unitOf(ev.target, ev.targetKind, 0, ev.targetActsFor ?? null)] : [] };
}

/** Regulators and courts a sentence names (a complaint's forum): gazetteer names and aliases, whole words. */
const FORUMS: { re: RegExp; entry: GazEntry }[] = ENTRIES.filter((e) => e.kind === 'regulator' || e.kind === 'court')
  .flatMap((e) => [e.name, ...e.aliases].filter((a) => a.length >= 3 && !e.generic).map((a) => ({ re: nameRe(a), entry: e })));
/** Government bodies and regulators a sentence names (whom a spokesperson speaks for). */
const BODIES: { re: RegExp; entry: GazEntry }[] = ENTRIES.filter((e) => (e.kind === 'government' || e.kind === 'regulator') && e.country !== e.name)
  .flatMap((e) => [e.name, ...e.aliases].filter((a) => a.length >= 3).map((a) => ({ re: nameRe(a), entry: e })));

/** The body a person speaks for when the sentence introduces them as its spokesperson. */
function spokenFor(sentence: string): string | null {
  if (!SPOKESPERSON_CUE.test(sentence)) return null;
  for (const { re, entry } of BODIES) if (re.test(sentence)) return entry.name;
  return null;
}

/**
 * Whether the sentence names a public office with the person ("Senator Ana Ruiz", "Ana Ruiz, the state's attorney
 * general"): within a few words before the name or right after it. The office's state when the words name one
 * ("U.S. Senator"), else null (a state's attorney general: the country is not said).
 */
function officeOf(sentence: string, name: string): { country: string | null } | null {
  const i = sentence.indexOf(name);
  if (i < 0) return null;
  const before = sentence.slice(Math.max(0, i - 45), i);
  const after = sentence.slice(i + name.length, i + name.length + 40);
  if (LEGISLATOR_AFTER_CUE.test(after)) return { country: null };
  const near = OFFICIAL_TITLE_CUE.test(before) ? before : /^\s*,/.test(after) && OFFICIAL_TITLE_CUE.test(after) ? after : null;
  if (near === null) return null;
  return { country: countryInName(near) };
}

function forumsIn(sentence: string, exclude: Set<string>): string[] {
  const found: string[] = [];
  for (const { re, entry } of FORUMS) if (!exclude.has(entry.name) && !found.includes(entry.name) && re.test(sentence)) found.push(entry.name);
  return found;
}

// ---- issues ---------------------------------------------------------------------------------------------

/** Issue labels that one story's reports use interchangeably (an IP suit is "copyright" in one sentence, "training data" in the next). */
const ISSUE_FAMILY: Record<string, string> = {
  'distillation / ip theft': 'ip',
  copyright: 'ip',
  'contract / governance': 'ip',
  'export controls': 'export',
  'national security': 'export',
  // Minors are protected through consumer-protection law (unfair or deceptive practices): one harm.
  'child safety': 'consumer harm',
  'consumer protection': 'consumer harm',
};
const familyOf = (issue: string) => ISSUE_FAMILY[issue.toLowerCase()] ?? issue.toLowerCase();

/** Loose agreement (the same case): any issue the event names is one the dispute has seen, or either is generic. */
function issueAgrees(d: DisputeRecord, ev: PlacementEvent): boolean {
  if (isGenericIssue(ev.issue) || !d.issue) return true;
  const seen = new Set(Object.keys(d.issues).map(familyOf));
  return [ev.issue!, ...(ev.issues ?? [])].some((i) => seen.has(familyOf(i)));
}

function sameIssue(d: DisputeRecord, issue: string | null): boolean {
  if (isGenericIssue(issue) || !d.issue) return false;
  const f = familyOf(issue!);
  return Object.keys(d.issues).some((i) => familyOf(i) === f);
}

// ---- dates ------------------------------------------------------------------------------------------------

const DAY_MS = 86_400_000;
// Every joining rule asks how near each step of each open dispute is (nearestDays): parsing the same few hundred
// day strings there was ~40 % of placement's CPU at 10,000 articles (bench/README.md, "Placement"), so each is parsed once.
const DAY_NUMBERS = new Map<string, number>();
const dayNo = (d: string) => {
  let n = DAY_NUMBERS.get(d);
  if (n === undefined) {
    n = Math.floor(Date.parse(`${d}T00:00:00Z`) / DAY_MS);
    if (DAY_NUMBERS.size >= 100_000) DAY_NUMBERS.clear(); // bounded in a long-running worker
    DAY_NUMBERS.set(d, n);
  }
  return n;
};
const daysApart = (a: string, b: string) => Math.abs(dayNo(a) - dayNo(b));

/**
 * The nearest distance in days between a date and any dated step of a dispute. A dispute left with no dated
 * step (its only reports re-extracted) is as near as can be: its parties take their events back.
 */
function nearestDays(d: DisputeRecord, date: string): number {
  let best = Infinity;
  for (const e of d.entries) if (!e.undated) best = Math.min(best, daysApart(e.date, date));
  return best === Infinity ? 0 : best;
}

// ---- the rules ----------------------------------------------------------------------------------------------

interface Sides {
  actor: Unit;
  targets: Unit[];
}

const partyUnits = (d: DisputeRecord, roles?: PartyRole[]) =>
  new Set(d.parties.filter((p) => !roles || p.roles.some((r) => roles.includes(r.role))).map((p) => p.unit));
const accusedOf = (d: DisputeRecord) => partyUnits(d, ['accused']);

/** The role an event gives its actor and its target. */
export function rolesOf(type: string, actor: Unit): { actor: PartyRole; target: PartyRole } {
  switch (type) {
    case 'DENIAL':
      return { actor: 'accused', target: 'accuser' };
    case 'RESTRICTION':
      // A state restricting (its executive, a ministry, an official for it) is the restricting government; a
      // regulator's or court's ban stays an authority's ruling; a company cutting another off acts as its accuser.
      return { actor: actsAsState(actor) ? 'restrictor' : actor.authority ? 'authority' : 'accuser', target: 'accused' };
    case 'INVESTIGATION':
      // A company's own inquiry into another is no public authority's.
      return { actor: actor.authority ? 'authority' : 'accuser', target: 'accused' };
    case 'LEGAL_ACTION':
      return { actor: actor.kind === 'court' ? 'authority' : 'accuser', target: 'accused' };
    case 'DEESCALATION':
      return { actor: actor.authority ? 'authority' : 'accused', target: 'accuser' };
    default:
      return { actor: actor.kind === 'court' || actor.kind === 'regulator' ? 'authority' : 'accuser', target: 'accused' };
  }
}

type Rule = 'act' | 'sibling' | 'pair' | 'answer' | 'forum' | 'complaint' | 'case' | 'response' | 'wave' | 'report';
/** Rules strong enough that an event with a specific issue fitting two disputes by them makes the two one story. */
const MERGING: Rule[] = ['pair', 'answer', 'forum', 'complaint'];

function matchRule(d: DisputeRecord, ev: PlacementEvent, s: Sides, opts: Required<Omit<PlacementOptions, 'newDisputeId' | 'newEntryId'>>, articleDisputes: Set<string>, known: Set<string>, accusers: Map<string, Set<string>>): Rule | null {
  const all = partyUnits(d);
  const accused = partyUnits(d, ['accused']);
  const authorities = partyUnits(d, OFFICIAL_ROLES);
  const near = nearestDays(d, ev.date);
  const agrees = issueAgrees(d, ev);
  const sameReport = () => articleDisputes.has(d.id) || d.entries.some((e) => e.articles.includes(ev.article));
  const a = s.actor.unit;
  const ts = s.targets.map((t) => t.unit);
  // A chief executive or founder who is a party of no dispute speaks for their company here ("the chief executive
  // called the claims baseless"); one who is a party in their own name (a founder's own suit) stays themselves.
  const forCompany = (u: Unit) => {
    const org = u.kind === 'person' && u.unit === u.name && !known.has(u.name) ? BY_NAME.get(u.name)?.org : undefined;
    return org ? unitOf(org, null).unit : null;
  };
  const aOrg = forCompany(s.actor);
  const isParty = (unit: string, org: string | null, set: Set<string>) => set.has(unit) || (org !== null && set.has(org));

  // One act against many targets (one sentence: "subpoenas to A, B and C") is one step of one dispute.
  if (d.entries.some((e) => e.type === ev.type && e.actor === ev.actor && e.sentence === ev.sentence && e.articles.includes(ev.article))) return 'act';
  // An answer between the same two parties (a denial, a settlement) is about their case whatever words it uses.
  const answer = ev.type === 'DENIAL' || ev.type === 'DEESCALATION';
  const bothSides = isParty(a, aOrg, all) && s.targets.some((t) => isParty(t.unit, forCompany(t), all));
  // A closed sweep is a set of cases: a hostile step joins it only between two sides that already met in it.
  // (A court ruling on a party of a suit in it is that suit's next step.)
  if (HOSTILE.has(ev.type) && sweepIssue(d) && !s.targets.some((t) => metIn(d, a, t.unit)) && sweepClosed(d, ev.date, opts) && !rulesOnCase(d, s, all, accusers)) {
    return bothSides && sameReport() ? 'sibling' : null;
  }
  if ((agrees || answer) && near <= opts.caseDays && bothSides) return 'pair';
  if (agrees && near <= opts.caseDays && (ev.type === 'DENIAL' || ev.type === 'DEESCALATION') && isParty(a, aOrg, accused) && (ts.length === 0 || s.targets.some((t) => isParty(t.unit, forCompany(t), all)))) return 'answer';
  if (agrees && near <= opts.caseDays && HOSTILE.has(ev.type) && authorities.has(a) && ts.some((t) => accused.has(t))) return 'forum';
  if (agrees && near <= opts.caseDays && complainsToForum(d, ev, s, all, authorities)) return 'complaint';
  if (agrees && near <= opts.caseDays && rulesOnCase(d, s, all, accusers)) return 'case';
  if (agrees && near <= opts.responseDays && respondsToRestriction(d, ev, s)) return 'response';
  // A wave is one state's authorities on the same companies (or people) on one issue, while it is fresh: a state
  // accused by its own or another state's bodies is a quarrel between governments (the response rule), and
  // authorities of several states join one story only when one report puts them together (the report rule).
  if (sameIssue(d, ev.issue) && s.actor.authority && HOSTILE.has(ev.type) && d.entries.some((e) => HOSTILE.has(e.type) && entryActor(d, e).authority)) {
    const st = stateOf(s.actor);
    const states = statesOf(d);
    const sameState = st === null || states.size === 0 || states.has(st);
    const onAccused = s.targets.some((t) => !t.authority && accused.has(t.unit));
    // One state's authorities on the same companies, or on more companies of the industry over the same harm (a
    // child-safety or consumer-protection sweep); quarrels between states go by the response rule.
    if (sameState && near <= opts.waveDays && (onAccused || (SWEEP_ISSUES.has(familyOf(ev.issue!)) && s.targets.some((t) => !t.authority) && sweepOpen(d, ev.date, opts)))) return 'wave';
    // Several states' authorities taking the same kind of step against the same company over the same harm within
    // weeks (bans after one incident, probes after one scandal).
    if (!sameState && near <= opts.crossStateDays && onAccused && d.entries.some((e) => e.type === ev.type && entryActor(d, e).authority && daysApart(e.date, ev.date) <= opts.crossStateDays)) return 'wave';
  }
  // The same two parties in one report are in one case: a sentence naming another facet of it ("exposing
  // children") does not leave the case the article reports (weaker than any agreeing rule elsewhere).
  if (bothSides && sameReport()) return 'sibling';
  // Anyone's step (parents, a campaign group, a researcher) against an accused of a sweep over the same harm while
  // it is fresh: such harms make one story. A lawsuit over copyright or a privacy complaint by another party is
  // its own case.
  if (SWEEP_ISSUES.has(familyOf(ev.issue ?? '')) && sameIssue(d, ev.issue) && HOSTILE.has(ev.type) && authorityDays(d, ev.date).nearest <= opts.waveDays && s.targets.some((t) => !t.authority && accused.has(t.unit))) return 'wave';
  // Another step of the same report: against the same accused, or by one of the dispute's own against someone
  // no other dispute knows.
  if ((ts.some((t) => accused.has(t)) || (all.has(a) && ts.every((t) => !known.has(t)))) && sameReport()) return 'report';
  return null;
}

/**
 * How far a date is from a dispute's dated hostile steps by public authorities: the nearest one and the first one
 * (in days; Infinity when it has none). A sweep is fresh while its authorities act, not while others keep talking.
 */
function authorityDays(d: DisputeRecord, date: string): { nearest: number; sinceFirst: number } {
  let nearest = Infinity;
  let first: number | null = null;
  for (const e of d.entries) {
    if (e.undated || !HOSTILE.has(e.type) || !entryActor(d, e).authority) continue;
    nearest = Math.min(nearest, daysApart(e.date, date));
    const n = dayNo(e.date);
    if (first === null || n < first) first = n;
  }
  return { nearest, sinceFirst: first === null ? Infinity : Math.abs(dayNo(date) - first) };
}

/**
 * Whether an industry sweep still takes in another company: an authority acted in it within the wave's window and
 * its first authority step is at most `sweepDays` away. A sweep is the scrutiny one incident or report sets off
 * (several makers over minors within weeks); later steps against the companies already in it still join by the
 * case rules, but a company first named months later is a story of its own: no chain of steps, each weeks from the
 * last, makes a year of unrelated probes one dispute.
 */
function sweepOpen(d: DisputeRecord, date: string, opts: { waveDays: number; sweepDays: number }): boolean {
  const { nearest, sinceFirst } = authorityDays(d, date);
  return nearest <= opts.waveDays && sinceFirst <= opts.sweepDays;
}

/**
 * Whether a dispute is an industry sweep (a sweep harm; no company in every one of its hostile steps against
 * companies, as one case or one act naming several would have) whose window has closed for a step on this date (see sweepOpen).
 */
const sweepIssue = (d: DisputeRecord) => d.issue !== null && SWEEP_ISSUES.has(familyOf(d.issue));
function sweepClosed(d: DisputeRecord, date: string, opts: { waveDays: number; sweepDays: number }): boolean {
  if (!sweepIssue(d)) return false;
  // One case has a company in every hostile step against companies; a sweep has none common to all.
  let common: string[] | null = null;
  for (const e of d.entries) {
    if (!HOSTILE.has(e.type)) continue;
    const companies = e.targetUnits.filter((t) => !unitOf(t, null).authority);
    if (companies.length === 0) continue;
    common = common === null ? companies : common.filter((t) => companies.includes(t));
    if (common.length === 0) break;
  }
  return common !== null && common.length === 0 && !sweepOpen(d, date, opts);
}

/** Whether one side acted against the other in one of the dispute's entries (either way round). */
const metIn = (d: DisputeRecord, a: string, b: string) =>
  d.entries.some((e) => (e.actorUnit === a && e.targetUnits.includes(b)) || (e.actorUnit === b && e.targetUnits.includes(a)));

/**
 * A step in the same case: a court's ruling on a party of a dispute that has a suit in it, or a suit or
 * complaint by one of its parties before one of its forums or courts.
 */
function rulesOnCase(d: DisputeRecord, s: Sides, all: Set<string>, accusers: Map<string, Set<string>>): boolean {
  if (s.actor.kind !== 'court' || !d.entries.some((e) => e.type === 'LEGAL_ACTION')) return false;
  // When the report names who brought the case against the ruled party, it is their suit, not another one
  // against the same party ("the judge let the publishers' claims against X proceed" is not the newspaper's suit).
  return s.targets.some((t) => all.has(t.unit) && (!accusers.get(t.unit)?.size || [...accusers.get(t.unit)!].some((a) => all.has(a))));
}

/** A complaint against the dispute's accused (or by one of its parties) before the dispute's own forum or authority. */
function complainsToForum(d: DisputeRecord, ev: PlacementEvent, s: Sides, all: Set<string>, authorities: Set<string>): boolean {
  if (ev.type !== 'LEGAL_ACTION' && ev.type !== 'ALLEGATION') return false;
  if (!all.has(s.actor.unit) && !s.targets.some((t) => accusedOf(d).has(t.unit))) return false;
  return forumsIn(ev.sentence, new Set([ev.actor, ev.target ?? ''])).some((f) => authorities.has(unitOf(f, null).unit));
}

/** The actor of an entry as a unit, read as its event was (an official named with their office is an authority). */
// Entry actors read again for every batch (a worker's disputes come fresh from the database): memoised by what
// the reading depends on, the name, the kind and, for a person, the sentence. Bounded: cleared when full.
const entryActors = new Map<string, Unit>();
function entryActor(d: DisputeRecord, e: EntryRecord): Unit {
  const kind = d.parties.find((p) => p.name === e.actor)?.kind ?? null;
  const key = `${e.type === 'LEGAL_ACTION' ? 'L' : '-'}\u0000${e.actor}\u0000${kind ?? ''}\u0000${kind === 'person' || kind === null ? e.sentence : ''}`;
  const seen = entryActors.get(key);
  if (seen) return seen;
  const u = sidesOf({ type: e.type, actor: e.actor, actorKind: kind, target: null, targetKind: null, sentence: e.sentence }).actor;
  if (entryActors.size >= 50_000) entryActors.clear();
  entryActors.set(key, u);
  return u;
}

/** The state an authority acts for: its country, else its own name; null for an official whose state the text does not say. */
const stateOf = (u: Unit): string | null => u.country ?? (u.kind === 'person' ? null : u.unit);

/** The states whose authorities acted in a dispute. */
function statesOf(d: DisputeRecord): Set<string> {
  const states = new Set<string>();
  for (const e of d.entries) {
    if (!HOSTILE.has(e.type)) continue;
    const u = entryActor(d, e);
    const st = stateOf(u);
    if (u.authority && st !== null) states.add(st);
  }
  return states;
}

/** Whether every hostile step of a dispute so far was taken by a public authority (a wave of scrutiny, not a lawsuit). */
function byAuthorities(d: DisputeRecord): boolean {
  const hostile = d.entries.filter((e) => HOSTILE.has(e.type));
  return hostile.length > 0 && hostile.every((e) => entryActor(d, e).authority);
}

/**
 * A state's answer to a restriction (on itself or its companies), a restriction in return, or the
 * restricting state's next restriction on the same country's companies on the same issue.
 */
function respondsToRestriction(d: DisputeRecord, ev: PlacementEvent, s: Sides): boolean {
  const restrictions = d.entries.filter((e) => e.type === 'RESTRICTION');
  if (restrictions.length === 0) return false;
  const kindOf = (name: string) => d.parties.find((p) => p.name === name)?.kind ?? null;
  for (const r of restrictions) {
    const by = unitOf(r.actor, kindOf(r.actor));
    // A state's own restrictions (export controls, entity lists, bans), not a regulator's decision on one company.
    if (by.kind !== 'government') continue;
    const byState = by.country ?? by.unit;
    const onStates = new Set(r.targets.map((t) => unitOf(t, kindOf(t))).map((t) => t.country ?? t.unit));
    // The restricted side's government answers (or retaliates) against the restricting state or its bodies.
    if (actsAsState(s.actor) && onStates.has(s.actor.unit) && s.targets.some((t) => (t.country ?? t.unit) === byState)) return true;
    // The restricting state restricts more of the same country's companies, on the same issue.
    if (ev.type === 'RESTRICTION' && actsAsState(s.actor) && sameIssue(d, ev.issue) && (s.actor.country ?? s.actor.unit) === byState && s.targets.some((t) => t.country && onStates.has(t.country))) return true;
  }
  return false;
}

// ---- the placement ------------------------------------------------------------------------------------------

/**
 * Places new events on the given disputes: returns each event's dispute and entry (or why it has none),
 * the disputes in their new state and the merges made. The outcome does not depend on the order of `events`:
 * they are taken in order of placement (inOrderOfPlacement), one article at a time (placeArticleEvents). The open
 * disputes are taken oldest first; the input disputes are not modified.
 */
export function placeEvents(open: DisputeRecord[], given: PlacementEvent[], options: PlacementOptions): PlacementOutcome {
  const events = inOrderOfPlacement(given);
  const opts = { sameEventDays: 6, caseDays: CASE_DAYS, waveDays: 45, crossStateDays: 30, sweepDays: 60, responseDays: 365, ...options };
  const disputes: DisputeRecord[] = open.map(cloneDispute);
  const touched = new Set<string>();
  const merges: Merge[] = [];
  const assignments = new Map<string, { disputeId: string; entryId: string; rule: string }>();
  const unplaced: { ref: string; reason: string }[] = [];
  const articleDisputes = new Map<string, Set<string>>();
  // Per article, who the report says accuses or sues each party (what a court ruling in it is about).
  const accusersOf = new Map<string, Map<string, Set<string>>>();
  for (const ev of events) {
    if ((ev.type !== 'LEGAL_ACTION' && ev.type !== 'ALLEGATION') || !ev.target) continue;
    const { actor, targets } = sidesOf(ev);
    if (actor.kind === 'court' || actor.authority) continue;
    const m = accusersOf.get(ev.article) ?? new Map<string, Set<string>>();
    for (const t of targets) m.set(t.unit, (m.get(t.unit) ?? new Set()).add(actor.unit));
    accusersOf.set(ev.article, m);
  }

  /**
   * Places one event: 'placed' (on a dispute, or unplaced with a reason), or 'wait' when `mayWait`, no dispute
   * takes it yet and the rest of its article could place it (see placeArticleEvents).
   */
  const placeOne = (ev: PlacementEvent, mayWait: boolean): 'placed' | 'wait' => {
    if (!ev.target) {
      // A denial or settlement without a named counterpart still answers its actor's dispute.
      if (ev.type !== 'DENIAL' && ev.type !== 'DEESCALATION') {
        unplaced.push({ ref: ev.ref, reason: 'no target' });
        return 'placed';
      }
    }
    let { actor, targets } = sidesOf(ev);
    // One state's bodies at odds (a legislature pressing a ministry) are not that state against itself: each
    // side keeps its own name.
    const body = (u: Unit) => u.authority && u.unit !== u.name && u.kind !== 'person';
    const official = (u: Unit) => body(u) || (u.kind === 'person' && u.authority);
    if (official(actor) && targets.some((t) => official(t) && (t.country ?? t.unit) === (actor.country ?? actor.unit))) {
      actor = { ...actor, unit: ownUnit(actor) };
      targets = targets.map((t) => ({ ...t, unit: ownUnit(t) }));
    }
    if (targets.length && targets.every((t) => t.unit === actor.unit)) {
      unplaced.push({ ref: ev.ref, reason: 'same party on both sides' });
      return 'placed';
    }
    const sides = { actor, targets };
    const inArticle = articleDisputes.get(ev.article) ?? new Set<string>();
    const candidates: { d: DisputeRecord; rule: Rule; rank: number }[] = [];
    const known = new Set(disputes.flatMap((d) => d.parties.map((p) => p.unit)));
    for (const d of disputes) {
      const rule = matchRule(d, ev, sides, opts, inArticle, known, accusersOf.get(ev.article) ?? new Map());
      if (rule) candidates.push({ d, rule, rank: ruleRank(rule) });
    }
    if (candidates.length === 0 && mayWait && (targets.length === 0 || disputes.some((d) => hasSides(d, sides)))) return 'wait';
    if (candidates.length === 0 && targets.length === 0) {
      unplaced.push({ ref: ev.ref, reason: 'no dispute to answer' });
      return 'placed';
    }
    // The best rule wins; among equals the dispute with the nearest step, then the older one.
    candidates.sort((x, y) => x.rank - y.rank || nearestDays(x.d, ev.date) - nearestDays(y.d, ev.date) || disputes.indexOf(x.d) - disputes.indexOf(y.d));
    let target = candidates[0]?.d;
    const rule = candidates[0]?.rule ?? 'new';
    if (!target) {
      target = { id: opts.newDisputeId(), issue: null, issues: {}, parties: [], entries: [] };
      disputes.push(target);
    } else {
      // Two disputes that the event ties by a strong rule are one story.
      for (const c of candidates.slice(1)) {
        // A step with no counterpart named (a denial "of the claims") ties no two stories together.
        if (!MERGING.includes(c.rule) || !MERGING.includes(candidates[0]!.rule) || c.d === target || isGenericIssue(ev.issue) || targets.length === 0) continue;
        if (c.d.pinned || target.pinned || !issueCompatible(c.d, target)) continue;
        // A sweep whose window has closed takes in no other story whole (its companies would chain on).
        if (sweepClosed(c.d, ev.date, opts) || sweepClosed(target, ev.date, opts)) continue;
        const [older, younger] = disputes.indexOf(c.d) < disputes.indexOf(target) ? [c.d, target] : [target, c.d];
        mergeInto(older, younger);
        disputes.splice(disputes.indexOf(younger), 1);
        merges.push({ from: younger.id, into: older.id, rule: c.rule });
        touched.delete(younger.id);
        for (const [ref, a] of assignments) if (a.disputeId === younger.id) assignments.set(ref, { ...a, disputeId: older.id });
        for (const set of articleDisputes.values()) if (set.delete(younger.id)) set.add(older.id);
        target = older;
      }
    }
    // A step joined only because its two sides already are the case's (its words name another facet) does not
    // give the dispute that facet as an issue of its own.
    const entry = addEvent(target, ev, sides, opts, candidates.length === 0 || issueAgrees(target, ev));
    touched.add(target.id);
    inArticle.add(target.id);
    articleDisputes.set(ev.article, inArticle);
    assignments.set(ev.ref, { disputeId: target.id, entryId: entry.id, rule });
    return 'placed';
  };

  for (const articleEvents of byArticle(events)) placeArticleEvents(articleEvents, placeOne);

  const live = new Set(disputes.map((d) => d.id));
  for (const m of merges) touched.add(m.into);
  return {
    disputes: disputes.filter((d) => touched.has(d.id) && live.has(d.id)),
    assignments: [...assignments].map(([ref, a]) => ({ ref, ...a })),
    unplaced,
    merges,
  };
}

/**
 * The order events are placed in, whatever order they came in: by publication day, then article, then the event's
 * own handle (the caller's ids: the worker's are the database's, in the order the extractor gave an article's
 * events). Placement is incremental (what an event joins depends on the disputes the events before it made), so a
 * fixed order is what makes the same events give the same disputes.
 */
export function inOrderOfPlacement(events: PlacementEvent[]): PlacementEvent[] {
  return [...events].sort((a, b) => (a.published < b.published ? -1 : a.published > b.published ? 1 : compareHandles(a.article, b.article) || compareHandles(a.ref, b.ref)));
}

/** Compares two handles with their runs of digits read as numbers ("a9" before "a10", "99" before "100"). */
export function compareHandles(a: string, b: string): number {
  const xs = a.match(/\d+|\D+/g) ?? [];
  const ys = b.match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < Math.min(xs.length, ys.length); i++) {
    const x = xs[i]!;
    const y = ys[i]!;
    if (x === y) continue;
    if (/^\d/.test(x) && /^\d/.test(y)) {
      const nx = x.replace(/^0+/, '');
      const ny = y.replace(/^0+/, '');
      if (nx.length !== ny.length) return nx.length - ny.length;
    }
    return x < y ? -1 : 1;
  }
  return xs.length - ys.length;
}

/** Events already in order of placement, one article's after another's. */
function byArticle(events: PlacementEvent[]): PlacementEvent[][] {
  const groups: PlacementEvent[][] = [];
  for (const ev of events) {
    const last = groups[groups.length - 1];
    if (last && last[0]!.article === ev.article && last[0]!.published === ev.published) last.push(ev);
    else groups.push([ev]);
  }
  return groups;
}

/**
 * Places one article's events in order; an event that no dispute takes yet but that the rest of its article could
 * place waits until the others are placed: an answer with no counterpart named (the answer and report rules), and a
 * step between two sides that already have a case, under another issue label (the sibling rule). Taken first, such a
 * step opened a second dispute between the two only because the extractor listed it before its article's other steps
 * ("Pellucid rejected Corvane's trade-secret claims": README.md, "Placement does not depend on the order of events").
 * Any other event opens its dispute in its turn: the first steps of a report say which story it tells.
 */
function placeArticleEvents(events: PlacementEvent[], placeOne: (ev: PlacementEvent, mayWait: boolean) => 'placed' | 'wait'): void {
  const waiting = events.filter((ev) => placeOne(ev, true) === 'wait');
  for (const ev of waiting) placeOne(ev, false);
}

/** Whether an event's actor and one of its targets are both parties of the dispute (as units). */
function hasSides(d: DisputeRecord, s: Sides): boolean {
  return d.parties.some((p) => p.unit === s.actor.unit) && d.parties.some((p) => s.targets.some((t) => t.unit === p.unit));
}

const ruleRank = (r: Rule) => ['act', 'pair', 'answer', 'forum', 'complaint', 'case', 'response', 'report', 'sibling', 'wave'].indexOf(r);

function issueCompatible(a: DisputeRecord, b: DisputeRecord): boolean {
  if (!a.issue || !b.issue) return true;
  const fa = new Set(Object.keys(a.issues).map(familyOf));
  return Object.keys(b.issues).some((i) => fa.has(familyOf(i)));
}

function cloneDispute(d: DisputeRecord): DisputeRecord {
  return {
    ...d,
    issues: { ...d.issues },
    parties: d.parties.map((p) => ({ ...p, roles: p.roles.map((r) => ({ ...r })) })),
    entries: d.entries.map((e) => ({ ...e, targets: [...e.targets], targetUnits: [...e.targetUnits], refs: [...e.refs], articles: [...e.articles] })),
  };
}

function mergeInto(into: DisputeRecord, from: DisputeRecord): void {
  for (const [i, n] of Object.entries(from.issues)) into.issues[i] = (into.issues[i] ?? 0) + n;
  into.issue = mainIssue(into.issues);
  for (const p of from.parties) {
    for (const r of p.roles) addParty(into, { name: p.name, kind: p.kind, unit: p.unit }, r.role, r.since);
  }
  into.entries.push(...from.entries);
}

function mainIssue(issues: Record<string, number>): string | null {
  let best: string | null = null;
  for (const [i, n] of Object.entries(issues)) if (!best || n > issues[best]! || (n === issues[best]! && i < best)) best = i;
  return best;
}

function addParty(d: DisputeRecord, u: { name: string; kind: string; unit: string }, role: PartyRole, since: string): void {
  let p = d.parties.find((x) => x.name === u.name);
  if (!p) {
    p = { name: u.name, kind: u.kind, unit: u.unit, role, roles: [] };
    d.parties.push(p);
  }
  // A forum or authority stays one when a party appeals against it or answers it: it is not thereby accused.
  const official = p.roles.some((r) => OFFICIAL_ROLES.includes(r.role));
  if (official && (role === 'accused' || role === 'accuser')) return;
  if (!p.roles.some((r) => r.role === role)) p.roles.push({ role, since });
  // Roles in date order; the party's role is the one it entered the story with (by date), its later roles
  // (an accused who countersues, a complainant whose forum opens an inquiry) stay listed with their dates.
  p.roles.sort((a, b) => (a.since < b.since ? -1 : a.since > b.since ? 1 : 0));
  p.role = p.roles[0]!.role;
}

function addEvent(d: DisputeRecord, ev: PlacementEvent, s: Sides, opts: { sameEventDays: number; newEntryId: () => string }, countIssue = true): EntryRecord {
  if (countIssue && !isGenericIssue(ev.issue)) {
    const issue = ev.issue!.trim();
    d.issues[issue] = (d.issues[issue] ?? 0) + 1;
    d.issue = mainIssue(d.issues);
  }
  const roles = rolesOf(ev.type, s.actor);
  // A state answering a restriction on its companies (or on itself) is the responding government.
  const responding =
    actsAsState(s.actor) && ev.type !== 'RESTRICTION' && ev.type !== 'INVESTIGATION' &&
    d.entries.some((e) => e.type === 'RESTRICTION' && e.targetUnits.some((t) => t === s.actor.unit || unitOf(t, null).country === s.actor.unit));
  addParty(d, s.actor, responding ? 'responder' : roles.actor, ev.date);
  for (const t of s.targets) addParty(d, t, roles.target, ev.date);
  // The forum a complaint or suit was brought before (named in its sentence) is a party too.
  if (ev.type === 'LEGAL_ACTION' || ev.type === 'ALLEGATION') {
    for (const f of forumsIn(ev.sentence, new Set([ev.actor, ev.target ?? '']))) addParty(d, unitOf(f, null), 'forum', ev.date);
  }

  const targetUnits = s.targets.map((t) => t.unit);
  // One act against many targets is one entry; reports of one act within a few days are one entry. The actor is
  // compared by name: two ministries of one state answering on one day are two steps, each under its own name.
  const same = d.entries.find(
    (e) =>
      e.type === ev.type &&
      e.actor === ev.actor &&
      ((e.articles.includes(ev.article) && e.sentence === ev.sentence) ||
        (periodsApart(e, ev) <= opts.sameEventDays && sameTargets(e.targetUnits, targetUnits))),
  );
  if (same) {
    for (const t of s.targets) if (!same.targetUnits.includes(t.unit)) { same.targets.push(t.name); same.targetUnits.push(t.unit); }
    same.refs.push(ev.ref);
    if (!same.articles.includes(ev.article)) same.articles.push(ev.article);
    if (!ev.undated) {
      // The earliest date its reports give, once a month or year that a day of another report falls in has given
      // way to that day ("sued in 2024" and "sued on 21 October 2024" are one act of 21 October).
      const best = same.undated ? dating(ev) : earliestDating([dating(same), dating(ev)])!;
      same.date = best.date;
      setPrecision(same, best.precision);
      same.undated = false;
    }
    return same;
  }
  const entry: EntryRecord = {
    id: opts.newEntryId(),
    type: ev.type,
    actor: ev.actor,
    actorUnit: s.actor.unit,
    targets: s.targets.map((t) => t.name),
    targetUnits,
    date: ev.date,
    ...(ev.precision && ev.precision !== 'day' ? { precision: ev.precision } : {}),
    undated: ev.undated === true,
    refs: [ev.ref],
    articles: [ev.article],
    sentence: ev.sentence,
  };
  d.entries.push(entry);
  return entry;
}


const dating = (x: { date: string; precision?: DatePrecision }) => ({ date: x.date, precision: x.precision ?? 'day' });

function setPrecision(e: EntryRecord, p: DatePrecision): void {
  if (p === 'day') delete e.precision;
  else e.precision = p;
}

/** Days between the periods two datings name (0 when one falls in the other's month or year). */
function periodsApart(a: { date: string; precision?: DatePrecision }, b: { date: string; precision?: DatePrecision }): number {
  const pa = periodOf(dating(a));
  const pb = periodOf(dating(b));
  if (pa.last < pb.first) return daysApart(pa.last, pb.first);
  if (pb.last < pa.first) return daysApart(pb.last, pa.first);
  return 0;
}

function sameTargets(a: string[], b: string[]): boolean {
  if (a.length === 0 || b.length === 0) return a.length === b.length;
  return b.some((t) => a.includes(t));
}
