// Who speaks in the first person on a line outside a quotation (events.ts › voicesOf): the words of bylines, statement
// introductions, letter closings and transcript turn labels.

/**
 * A byline's separator between the author and the date ("Tarvel Newsroom - May 3, 2026", "Tarvel | 3 May 2026", "Tarvel Blog · Security · May 3, 2026", or a
 * comma before the date: "Tarvel AI, May 3, 2026").
 */
export const BYLINE_SEPARATOR = /\s[-–—|·•]\s|,\s(?=(?:\d{1,2}\s)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)/;
/**
 * A post's byline with no date that names its writer's role at an organisation ("Posted by Ada Vell, co-founder and CEO,
 * Tarvel Labs", "By the Tarvel Security team"): the organisation speaks. A journalist's byline ("By Ada Vell, Wirefeed")
 * names no role.
 */
export const POSTED_BY = { opener: /^(?:(?:Posted|Written|Published) )?[Bb]y\s/, role: /\b(?:CEO|co-?founder|founder|chief|head|president|chair(?:man|woman)?|director|counsel|vice[- ]president|VP|team|spokes(?:person|man|woman))\b/i };
/** A four-digit year on a byline. */
export const BYLINE_YEAR = /\b(?:19|20)\d\d\b/;
/** Nouns of a statement introduced before its text ("Senator Vell issued the following statement:"). */
export const STATEMENT_INTRO_NOUNS = /^(?:statement|remarks|letter|message|comments)$/i;
/** The heading of an issued statement ("Statement by Tarvel Robotics", "SEOUL, 3 May 2026 — Statement from Tarvel"): its words, capitalised, then the issuer's preposition. */
export const STATEMENT_HEADING = { noun: /^(?:Statement|Remarks|Message|STATEMENT|REMARKS|MESSAGE)$/, prep: /^(?:by|from|of|BY|FROM|OF)$/ };
/**
 * A statement's heading that names its topic, not its issuer ("Statement regarding the allegations made by X", "Response to
 * X's report", "Clarification regarding …"): the issuer is the organisation that opens the text below it.
 */
export const STATEMENT_TOPIC_HEADING = { noun: /^(?:Statement|Response|Reply|Clarification|STATEMENT|RESPONSE|CLARIFICATION)$/, prep: /^(?:on|to|regarding|concerning|about|ON|TO|REGARDING)$/ };
/** The letter's complimentary close, alone on its line, before the signature ("Sincerely,", "Respectfully yours,"). */
export const LETTER_CLOSINGS = /^(?:(?:very |most )?(?:truly |sincerely |respectfully |faithfully |cordially )?yours\b|sincerely|respectfully|(?:(?:best|kind|warm|with best|with kind) )?regards|faithfully|cordially)\b/i;
/** A mark before a signature that is no part of the name ("(Sgd.) ADA VELL", "/s/ Ada Vell"). */
export const SIGNED_MARK = /^\s*(?:\((?:sgd|signed)\.?\)|\/s\/)\s*/i;
/** Courtesy titles that open a transcript turn label in capitals ("MS. VELL:", "Mr. Vell:"). */
export const TURN_COURTESY = /^(?:mr|ms|mrs|dr|miss|shri|smt|dame|sir)\.?$/i;
/** Words of an editorial aside before a colon, no speaker's turn ("Editor's note:", "Update:", "Correction:"). */
export const NOT_TURN_LABEL = /^(?:note|notes|update|updates|correction|clarification|disclaimer|editor's|editor’s)$/i;
/** Legislators' titles that open a hearing transcript's turn label ("SEN. VELL:", "REP. OSTER:", "CHAIRWOMAN VELL:"). */
export const TURN_LEGISLATOR = /^(?:sen|senator|rep|representative|chairman|chairwoman|chair|congressman|congresswoman)\.?$/i;
/** "each of you", "all of you", "both of you": the letter's addressees, every one. */
export const EACH_OF = /^(?:each|all|both|every one)$/i;
/** The second-person pronouns of a letter: its addressee. */
export const SECOND_PERSON = /^(?:you|your)$/i;
/** The salutation of a letter ("Dear Ms. Vell:"), whose name is the addressee. */
export const SALUTATION = /^dear$/i;
/** The header word of a memo's or open letter's sender ("From: X"). */
export const MEMO_FROM = /^from$/i;
/** Date words that may follow a body's name after "on" without continuing it ("the Commission on Monday"). */
export const NAME_RUN_DATES = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)$/;
/** Openers of a conditional sentence ("If X keeps …, Y will …", "Should X fail to …, it may …"): only its main clause's threat is real. */
export const CONDITIONAL_OPENERS = /^["“]?(?:If|Should|Unless)\b/;
/** The conditional words inside a sentence ("…, and if X refuses, Y will …"). */
export const CONDITION_WORDS = /^(?:if|If|should|Should|unless|Unless)$/;
/** The future auxiliary: an announced de-escalation with it is decided ("will suspend the tariffs"). */
export const FUTURE_WILL = 'will';
/** The future of reported speech ("said it would resume exports"): as "will" after a verb of saying. */
export const REPORTED_WOULD = 'would';
/** Words naming a company's own channel after its name on a byline ("Tarvel Newsroom", "Tarvel Blog"). */
export const POST_CHANNELS = /^(?:Newsroom|Blog|News|Press|Media|Insights|Stories|Updates|Announcements)$/;
/** Verbs of a court's holding before "that" ("The court held that X had abused …"): the court rules against X. */
export const HOLDING_VERBS = /^(?:held|holds|ruled|rules|found|finds|concluded|concludes|determined|determines|declared)$/;
/** Nouns of the relief a party asks a court for ("seeking an injunction barring X"): the act inside is only asked for. */
export const RELIEF_NOUNS = /^(?:injunctions?|orders?|rulings?|judgments?|declarations?)$/i;
/** Verbs of asking a court for relief. */
export const SEEK_VERBS = /^(?:seeks?|seeking|sought|asks?|asking|asked|requests?|requesting|requested|files?|filed|filing|applied|applies|applying|wants?|wanted|moved|moves)$/i;
