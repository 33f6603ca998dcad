// A counted plural of parties named member by member in a later sentence: "The Commerce Department added three Dalmoran
// companies to its list on Tuesday, accusing them of …. The firms — A, B and C — will now need a licence." The act (and
// the allegation riding on it) is against each member, not against the state a demonym names or against nobody. An
// indefinite description of one person ("indicted a former engineer at X … The engineer, Ada Vell, …") is named the same way.
import type { Registry, SentenceInfo } from './entities.ts';
import { agentOf, type Agent, type RawEvent } from './events.ts';
import { SEAT_PARTICIPLE, ARTICLES, AI_ACRONYM, INCLUDING_FIRST, INCLUDING_SECOND, LIST_SEP, PARTY_GROUP_NOUNS, NUMBERISH, MEMBER_DETERMINERS, MEMBER_LINKS, MEMBER_PARTICIPLES, MEMBER_ACT_NOUNS, MEMBER_COVER_VERBS, MEMBER_COVER_PREP, PLURAL_PRONOUNS, PERSON_NOUNS, LIST_INTRODUCERS, EMPLOYER_PREPS, INDEFINITE_ARTICLE_WORDS, SINGULAR_PERSON_NOUNS, PERSON_NAMING_PARTICIPLES, PERSON_NAMING_AS } from './lexicon.ts';

const APPOSITION_OPENERS = new Set([',', '—', '–', '-', '(', ':']);

const MEMBER_HOW = 'member of a counted plural, named beside it or in a later sentence';

/** The token index of the plural noun of a counted plural of parties in toks[from, to), or -1. */
export function countedPluralAt(info: SentenceInfo, from: number, to: number): number {
  const { toks } = info;
  for (let k = Math.max(0, from); k < Math.min(to, toks.length); k++) {
    if (!NUMBERISH.test(toks[k].text)) continue;
    for (let j = k + 1; j <= k + 4 && j < toks.length; j++) {
      if (PARTY_GROUP_NOUNS.test(toks[j].text) || PERSON_NOUNS.test(toks[j].text)) return j;
      if (!/^[\p{L}-]+$/u.test(toks[j].text)) break;
    }
  }
  return -1;
}

/**
 * The token index of the noun of an indefinite description of one person in toks[from, to) ("a former senior engineer
 * at Fenwright", "a Dalmoran national"), or -1: "a"/"an", up to four words that stand before a noun, a singular noun of
 * persons. Such an object is named like a counted plural: beside it ("a trader, Ada Vell,") or in a later sentence.
 */
export function personDescriptionAt(info: SentenceInfo, from: number, to: number): number {
  const { toks } = info;
  for (let k = Math.max(0, from); k < Math.min(to, toks.length); k++) {
    if (!INDEFINITE_ARTICLE_WORDS.test(toks[k].text)) continue;
    for (let j = k + 1; j <= k + 5 && j < toks.length; j++) {
      if (SINGULAR_PERSON_NOUNS.test(toks[j].text)) return j;
      if (!/^[\p{L}-]+$/u.test(toks[j].text)) break;
    }
    return -1;
  }
  return -1;
}

/**
 * The one person a later sentence names for an indefinite description whose noun is `noun` ("The engineer, Ada Vell,
 * 41, …"; "Ada Vell, 41, was arrested …" opening the sentence with a person the article names there first; "…,
 * identified as Ada Vell"), or null.
 */
function personNamed(info: SentenceInfo, noun: string, reg: Registry, firstAt: Map<string, SentenceInfo>): Agent | null {
  const { toks, mentions } = info;
  const person = (m: SentenceInfo['mentions'][number] | undefined): Agent | null => m && m.ent.kind === 'person' && !m.mod && !m.attr ? agentOf(m.ent, reg) : null;
  // "The engineer, Ada Vell," / "The former engineer, Ada Vell,".
  if (MEMBER_DETERMINERS.test(toks[0]?.text ?? '')) {
    const n = toks.findIndex((t, k) => k >= 1 && k <= 4 && t.text.toLowerCase() === noun.toLowerCase());
    const a = n > 0 && toks[n + 1]?.text === ',' ? person(mentions.find((m) => (m.lead ?? m.t0) === n + 2)) : null;
    if (a) return a;
  }
  // "Ada Vell, 41, …": a person named first in this sentence, opening it.
  const m0 = mentions.find((m) => (m.lead ?? m.t0) === 0);
  const a0 = person(m0);
  if (a0 && firstAt.get(m0!.ent.name) === info && toks[m0!.t1]?.text === ',') return a0;
  // "…, identified as Ada Vell".
  // ("identified only as", "named in court as": up to three words before "as".)
  const id = toks.findIndex((t) => PERSON_NAMING_PARTICIPLES.test(t.text));
  const as = id >= 0 ? toks.findIndex((t, k) => k > id && k <= id + 4 && t.text === PERSON_NAMING_AS) : -1;
  if (as >= 0) return person(mentions.find((m) => (m.lead ?? m.t0) === as + 1));
  return null;
}

/** The members a sentence names for a plural of parties it opens with ("The firms — A, B and C — …"), or null. */
function memberList(info: SentenceInfo, reg: Registry): Agent[] | null {
  const { toks } = info;
  let k = 0;
  // "They are A and B." / "They include A, B and C."
  if (toks[0] && PLURAL_PRONOUNS.test(toks[0].text) && MEMBER_LINKS.test(toks[1]?.text ?? '') && /^\p{L}/u.test(toks[1].text)) {
    const out = listAt(info, 2, reg);
    return out.length >= 2 ? out : null;
  }
  if (!toks[k] || !MEMBER_DETERMINERS.test(toks[k].text)) return null;
  k++;
  // "The designation, published on Friday, covers A, B and C": the act's noun, then a verb of coverage in its clause.
  if (toks[k] && MEMBER_ACT_NOUNS.test(toks[k].text)) {
    for (let j = k + 1; j < Math.min(toks.length, k + 24); j++) {
      if (!MEMBER_COVER_VERBS.test(toks[j].text)) continue;
      const at = toks[j + 1]?.text === MEMBER_COVER_PREP ? j + 2 : j + 1;
      const out = listAt(info, at, reg);
      return out.length >= 2 ? out : null;
    }
    return null;
  }
  if (toks[k] && NUMBERISH.test(toks[k].text)) k++;
  // One adjective or demonym may stand before the noun ("The three Dalmoran companies", "The two engineers").
  const group = (w: string) => PARTY_GROUP_NOUNS.test(w) || PERSON_NOUNS.test(w);
  if (toks[k] && !group(toks[k].text) && group(toks[k + 1]?.text ?? '')) k++;
  if (!toks[k] || !group(toks[k].text)) return null;
  k++;
  // "The companies named are A and B".
  if (toks[k] && MEMBER_PARTICIPLES.test(toks[k].text)) k++;
  if (!toks[k] || !MEMBER_LINKS.test(toks[k].text)) return null;
  k++;
  const out = listAt(info, k, reg);
  return out.length >= 2 ? out : null;
}

/** The members a counted plural names in apposition right after its noun ("two nationals, A and B,", "three firms — A, B and C —"). */
function membersInApposition(info: SentenceInfo, noun: number, reg: Registry): Agent[] | null {
  const at = employerAfter(info, noun)?.t1 ?? noun + 1;
  if (!APPOSITION_OPENERS.has(info.toks[at]?.text ?? '')) return null;
  const out = listAt(info, at + 1, reg);
  return out.length ? out : null;
}

/**
 * The members a counted plural names at the end of its clause, after a colon or "including" ("added three firms to
 * the list: A, B and C"; "fined four companies on Tuesday, including A and B"), when nothing but the list follows.
 */
function membersAtEnd(info: SentenceInfo, noun: number, reg: Registry): Agent[] | null {
  const { toks } = info;
  for (let k = noun + 1; k < toks.length; k++) {
    // (Also "among them", "such as".)
    if (toks[k].text !== ':' && !LIST_INTRODUCERS.has(toks[k].text) && !(INCLUDING_SECOND.test(toks[k].text) && INCLUDING_FIRST.test(toks[k - 1]?.text ?? ''))) continue;
    const out = listAt(info, k + 1, reg);
    if (out.length < 2) return null;
    return out;
  }
  return null;
}

/** The employer named right after a counted plural's noun ("two former engineers of Fenwright, A and B,"), or null. */
function employerAfter(info: SentenceInfo, noun: number): SentenceInfo['mentions'][number] | null {
  if (!EMPLOYER_PREPS.test(info.toks[noun + 1]?.text ?? '')) return null;
  return info.mentions.find((m) => (m.lead ?? m.t0) >= noun + 2 && (m.lead ?? m.t0) <= noun + 3 && m.ent.kind !== 'government') ?? null;
}

/**
 * Whether the words before a member are separators and an article's description of it ("including the chip designer
 * A and the server maker B"): after "the"/"a"/"an", up to four lower-case words (or "AI").
 */
function describedMember(gap: SentenceInfo['toks']): boolean {
  // "among them Shenzhen-based A": a seat before the name.
  if (gap.length && gap.every((t, i) => LIST_SEP.has(t.text) || (i === gap.length - 1 && t.text.endsWith(`-${SEAT_PARTICIPLE}`)))) return true;
  const art = gap.findIndex((t) => ARTICLES.test(t.text));
  if (art < 0 || !gap.slice(0, art).every((t) => LIST_SEP.has(t.text))) return false;
  const desc = gap.slice(art + 1);
  // ("and the Hefei Institute": the article alone.)
  return desc.length <= 4 && desc.every((t) => /^\p{Ll}[\p{Ll}-]*$/u.test(t.text) || t.text === AI_ACRONYM || t.text.endsWith(`-${SEAT_PARTICIPLE}`));
}

/** The parties of the list that opens at token `at` (names joined by commas and "and"), up to its first non-member. */
function listAt(info: SentenceInfo, at: number, reg: Registry): Agent[] {
  const { toks, mentions } = info;
  const out: Agent[] = [];
  for (const m of mentions) {
    if (m.t0 < at) continue;
    if (m.t0 > at && !toks.slice(at, m.t0).every((t) => LIST_SEP.has(t.text)) && !describedMember(toks.slice(at, m.t0))) break;
    if (m.mod || m.attr || m.ent.kind === 'government' || m.ent.kind === 'court') break;
    const a = agentOf(m.ent, reg);
    if (!out.some((x) => x.name === a.name)) out.push(a);
    at = m.t1;
  }
  return out;
}

/**
 * Rewrites events whose object is a counted plural of parties (or "them" for one) to one event per member, when one of
 * the next three sentences of the same article names the members. Events are replaced in place, in order.
 */
export function expandCountedPlurals(raw: RawEvent[], infos: SentenceInfo[], reg: Registry): void {
  const index = new Map(infos.map((x, i) => [x, i]));
  const cache = new Map<SentenceInfo, Agent[] | null>();
  const membersAfter = (i: number): Agent[] | null => {
    for (let j = i + 1; j <= i + 3 && j < infos.length; j++) {
      if (!cache.has(infos[j])) cache.set(infos[j], memberList(infos[j], reg));
      const ms = cache.get(infos[j])!;
      if (ms) return ms;
    }
    return null;
  };
  // The sentence where each person is first named (a later sentence names one a description introduced).
  const firstAt = new Map<string, SentenceInfo>();
  for (const x of infos) for (const m of x.mentions) if (m.ent.kind === 'person' && !firstAt.has(m.ent.name)) firstAt.set(m.ent.name, x);
  const personAfter = (i: number, noun: string): Agent[] | null => {
    for (let j = i + 1; j <= i + 3 && j < infos.length; j++) {
      const a = personNamed(infos[j], noun, reg, firstAt);
      if (a) return [a];
    }
    return null;
  };
  const out: RawEvent[] = [];
  for (const e of raw) {
    const i = index.get(e.info);
    // Only an event with no target yet, or with a state a demonym names ("three Dalmoran firms"), can be on a plural.
    const maybe = e.field === 'text' && i !== undefined && !!e.actor;
    const toks = e.info.toks;
    let ti = maybe ? toks.findIndex((t) => t.start - e.info.s.start >= e.tpos) : -1;
    // The plural is the object after the trigger, or, for "them" right after it, the main clause's before it.
    let plural = ti >= 0 ? countedPluralAt(e.info, ti + 1, ti + 9) : -1;
    // "indicted two former engineers of Fenwright, A and B,": the employer taken for the object is no target of the act.
    const employer = plural >= 0 ? employerAfter(e.info, plural) : null;
    const open = maybe && (!e.target || e.target.kind === 'government' || (!!employer && agentOf(employer.ent, reg).name === e.target.name));
    if (!open) { ti = -1; plural = -1; }
    if (ti >= 0 && plural < 0 && PLURAL_PRONOUNS.test(toks[ti + 1]?.text ?? '')) plural = countedPluralAt(e.info, 0, ti);
    // "charged a former engineer at Fenwright with …": one person, named beside the description or in a later sentence.
    const single = ti >= 0 && plural < 0 && e.pluralObject ? personDescriptionAt(e.info, ti + 1, ti + 9) : -1;
    const members = plural >= 0 ? membersInApposition(e.info, plural, reg) ?? membersAtEnd(e.info, plural, reg) ?? membersAfter(i!)
      : single >= 0 ? membersInApposition(e.info, single, reg)?.slice(0, 1) ?? personAfter(i!, toks[single].text) : null;
    if (members) {
      for (const m of members) {
        if (m.name !== e.actor!.name) out.push({ ...e, target: m, needTarget: false, pluralObject: false, how: { ...e.how, target: MEMBER_HOW } });
      }
    } else if (!e.pluralObject) out.push(e); // a plural no sentence names is no party: the act is dropped
  }
  raw.length = 0;
  out.forEach((e, k) => { e.order = k; raw.push(e); });
}
