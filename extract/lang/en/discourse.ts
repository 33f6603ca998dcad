// The English words of the discourse rules (extract/discourse.ts): broad classes of polarity and cue words that the
// engine reads together with the role a party already has in the article, so that phrasings no trigger lists are read.
// Each rule is one row of DISCOURSE_RULES in the engine; these are its word classes.

/** Negative polarity of a clause about a claim: a negated verb or a quantifier of none. */
export const DISC_NEGATORS = /^(?:not|n't|never|no|none|neither|nor)$/i;
/** Words after a negator that make it no denial: "not yet", "no plans", "no further" (a state of affairs, not the claim). */
export const DISC_NOT_DENYING = /^(?:yet|plans|plan|further|longer|immediately|clear|certain|sure|aware|able|expected|intend|intends|public|decision|decided|details)$/i;
/** Words the subject of a negated clause may be when it is the accused itself ("it had never …", "we did not …"). */
export const DISC_SELF_SUBJECTS = /^(?:it|we|they|i|he|she|company|firm|group)$/i;
/** Auxiliaries and adverbs between a negated clause's subject and its negator ("it has also never", "we did not"). */
export const DISC_NEG_FILLERS = /^(?:do|does|did|has|have|had|is|are|was|were|ever|also|always|still|simply|certainly|in|any|way|at|all|knowingly|ever)$/i;
/** A modal before the negator: "would not contest the findings" refuses an act, it denies no claim. */
export const DISC_MODAL_AUX = /^(?:will|would|could|can|may|might|shall|wo|'ll)$/i;
/** Verbs of a deadline after "gave X" ("gave X until Friday"). */
export const DEMAND_GIVE = /^(?:gave|give|gives|given|giving)$/i;
/** Words of falsity or baselessness said of a claim ("false", "without merit", "a smear"). One word each; phrases below. */
export const DISC_FALSITY = /^(?:false|untrue|baseless|unfounded|groundless|meritless|misleading|inaccurate|incorrect|wrong|mischaracteri[sz](?:e|es|ed|ing)|distort(?:s|ed|ing|ion|ions)?|smear|smears|fabricat(?:e|ed|es|ion|ions)|fabricated|politically|slander(?:ous)?|defamatory|absurd|nonsense|unsubstantiated|speculative|erroneous|misrepresent(?:s|ed|ing|ation|ations)?|lies|lie|bogus|spurious|frivolous|flawed|mistaken|distorted|smokescreen|pretext)$/i;
/**
 * Words asserting one's own lawfulness ("acted lawfully", "developed independently"; "in compliance", "fair use" are
 * phrases below). Not "legal" ("legal action", "legal team") nor "comply" ("will comply with the order" obeys it).
 */
export const DISC_LAWFUL = /^(?:lawful|lawfully|compliant|independently|legitimate|legitimately|permissible)$/i;
/** Multi-word falsity phrases, matched on the sentence's lower-cased text. */
export const DISC_FALSITY_PHRASES = /\b(?:without merit|no merit|no basis|fair use|in compliance|in full compliance|always complied|fully complied|complied with all|politically motivated|not true|not accurate|done nothing wrong|did nothing wrong|nothing to do with)\b/i;
/** A concession: the party admits or pays, no denial ("admitted", "acknowledged", "agreed to pay", "apologised"). */
export const DISC_CONCESSION = /^(?:admit|admits|admitted|admitting|acknowledge|acknowledges|acknowledged|acknowledging|conceded|concedes|apologi[sz]ed|apologi[sz]es|regrets|regretted|settle|settled|pleaded|agree|agrees|agreed)$/i;
/** Words of no comment: "declined to comment", "did not respond", "could not be reached" deny nothing. */
export const DISC_NO_COMMENT = /^(?:comment|comments|commenting|respond|responded|reply|replied|reached|immediately|available|return|returned|elaborate|specify|disclose|disclosed|confirm|confirmed|say|said)$/i;

/** Future, modal or conditional cues of a threat's main clause. */
export const THREAT_CUES = /^(?:will|would|could|may|might|shall|'ll|vow|vows|vowed|warn|warns|warned|warning|threaten|threatens|threatened|threatening|considering|weighing|reserves|reserved|prepared|ready)$/i;
/** Punitive or retaliatory nouns a threat has as its object. */
export const THREAT_NOUNS = /^(?:measures|countermeasures|counter-measures|retaliation|retaliatory|action|actions|steps|consequences|response|responses|sanctions|sanction|penalties|penalty|fines|fine|tariffs|tariff|restrictions|ban|bans|subpoena|subpoenas|enforcement|lawsuit|lawsuits|suit|litigation|reprisals|reprisal|punitive|countermeasure|compulsory)$/i;
/** Nouns of the speaker's own business that make "measures"/"steps" no threat ("measures to cut costs", "steps to improve"). */
export const THREAT_OWN_BUSINESS = /^(?:cut|cuts|reduce|improve|protect|strengthen|ensure|comply|address|boost|support|help|increase|expand|streamline|safeguard|secure|tighten|enhance|prevent|mitigate|restructure|grow|invest|hire|lower|speed)$/i;
/** Verbs that make the subject the one who would suffer the punitive noun ("could face sanctions"): the speaker threatens. */
export const THREAT_UNDERGO = /^(?:face|faces|facing|risk|risks|risking|incur|invite|subject|liable)$/i;
/** Verbs that undo a measure ("will lift the tariffs"): a de-escalation, not a threat. */
export const THREAT_UNDO = /^(?:lift|lifts|lifted|remove|removes|drop|drops|suspend|suspends|ease|eases|scrap|scraps|withdraw|withdraws|cancel|cancels|end|ends|repeal|repeals|waive|waives|avoid|avert|resume|resumes)$/i;
/** Reporting verbs of a counter-claim ("X claims that the publishers are not complying"): the accused accusing back, no denial. */
export const DISC_COUNTERCLAIM_VERBS = /^(?:claim|claims|claimed|claiming|alleges|alleged|alleging|allege|accuses|accused|accusing|contends|contended)$/i;
/** Participles of an act already done ("has imposed", "took action"): not a threat. */
export const THREAT_DONE = /^(?:took|taken|imposed|announced|levied|issued|filed|adopted|introduced|implemented|enacted|has|had)$/i;

/**
 * Request cues of a demand, each with how its addressee is found: right after the cue, after "on"/"for", or after "that".
 * Not "sought … from X" ("sought comment from X" is a reporter's, "sought damages from X" a legal step) nor "want(s) X to"
 * (an opinion poll's "voters want the House to …"): both made off-topic news into disputes.
 */
export const DEMAND_CUES: { re: RegExp; addressee: 'next' | 'on' | 'that'; needsTo?: boolean }[] = [
  { re: /^(?:urge|urges|urged|urging|press|presses|pressed|pressing|implore|implored|implores|exhort|exhorted)$/i, addressee: 'next', needsTo: true },
  { re: /^(?:ask|asks|asked|asking|require|requires|required|requiring|expect|expects|pushing|pushed|told|tell|tells|instructed|directed)$/i, addressee: 'next', needsTo: true },
  { re: /^(?:call|calls|called|calling)$/i, addressee: 'on' },
  { re: /^(?:demand|demands|demanded|demanding|insist|insists|insisted|insisting|request|requests|requested|requesting)$/i, addressee: 'that' },
  { re: DEMAND_GIVE, addressee: 'next' },
];
/** Prepositions that open a call's addressee ("called on X", "called for X to"). */
export const DEMAND_ON = /^(?:on|upon|for)$/i;
/** What follows a request's addressee: the act asked for ("to …") or the thing asked for ("for answers"). */
export const DEMAND_COMPLEMENT = /^(?:to|for)$/i;
/** Deadline words after "gave X" ("gave X until Friday", "gave X 30 days"). */
export const DEMAND_DEADLINE = /^(?:until|till|\d+|a|an|one|two|three|four|five|six|seven|ten|fourteen|thirty|ninety)$/i;
/** Modal of obligation whose subject is the addressee ("X should withdraw", "the company must stop"). */
/** Openers of a conditional clause ("If X …, ", "Should X fail …, ", "Unless …, "): its subject is not the main clause's. */
export const CONDITION_OPENERS = /^(?:if|should|unless|were|had)$/i;
export const DEMAND_MODALS = /^(?:should|must|needs|ought)$/i;
