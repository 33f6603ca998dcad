// Words for the arguments of an act told as a noun ("a penalty imposed on X by Y", "the probe into X, opened by Y",
// "a complaint lodged with the board against X"), read by ../../events.ts (`nounArgs`).
import type { EventType } from '../../index.ts';

/** The preposition after an act's noun that names whom the act is aimed at, per type ("a suit against X", "an arrest
 * warrant for X", "a fine on X", "the probe into X"). A forum ("with the board", "before the court") is never one. */
export const NOUN_TARGET_PREPS: Partial<Record<EventType, RegExp>> = {
  LEGAL_ACTION: /^(?:against|for)$/i,
  RESTRICTION: /^(?:on|against)$/i,
  INVESTIGATION: /^(?:into|against)$/i,
};
/** Words that end the noun's phrase: its arguments are never read past them. */
export const NOUN_PHRASE_END = /^(?:;|:|\?|that|which|who|whom|while|after|before|because|but|said|says|according)$/i;
/** Verbs whose subject undergoes the act named by their object ("Marrowby paid a penalty imposed by the Authority",
 * "faces a suit brought by Quillon", "appealed the fine imposed by …"): with no target named in the noun's own
 * phrase, that subject is the target. */
export const UNDERGO_NOUN_VERBS = /^(?:pa(?:y|ys|id|ying)|fac(?:e|es|ed|ing)|receiv(?:e|es|ed|ing)|appeal(?:s|ed|ing)?|challeng(?:e|es|ed|ing)|contest(?:s|ed|ing)?|incurr?(?:s|ed|ing)?|settl(?:e|es|ed|ing))$/i;
