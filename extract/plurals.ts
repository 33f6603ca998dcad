// A counted plural of parties named member by member in a later sentence: "The Commerce Department added three Dalmoran
// companies to its list on Tuesday, accusing them of …. The firms — A, B and C — will now need a licence." The act (and
// the allegation riding on it) is against each member, not against the state a demonym names or against nobody.
import type { Registry, SentenceInfo } from './entities.ts';
import { agentOf, type Agent, type RawEvent } from './events.ts';
import { LIST_SEP, PARTY_GROUP_NOUNS, PLURAL_COUNTS, MEMBER_DETERMINERS, MEMBER_LINKS, PLURAL_OBJECT_PRONOUNS, PERSON_NOUNS } from './lexicon.ts';

const APPOSITION_OPENERS = new Set([',', '—', '–', '-', '(', ':']);

const MEMBER_HOW = 'member of a counted plural, named beside it or in a later sentence';

/** The token index of the plural noun of a counted plural of parties in toks[from, to), or -1. */
export function countedPluralAt(info: SentenceInfo, from: number, to: number): number {
  const { toks } = info;
  for (let k = Math.max(0, from); k < Math.min(to, toks.length); k++) {
    if (!PLURAL_COUNTS.test(toks[k].text)) continue;
    for (let j = k + 1; j <= k + 3 && j < toks.length; j++) {
      if (PARTY_GROUP_NOUNS.test(toks[j].text) || PERSON_NOUNS.test(toks[j].text)) return j;
      if (!/^[\p{L}-]+$/u.test(toks[j].text)) break;
    }
  }
  return -1;
}

/** The members a sentence names for a plural of parties it opens with ("The firms — A, B and C — …"), or null. */
function memberList(info: SentenceInfo, reg: Registry): Agent[] | null {
  const { toks, mentions } = info;
  let k = 0;
  if (!toks[k] || !MEMBER_DETERMINERS.test(toks[k].text)) return null;
  k++;
  if (toks[k] && PLURAL_COUNTS.test(toks[k].text)) k++;
  // One adjective or demonym may stand before the noun ("The three Dalmoran companies").
  if (toks[k] && !PARTY_GROUP_NOUNS.test(toks[k].text) && PARTY_GROUP_NOUNS.test(toks[k + 1]?.text ?? '')) k++;
  if (!toks[k] || !PARTY_GROUP_NOUNS.test(toks[k].text)) return null;
  k++;
  if (!toks[k] || !MEMBER_LINKS.test(toks[k].text)) return null;
  k++;
  const out: Agent[] = [];
  let at = k;
  for (const m of mentions) {
    if (m.t0 < at) continue;
    if (m.t0 > at && !toks.slice(at, m.t0).every((t) => LIST_SEP.has(t.text))) break;
    if (m.mod || m.attr || m.ent.kind === 'government' || m.ent.kind === 'court') break;
    const a = agentOf(m.ent, reg);
    if (!out.some((x) => x.name === a.name)) out.push(a);
    at = m.t1;
  }
  return out.length >= 2 ? out : null;
}

/** The members a counted plural names in apposition right after its noun ("two nationals, A and B,", "three firms — A, B and C —"). */
function membersInApposition(info: SentenceInfo, noun: number, reg: Registry): Agent[] | null {
  const { toks, mentions } = info;
  if (!APPOSITION_OPENERS.has(toks[noun + 1]?.text ?? '')) return null;
  const out: Agent[] = [];
  let at = noun + 2;
  for (const m of mentions) {
    if (m.t0 < at) continue;
    if (m.t0 > at && !toks.slice(at, m.t0).every((t) => LIST_SEP.has(t.text))) break;
    if (m.mod || m.attr || m.ent.kind === 'government' || m.ent.kind === 'court') break;
    const a = agentOf(m.ent, reg);
    if (!out.some((x) => x.name === a.name)) out.push(a);
    at = m.t1;
  }
  return out.length ? out : null;
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
  const out: RawEvent[] = [];
  for (const e of raw) {
    const i = index.get(e.info);
    if (e.pluralObject) {
      const ti0 = e.info.toks.findIndex((t) => t.start - e.info.s.start >= e.tpos);
      const noun = ti0 >= 0 ? countedPluralAt(e.info, ti0 + 1, ti0 + 9) : -1;
      const members = i === undefined || !e.actor ? null : (noun >= 0 ? membersInApposition(e.info, noun, reg) : null) ?? membersAfter(i);
      if (members) for (const m of members) {
        if (m.name !== e.actor!.name) out.push({ ...e, target: m, needTarget: false, pluralObject: false, how: { ...e.how, target: MEMBER_HOW } });
      }
      continue;
    }
    if (e.field !== 'text' || i === undefined || !e.actor || (e.target && e.target.kind !== 'government')) { out.push(e); continue; }
    const toks = e.info.toks;
    const ti = toks.findIndex((t) => t.start - e.info.s.start >= e.tpos);
    if (ti < 0) { out.push(e); continue; }
    // The plural is the object after the trigger, or, for "them" right after it, the main clause's before it.
    let plural = countedPluralAt(e.info, ti + 1, ti + 8);
    if (plural < 0 && PLURAL_OBJECT_PRONOUNS.test(toks[ti + 1]?.text ?? '')) plural = countedPluralAt(e.info, 0, ti);
    if (plural < 0) { out.push(e); continue; }
    const members = membersAfter(i);
    if (!members) { out.push(e); continue; }
    for (const m of members) {
      if (m.name === e.actor.name) continue;
      out.push({ ...e, target: m, needTarget: false, how: { ...e.how, target: MEMBER_HOW } });
    }
  }
  raw.length = 0;
  out.forEach((e, k) => { e.order = k; raw.push(e); });
}
