// Word classes for the `{class}` slots of trigger patterns (../../lexicon.ts): which part-of-speech tags of the tagger's
// English lexicon (`natural`'s Brill lexicon, ../../pos.ts) the most likely tag of a word of the class may be —
// and whether a word the lexicon does not know or a capitalised one (a name, a number, a possessive, a foreign word)
// counts as one.
//
// `{mod}{0,4}` between a verb and its head noun ("imposed {mod}{0,4} controls") lets through what stands before a
// noun inside its phrase — "new", "sweeping", "export", "three", "their", "the bloc's", "AI-related" — and stops at a
// preposition, a conjunction, a finite verb or a clause mark: "imposed fines and then announced controls" is no act of
// imposing controls.
export interface WordClass { tags: RegExp; unknown: boolean }
export const WORD_CLASSES: Record<string, WordClass> = {
  // A noun phrase's premodifier: determiner, number, adjective, noun, possessive, participle ("proposed", "existing";
  // the lexicon gives many a past tense first).
  mod: { tags: /^(?:DT|PDT|CD|JJ[RS]?|NNP?S?|PRP\$|WP\$|POS|VBN|VBG|VBD|RBS?)$/, unknown: true },
  // A determiner, possessive pronoun or number ("the", "its", "three").
  det: { tags: /^(?:DT|PDT|CD|PRP\$|WP\$)$/, unknown: false },
  // An adjective or a participle used as one ("unlawful", "proposed").
  adj: { tags: /^(?:JJ[RS]?|VBN|VBG)$/, unknown: false },
  // An adverb ("immediately", "also").
  adv: { tags: /^RB[RS]?$/, unknown: false },
};
// Characters a slot's word may carry around it that say nothing of its class ("new,", "“unfair”").
export const SLOT_WORD_TRIM = /^[“”"‘’'(]+|[“”"‘’'),;:]+$/g;
