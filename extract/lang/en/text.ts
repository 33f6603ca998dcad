// English words for sentence splitting and tokenisation: abbreviations that keep their full stop, words that open a
// sentence, and line endings that continue a hard-wrapped sentence. Data for the engine (../../text.ts); each regular
// expression keeps the little punctuation structure its words need (a full stop after an abbreviation, a word boundary).

/** Tokens that keep their full stop (initials, "Inc.", "Mr.", "Feb.", "v."): any other token's final full stop splits off. */
export const KEEP_DOT = /^(?:[A-Z]\.|[A-Z](?:\.[A-Z])+\.|Inc\.|Co\.|Corp\.|Ltd\.|Pte\.|Pty\.|Pvt\.|Sdn\.|Bhd\.|Ltda\.|Tbk\.|Sp\.|Kft\.|Zrt\.|Jr\.|Sr\.|Mr\.|Mrs\.|Ms\.|Dr\.|Sen\.|Sens\.|Rep\.|Reps\.|Gov\.|Gen\.|St\.|No\.|v\.|vs\.|Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|Prof\.|Hon\.)$/;
/** Abbreviations before a full stop that does not end a sentence ("Mr.", "Feb.", "e.g.", a capital initial). */
export const ABBREV = /(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Sens|Rep|Reps|Gov|Gen|St|No|Jr|Sr|Inc|Co|Corp|Ltd|Pte|Pty|Pvt|Sdn|Bhd|Ltda|Tbk|Sp|Kft|Zrt|vs?|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|Prof|Hon|e\.g|i\.e|approx|est)\.|\b[A-Z]\.)$/;
/** Words that open a sentence: after "U.S." or another run of initials, a full stop followed by one ends the sentence. */
export const SENTENCE_STARTER = /^(?:The|This|That|These|Those|It|Its|He|She|They|We|I|But|And|In|On|At|A|An|As|After|Before|China|Chinese|According|Meanwhile|However|Today|Yesterday)\b/;
/** Abbreviations that do not end a sentence at the end of a line ("Oct.", "No.", "v.", "Sen."): the next line goes on. */
export const NONFINAL_ABBR_END = /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Sen|Sens|Rep|Reps|Gov|Gen|St|No|Nos|vs?|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|Prof|Hon|Art|Sec|para)\.$/;
/** Line endings of a hard-wrapped sentence: a line that stops on one of these words, on a comma or on a hyphen stops mid-phrase. */
export const CONTINUING_END = /(?:[,\-–]|\b(?:the|a|an|of|to|in|on|at|for|with|by|from|and|or|but|nor|against|into|onto|than|that|which|who|whom|whose|its|their|his|her|our|as|under|over|between|about|after|before|including|said|says|has|have|had|was|were|is|are|be|been|will|would|could|should|may|might|must|not|also|its|this|these|those)|\b(?:January|February|March|April|May|June|July|August|September|October|November|December))$/;
/** A negative clitic written onto its auxiliary ("didn't", "won’t"): the word's last letter, the letter after the apostrophe, and the token they form ("n't"). */
export const NEGATIVE_CLITIC = { last: 'n', after: 't', token: "n't" };
/** A company's legal suffix ending in a full stop ("Acme Inc.", "Acme Pte."): it may end a sentence (see text.ts). */
export const SUFFIX_ABBR_END = /\b(?:Inc|Co|Corp|Ltd|Pte|Pty|Pvt|Sdn|Bhd|Ltda|Tbk|Kft|Zrt)\.$/;
/**
 * After such a suffix, a sentence opener, or one to four capitalised words and then a lower-case word that is no
 * link inside a name ("Acme Inc. Acme said …"; not "Acme Inc. of Delaware" nor "Acme Inc. v. Beta").
 */
export const AFTER_SUFFIX_NEW_SENTENCE = /^(?:\p{Lu}[\p{L}\d'’-]*\s+){1,4}(?!(?:of|and|for|de|du|la|v|vs|the|in)\b)\p{Ll}/u;
