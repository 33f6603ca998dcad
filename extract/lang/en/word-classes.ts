// Word classes for the `{class}` slots of trigger patterns (../../lexicon.ts): which part-of-speech tags of the tagger's
// English lexicon (`natural`'s Brill lexicon, ../../pos.ts) the most likely tag of a word of the class may be (or, for
// a class defined by exclusion, may not be), and whether a word the lexicon does not know or a capitalised one (a
// name, a number, a possessive, a foreign word) counts as one.
//
// `{mod}{0,4}` between a verb and its head noun ("imposed {mod}{0,4} controls") lets through what stands before a
// noun inside its phrase — "new", "sweeping", "export", "kill", "three", "their", "the bloc's", "AI-related" — and
// stops at a preposition, a conjunction, "to", a pronoun or a modal: "imposed fines and then announced controls" and
// "imposed on them controls" are no act of imposing controls by this pattern.
export interface WordClass {
  /** The most likely tags a word of the class may have… */
  tags?: RegExp;
  /** …or, for a class defined by what it is not, the most likely tags it must not have. */
  except?: RegExp;
  unknown: boolean;
}
export const WORD_CLASSES: Record<string, WordClass> = {
  // What may stand before a noun inside its phrase. Defined by what it is not — a preposition, conjunction, "to",
  // personal pronoun, modal, wh-word or existential "there" — because the lexicon gives many a noun modifier a verb's
  // tag first ("kill switch", "search engine", "proposed rules").
  mod: { except: /^(?:IN|CC|TO|PRP|MD|WDT|WP|WRB|EX|UH|RP)$/, unknown: true },
  // A determiner, possessive pronoun or number ("the", "its", "three").
  det: { tags: /^(?:DT|PDT|CD|PRP\$|WP\$)$/, unknown: false },
  // An adjective or a participle used as one ("unlawful", "proposed").
  adj: { tags: /^(?:JJ[RS]?|VBN|VBG)$/, unknown: false },
  // An adverb ("immediately", "also").
  adv: { tags: /^RB[RS]?$/, unknown: false },
};
// Characters a slot's word may carry around it that say nothing of its class ("new,", "“unfair”").
export const SLOT_WORD_TRIM = /^[“”"‘’'(]+|[“”"‘’'),;:]+$/g;
