// The English words of the implied-event rules (extract/implied.ts): an act stated with its reason ("sued X for
// copying …", "added X to the list for supplying … in breach of …", "a probe into whether X abused …") carries the
// actor's allegation against the same target. Each rule is one row of IMPLIED_RULES in the engine.

/** Words that introduce the act's stated wrongdoing: "…, accusing X of", "alleging that", "charging that", "on suspicion of". */
export const IMPLIED_ALLEGE_CUES = /^(?:accusing|alleging|allegedly|alleged|charging|suspected|suspicion|accused)$/i;
/** Nouns of a wrongdoing, read after a reason preposition ("fined X for breaches of", "sued over copyright infringement"). */
export const IMPLIED_WRONG_NOUNS = /^(?:infringement|infringements|violation|violations|breach|breaches|theft|misappropriation|abuse|abuses|fraud|collusion|coercion|dumping|espionage|smuggling|evasion|misconduct|wrongdoing|deception|piracy|price-fixing|bribery|corruption|manipulation|discrimination|cartel|misuse|circumvention|diversion|plagiarism|defamation)$/i;
/** Prepositions of a reason or subject before a wrongdoing noun ("for", "over", "into", "of", "on"). */
export const IMPLIED_REASON_PREPS = /^(?:for|over|into|of|on|after|about|regarding)$/i;
/** Words that end the act's clause: what follows is another clause's ("; …", "but", "while", a quotation). */
export const IMPLIED_CLAUSE_END = /^(?:;|but|while|whereas|although|though|[“”"])$/i;
/** Words before a wrongdoing that negate or clear it ("found no evidence that X violated", "cleared of"). */
export const IMPLIED_NEGATORS = /^(?:not|n't|never|no|cleared|without|denied|denies|deny|dropped)$/i;
/** The bare form of a demand verb, a verb only right before a name ("Senators Demand FTC Investigate …"; events.ts). */
export const DEMAND_BARE = /^demand$/i;
/** Time words between a decision noun and its infinitive ("the decision last week to fine X"; events.ts). */
export const DECISION_TIME_WORDS = /^(?:last|this|next|earlier|today|yesterday|on|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/i;
/** Lower-case nouns of norms: a name right before one ("consistency with Ostmark rules") names the norms, no object (events.ts). */
export const NORM_NOUNS = /^(?:rules|law|laws|framework|regulations|standards|obligations|commitments|principles|norms|guidelines|treaty|treaties)$/;
/** Words that open the reason of an authority's easing act ("lifted the block after the company registered", "once X agreed"). */
export const CONCESSION_AFTER = /^(?:after|once)$/i;
/** An authority's acceptance of the other side's offer as that reason ("ended the probe after accepting the firm's undertakings"). */
export const CONCESSION_ACCEPT = /^(?:accepting|accepted)$/i;
/** Nouns of what a party offers an authority to end a case ("commitments offered by X", "undertakings given by X"). */
export const CONCESSION_NOUNS = /^(?:commitments|undertakings|offer|concessions|remedies)$/i;
/** Participles of offering between such a noun and its "by" ("commitments offered by X"). */
export const CONCESSION_OFFERED = /^(?:offered|proposed|submitted|given|made)$/i;
/** Nouns of a meeting of two sides ("agreed to hold talks", "will hold consultations with"): talks agreed are both sides' de-escalation. */
export const MUTUAL_TALK_NOUNS = /^(?:talks|dialogue|consultations|negotiations|meet|meeting)$/i;
/** A fronted legal document the sentence's accusation is made in ("In a lawsuit filed on Tuesday, X accused Y of …"). */
export const FRONTED_SUIT_NOUNS = /^(?:lawsuit|suit|complaint|petition|claim)$/i;
export const FRONTED_SUIT_FILED = /^(?:filed|brought|lodged|submitted)$/i;
/** Nouns of an accusation whose author is named with it ("settle allegations by X that …", "X's claims"). */
export const IMPLIED_ACCUSATION_NOUNS = /^(?:allegations?|accusations?|claims?|charges)$/i;
/** Prepositions between such a noun and its author ("accusations by X", "claims from X"). */
export const IMPLIED_AUTHOR_PREPS = /^(?:by|from)$/i;
