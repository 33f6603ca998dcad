/**
 * The English words placement reads in an event's sentence (language data, kept out of the rules in
 * disputes/placement.ts). Each cue carries a sentence of our own that it must match (tests/unit/disputes).
 */

/** A person introduced as speaking for a body: they act for the body the sentence names. */
export const SPOKESPERSON_CUE = /\bspokes(?:person|man|woman)\b|\bpress secretary\b/i;
export const SPOKESPERSON_EXAMPLE = 'At the ministry briefing, spokesperson Ana Ruiz said the rules were unfair.';

/** A person ruling in a case: a judge or justice acts as the court. */
export const JUDGE_CUE = /\b(?:judge|justice|magistrate)\b/i;
export const JUDGE_EXAMPLE = 'U.S. District Judge Maria Lopez denied the motion to dismiss.';

/**
 * A public office named with a person ("Senator Ana Ruiz", "Ana Ruiz, the state's attorney general"): the
 * person acts as a public authority, not in their own name.
 */
export const OFFICIAL_TITLE_CUE = /\b(?:attorneys?[- ]general|senators?|sen\.|rep\.|congress(?:wo)?m[ae]n|congressional|lawmakers?|governors?|ministers?|commissioners?|secretary of|prosecutors?|mayors?|regulators?)\b/i;
export const OFFICIAL_TITLE_EXAMPLE = 'Attorney General Ana Ruiz opened an investigation into the chatbot maker.';
/** A legislator's party and state after their name ("Ana Ruiz (D-Ore.)"): a member of a legislature. */
export const LEGISLATOR_AFTER_CUE = /^\s*\((?:R|D|I)-[A-Z][A-Za-z.]*\)/;
export const LEGISLATOR_AFTER_EXAMPLE = ' (R-Kan.) wrote to four chatbot makers.';
