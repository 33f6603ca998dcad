// English date words: the data extract/dates.ts composes its patterns from (STYLE.md §12). A phrase's spaces match
// any run of white space; entries are literal words, never regular expressions.

export interface DateWords {
  /** Full month names; a month alone ("in May") needs one of `monthCues` before it. */
  months: Record<string, number>;
  /** Abbreviations, read only with a day or a year ("Oct. 9", "Sept 2024"); a dot may follow. */
  monthAbbreviations: Record<string, number>;
  weekdays: Record<string, number>;
  numbers: Record<string, number>;
  /** The first month of each season. */
  seasons: Record<string, number>;
  ordinalSuffixes: string[];
  /** "9th of October", "March of 2024", "the end of 2022", "the Act of 2022". */
  of: string;
  /** "three days ago". */
  ago: string;
  /** Singular and plural of each unit. */
  units: Record<'day' | 'week' | 'month' | 'year', string[]>;
  /** Before a month, weekday or season: the latest one strictly before publication ("last March", "last Friday"). */
  previous: string[];
  /** Before week, month or year: the one before publication's ("last month", "late last year"). */
  previousPeriod: string[];
  /** Before week, month or year: publication's own ("this month", "earlier this year"). */
  currentPeriod: string[];
  /** Month, or year, before "year" ("August of last year", "March this year"): last, this. */
  lastYear: string; thisYear: string;
  monthCues: string[];
  /** Between a cue and a month ("in early June"). */
  monthQualifiers: string[];
  yearCues: string[];
  /** Between a cue and a year ("in late 2023", "the end of 2022"). */
  yearQualifiers: string[];
  /** Before a year used as an adjective ("the 2023 lawsuit"). */
  yearDeterminers: string[];
  /** Possessive endings before a year used as an adjective ("Corvane's 2023 complaint"). */
  yearPossessives: string[];
  yesterday: string[];
  today: string[];
  /** Before a weekday ("on Tuesday", "this Tuesday"). */
  weekdayCues: string[];
  weekend: string[];
  /** Capitalised words that make a weekday a name ("Black Friday"). */
  weekdayNames: string[];
  /** Before a weekday: a coming one ("next Tuesday"). */
  next: string[];
  /** After these, within the clause, a date is a plan, deadline or effective date, not an act's. */
  futureCues: string[];
  /** Right before a date: a deadline ("by June 30", "until Friday"). */
  deadlines: string[];
  /** Temporal conjunctions that open a clause of another act ("after they refused on April 2 ..."). */
  subordinators: string[];
  /** Of those, the ones whose clause tells an act that came before the sentence's own ("... weeks after the court ruled"). */
  priorClauseOpeners: string[];
  /** A reporting verb's date is the report's, which news copy gives for the act it reports. */
  reportingVerbs: string[];
  /** Past participles that do not end in "ed". */
  irregularParticiples: string[];
  /** Words ending in "ed" that are not verbs. */
  notVerbs: string[];
  participleEnding: string;
  /** Particles and prepositions between a verb and its date ("set up last year", "sent on June 2"). */
  particles: string[];
  datePrepositions: string[];
  pluperfect: { auxiliary: string; adverbs: string[]; passive: string; notParticiples: string[]; endings: string[] };
  /**
   * Words that name or report an act of each event type, nouns and verb forms (article-level dating, `dateArticleEvents`):
   * a sentence with one of them and a date can date the same act reported elsewhere in the article without one.
   */
  actWords: Record<'ALLEGATION' | 'DENIAL' | 'LEGAL_ACTION' | 'INVESTIGATION' | 'RESTRICTION' | 'THREAT' | 'DEMAND' | 'DEESCALATION', string[]>;
  /**
   * Act words that name one kind of act (a suit and its filing; a ruling; an appeal): a definite noun further on
   * ("the lawsuit, filed in May") dates an act told before only when it names the same kind ("sued"), never another
   * step of the same type ("the ruling" for a suit). A word in no group is a kind of its own.
   */
  actKinds: string[][];
  /** Before an act noun (with up to two words between), a definite reference back to an act told before: "the lawsuit", "its order". */
  definiteDeterminers: string[];
}

export const DATE_WORDS: DateWords = {
  months: {
    january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10,
    november: 11, december: 12,
  },
  monthAbbreviations: { jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12 },
  weekdays: { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 },
  numbers: { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 },
  seasons: { spring: 3, summer: 6, fall: 9, autumn: 9, winter: 12 },
  ordinalSuffixes: ['st', 'nd', 'rd', 'th'],
  of: 'of',
  ago: 'ago',
  units: { day: ['day', 'days'], week: ['week', 'weeks'], month: ['month', 'months'], year: ['year', 'years'] },
  previous: ['last', 'this past'],
  previousPeriod: ['last', 'late last', 'early last', 'earlier last'],
  currentPeriod: ['this', 'earlier this'],
  lastYear: 'last', thisYear: 'this',
  monthCues: ['in', 'since', 'during', 'from', 'through', 'throughout', 'last', 'this past', 'earlier in', 'later in', 'of', 'early', 'late', 'mid'],
  monthQualifiers: ['early', 'late', 'mid'],
  yearCues: ['in', 'since', 'during', 'from', 'through', 'throughout', 'until', 'between', 'of', 'spring', 'summer', 'fall', 'autumn', 'winter'],
  yearQualifiers: ['early', 'late', 'mid', 'the middle of', 'the end of', 'the start of', 'the beginning of', 'the first half of', 'the second half of'],
  yearDeterminers: ['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our'],
  yearPossessives: ["'s", '\u2019s', "s'", 's\u2019'],
  yesterday: ['yesterday'],
  today: ['today', 'tonight', 'this morning', 'this afternoon', 'this evening'],
  weekdayCues: ['on', 'this'],
  weekend: ['over the weekend', 'during the weekend', 'at the weekend', 'this past weekend', 'last weekend'],
  weekdayNames: ['Super', 'Black', 'Cyber', 'Good', 'Holy', 'Ash'],
  next: ['next'],
  futureCues: ['will', 'shall', 'would', "'ll", 'due to', 'scheduled', 'expected to', 'set to', 'slated', 'planned', 'plan to', 'plans to',
    'next', 'deadline', 'effective', 'take effect', 'takes effect', 'coming', 'upcoming'],
  deadlines: ['until', 'by', 'before'],
  subordinators: ['after', 'following', 'before', 'since', 'until', 'than'],
  priorClauseOpeners: ['after', 'following'],
  reportingVerbs: ['said', 'says', 'say', 'announced', 'announces', 'told', 'tells', 'stated', 'states', 'confirmed', 'confirms', 'disclosed',
    'discloses', 'revealed', 'reveals', 'wrote', 'writes', 'added', 'adds', 'noted', 'notes', 'reported', 'reports', 'acknowledged',
    'acknowledges', 'declared', 'declares'],
  irregularParticiples: ['set', 'sent', 'made', 'built', 'brought', 'written', 'taken', 'given', 'held', 'put', 'begun', 'won', 'struck',
    'sought', 'laid', 'paid', 'found', 'chosen', 'drawn', 'shown', 'known', 'stolen', 'spoken', 'broken', 'driven', 'proven', 'forbidden',
    'frozen', 'bought', 'sold', 'lost', 'led', 'met', 'kept', 'left', 'run', 'cut', 'hit', 'quit', 'shut'],
  notVerbs: ['need', 'feed', 'speed', 'seed', 'breed', 'indeed', 'shed', 'bed', 'red', 'hundred', 'steed', 'creed', 'greed'],
  participleEnding: 'ed',
  particles: ['up', 'out', 'off', 'down', 'back', 'over'],
  datePrepositions: ['on', 'in', 'at', 'during', 'since', 'from', 'until', 'of', 'as of', 'by'],
  pluperfect: {
    auxiliary: 'had',
    adverbs: ['already', 'previously', 'earlier', 'also', 'just', 'recently', 'first', 'long', 'repeatedly', 'twice', 'once'],
    passive: 'been',
    notParticiples: ['to', 'a', 'an', 'the', 'no', 'not', 'its', 'their', 'his', 'her', 'our', 'some', 'any', 'been'],
    endings: ['ed', 'en', 'wn', 't', 'ne', 'de', 'ght', 'ung', 'un'],
  },
  actWords: {
    ALLEGATION: ['accused', 'accuses', 'accusing', 'accusation', 'accusations', 'alleged', 'alleges', 'allegation', 'allegations'],
    DENIAL: ['denied', 'denies', 'denial', 'denials', 'rejected', 'rejects', 'dismissed'],
    LEGAL_ACTION: ['sued', 'sues', 'suing', 'lawsuit', 'lawsuits', 'suit', 'complaint', 'complaints', 'filed', 'files', 'filing',
      'proceedings', 'petition', 'appeal', 'appealed', 'ruling', 'ruled', 'injunction', 'charged', 'charges', 'indicted', 'indictment'],
    INVESTIGATION: ['probe', 'probes', 'probing', 'investigation', 'investigations', 'investigating', 'inquiry', 'inquiries', 'opened',
      'launched', 'subpoena', 'subpoenas', 'subpoenaed'],
    RESTRICTION: ['ban', 'bans', 'banned', 'banning', 'order', 'orders', 'ordered', 'blocked', 'block', 'restrictions', 'restricted',
      'controls', 'sanctions', 'sanctioned', 'tariffs', 'fine', 'fined', 'penalty', 'imposed', 'added', 'blacklisted', 'suspended', 'took control', 'seized'],
    THREAT: ['threatened', 'threatens', 'threat', 'threats', 'warned', 'warning'],
    DEMAND: ['demanded', 'demands', 'demand', 'urged', 'called on', 'letter', 'request', 'requested'],
    DEESCALATION: ['settled', 'settlement', 'lifted', 'withdrew', 'withdrawn', 'dropped', 'agreement', 'deal', 'exemption', 'exemptions', 'truce', 'paused'],
  },
  actKinds: [
    ['sued', 'sues', 'suing', 'lawsuit', 'lawsuits', 'suit', 'complaint', 'complaints', 'filed', 'files', 'filing', 'proceedings', 'petition'],
    ['appeal', 'appealed'],
    ['ruling', 'ruled', 'injunction'],
    ['charged', 'charges', 'indicted', 'indictment'],
    ['probe', 'probes', 'probing', 'investigation', 'investigations', 'investigating', 'inquiry', 'inquiries', 'opened', 'launched'],
    ['subpoena', 'subpoenas', 'subpoenaed'],
    ['ban', 'bans', 'banned', 'banning', 'blocked', 'block'],
    ['order', 'orders', 'ordered'],
    ['fine', 'fined', 'penalty'],
    ['sanctions', 'sanctioned'],
    ['accused', 'accuses', 'accusing', 'accusation', 'accusations', 'alleged', 'alleges', 'allegation', 'allegations'],
    ['denied', 'denies', 'denial', 'denials'],
    ['threatened', 'threatens', 'threat', 'threats'],
    ['demanded', 'demands', 'demand'],
    ['request', 'requested'],
    ['settled', 'settlement'],
  ],
  definiteDeterminers: ['the', 'its', 'their', 'his', 'her', 'this', 'that', 'these', 'those', "'s", '\u2019s', "s'", 's\u2019'],
};
