// Dating an event from its own sentence (issue 17, item 5).
//
// Policy: an event takes the date its sentence gives ("on Oct. 9", "in March 2024", "in 2020", "last month",
// "earlier this year", "on Tuesday"), resolved against the article's publication date, with the precision
// the text allows. An event cannot happen after it was reported, so a date after publication (an effective
// date, a deadline, "next month") is not the event's date. When the sentence gives none, the publication
// date stands (precision 'day', explicit false). `background` marks an event the text places well before
// publication: certainly more than 60 days before it, or a pluperfect ("had banned") with an earlier date.
//
// Pure and synchronous: no clock is read; `now` stands in only when the publication date is missing.
// Dates are written from the English forms below rather than by chrono-node, whose readings of numbers
// that are not dates ("Section 230", case numbers, "the AI Act 2024", the modal "may") this module would
// otherwise have to undo; every form here is anchored on a month name, a weekday, a cue word or a full
// numeric date.

export type DatePrecision = 'day' | 'month' | 'year';
export interface EventDating { date: string; precision: DatePrecision; background: boolean; explicit: boolean }
export interface DateEventOptions { triggerOffset?: number; now?: Date }

/** Days before publication past which an event is background whatever the tense. */
export const BACKGROUND_DAYS = 60;

// ---- English date words (data) ----

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11,
  dec: 12, december: 12,
};
const WEEKDAYS: Record<string, number> = { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 };
const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};
// The first month of each season, and whether winter's months straddle the year.
const SEASONS: Record<string, number> = { spring: 3, summer: 6, fall: 9, autumn: 9, winter: 12 };

const MONTH_FULL = 'January|February|March|April|May|June|July|August|September|October|November|December';
const MONTH = `(?:${MONTH_FULL}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?)(?![\\p{L}])`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:%]|\\.\\d|,\\d{3})';
const YEAR = '((?:19[5-9]|20\\d)\\d)(?![\\d%]|,\\d{3}|\\.\\d)';
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const QUALIFIER = '(?:(?:early|late|mid|the middle of|the end of|the start of|the beginning of|the first half of|the second half of)[\\s-]+)?';
// A day or weekday after these words lies after publication (or is a plan): not the event's date.
const FUTURE_CUE = /(?:\b(?:will|shall|would|due to|scheduled|expected to|set to|slated|planned|plans? to|next|deadline|effective|takes? effect|coming|upcoming)\b|'ll\b)[^,;.]{0,40}$|\b(?:until|by|before)\s+(?:on\s+)?$/i;
// "had banned", "had already been fined": the pluperfect places an act before the time of the report.
const PLUPERFECT = /\bhad\s+(?:(?:already|previously|earlier|also|just|recently|first|long|repeatedly|twice|once)\s+)?(?:been\s+)?(?!to\b|a\b|an\b|the\b|no\b|not\b|its\b|their\b|his\b|her\b|our\b|some\b|any\b|been\b)\p{Ll}+(?:ed|en|wn|t|ne|de|ght|ung|un)\b/u;

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
  return MONTHS[key] ?? null;
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
    re: new RegExp(`\\b${DAY}\\s+(?:of\\s+)?(${MONTH})(?:,?\\s+${YEAR})?`, 'giu'),
    read: (m, ctx) => {
      const mo = monthOf(m[2]);
      if (mo === null) return null;
      if (m[3]) { const d = validDay(+m[3], mo, +m[1]); return d === null ? null : dayPeriod(d); }
      return dayWithoutYear(ctx, mo, +m[1], m.index);
    },
  },
  // March 2024 · late March 2024 · March of 2024
  {
    re: new RegExp(`\\b(${MONTH}),?\\s+(?:of\\s+)?${YEAR}`, 'giu'),
    read: (m) => { const mo = monthOf(m[1]); return mo === null ? null : monthPeriod(+m[2], mo); },
  },
  // August of last year · March this year
  {
    re: new RegExp(`\\b(${MONTH_FULL}),?\\s+(?:of\\s+)?(last|this)\\s+year\\b`, 'giu'),
    read: (m, ctx) => {
      const mo = monthOf(m[1]);
      if (mo === null || ctx.ref === null) return null;
      return monthPeriod(ymdOf(ctx.ref).y - (/^last$/i.test(m[2]) ? 1 : 0), mo);
    },
  },
  // in March · since May · last March · early June (a cue word is required: "May" alone is a name or a modal)
  {
    re: new RegExp(`\\b(in|since|during|from|through|throughout|last|this past|earlier in|later in|of|early|late|mid)[\\s-]+(?:early\\s+|late\\s+|mid-)?(${MONTH_FULL})(?![\\p{L}\\d]|\\s+\\d)`, 'giu'),
    read: (m, ctx) => {
      const mo = monthOf(m[2]);
      if (mo === null) return null;
      return monthWithoutYear(ctx, mo, /^(?:last|this past)$/i.test(m[1]));
    },
  },
  // in 2020 · since 2019 · in late 2023 · the end of 2022 · summer 2021 (a year only after a cue, never in a name:
  // "the AI Act 2024", "the CHIPS Act of 2022" and "Section 230" are not dates)
  {
    re: new RegExp(`\\b(?:in|since|during|from|through|throughout|until|between|of|spring|summer|fall|autumn|winter)\\s+${QUALIFIER}${YEAR}(?!\\s*(?:-|–|\\/)\\s*\\d)`, 'giu'),
    read: (m, ctx) => {
      const before = ctx.sentence.slice(Math.max(0, m.index - 30), m.index);
      // "the Act of 2022", "the Rules of 2021": a capitalised word before "of" makes the year part of a name.
      if (/^of\b/i.test(m[0]) && /\b\p{Lu}[\p{L}.]*\s*$/u.test(before)) return null;
      return yearPeriod(+m[1]);
    },
  },
  // the 2023 lawsuit · its 2019 ban (a year used as an adjective before a lower-case noun)
  { re: new RegExp(`\\b(?:the|a|an|its|their|his|her|our)\\s+${YEAR}\\s+(?=\\p{Ll})`, 'giu'), read: (m) => yearPeriod(+m[1]) },
  // yesterday · today · this morning
  {
    re: /\b(yesterday|today|tonight|this (?:morning|afternoon|evening))\b/gi,
    read: (m, ctx) => (ctx.ref === null ? null : dayPeriod(/^yesterday$/i.test(m[1]) ? ctx.ref - 1 : ctx.ref)),
  },
  // on Tuesday · last Friday (the latest such day up to publication; "will meet on Tuesday" is not a date of the past)
  {
    re: new RegExp(`\\b(?:(last|this past|on|this)\\s+)?(${WEEKDAY})(?!,?\\s+(?:the\\s+)?\\d|,?\\s+${MONTH})`, 'gu'),
    read: (m, ctx) => {
      if (ctx.ref === null || futureBefore(ctx, m.index)) return null;
      const before = ctx.sentence.slice(Math.max(0, m.index - 6), m.index);
      if (/\b(?:Super|Black|Cyber|Good|Holy|Ash)\s+$/.test(before) || /\bnext\s+$/i.test(before)) return null;
      const want = WEEKDAYS[m[2].toLowerCase()];
      const back = (ymdOf(ctx.ref).wd - want + 7) % 7;
      return dayPeriod(ctx.ref - (back === 0 && m[1] && /^(?:last|this past)$/i.test(m[1]) ? 7 : back));
    },
  },
  // over the weekend · last weekend (the latest Saturday up to publication stands for it)
  {
    re: /\b(?:(?:over|during|at) the weekend|(?:this past|last) weekend)\b/gi,
    read: (m, ctx) => (ctx.ref === null ? null : dayPeriod(ctx.ref - ((ymdOf(ctx.ref).wd - 6 + 7) % 7))),
  },
  // last week · earlier this week · last month · earlier this month · last year · earlier this year
  {
    re: /\b(last|this|earlier this|late last|early last|earlier last)\s+(week|month|year)\b/gi,
    read: (m, ctx) => {
      if (ctx.ref === null) return null;
      const which = m[1].toLowerCase();
      if (which === 'this' && futureBefore(ctx, m.index)) return null;
      const prev = which.includes('last');
      const r = ymdOf(ctx.ref);
      switch (m[2].toLowerCase()) {
        // A week has no precision of its own: the day a week back (or publication day) stands for it.
        case 'week': return dayPeriod(prev ? ctx.ref - 7 : ctx.ref);
        case 'month': return prev ? monthPeriod(r.m === 1 ? r.y - 1 : r.y, r.m === 1 ? 12 : r.m - 1) : monthPeriod(r.y, r.m);
        default: return yearPeriod(prev ? r.y - 1 : r.y);
      }
    },
  },
  // three days ago · two weeks ago · a month ago · two years ago
  {
    re: /\b(\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(day|week|month|year)s?\s+ago\b/gi,
    read: (m, ctx) => {
      if (ctx.ref === null) return null;
      const n = /^\d/.test(m[1]) ? +m[1] : NUMBER_WORDS[m[1].toLowerCase()];
      const r = ymdOf(ctx.ref);
      switch (m[2].toLowerCase()) {
        case 'day': return dayPeriod(ctx.ref - n);
        case 'week': return dayPeriod(ctx.ref - 7 * n);
        case 'month': { const k = r.y * 12 + (r.m - 1) - n; return monthPeriod(Math.floor(k / 12), (k % 12) + 1); }
        default: return yearPeriod(r.y - n);
      }
    },
  },
  // last summer · this past fall
  {
    re: /\b(last|this past)\s+(spring|summer|fall|autumn|winter)\b/gi,
    read: (m, ctx) => {
      if (ctx.ref === null) return null;
      const r = ymdOf(ctx.ref);
      const start = SEASONS[m[2].toLowerCase()];
      return yearPeriod(start + 2 < r.m ? r.y : r.y - 1);
    },
  },
];

// "... issued subpoenas after the companies ignored a request sent on March 4": a date inside a clause opened by a
// temporal conjunction dates that clause's act, not the sentence's. "since 2019" right before the date is not a clause.
const SUBORDINATOR = /(?:^|[\s—–(])(?:after|following|before|since|until|than)\s+\S+\s[^,;:—–()]*$/i;
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
const GOVERNOR_BEFORE = /(\p{L}+)\s+(?:(?:up|out|off|down|back|over)\s+)?(?:(?:on|in|at|during|since|from|until|of|as of|by)\s+)?(?:(?:early|late|mid)[\s-]+)?$/u;
const IRREGULAR_PARTICIPLE = new Set(['set', 'sent', 'made', 'built', 'brought', 'written', 'taken', 'given', 'held', 'put', 'begun', 'won',
  'struck', 'sought', 'laid', 'paid', 'found', 'chosen', 'drawn', 'shown', 'known', 'stolen', 'spoken', 'broken', 'driven', 'proven',
  'forbidden', 'frozen', 'begun', 'brought', 'bought', 'sold', 'lost', 'led', 'met', 'kept', 'left', 'run', 'cut', 'hit', 'quit', 'shut']);
const NOT_VERB_ED = new Set(['need', 'feed', 'speed', 'seed', 'breed', 'indeed', 'shed', 'bed', 'red', 'hundred', 'steed', 'creed', 'greed']);
const REPORTING = /^(?:said|says|say|announced|announces|told|tells|stated|states|confirmed|confirms|disclosed|discloses|revealed|reveals|wrote|writes|added|adds|noted|notes|reported|reports|acknowledged|acknowledges|declared|declares)$/i;

/** Whether the word that governs a date is a verb other than the trigger (and not a reporting verb). */
function governedByOtherVerb(sentence: string, f: Found, trigger: number): boolean {
  const m = GOVERNOR_BEFORE.exec(sentence.slice(Math.max(0, f.index - 40), f.index));
  if (!m) return false;
  const word = m[1];
  const at = Math.max(0, f.index - 40) + m.index;
  // The trigger's own word, or a participle right after a trigger noun ("a complaint filed in March").
  if (at <= trigger && trigger < at + word.length) return false;
  const triggerWord = /^\p{L}+/u.exec(sentence.slice(trigger))?.[0] ?? '';
  if (at > trigger && at <= trigger + triggerWord.length + 12 && !/ed$/i.test(triggerWord)) return false;
  if (REPORTING.test(word)) return false;
  const w = word.toLowerCase();
  if (word[0] !== word[0].toLowerCase()) return false; // a name ("Acme Ltd in 2019"), or a sentence's first word
  return (w.length >= 4 && w.endsWith('ed') && !NOT_VERB_ED.has(w)) || IRREGULAR_PARTICIPLE.has(w);
}

const PRECISION_RANK: Record<DatePrecision, number> = { day: 0, month: 1, year: 2 };
// With a trigger: characters of distance a coarser date must save to beat a finer one.
const PRECISION_COST: Record<DatePrecision, number> = { day: 0, month: 25, year: 50 };

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
    return { date: iso(ref), precision: 'day', background: false, explicit: false };
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
  const dist = (f: Found) => (t < f.index ? f.index - t : t >= f.end ? t - f.end + 1 : 0);
  return [...found].sort((a, b) => dist(a) + PRECISION_COST[a.precision] - (dist(b) + PRECISION_COST[b.precision]) || a.index - b.index)[0];
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
