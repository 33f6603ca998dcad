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
export const DISC_FALSITY_PHRASES = /\b(?:without merit|no merit|no basis|fair use|in compliance|in full compliance|always complied|fully complied|complied with all|politically motivated|not true|not accurate|done nothing wrong|did nothing wrong|nothing to do with|no truth (?:to|in)|no foundation|no factual basis|without (?:any )?foundation)\b/i;
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
/** A present "faces"/"risks" after its party ("X faces penalties reaching … if …"): a threat under a condition. */
export const THREAT_UNDERGO_PRESENT = /^(?:faces|face|risks|risk)$/;
/** Passives of striking with a punitive noun ("could be hit with sanctions", "may be slapped with fines"). */
export const THREAT_STRUCK = /^(?:hit|slapped|served)$/i;
/** The alternative of a demand ("comply or face a ban"). */
export const ALTERNATIVE_OR = /^or$/i;
/** Verbs that undo a measure ("will lift the tariffs"): a de-escalation, not a threat. */
export const THREAT_UNDO = /^(?:lift|lifts|lifted|remove|removes|drop|drops|suspend|suspends|ease|eases|scrap|scraps|withdraw|withdraws|cancel|cancels|end|ends|repeal|repeals|waive|waives|avoid|avert|resume|resumes)$/i;
/**
 * Verbs by which the subject bears a measure ("will pay $2 million in penalties", "would owe fines"): the one the measure
 * falls on, and no one is threatened. (An appeal of a fine is a threat of legal action: coref-forms.cases.ts.)
 */
export const THREAT_BORNE = /^(?:pay|pays|paying|owe|owes|repay|repays)$/i;
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

/**
 * Reporting verbs of an allegation: a party asserting what another did ("said", "alleged", "found", "concluded",
 * "according to"). Read after the speaker is found; the wrongdoing clause follows it.
 */
export const ALLEGE_REPORT = /^(?:said|says|say|alleged|alleges|allege|alleging|claimed|claims|claim|claiming|found|finds|concluded|concludes|determined|determines|according|asserted|asserts|argued|argues|contended|contends|charged|charges|stated|states|wrote|writes|told|added|noted|accused|accuses)$/i;
/** Verbs and adverbs of a wrongdoing (a broad class, any tense), the head of the clause an allegation reports. */
export const WRONGDOING = /^(?:st(?:ole|eal|eals|ealing|olen)|copied|copies|copying|copy|misappropriat(?:e|ed|es|ing)|misus(?:e|ed|es|ing)|infring(?:e|ed|es|ing)|violat(?:e|ed|es|ing)|breach(?:ed|es|ing)|misled|misleads|mislead|deceiv(?:e|ed|es|ing)|defraud(?:ed|s|ing)?|divert(?:ed|s|ing)?|smuggl(?:e|ed|es|ing)|evad(?:e|ed|es|ing)|circumvent(?:ed|s|ing)?|conceal(?:ed|s|ing)?|spied|spying|spies|spy|hack(?:ed|ing)|coerc(?:e|ed|es|ing)|dump(?:ed|ing)|discriminat(?:e|ed|es|ing)|abus(?:e|ed|es|ing)|collud(?:e|ed|es|ing)|dodg(?:e|ed|es|ing)|skirt(?:ed|s|ing)?|bypass(?:ed|es|ing)?|flout(?:ed|s|ing)?|unlawfully|illegally|illicitly|fraudulently|plagiari[sz](?:ed|es|ing)|scrap(?:ed|ing)|pirat(?:ed|ing)|bribed|bribing|rigged|rigging|manipulat(?:ed|es|ing)|sabotag(?:ed|es|ing)|exfiltrat(?:ed|es|ing)|leaked|falsified|withheld)$/i;
/** Obligations whose failure ("failed to tell users", "failed to verify ages") is a wrongdoing alleged; not "respond" or
 *  "answer" (news copy's "failed to respond" to a reporter's questions), nor outcomes ("failed to reach a deal"). */
export const FAILED_TO = /^(?:disclose|notify|protect|inform|report|obtain|secure|safeguard|comply|register|declare|warn|remove|prevent|seek|label|pay|tell|explain|provide|verify|ensure|assess|honou?r|delete|moderate|cooperate|co-operate|submit|implement|conduct|address|stop|update|correct|appoint|publish|maintain|limit|meet|perform|enforce|vet|screen|monitor|retain|erase|block|filter|obey|observe|uphold|fulfil|fulfill|abide)$/i;
export const FAILED = /^(?:failed|fails|failing|neglected)$/i;
/** Data verbs that are a wrongdoing with an unlawfulness phrase after them ("shared user data without consent"). */
export const DATA_VERBS = /^(?:resold|resell(?:s|ing)?|shipp(?:ed|ing)|ships|ship|suppli(?:ed|es)|supply(?:ing)?|distribut(?:e|ed|es|ing)|import(?:ed|s|ing)?|collect(?:ed|s|ing)|shar(?:ed|es|ing)|transferr(?:ed|ing)|transfers|harvest(?:ed|s|ing)|scrap(?:ed|es|ing)|sold|sell(?:s|ing)|process(?:ed|es|ing)|us(?:ed|es|ing)|took|taken|tak(?:es|ing)|export(?:ed|s|ing)|access(?:ed|es|ing)|train(?:ed|s|ing)|obtain(?:ed|s|ing)|retain(?:ed|s|ing))$/i;
/** Phrases of unlawfulness after an act, on the lower-cased text after the verb. */
export const UNLAWFUL_PHRASES = /\b(?:without (?:(?:its|their|his|her|the|any|prior|proper|user|users'?|explicit|informed) )?(?:authori[sz]ation|permission|consent|licen[cs]e|approval)|in (?:breach|violation|contravention) of|unlawfully|illegally|in an unlawful|abus(?:ed|ing) (?:its|a|their) dominant)\b/i;
/** Words of a negated or doubtful finding in an allegation's frame ("found no evidence that", "whether"). */
export const ALLEGE_DOUBT = /^(?:no|not|never|n't|whether|if|unless|nor|cleared|denied|denies|deny|rejected|dismissed|insufficient|without)$/i;

/**
 * Verbs of easing toward another party or its measure: lifting, suspending, withdrawing, dropping a measure, a licence
 * or exemption granted, a settlement or deal reached, talks held, supplies resumed. Any tense.
 */
export const EASE_VERBS = /^(?:lift(?:s|ed|ing)?|suspend(?:s|ed|ing)?|withdr(?:aw|aws|ew|awn|awing)|drop(?:s|ped|ping)?|paus(?:e|es|ed|ing)|delay(?:s|ed|ing)?|postpon(?:e|es|ed|ing)|rescind(?:s|ed|ing)?|revok(?:e|es|ed|ing)|eas(?:e|es|ed|ing)|relax(?:es|ed|ing)?|exempt(?:s|ed|ing)?|waiv(?:e|es|ed|ing)|remov(?:e|es|ed|ing)|delist(?:s|ed|ing)?|scrap(?:s|ped|ping)?|repeal(?:s|ed|ing)?|halt(?:s|ed|ing)?|shelv(?:e|es|ed|ing)|reinstat(?:e|es|ed|ing)|restor(?:e|es|ed|ing)|resum(?:e|es|ed|ing)|unblock(?:s|ed|ing)?)$/i;
/** Objects of an easing verb that make it about a dispute measure (not "lifted its forecast", "removed a feature"). */
export const EASE_MEASURES = /^(?:ban|bans|tariff|tariffs|sanction|sanctions|restriction|restrictions|controls|embargo|curbs|curb|blacklist|designation|listing|suit|lawsuit|lawsuits|case|cases|complaint|complaints|charges|claims|claim|probe|probes|investigation|investigations|inquiry|order|orders|injunction|fine|fines|penalty|penalties|measures|countermeasures|duties|duty|blockade|suspension|threat|demand|demands|appeal|subpoena|retaliation|prohibition|moratorium|freeze|requirement|requirements|list|blacklist|challenge|petition|objection|objections|proceedings)$/i;
/** Granting verbs whose object is a licence, waiver or exemption ("granted Corvane a licence"). */
export const GRANT_VERBS = /^(?:grant(?:s|ed|ing)?|issu(?:e|es|ed|ing)|award(?:s|ed|ing)?|approv(?:e|es|ed|ing))$/i;
export const GRANT_NOUNS = /^(?:licence|license|licences|licenses|waiver|waivers|exemption|exemptions|exclusion|exclusions|reprieve|approval)$/i;
/** Agreement verbs and their nouns ("settled with", "reached a deal with", "agreed to talks", "held consultations with"). */
export const SETTLE_VERBS = /^(?:settl(?:e|es|ed|ing)|resolv(?:e|es|ed|ing)|reach(?:es|ed|ing)?|agre(?:e|es|ed|eing)|sign(?:s|ed|ing)?|struck|strike|strikes|held|hold|holds|holding|open(?:s|ed|ing)?|began|begin|begins|launch(?:es|ed|ing)?|resum(?:e|es|ed|ing)|enter(?:s|ed|ing)?)$/i;
export const SETTLE_NOUNS = /^(?:deal|deals|agreement|agreements|settlement|settlements|truce|accord|compromise|talks|consultations|dialogue|negotiations|ceasefire|understanding|resolution)$/i;
/** Words before an easing verb that make it no act: a demand, a refusal, a condition or a mere possibility. */
export const EASE_BLOCKERS = /^(?:urged|urge|urges|urging|asked|asks|called|calls|demanded|demands|pressed|pressing|refused|refuses|declined|rejected|if|unless|whether|would|could|might|may|should|must|no|not|never|n't|plans|considering|weighing|consider|threatened|reluctant|unwilling|wants|want|seeks|sought|pushing|lobbying|welcomed|welcomes|welcome|praised|hailed|criticised|criticized|condemned|move|decision|plan|proposal|calling|asking|ordered|orders|told|tells|directed|instructed|required|requires|hours|days|weeks|deadline|ultimatum)$/i;
/**
 * Unnamed sources of an allegation that stand for the article's leading authority: a body's description ("the
 * authority found …") or one of its documents ("according to the order, …"). Not a lawsuit's complaint (its plaintiff
 * need not be the leading authority) nor a court's ruling.
 */
export const ALLEGE_SOURCE_NOUNS = /^(?:authority|regulator|watchdog|ministry|commission|board|agency|department|bureau|office|prosecutors|investigators|inspectors|order|report|letter|notice|statement|decision|findings|indictment|investigation|probe|review|audit)$/i;
/** Nouns of "in breach of", "in (apparent) violation of". */
export const VIOLATION_NOUNS = /^(?:breach|violation|contravention)$/i;
export const IN_WORD = /^in$/i;
export const OF_WORD = /^of$/i;
export const WITH_WORD = /^with$/i;
/** Modals of a possibility that an allegation may still carry ("may have diverted"); other modals make it hypothetical. */
export const MAYBE_MODALS = /^(?:may|might)$/i;
/** Subordinators of a condition or a doubt anywhere before the cue ("if", "unless", "whether"). */
export const DOUBT_SUBORDINATORS = /^(?:if|unless|whether)$/i;
/** Settling verbs that take the other party after "with" ("settled with Corvane"). */
export const SETTLE_WITH = /^settl(?:e|es|ed|ing)$/i;
/**
 * Words between a wrongdoing's subject and its cue that make the cue no verb of that subject ("sue X over the copying",
 * "X's role in the copying"): articles, possessives and prepositions. "of" is allowed right after "accused X".
 */
export const NOT_CLAUSE_LINK = /^(?:the|a|an|its|their|his|her|our|over|for|about|on|with|by|from|to|into|against|at|after|before|amid|of|,|;|:|'s|’s)$/i;
/**
 * What the easing verbs make a de-escalation of: punitive measures and proceedings (lifting them eases). A licence,
 * supplies or access withdrawn or suspended is a restriction; only restoring them eases (RESTORE_VERBS, GOODS_NOUNS).
 */
export const RESTORE_VERBS = /^(?:resum(?:e|es|ed|ing)|restor(?:e|es|ed|ing)|reinstat(?:e|es|ed|ing)|unblock(?:s|ed|ing)?|renew(?:s|ed|ing)?)$/i;
export const GOODS_NOUNS = /^(?:licence|license|licences|licenses|accreditation|access|supply|supplies|shipments|exports|sales|deliveries|service|services|cooperation)$/i;
/** Verbs that end a dispute and the nouns of the dispute itself ("resolve our differences", "defuse the row"). */
export const RESOLVE_VERBS = /^(?:settl(?:e|es|ed|ing)|resolv(?:e|es|ed|ing)|defus(?:e|es|ed|ing)|end(?:s|ed|ing)?|de-escalat(?:e|es|ed|ing)|deescalat(?:e|es|ed|ing))$/i;
export const RESOLVE_NOUNS = /^(?:dispute|disputes|differences|row|standoff|stand-off|impasse|tensions|tension|conflict|feud|spat|quarrel)$/i;
/** Adjectives of a tainted object after a data or use verb ("used pirated copies", "sold counterfeit chips"). */
export const TAINTED = /^(?:pirated|stolen|fraudulent|counterfeit|smuggled|unlicensed|unlicenced|illicit|infringing|bootleg|misappropriated|fake)$/i;
