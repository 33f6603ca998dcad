// Dating an event from its own sentence (issue 17, item 5).
//
// Policy: an event takes the date its sentence gives ("on Oct. 9", "in March 2024", "in 2020", "last month",
// "earlier this year", "on Tuesday"), resolved against the article's publication date, with the precision
// the text allows. An event cannot happen after it was reported, so a date after publication (an effective
// date, a deadline, "next month") is not the event's date. When the sentence gives none, the publication
// date stands (precision 'day', explicit false). `background` marks an event the text places well before
// publication: certainly more than 60 days before it, or a pluperfect ("had banned") with an earlier date.
//
// The words are data (extract/lang/en/dates.ts); the forms below are composed from them. Pure and
// synchronous: no clock is read; `now` stands in only when the publication date is missing.
// Dates are read by these forms rather than by chrono-node, whose readings of numbers that are not dates
// ("Section 230", case numbers, "the AI Act 2024", the modal "may") this module would otherwise have to undo;
// every form is anchored on a month name, a weekday, a cue word or a full numeric date.

import { DATE_WORDS, type DateWords } from './lang/en/dates.ts';
import { isHeadline, splitSentences } from './text.ts';

export type DatePrecision = 'day' | 'month' | 'year';
export interface EventDating { date: string; precision: DatePrecision; background: boolean; explicit: boolean }
export interface DateEventOptions { triggerOffset?: number; now?: Date }

/** Days before publication past which an event is background whatever the tense. */
export const BACKGROUND_DAYS = 60;

// ---- Patterns composed from the language's date words (extract/lang/en/dates.ts) ----

const W = DATE_WORDS;
const norm = (x: string) => x.toLowerCase().replace(/\s+/g, ' ');
const esc = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
/** An alternation of literal phrases, longest first. */
const alt = (ws: readonly string[]) => [...ws].sort((x, y) => y.length - x.length).map(esc).join('|');
/** Words as whole words: a left boundary only before an entry that starts with a letter ("will", but "'ll"). */
const words = (ws: readonly string[]) => {
  const letters = ws.filter((w) => /^\p{L}/u.test(w));
  const others = ws.filter((w) => !/^\p{L}/u.test(w));
  return `(?:\\b(?:${alt(letters)})${others.length ? `|(?:${alt(others)})` : ''})(?![\\p{L}])`;
};
const title = (w: string) => w[0].toUpperCase() + w.slice(1);
const unitOf = (w: string) => (Object.keys(W.units) as (keyof DateWords['units'])[]).find((u) => W.units[u].includes(w.toLowerCase()))!;

const MONTH_FULL = alt(Object.keys(W.months));
const MONTH = `(?:${MONTH_FULL}|(?:${alt(Object.keys(W.monthAbbreviations))})\\.?)(?![\\p{L}])`;
// For patterns matched case-sensitively (a weekday is written with its capital).
const MONTH_TITLE = `(?:${alt(Object.keys(W.months).map(title))}|(?:${alt(Object.keys(W.monthAbbreviations).map(title))})\\.?)(?![\\p{L}])`;
const DAY = `(\\d{1,2})(?:${alt(W.ordinalSuffixes)})?(?![\\d:%]|\\.\\d|,\\d{3})`;
const YEAR = '((?:19[5-9]|20\\d)\\d)(?![\\d%]|,\\d{3}|\\.\\d)';
const WEEKDAY = `(?:${Object.keys(W.weekdays).map(title).join('|')})`;
const QUALIFIER = `(?:(?:${alt(W.yearQualifiers)})[\\s-]+)?`;
const OF = esc(W.of);
// A day or weekday after these words lies after publication (or is a plan): not the event's date.
const FUTURE_CUE = new RegExp(`${words(W.futureCues)}[^,;.]{0,40}$|\\b(?:${alt(W.deadlines)})\\s+(?:(?:${alt(W.weekdayCues)})\\s+)?$`, 'iu');
// "had banned", "had already been fined": the pluperfect places an act before the time of the report.
const PP = W.pluperfect;
const PLUPERFECT = new RegExp(`\\b${esc(PP.auxiliary)}\\s+(?:(?:${alt(PP.adverbs)})\\s+)?(?:${esc(PP.passive)}\\s+)?(?!(?:${alt(PP.notParticiples)})\\b)\\p{Ll}+(?:${alt(PP.endings)})\\b`, 'u');

interface Rule { re: RegExp; read: (m: RegExpExecArray, ctx: Ctx) => Period | null }
interface Period { first: number; last: number; precision: DatePrecision }
interface Found extends Period { index: number; end: number; clause: number; clauseEnd: number }
interface Ctx { ref: number | null; sentence: string }

// ---- Day numbers (days since 1970-01-01, UTC) ----

const DAY_MS = 86400000;
const dayOf = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / DAY_MS;
const ymdOf = (day: number) => {
  const d = new Date(day * DAY_MS);
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate(), wd: d.getUTCDay() };
};
const iso = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
const monthPeriod = (y: number, m: number): Period => ({ first: dayOf(y, m, 1), last: dayOf(y, m + 1, 1) - 1, precision: 'month' });
const yearPeriod = (y: number): Period => ({ first: dayOf(y, 1, 1), last: dayOf(y + 1, 1, 1) - 1, precision: 'year' });
const dayPeriod = (day: number): Period => ({ first: day, last: day, precision: 'day' });

function validDay(y: number, m: number, d: number): number | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const day = dayOf(y, m, d);
  return ymdOf(day).m === m ? day : null;
}

/** A month name as written: title case or capitals ("March", "MARCH"), never the lower-case modal "may". */
function monthOf(surface: string): number | null {
  if (surface[0] !== surface[0].toUpperCase()) return null;
  const key = surface.replace(/\.$/, '').toLowerCase();
  return W.months[key] ?? W.monthAbbreviations[key] ?? null;
}

/** Whether the words before `index` (in the same clause) announce a future or a deadline. */
function futureBefore(ctx: Ctx, index: number): boolean {
  return FUTURE_CUE.test(ctx.sentence.slice(Math.max(0, index - 50), index));
}

/** A day and month without a year: this year's, or last year's when this year's lies well after publication. */
function dayWithoutYear(ctx: Ctx, m: number, d: number, index: number): Period | null {
  if (ctx.ref === null) return null;
  const y = ymdOf(ctx.ref).y;
  const day = validDay(y, m, d);
  if (day === null) return null;
  if (day <= ctx.ref + 1) return dayPeriod(day);
  // "On Dec. 30" in a January article is last year's; "on March 1" in a February one is a coming date.
  if (day - ctx.ref > 183 && !futureBefore(ctx, index)) {
    const prev = validDay(y - 1, m, d);
    return prev === null ? null : dayPeriod(prev);
  }
  return null;
}

/** A month without a year: the latest such month up to publication ("in March", "last March"). */
function monthWithoutYear(ctx: Ctx, m: number, strictlyBefore: boolean): Period | null {
  if (ctx.ref === null) return null;
  const r = ymdOf(ctx.ref);
  const y = m < r.m || (m === r.m && !strictlyBefore) ? r.y : r.y - 1;
  return monthPeriod(y, m);
}

const RULES: Rule[] = [
  // 2024-10-09
  { re: /\b(\d{4})-(\d{2})-(\d{2})(?![\d-])/g, read: (m) => { const d = validDay(+m[1], +m[2], +m[3]); return d === null ? null : dayPeriod(d); } },
  // 10/9/2024 (month first, as US copy writes it; day first when the first number cannot be a month)
  {
    re: /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g,
    read: (m) => {
      const [a, b, y] = [+m[1], +m[2], +m[3]];
      const d = a > 12 ? validDay(y, b, a) : validDay(y, a, b);
      return d === null ? null : dayPeriod(d);
    },
  },
  // Oct. 9, 2024 · October 9 · Oct. 9th
  {
    re: new RegExp(`\\b(${MONTH})\\s+${DAY}(?:,?\\s+${YEAR})?`, 'giu'),
    read: (m, ctx) => {
      const mo = monthOf(m[1]);
      if (mo === null) return null;
      if (m[3]) { const d = validDay(+m[3], mo, +m[2]); return d === null ? null : dayPeriod(d); }
      return dayWithoutYear(ctx, mo, +m[2], m.index);
    },
  },
  // 9 October 2024 · 9th of October
  {
    re: new RegExp(`\\b${DAY}\\s+(?:${OF}\\s+)?(${MONTH})(?:,?\\s+${YEAR})?`, 'giu'),
    read: (m, ctx) => {
      const mo = monthOf(m[2]);
      if (mo === null) return null;
      if (m[3]) { const d = validDay(+m[3], mo, +m[1]); return d === null ? null : dayPeriod(d); }
      return dayWithoutYear(ctx, mo, +m[1], m.index);
    },
  },
  // March 2024 · late March 2024 · March of 2024
  {
    re: new RegExp(`\\b(${MONTH}),?\\s+(?:${OF}\\s+)?${YEAR}`, 'giu'),
    read: (m) => { const mo = monthOf(m[1]); return mo === null ? null : monthPeriod(+m[2], mo); },
  },
  // August of last year · March this year
  {
    re: new RegExp(`\\b(${MONTH_FULL}),?\\s+(?:${OF}\\s+)?(${alt([W.lastYear, W.thisYear])})\\s+${esc(W.units.year[0])}\\b`, 'giu'),
    read: (m, ctx) => {
      const mo = monthOf(m[1]);
      if (mo === null || ctx.ref === null) return null;
      return monthPeriod(ymdOf(ctx.ref).y - (norm(m[2]) === W.lastYear ? 1 : 0), mo);
    },
  },
  // in March · since May · last March · early June (a cue word is required: "May" alone is a name or a modal)
  {
    re: new RegExp(`\\b(${alt(W.monthCues)})[\\s-]+(?:(?:${alt(W.monthQualifiers)})[\\s-]+)?(${MONTH_FULL})(?![\\p{L}\\d]|\\s+\\d)`, 'giu'),
    read: (m, ctx) => {
      const mo = monthOf(m[2]);
      if (mo === null) return null;
      return monthWithoutYear(ctx, mo, W.previous.includes(norm(m[1])));
    },
  },
  // in 2020 · since 2019 · in late 2023 · the end of 2022 · summer 2021 (a year only after a cue, never in a name:
  // "the AI Act 2024", "the CHIPS Act of 2022" and "Section 230" are not dates)
  {
    re: new RegExp(`\\b(${alt(W.yearCues)})\\s+${QUALIFIER}${YEAR}(?!\\s*(?:-|–|\\/)\\s*\\d)`, 'giu'),
    read: (m, ctx) => {
      const before = ctx.sentence.slice(Math.max(0, m.index - 30), m.index);
      // "the Act of 2022", "the Rules of 2021": a capitalised word before "of" makes the year part of a name.
      if (norm(m[1]) === W.of && /\b\p{Lu}[\p{L}.]*\s*$/u.test(before)) return null;
      return yearPeriod(+m[2]);
    },
  },
  // the 2023 lawsuit · its 2019 ban · Corvane's 2023 complaint (a year used as an adjective before a lower-case noun)
  {
    re: new RegExp(`(?:\\b(?:${alt(W.yearDeterminers)})|(?<=\\p{L})(?:${alt(W.yearPossessives)}))\\s+${YEAR}\\s+(?=\\p{Ll})`, 'giu'),
    read: (m) => yearPeriod(+m[1]),
  },
  // yesterday · today · this morning
  {
    re: new RegExp(`\\b(${alt([...W.yesterday, ...W.today])})\\b`, 'gi'),
    read: (m, ctx) => (ctx.ref === null ? null : dayPeriod(W.yesterday.includes(norm(m[1])) ? ctx.ref - 1 : ctx.ref)),
  },
  // on Tuesday · last Friday (the latest such day up to publication; "will meet on Tuesday" is not a date of the past)
  {
    re: new RegExp(`\\b(?:(${alt([...W.previous, ...W.weekdayCues])})\\s+)?(${WEEKDAY})(?!,?\\s+\\d|,?\\s+${MONTH_TITLE})`, 'gu'),
    read: (m, ctx) => {
      if (ctx.ref === null || futureBefore(ctx, m.index)) return null;
      const before = ctx.sentence.slice(Math.max(0, m.index - 8), m.index);
      if (NAME_BEFORE_WEEKDAY.test(before) || NEXT_BEFORE.test(before)) return null;
      const want = W.weekdays[m[2].toLowerCase()];
      const back = (ymdOf(ctx.ref).wd - want + 7) % 7;
      return dayPeriod(ctx.ref - (back === 0 && m[1] && W.previous.includes(norm(m[1])) ? 7 : back));
    },
  },
  // over the weekend · last weekend (the latest Saturday up to publication stands for it)
  {
    re: new RegExp(`\\b(?:${alt(W.weekend)})\\b`, 'gi'),
    read: (m, ctx) => (ctx.ref === null ? null : dayPeriod(ctx.ref - ((ymdOf(ctx.ref).wd - 6 + 7) % 7))),
  },
  // last week · earlier this week · last month · earlier this month · last year · earlier this year
  {
    re: new RegExp(`\\b(${alt([...W.previousPeriod, ...W.currentPeriod])})\\s+(${alt([W.units.week[0], W.units.month[0], W.units.year[0]])})\\b`, 'gi'),
    read: (m, ctx) => {
      if (ctx.ref === null) return null;
      const which = norm(m[1]);
      const prev = W.previousPeriod.includes(which);
      if (!prev && futureBefore(ctx, m.index)) return null;
      const r = ymdOf(ctx.ref);
      switch (unitOf(m[2])) {
        // A week has no precision of its own: the day a week back (or publication day) stands for it.
        case 'week': return dayPeriod(prev ? ctx.ref - 7 : ctx.ref);
        case 'month': return prev ? monthPeriod(r.m === 1 ? r.y - 1 : r.y, r.m === 1 ? 12 : r.m - 1) : monthPeriod(r.y, r.m);
        default: return yearPeriod(prev ? r.y - 1 : r.y);
      }
    },
  },
  // three days ago · two weeks ago · a month ago · two years ago
  {
    re: new RegExp(`\\b(\\d{1,2}|${alt(Object.keys(W.numbers))})\\s+(${alt(Object.values(W.units).flat())})\\s+${esc(W.ago)}\\b`, 'gi'),
    read: (m, ctx) => {
      if (ctx.ref === null) return null;
      const n = /^\d/.test(m[1]) ? +m[1] : W.numbers[m[1].toLowerCase()];
      const r = ymdOf(ctx.ref);
      switch (unitOf(m[2])) {
        case 'day': return dayPeriod(ctx.ref - n);
        case 'week': return dayPeriod(ctx.ref - 7 * n);
        case 'month': { const k = r.y * 12 + (r.m - 1) - n; return monthPeriod(Math.floor(k / 12), (k % 12) + 1); }
        default: return yearPeriod(r.y - n);
      }
    },
  },
  // last summer · this past fall
  {
    re: new RegExp(`\\b(${alt(W.previous)})\\s+(${alt(Object.keys(W.seasons))})\\b`, 'gi'),
    read: (m, ctx) => {
      if (ctx.ref === null) return null;
      const r = ymdOf(ctx.ref);
      const start = W.seasons[m[2].toLowerCase()];
      return yearPeriod(start + 2 < r.m ? r.y : r.y - 1);
    },
  },
];

const NAME_BEFORE_WEEKDAY = new RegExp(`\\b(?:${alt(W.weekdayNames)})\\s+$`);
const NEXT_BEFORE = new RegExp(`\\b(?:${alt(W.next)})\\s+$`, 'i');

// "... issued subpoenas after the companies ignored a request sent on March 4": a date inside a clause opened by a
// temporal conjunction dates that clause's act, not the sentence's. "since 2019" right before the date is not a clause.
const SUBORDINATOR = new RegExp(`(?:^|[\\s—–(])(?:${alt(W.subordinators)})\\s+\\S+\\s[^,;:—–()]*$`, 'i');
const CLAUSE_BREAK = /[,;:—–()]/g;

/** Where the temporal clause holding `index` opens (its conjunction's offset), or -1 when the date is in no such clause. */
function subordinateAt(sentence: string, index: number): number {
  let from = 0;
  CLAUSE_BREAK.lastIndex = 0;
  let m: RegExpExecArray | null;
  // The clause runs back to the last punctuation before the date, keeping a break just before the conjunction.
  while ((m = CLAUSE_BREAK.exec(sentence)) !== null && m.index < index) from = m.index;
  const span = sentence.slice(from, index);
  const k = SUBORDINATOR.exec(span);
  return k ? from + k.index : -1;
}

/** Where the clause that runs on after `end` stops (the next punctuation mark, or the sentence's end). */
function clauseEndAfter(sentence: string, end: number): number {
  const k = sentence.slice(end).search(/[,;:—–()]/);
  return k < 0 ? sentence.length : end + k;
}

// "the regulator set up last year", "a request sent on March 4", "the firm, founded in 2019,": a date right after a
// verb other than the trigger dates that verb. A reporting verb's date ("said on Tuesday that ...") is the report's,
// which news copy gives for the act it reports, so it stays.
const GOVERNOR_BEFORE = new RegExp(`(\\p{L}+)\\s+(?:(?:${alt(W.particles)})\\s+)?(?:(?:${alt(W.datePrepositions)})\\s+)?(?:(?:${alt(W.monthQualifiers)})[\\s-]+)?$`, 'u');
const IRREGULAR_PARTICIPLE = new Set(W.irregularParticiples);
const NOT_VERB_ED = new Set(W.notVerbs);
const REPORTING = new Set(W.reportingVerbs);

/** Whether the word that governs a date is a verb other than the trigger (and not a reporting verb). */
function governedByOtherVerb(sentence: string, f: Found, trigger: number): boolean {
  const g = governorOf(sentence, f);
  if (!g) return false;
  const { word, at } = g;
  // The trigger's own word, or a participle right after a trigger noun ("a complaint filed in March").
  if (at <= trigger && trigger < at + word.length) return false;
  const triggerWord = /^\p{L}+/u.exec(sentence.slice(trigger))?.[0] ?? '';
  if (at > trigger && at <= trigger + triggerWord.length + 12 && !triggerWord.toLowerCase().endsWith(W.participleEnding)) return false;
  if (REPORTING.has(word.toLowerCase())) return false;
  const w = word.toLowerCase();
  if (word[0] !== word[0].toLowerCase()) return false; // a name ("Acme Ltd in 2019"), or a sentence's first word
  return (w.length >= 4 && w.endsWith(W.participleEnding) && !NOT_VERB_ED.has(w)) || IRREGULAR_PARTICIPLE.has(w);
}

/** The word right before a date and its preposition ("sent" in "sent on June 2"), with its offset. */
function governorOf(sentence: string, f: Found): { word: string; at: number } | null {
  const from = Math.max(0, f.index - 40);
  const m = GOVERNOR_BEFORE.exec(sentence.slice(from, f.index));
  return m ? { word: m[1], at: from + m.index } : null;
}

const PRECISION_RANK: Record<DatePrecision, number> = { day: 0, month: 1, year: 2 };
// With a trigger, a date's cost is its distance in characters plus these: a coarser date must be nearer to win; a date
// across a clause break (a comma, dash, parenthesis) is likely another clause's; a reporting verb's date ("said on
// Tuesday that it had fined ... in 2023") stands only when the act has none of its own.
const PRECISION_COST: Record<DatePrecision, number> = { day: 0, month: 10, year: 20 };
const CLAUSE_BREAK_COST = 40;
const REPORT_DATE_COST = 30;

/** The date expressions of a sentence that can be the date of something already reported, in order. */
export function findDates(sentence: string, ref: number | null): Found[] {
  const ctx: Ctx = { ref, sentence };
  const out: Found[] = [];
  const taken: [number, number][] = [];
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = rule.re.exec(sentence)) !== null) {
      const index = m.index;
      const end = index + m[0].length;
      if (taken.some(([a, b]) => index < b && end > a)) continue;
      const p = rule.read(m, ctx);
      taken.push([index, end]); // a form read once is not read again by a looser rule ("March 2024" is not "in March")
      if (!p) continue;
      // An event cannot be dated after its report (one day allowed for the time zones between the two).
      if (ref !== null && p.first > ref + 1) continue;
      out.push({ ...p, index, end, clause: subordinateAt(sentence, index), clauseEnd: clauseEndAfter(sentence, end) });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

/** Day number of a publication date as written ("2025-05-19", "2025-05-19T23:30:00-04:00", an RFC 2822 date). */
export function publicationDay(published: string | null | undefined): number | null {
  if (typeof published !== 'string' || !published.trim()) return null;
  const s = published.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(s);
  if (m) return validDay(+m[1], +m[2], +m[3]);
  // Other forms (RFC 2822 from feeds) must carry a four-digit year: Date.parse reads "1" as 2001.
  const t = /\b\d{4}\b/.test(s) ? Date.parse(s) : NaN;
  if (Number.isNaN(t)) return null;
  return Math.floor(t / DAY_MS);
}

/**
 * Returns the date the sentence itself gives for its event, resolved against the publication date, with its
 * precision and whether the text places the event well before publication; the publication date when it gives none.
 * Throws when neither `published` nor `now` is a usable date and the sentence holds no date with a year.
 */
export function dateEvent(sentence: string, published: string | null | undefined, opts: DateEventOptions = {}): EventDating {
  let ref = publicationDay(published);
  if (ref === null && opts.now && !Number.isNaN(opts.now.getTime())) ref = Math.floor(opts.now.getTime() / DAY_MS);
  const text = typeof sentence === 'string' ? sentence : '';
  const found = findDates(text, ref);
  const pick = choose(text, found, opts.triggerOffset);
  if (!pick) {
    if (ref === null) throw new TypeError('dateEvent: no publication date, no now, and no dated expression in the sentence');
    // No date of its own, but told as earlier than the report ("had appealed", "... weeks after the court ruled"):
    // undated background, shown on a timeline but never taken as a step of the publication day.
    const earlier = hasPluperfect(text, opts.triggerOffset) || insidePriorClause(text, opts.triggerOffset);
    return { date: iso(ref), precision: 'day', background: earlier, explicit: false };
  }
  const pluperfect = hasPluperfect(text, opts.triggerOffset);
  const background = ref !== null && (pick.last < ref - BACKGROUND_DAYS || (pluperfect && pick.last < ref));
  return { date: iso(pick.first), precision: pick.precision, background, explicit: true };
}

function choose(sentence: string, all: Found[], trigger: number | undefined): Found | null {
  const noTrigger = trigger === undefined || trigger < 0;
  // A date in a temporal clause dates the sentence's event only when the trigger is inside that clause.
  const found = all.filter((f) => (f.clause < 0 || (!noTrigger && trigger! >= f.clause && trigger! < f.clauseEnd))
    && (noTrigger || (f.index <= trigger! && trigger! < f.end) || !governedByOtherVerb(sentence, f, trigger!)));
  if (!found.length) return null;
  if (noTrigger) {
    // No trigger: the sharpest date, the first of equals.
    return [...found].sort((a, b) => PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision] || a.index - b.index)[0];
  }
  const t = trigger!;
  const cost = (f: Found) => {
    const [from, to] = t < f.index ? [t, f.index] : [f.end, t];
    const breaks = to > from ? (sentence.slice(from, to).match(/[,;:—–()]/g)?.length ?? 0) : 0;
    const g = f.end <= t ? governorOf(sentence, f) : null;
    const reported = g !== null && REPORTING.has(g.word.toLowerCase());
    return Math.max(0, to - from) + PRECISION_COST[f.precision] + CLAUSE_BREAK_COST * breaks + (reported ? REPORT_DATE_COST : 0);
  };
  return [...found].sort((a, b) => cost(a) - cost(b) || a.index - b.index)[0];
}

const PRIOR_OPENER = new RegExp(`(?:^|[\\s—–(])(?:${alt(W.priorClauseOpeners)})\\s`, 'i');

/** Whether the trigger sits in a clause opened by "after"/"following", which tells an act before the sentence's own. */
function insidePriorClause(sentence: string, trigger: number | undefined): boolean {
  if (trigger === undefined || trigger < 0) return false;
  let from = 0;
  CLAUSE_BREAK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_BREAK.exec(sentence)) !== null && m.index < trigger) from = m.index;
  // A clause that opens the sentence ("After the court ruled, X appealed") is the earlier act only up to its comma,
  // which the break above already cuts off; the opener must stand before the trigger within its clause.
  return PRIOR_OPENER.test(sentence.slice(from, trigger));
}

function hasPluperfect(sentence: string, trigger: number | undefined): boolean {
  if (trigger === undefined || trigger < 0) return PLUPERFECT.test(sentence);
  // The auxiliary sits just before the trigger ("had banned", "had already been fined").
  return PLUPERFECT.test(sentence.slice(Math.max(0, trigger - 40), trigger + 30));
}

/** The first and last day (as YYYY-MM-DD) of the period a dating names. */
export function periodOf(d: Pick<EventDating, 'date' | 'precision'>): { first: string; last: string } {
  const [y, m] = [+d.date.slice(0, 4), +d.date.slice(5, 7)];
  if (d.precision === 'year') return { first: `${y}-01-01`, last: `${y}-12-31` };
  if (d.precision === 'month') return { first: d.date.slice(0, 8) + '01', last: iso(dayOf(y, m + 1, 1) - 1) };
  return { first: d.date, last: d.date };
}

/**
 * The date of one act that several reports date (a timeline entry's sources): the earliest, once every coarse date
 * that a finer one falls inside has given way to it ("in 2023" and "on Dec. 27, 2023" are Dec. 27, 2023).
 */
export function earliestDating<T extends Pick<EventDating, 'date' | 'precision'>>(datings: readonly T[]): T | null {
  const within = (fine: T, coarse: T) => {
    if (PRECISION_RANK[fine.precision] >= PRECISION_RANK[coarse.precision]) return false;
    const p = periodOf(coarse);
    return fine.date >= p.first && fine.date <= p.last;
  };
  const kept = datings.filter((c) => !datings.some((f) => within(f, c)));
  return kept.reduce<T | null>((best, d) => (!best || d.date < best.date || (d.date === best.date && PRECISION_RANK[d.precision] < PRECISION_RANK[best.precision]) ? d : best), null);
}

// ---- Dating from the rest of the article (issue 17 §5, issue 18 §3) ----

/** One event of an article to date: its type, parties and sentence (a fragment of one will do). */
export interface ActReport {
  type: string;
  actor: string | null;
  target: string | null;
  sentence: string;
  /** The trigger's offset in `sentence`, when known. */
  triggerOffset?: number;
  /** Where `sentence` starts in the article's text; -1 for the title; absent: looked up in the text. */
  at?: number;
}
export interface ArticleForDating {
  title?: string | null;
  text: string;
  published: string | null;
  now?: Date;
  /** The text's sentences when the caller has split it already (`splitSentences`); else split here. */
  sentences?: readonly { text: string; start: number }[];
}

const ACT_WORDS = W.actWords as Record<string, string[]>;
const ACT_RE = new Map(Object.entries(ACT_WORDS).map(([t, ws]) => [t, new RegExp(words(ws), 'giu')]));
// Whole words ("the", "its") after a word boundary; possessive endings ("'s", "s'") right after their noun.
const DEFINITE_BEFORE = new RegExp(`(?:\\b(?:${alt(W.definiteDeterminers.filter((d) => /^\p{L}+$/u.test(d)))})|(?:${alt(W.definiteDeterminers.filter((d) => !/^\p{L}+$/u.test(d)))}))\\s+(?:[\\p{L}-]+\\s+){0,2}$`, 'iu');

/** Offsets of the words that name or report an act of `type` in a sentence. */
function actWordsAt(type: string, sentence: string): number[] {
  const re = ACT_RE.get(type);
  if (!re) return [];
  re.lastIndex = 0;
  const out: number[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(sentence)) !== null) out.push(m.index);
  return out;
}

/** Names longer than this are matched as plain text (see names). */
const MAX_NAME_PATTERN = 200;

/** Whether a sentence names a party: the name, or its first word when that is a capitalised word of four letters or more. */
function names(sentence: string, name: string): boolean {
  const n = name.trim();
  if (!n) return false;
  // A name far longer than any real one (a hostile page) would compile to a regular expression too deep to run:
  // compared as plain text instead.
  if (n.length > MAX_NAME_PATTERN) return sentence.replace(/\s+/g, ' ').toLowerCase().includes(n.replace(/\s+/g, ' ').toLowerCase());
  const p = namePatterns(n);
  return wholeIn(p, sentence) || (p.first !== null && sentence.includes(p.first.word) && p.first.re.test(sentence));
}

interface NamePatterns { whole: RegExp; runs: string[]; first: { word: string; re: RegExp } | null }
/**
 * A name's patterns, compiled once per name rather than once per sentence asked about (every undated event asks about
 * every sentence of its article). Non-global, so reusing them keeps no state; the cache is dropped when it grows large.
 * `runs`: the name's runs of three or more ASCII letters and digits, lower-cased, longest first, every one of which a
 * match holds (see wholeIn).
 */
const namePatternCache = new Map<string, NamePatterns>();
const wholeWord = (x: string, flags: string) => new RegExp(`(?<![\\p{L}\\p{N}])${esc(x)}(?![\\p{L}\\p{N}])`, flags);
function namePatterns(n: string): NamePatterns {
  let p = namePatternCache.get(n);
  if (!p) {
    const first = n.split(/\s+/)[0];
    const runs = [...new Set((n.match(/[A-Za-z0-9]{3,}/g) ?? []).map((r) => r.toLowerCase()))].sort((a, b) => b.length - a.length);
    p = {
      whole: wholeWord(n, 'iu'),
      runs,
      first: first !== n && /^\p{Lu}\p{L}{3,}$/u.test(first) ? { word: first, re: wholeWord(first, 'u') } : null,
    };
    if (namePatternCache.size >= 512) namePatternCache.clear();
    namePatternCache.set(n, p);
  }
  return p;
}

/**
 * Whether the name's whole pattern can match: a case-insensitive match holds each of the name's ASCII runs in any case,
 * so the lower-cased sentence holds every one of them lower-cased (the long s and the Kelvin sign, which also match an
 * s and a k, are looked for by the pattern itself). Every run is checked, not only the longest: "Technologies" is in
 * many sentences that do not name "Quilova Technologies". Sentences are asked about again and again: their lower case
 * is kept a while.
 */
function wholeIn(p: NamePatterns, sentence: string): boolean {
  if (p.runs.length) {
    const lower = lowerOf(sentence);
    if (lower !== null) for (const run of p.runs) if (!lower.includes(run)) return false;
  }
  return p.whole.test(sentence);
}
const lowerCache = new Map<string, string | null>();
function lowerOf(sentence: string): string | null {
  let l = lowerCache.get(sentence);
  if (l === undefined) {
    l = /[\u017f\u212a]/.test(sentence) ? null : sentence.toLowerCase();
    if (lowerCache.size >= 256) lowerCache.clear();
    lowerCache.set(sentence, l);
  }
  return l;
}

const normName = (x: string | null) => (x ?? '').trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * Dates every event of one article: from its own sentence (`dateEvent`), else from the rest of the article. The one
 * function the extractor and the `disputes` command (events given without a date) both use.
 * - The same act reported elsewhere with a date: another event of the same type and parties, or another sentence that
 *   names the parties with a word of that act ("Quillon has sued Marrowby." … "Quillon filed the suit on Friday"); the
 *   latest such date, as the same act is told nearest its report.
 * - A definite reference back ("the lawsuit", "its order", "Tarvel's probe"): the nearest earlier sentence that tells
 *   an act of that type dates it when it gives a date (a relative date of the lede included; a headline counts only
 *   when it gives the date).
 * - Otherwise the publication date stands, as `dateEvent` gives it (a present perfect, "has filed", is the news of the
 *   report: not background).
 */
export function dateArticleEvents(article: ArticleForDating, reports: readonly ActReport[]): EventDating[] {
  const { now } = article;
  const published = article.published;
  // A list of dated items (a page of press releases): a line holding only a full date dates the lines below it, and
  // their relative dates ("this morning") are read against it rather than against the page's publication.
  const lines = datelines(article.text ?? '', publicationDay(published));
  // Array.from, not .map: the arrays are read elsewhere, and optimised code's inlined .map makes them holey (index.ts).
  const ats = Array.from(reports, (r) => r.at ?? locate(article, r.sentence));
  const own = Array.from(reports, (r, i) => {
    const line = itemDate(lines, ats[i]);
    const triggerOffset = r.triggerOffset ?? actWordOf(r);
    if (line === null) return dateEvent(r.sentence, published, { triggerOffset, now });
    const d = dateEvent(r.sentence, iso(line), { triggerOffset, now });
    // Background is still told against the page's publication: an item of March on a page of June is background.
    const pub = publicationDay(published);
    const last = d.explicit ? dayOf(+d.date.slice(0, 4), +d.date.slice(5, 7), +d.date.slice(8, 10)) : line;
    return { ...d, explicit: true, background: d.background || (pub !== null && last < pub - BACKGROUND_DAYS) };
  });
  if (own.every((d) => d.explicit)) return own;
  const title = typeof article.title === 'string' && article.title.trim() ? [{ text: article.title, start: -1 }] : [];
  const sents = [...title, ...(article.sentences ?? splitSentences(article.text ?? ''))];
  let ref = publicationDay(published);
  if (ref === null && now && !Number.isNaN(now.getTime())) ref = Math.floor(now.getTime() / DAY_MS);
  const refIso = ref === null ? null : iso(ref);
  const titleText = title.length ? norm(title[0].text).trim() : null;
  const headlineOf = (s: { text: string; start: number }) => s.start < 0 || norm(s.text).trim() === titleText || isHeadline(s.text);
  // An act word named again ("it is appealing the Times' lawsuit" on Thursday) is dated only from its own noun
  // phrase on ("the 2023 lawsuit", "the lawsuit, filed on March 3"): the sentence's other dates are another act's.
  const dateAt = (sentence: string, at: number) => {
    const from = definiteAt(sentence, at);
    return from < 0 ? dateEvent(sentence, published, { triggerOffset: at, now })
      : dateEvent(sentence.slice(from), published, { triggerOffset: at - from, now });
  };
  const rebase = (d: EventDating, earlier: boolean): EventDating => ({
    date: d.date, precision: d.precision, explicit: true,
    background: d.background || (earlier && refIso !== null && periodOf(d).last < refIso),
  });

  // Whether sentence si names a party, asked once per party and sentence (every undated event asks about every sentence).
  const namedBy = new Map<string, Uint8Array>();
  const namedIn = (si: number, name: string): boolean => {
    let row = namedBy.get(name);
    if (!row) { row = new Uint8Array(sents.length); namedBy.set(name, row); }
    if (row[si] === 0) row[si] = names(sents[si]!.text, name) ? 2 : 1;
    return row[si] === 2;
  };
  return Array.from(reports, (r, i) => {
    if (own[i].explicit) return own[i];
    const at = ats[i];
    // The report's own sentence (a fragment's whole sentence included) has been read already.
    const isOwn = (s: { text: string; start: number }) => s.start === at || (at !== null && at >= 0 && s.start >= 0 && s.start <= at && at < s.start + s.text.length) || s.text.includes(r.sentence);
    // 1. The same act dated elsewhere in the article.
    const found: EventDating[] = [];
    reports.forEach((x, j) => {
      if (j !== i && own[j].explicit && x.type === r.type && normName(x.actor) === normName(r.actor) && normName(x.target) === normName(r.target)) found.push(own[j]);
    });
    if (r.actor) {
      for (let si = 0; si < sents.length; si++) {
        const s = sents[si]!;
        if (isOwn(s) || !namedIn(si, r.actor) || (r.target && !namedIn(si, r.target))) continue;
        // The actor named before the act word, as its subject ("Quillon filed the complaint"), not its object
        // ("Marrowby would appeal Quillon's lawsuit": Marrowby's act).
        for (const k of actWordsAt(r.type, s.text)) {
          if (!names(s.text.slice(0, k), r.actor)) continue;
          const d = dateAt(s.text, k);
          if (d.explicit) { found.push(d); break; }
        }
      }
    }
    if (found.length) return rebase(found.reduce((a, b) => (b.date > a.date ? b : a)), own[i].background);
    // 2. The act named again further on, before any other act of its type is told: "Corvane AI has sued Pellucid.
    // The lawsuit, filed on 3 March, seeks damages." A definite noun ("the lawsuit", "its ban") refers back to the
    // act last told, so its date, from its own noun phrase on, is this act's; an indefinite one is a new act.
    if (at !== null && at >= 0) {
      const sameAct = (j: number) => reports[j]!.type === r.type && normName(reports[j]!.actor) === normName(r.actor) && normName(reports[j]!.target) === normName(r.target);
      const trigger = r.triggerOffset ?? actWordOf(r);
      const kinds = new Set((trigger !== undefined ? [trigger] : actWordsAt(r.type, r.sentence)).map((k) => kindOf(r.sentence.slice(k))));
      const next = kinds.size ? sents.filter((s) => s.start > at && !isOwn(s)).slice(0, FORWARD_SENTENCES) : [];
      for (const s of next) {
        const ks = actWordsAt(r.type, s.text);
        if (!ks.length) continue;
        // Another act of the type told by then (its report's sentence reached): the noun may be that one's.
        if (reports.some((_, j) => j !== i && !sameAct(j) && reports[j]!.type === r.type && ats[j] !== null && ats[j]! > at && ats[j]! < s.start + s.text.length)) break;
        // The first mention of the type decides: "the lawsuit", "Corvane's lawsuit" (the noun right after its
        // determiner) refers back; "its earlier lawsuit", "the ongoing investigation" set another act apart, and
        // "the publishers sued" is a verb.
        const from = definiteAt(s.text, ks[0]!);
        const head = from < 0 || !kinds.has(kindOf(s.text.slice(ks[0]!))) ? null : DEFINITE_RIGHT_BEFORE.exec(s.text.slice(from, ks[0]!));
        const d = head ? nounPhraseDate(s.text.slice(from), ks[0]! - from, published, now) : null;
        if (d) return rebase(d, own[i].background);
        break;
      }
    }
    // 3. A definite reference back to an act told before.
    const noun = at !== null ? definiteAct(r) : null;
    if (noun !== null) {
      // The same noun told earlier ("a lawsuit" … "the lawsuit"; "Quillon sued Marrowby" … "the lawsuit" is the
      // same act of the same parties, above): another act word of the type may be another act ("would appeal").
      const before = sents.filter((s) => s.start < at! && !isOwn(s)).reverse();
      for (const s of before) {
        const ks = actWordsAt(r.type, s.text).filter((k) => stem(s.text.slice(k)) === noun);
        if (!ks.length) continue;
        const d = ks.map((k) => dateAt(s.text, k)).find((x) => x.explicit);
        if (d) return rebase(d, own[i].background);
        // Told before without a date: the act of that sentence, dated as it is. A headline (the title, the title repeated
        // as the text's first line, a headline line) only names what the lede tells.
        if (!headlineOf(s)) return own[i];
      }
      // Told nowhere: the act predates the report and the text never dates it. Undated background would be the honest
      // reading, but the dispute layer then drops the act from level and status, and a report that asks to revoke an
      // order in force would leave only its same-day answers to decide the status; the publication date stands.
    }
    return own[i];
  });
}

/**
 * Where the act of a report given without its trigger (a given event: type, parties, sentence) is named: its type's
 * act word when the sentence has one, else the first after its actor's name ("Pellucid, which Corvane sued last year,
 * denied it on Tuesday": the suit is "sued", and "last year" its date); none when no act word names it, or when
 * several do and the actor is not named.
 */
function actWordOf(r: ActReport): number | undefined {
  const ks = actWordsAt(r.type, r.sentence);
  if (ks.length <= 1) return ks[0];
  // Several act words and the actor not named: which one is the event's is not known.
  const a = r.actor ? nameEnd(r.sentence, r.actor) : -1;
  return a < 0 ? undefined : ks.find((k) => k >= a);
}

/** Where the first mention of a name (or of its first word, as `names` reads it) ends in the sentence, or -1. */
function nameEnd(sentence: string, name: string): number {
  const n = name.trim();
  if (!n || n.length > MAX_NAME_PATTERN) return -1;
  const at = (re: RegExp | null) => {
    const m = re?.exec(sentence);
    return m ? m.index + m[0].length : -1;
  };
  const p = namePatterns(n);
  const k = wholeIn(p, sentence) ? at(p.whole) : -1;
  return k >= 0 ? k : at(p.first?.re ?? null);
}

/** A definite determiner or possessive right before the act noun, nothing between ("the lawsuit", "Corvane's ban"). */
const DEFINITE_RIGHT_BEFORE = new RegExp(`^(?:${alt(W.definiteDeterminers)})\\s+$`, 'iu');

const KIND_OF_WORD = new Map(W.actKinds.flatMap((ws, i) => ws.map((w) => [w, `k${i}`] as const)));
/** The kind of act the act word at the start of `s` names (`actKinds`); a word in no group is its own kind. */
function kindOf(s: string): string {
  const w = (/^\p{L}+/u.exec(s)?.[0] ?? '').toLowerCase();
  return KIND_OF_WORD.get(w) ?? w;
}

/** How many sentences after an undated act a definite reference to it is looked for. */
const FORWARD_SENTENCES = 3;

/**
 * The date a noun phrase gives its act ("the lawsuit, filed on 3 March, ..."; `at` is the act word's offset in
 * `phrase`), or null: none, or only a reporting verb's ("the lawsuit has merit, a lawyer said on Tuesday").
 */
function nounPhraseDate(phrase: string, at: number, published: string | null, now: Date | undefined): EventDating | null {
  const d = dateEvent(phrase, published, { triggerOffset: at, now });
  if (!d.explicit) return null;
  let ref = publicationDay(published);
  if (ref === null && now && !Number.isNaN(now.getTime())) ref = Math.floor(now.getTime() / DAY_MS);
  const pick = choose(phrase, findDates(phrase, ref), at);
  const g = pick && pick.end <= at ? null : pick ? governorOf(phrase, pick) : null;
  return g && REPORTING.has(g.word.toLowerCase()) ? null : d;
}

/** Whether the event's act word is a noun after a definite determiner or a possessive ("the ban", "its order"). */
function definiteAct(r: ActReport): string | null {
  const ks = actWordsAt(r.type, r.sentence);
  const k = r.triggerOffset !== undefined && r.triggerOffset >= 0
    ? ks.find((x) => x <= r.triggerOffset! && r.triggerOffset! < x + 12 && Math.abs(x - r.triggerOffset!) < 12)
    : actWordOf(r);
  return k !== undefined && definiteAt(r.sentence, k) >= 0 ? stem(r.sentence.slice(k)) : null;
}

/** The act word at the start of `s`, lower case, without a plural -s ("Lawsuits" → "lawsuit"). */
function stem(s: string): string {
  const w = (/^\p{L}+/u.exec(s)?.[0] ?? '').toLowerCase();
  return w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
}

/** Where the definite determiner or possessive before the act word at `k` starts ("its administrative order"), or -1. */
function definiteAt(sentence: string, k: number): number {
  const from = Math.max(0, k - 40);
  const m = DEFINITE_BEFORE.exec(sentence.slice(from, k));
  return m ? from + m.index : -1;
}

/**
 * Where a report's sentence starts in the article (-1: the title), or null when the text does not hold it. A quotation
 * shortened with an ellipsis ("X ... have sent a letter") is found by its longest verbatim piece.
 */
function locate(article: ArticleForDating, sentence: string): number | null {
  const s = sentence.trim();
  if (!s) return null;
  const text = article.text ?? '';
  const k = text.indexOf(s);
  if (k >= 0) return k;
  if (typeof article.title === 'string' && article.title.includes(s)) return -1;
  const piece = s.split(/\s*(?:\.\.\.|\u2026)\s*/).sort((a, b) => b.length - a.length)[0];
  const j = piece && piece.length >= 20 ? text.indexOf(piece) : -1;
  return j >= 0 ? j : null;
}

/**
 * Lines that date the text below them, none after publication: offset and day. A line that holds only a full date
 * ("February 4, 2025", "Tuesday, 4 February 2025"), or a full date after a short label ("For immediate release:
 * 4 February 2025") or beside its source between separators ("4 February 2025 | Veldoria Trade Commission"): a
 * page of dated releases, or a release's own date. And a news dateline opening a paragraph ("DALMORE, Feb. 4
 * (Wire) -- ...", "DALMORE, Feb. 4, 2025 — ..."): the report's own date, which dates its paragraph and those below.
 */
function datelines(text: string, ref: number | null): { at: number; day: number }[] {
  const out: { at: number; day: number }[] = [];
  const push = (at: number, day: number) => {
    if (ref !== null && day > ref + 1) return;
    out.push({ at, day });
  };
  const re = /^[^\n]{6,}$/gmu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const line = m[0];
    const lede = LEDE_DATELINE.exec(line.slice(0, 80));
    if (lede) {
      // A year-less dateline is read against publication (the latest such day up to it).
      const f = findDates(lede[1]!, ref).find((x) => x.precision === 'day' && x.first === x.last);
      if (f) push(m.index, f.first);
      continue;
    }
    if (line.length > 80) continue;
    const f = findDates(line, null).find((x) => x.precision === 'day');
    if (!f || f.first !== f.last) continue;
    const before = line.slice(0, f.index).replace(new RegExp(`\\b${WEEKDAY}\\b`, 'u'), '');
    const after = line.slice(f.end);
    const bare = (x: string) => !/[\p{L}\p{N}]/u.test(x);
    // Only the date; or a label ending in a colon before it; or its source beside it, past a separator.
    const labelled = DATE_LABEL.test(before) && bare(after);
    if (line.length > 40 && !labelled && !DATE_BESIDE.test(line)) continue;
    const beside = (bare(before) && (bare(after) || /^\s*[|•·]/u.test(after))) || (bare(after) && /[|•·]\s*$/u.test(before) && !/[|•·].*[|•·]/u.test(before));
    if (labelled || beside) push(m.index, f.first);
  }
  return out.sort((a, b) => a.at - b.at);
}

/** A news dateline opening a paragraph: a place in capitals, a comma, a date (a year optional), an agency, a dash. */
const LEDE_DATELINE = /^\p{Lu}[\p{Lu}\p{M} .'’-]{1,40},\s+((?:\p{L}+,?\s+)?[\p{L}.]+\s+\d{1,2}(?:,\s+\d{4})?|\d{1,2}\s+\p{L}+\.?(?:\s+\d{4})?)\s*(?:\([^)\n]{1,40}\)\s*)?(?:--|[-—–])\s/u;
/** A short label ending in a colon, before a date: "For immediate release:", "Date:" (at most five words). */
const DATE_LABEL = /^\s*(?:[\p{L}]+\s+){0,4}[\p{L}]+\s*:\s*$/u;
/** A date beside its source on one line: "4 February 2025 | Veldoria Trade Commission". */
const DATE_BESIDE = /[|•·]/u;

/** The day of the last dateline above `at`, when the text is a list of dated items. */
function itemDate(lines: { at: number; day: number }[], at: number | null): number | null {
  if (at === null || at < 0) return null;
  let day: number | null = null;
  for (const l of lines) if (l.at < at) day = l.day;
  return day;
}
