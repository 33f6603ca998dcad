/**
 * Events, levels and changes of level as words a reader understands (pure). One function renders an event as a
 * sentence ("Alibaba denied Anthropic's accusation", "Corvane AI sued Pellucid Systems"); the timeline page, the
 * actor page, the Atom feeds and the digest all use it, so a reader meets the same words everywhere.
 */

/** What an event sentence needs: its type, who acted, on whom, and the event it answers (a denial's accusation). */
export interface EventForSentence {
  type: string;
  actor: string;
  target: string | null;
  answers?: { type: string; actor: string } | null;
  /** The sentence the event was read from: says whether a legal action was a lawsuit or a complaint. */
  evidence?: string;
}

/** The ladder as the renderers see it: the rung of each event type, and the type that lowers the level. */
export interface LadderWords {
  levels: Record<string, number>;
  deescalationType?: string;
}

/** The renderers' view of a loaded ladder (config/ladder.json). */
export function ladderWords(ladder: { levels: Record<string, number>; deescalation: { type: string } }): LadderWords {
  return { levels: ladder.levels, deescalationType: ladder.deescalation.type };
}

/** A noun for each event type, as a reader would name the step ("an accusation", "legal action"). */
const NOUNS: Record<string, string> = {
  ALLEGATION: 'accusation',
  DENIAL: 'denial',
  LEGAL_ACTION: 'legal action',
  INVESTIGATION: 'investigation',
  RESTRICTION: 'restrictions',
  THREAT: 'threat',
  DEMAND: 'demand',
  DEESCALATION: 'settlement',
};

/** The noun for an event type: "accusation" for ALLEGATION; an unknown type in lower case without underscores. */
export function eventNoun(type: string): string {
  return NOUNS[type] ?? type.toLowerCase().replace(/_/g, ' ');
}

/** "Anthropic's", "Pellucid Systems'". */
export function possessive(name: string): string {
  return /s$/i.test(name) ? `${name}'` : `${name}'s`;
}

/** How each event type reads with and without a target. */
const VERBS: Record<string, { withTarget: (t: string) => string; alone: string }> = {
  ALLEGATION: { withTarget: (t) => `accused ${t}`, alone: 'made an accusation' },
  LEGAL_ACTION: { withTarget: (t) => `took legal action against ${t}`, alone: 'took legal action' },
  INVESTIGATION: { withTarget: (t) => `opened an investigation into ${t}`, alone: 'opened an investigation' },
  RESTRICTION: { withTarget: (t) => `imposed restrictions on ${t}`, alone: 'imposed restrictions' },
  THREAT: { withTarget: (t) => `threatened ${t}`, alone: 'issued a threat' },
  DEMAND: { withTarget: (t) => `made demands of ${t}`, alone: 'made a demand' },
  DEESCALATION: { withTarget: (t) => `moved to settle with ${t}`, alone: 'stepped back from the dispute' },
};

/** Forms of legal action told apart by the evidence's wording, most specific first. */
const LEGAL_KINDS: [RegExp, (t: string) => string, string][] = [
  [/\b(complaint|complained)\b/i, (t) => `filed a complaint against ${t}`, 'filed a complaint'],
  [/\b(sue[sd]?|suing|lawsuits?)\b/i, (t) => `sued ${t}`, 'filed a lawsuit'],
];

/**
 * An event as a sentence without a final stop: "Anthropic accused Alibaba", "Alibaba denied Anthropic's accusation"
 * (a denial names what it answers when that is known, else its target's claims).
 */
export function eventSentence(e: EventForSentence): string {
  if (e.type === 'DENIAL') {
    if (e.answers) return `${e.actor} denied ${possessive(e.answers.actor)} ${eventNoun(e.answers.type)}`;
    return e.target ? `${e.actor} denied ${possessive(e.target)} claims` : `${e.actor} denied the claims`;
  }
  if (e.type === 'LEGAL_ACTION' && e.evidence) {
    // "Legal action" covers lawsuits and complaints to a regulator: name the one the evidence names.
    const kind = LEGAL_KINDS.find(([form]) => form.test(e.evidence!));
    if (kind) return `${e.actor} ${e.target ? kind[1](e.target) : kind[2]}`;
  }
  const verb = VERBS[e.type];
  if (verb) return `${e.actor} ${e.target ? verb.withTarget(e.target) : verb.alone}`;
  return `${e.actor}: ${eventNoun(e.type)}${e.target ? ` concerning ${e.target}` : ''}`;
}

/** The word for a level on the ladder: the noun of the step at that rung ("accusation" for 2), "calm" for 0. */
export function levelWord(level: number, ladder: LadderWords): string {
  if (level <= 0) return 'calm';
  const rung = Object.entries(ladder.levels)
    .filter(([, lv]) => lv === level)
    .map(([type]) => type)[0];
  return rung ? eventNoun(rung) : `level ${level}`;
}

/** The rungs of the ladder from 0 up, each with its word: the chart's axis. */
export function ladderRungs(ladder: LadderWords): { level: number; word: string }[] {
  const max = Math.max(0, ...Object.values(ladder.levels));
  return Array.from({ length: max + 1 }, (_, level) => ({ level, word: levelWord(level, ladder) }));
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2026-11-10" → "10 Nov 2026" (or "10 Nov" without the year); anything else is returned as given. */
export function formatDay(day: string, withYear = true): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(day);
  if (!m) return day;
  const text = `${Number(m[3])} ${MONTHS[Number(m[2]) - 1] ?? m[2]}`;
  return withYear ? `${text} ${m[1]}` : text;
}

/** A change of level as the change records store it. */
export interface ChangeForWords {
  direction: string;
  fromLevel: number;
  toLevel: number;
  toType?: string | null;
  changedOn: string;
}

/**
 * A change of level in words: "rose from accusation to legal action on 10 Nov 2026", "started at accusation on …",
 * "fell from legal action to threat after a settlement on …". The words come from the levels, not the stored types
 * (a de-escalation's type is the settlement, not the rung it lands on).
 */
export function describeLevelChange(c: ChangeForWords, ladder: LadderWords): string {
  const on = `on ${formatDay(c.changedOn)}`;
  if (c.direction === 'started') return `started at ${levelWord(c.toLevel, ladder)} ${on}`;
  const verb = c.toLevel > c.fromLevel ? 'rose' : 'fell';
  const why = c.toLevel < c.fromLevel && c.toType && c.toType === ladder.deescalationType ? ' after a settlement' : '';
  return `${verb} from ${levelWord(c.fromLevel, ladder)} to ${levelWord(c.toLevel, ladder)}${why} ${on}`;
}

/** A dispute's level in words: "legal action (6 of 7)", with "eased by a settlement" when that is how it got there. */
export function describeLevel(level: number, levelType: string | null, ladder: LadderWords): string {
  const max = Math.max(0, ...Object.values(ladder.levels));
  if (max === 0) return `level ${level}`;
  const eased = levelType && levelType === ladder.deescalationType ? ', eased by a settlement' : '';
  return `${levelWord(level, ladder)} (${level} of ${max}${eased})`;
}

const ROLE_WORDS: Record<string, string> = {
  accuser: 'accuser',
  accused: 'accused',
  forum: 'forum of a complaint',
  authority: 'investigating or ruling authority',
  restrictor: 'restricting government',
  responder: 'responding government',
  supporter: 'supporter',
};

/** A party's role in a dispute in words ("accuser", "forum of a complaint"); null for none or an unknown role. */
export function roleWord(role: string | null | undefined): string | null {
  return role ? (ROLE_WORDS[role] ?? null) : null;
}

/** "Anthropic (accuser)": a party's name with its role in words, when it has one. */
export function partyWithRole(p: { name: string; role?: string | null }): string {
  const r = roleWord(p.role);
  return r ? `${p.name} (${r})` : p.name;
}
