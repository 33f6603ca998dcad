// Words for the forms of legal steps and inquiries (issue: statement forms of LEGAL_ACTION and INVESTIGATION), read by
// ../../events.ts and ../../entities.ts.

/** Plural nouns of people who act for the body named after "of"/"from"/"for" ("Officials of the Authority raided …", "A three-judge panel of the Court of Appeals ruled …",
 * "Investigators from the Commission …", "Lawyers for Fenwright argued …"): the body is the clause's subject. */
export const AGENT_OF_BODY_NOUNS = /^(?:officials|officers|investigators|inspectors|agents|staff|representatives|lawyers|attorneys|prosecutors|panel|state|government|province|commonwealth)$/i;
/** The prepositions between such a noun and the body. */
export const AGENT_OF_BODY_PREPS = /^(?:of|from|for|at|with)$/i;
/**
 * People of a state named by where they sit ("Regulators in South Korea fined …", "Officials in Berlin rejected …"): the
 * nouns, and the preposition before the state (or its capital, when the text names the state).
 */
export const AGENT_OF_STATE_NOUNS = /^(?:officials|regulators|authorities|prosecutors|ministers|diplomats|lawmakers|legislators|investigators|police|negotiators|policymakers|censors)$/i;
export const AGENT_OF_STATE_PREPS = /^(?:in)$/i;
/** The word before "jury" that makes it a grand jury: it indicts for the prosecuting authority and is no court of a case. */
export const GRAND_JURY = { mod: /^grand$/i, head: /^jury$/i } as const;
/** Words kept in a jury's name when the article names no court or prosecuting authority for it ("a federal grand jury"
 *  indicted …, "a federal jury found …" with no court named: the jury, so named, acts). */
export const JURY_NAME_MODS = /^(?:federal|grand|state)$/i;
/** Prepositions after a jury or judge description that name its court ("a jury in the Dastia District Court"). */
export const COURT_OF_DESC_PREPS = /^(?:in|of|at)$/i;
/** Nouns of a party's premises: a capital right before one is where they are, not the state ("the Brussels offices of X"). */
export const PREMISES_NOUNS = /^(?:offices?|headquarters|premises|plants?|factory|factories|campus|facilities|facility|branch|warehouses?|sites?)$/i;
/** Prepositions that name a counted plural's employer before its members ("two former engineers of Fenwright, A and B,"). */
export const EMPLOYER_PREPS = /^(?:of|at|from)$/i;
/** Nouns of a deal whose possessor is its party ("Fenwright's acquisition of Pinefold"): a name after the deal's preposition
 * is the deal's object, no possession of the possessor, and an inquiry into the deal is into the possessor. */
export const DEAL_NOUNS = /^(?:acquisition|acquisitions|takeover|purchase|merger|deal|bid|investment|buyout|stake|tie-up|partnership)$/i;
/** The seat of a court named after it ("U.S. District Court for the Northern District of California", "Court of Appeals
 * for the Ninth Circuit"): "for the", capitalised words, a head, and for a district its "of"-place. */
export const COURT_SEAT = { prep: /^for$/, article: /^the$/, heads: /^(?:District|Circuit)$/ } as const;
/** A body in the first person ("my office has opened an investigation", in a quotation or a speaker's turn): the speaker's. */
export const FIRST_PERSON_BODY = { det: /^my$/i, nouns: /^(?:office|department|agency|team|ministry|government|administration|commission|authority)$/i } as const;
/** The word before a statement noun that announces the text below even after a full stop ("issued the following statement."). */
export const STATEMENT_FOLLOWING = /^following$/i;
/** Subject words of a charge with no named author ("An indictment unsealed in Boston charges X", "prosecutors unsealed
 * an indictment charging X"): the authority that announces it, or else the prosecuting authority the article names. */
export const CHARGING_NOUNS = /^(?:indictment|indictments|prosecutors|prosecution)$/i;
/** Lower-case court nouns: a capital right before one is where the court sits ("a Lyon court ruling"), no state. */
export const LOWER_COURT_NOUNS = /^(?:court|courts|tribunal|judge|jury)$/;
/**
 * Matters of a criminal charge that make it one of our disputes even against a person the text ties to no
 * organisation ("Prosecutors charged Ada Vell with stealing trade secrets"): theft of secrets, export and sanctions
 * breaches, smuggling, espionage. Without one, a charge against such a person may be any criminal case.
 */
export const DISPUTE_CHARGE_MATTER = /trade secrets?|\bsteal|\bstole|theft|misappropriat|export|sanctions|smuggl|espionage|\bspy|spying|national security|foreign agent|\bleak(?:ed|ing|s)?\b/i;
/** After a filing's forum ("a complaint with the board about X's conduct"), the prepositions that name the one complained of. */
export const COMPLAINED_OF_PREPS = /^(?:against|about|over|concerning|regarding)$/i;
