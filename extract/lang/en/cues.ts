// English cue words: what makes a trigger unreal (negators, modals, intentions), the verbs that introduce reported
// speech, nouns that head a list of parties, and the issue labels. Data for the engine (../../events.ts).
import { LEGAL_SUFFIX_WORDS } from './plurals.ts';
/** Words that make the following trigger unreal: negation. */
export const NEGATORS = new Set(['not', "n't", 'never', 'no', 'neither', 'nor', 'without', 'refused', 'declined', 'denies', 'denied']);
/** Sentence openings that make the whole sentence unreal: a condition, or a question put in writing ("To ask the Secretary of State, what …"). */
export const UNREAL_OPENERS = /^(?:If|Should|Whether|To ask)\b/;
/** Words that make the following trigger hypothetical or a mere possibility. */
export const MODALS = new Set(['if', 'whether', 'unless', 'will', 'would', 'could', 'might', 'may', 'can', 'should', 'must', 'plans', 'plan',
  'planning', 'proposed', 'proposes', 'propose', 'proposing', 'considering', 'consider', 'weighing', 'mulling', 'expected', 'likely', 'possible', 'possibly', 'potential', 'potentially', 'threatened', 'threatening', 'threatens']);
/** A word before "to" that makes the following act an intention ("urged X to lift", "plans to impose"). */
export const INTENT_BEFORE_TO = /^(?:urg\w*|call\w*|ask\w*|demand\w*|press\w*|plan\w*|threat\w*|expect\w*|likely|want\w*|seek\w*|hope\w*|intend\w*|consider\w*|could|would|may|might|aim\w*|propos\w*|recommend\w*|should|must|refus\w*|declin\w*|unlikely|vow\w*|pledg\w*|prepar\w*|set|ready|need\w*|order\w*|attempt\w*|tr(?:y|ies|ied|ying)|effort\w*|bid|seek\w*|wish\w*|able|unable|allowed|allow|allows|prevent\w*|stop\w*|designed|meant|fail\w*|motions?|requests?|petitions?|applications?)$/i;
/** Verbs that introduce reported speech; their subject is the speaker. */
export const REPORT_RE = /\b(?:said|says|say|told|added|adds|stated|states|noted|notes|argued|argues|claimed|claims|claim|alleged|alleges|allege|warned|warns|wrote|writes|contended|contends|asserted|asserts|insisted|insists|declared|declares|declaring|countered|counters|replied|replies|retorted|maintains|maintaining|emphasi[sz]ed|stressed|found|finds|finding|concluded|revealed|revealing|reveals|showed|shows|believes|maintained|complained|charged|pointed out|explained|accused|accusing|noting|saying|warning|according to|claiming|arguing|alleging|asserting|contending|insisting|stating|adding|exposing|identifying|designating|citing|assess(?:es|ed)? (?:with (?:[\w-]+ )?confidence )?that)\b/gi;
/** Reporting verbs that also mean something else ("adds 14 firms to a list"): speech only next to "that", a comma or a quote. */
export const REPORT_NEEDS_CLAUSE = /^(?:add|adds|added)$/i;
/** Conjunctions that open a subordinate clause with its own subject ("a day after Y sued ..."). */
export const SUBORDINATORS = /^(?:after|before|when|since|until|once)$/i;
/** Conjunctions that open a fronted adverbial clause ("When the guards found X, prosecutors said ..."): its names are not the main clause's subject. */
export const FRONT_SUBORDINATORS = /^(?:after|before|when|whenever|since|until|once|while|whilst|although|though|because|unlike|as|whereas)$/i;
/** Nouns of time that, before "after"/"before", front such a clause ("Hours after X ruled, ..."). */
export const TIME_NOUNS = /^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|moments?)$/i;
/** Heads of the names of laws, lists and programmes: a name followed by one ("the Dalmore AI (Safety) Act") is no party. */
export const NON_PARTY_HEADS = new Set(['Act', 'Law', 'List', 'Rule', 'Rules', 'Regulation', 'Regulations', 'Directive', 'Order', 'Program',
  'Programme', 'Initiative', 'Strategy', 'Treaty', 'Section', 'Article', 'Amendment', 'Bill', 'Code', 'Framework', 'Standard', 'Policy', 'Plan', 'Clause', 'Provision', 'Doctrine']);
/**
 * Verbs through which a clause's subject owns an act named by a noun ("opened an inquiry into X", "said its probe
 * into X"): a noun trigger governed by another verb ("referred to inquiries into X", "feared retaliation") is not the
 * subject's act. Stems, any inflection.
 */
export const NOMINAL_GOVERNORS = /^(?:open|launch|start|began|begun|begin|announc|conduct|carr(?:y|ies|ied)|pursu|expand|widen|extend|escalat|continu|lead|led|initiat|institut|commenc|has|have|had|having|is|are|was|were|be|been|being|order|step|ramp|deepen|intensif|broaden|run|ran|runs|issu|impos|threat|vow|warn|promis|pledg|take|took|taken|adopt|unveil|move|said|say|told|add|stat|note|confirm|disclos|reveal|complet|conclud|clos|clos|end|drop|wrap|launch|reopen|resum|mount|undert|hold|held|mak|made|seek|sought|will|would)/i;
/** Number and quantity words: capitalised ("Two guards", "Dozens of firms") they are never a name. */
export const NUMBER_WORDS = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|dozens?|both|several|many|few|some|all|most)$/i;
/** Verbs of reaction: their subject judges another's decision ("welcomed the move to drop the probe"), it does not act. */
export const REACTION_VERBS = /^(?:welcom|prais|hail|applaud|criticis|criticiz|condemn|oppos|slam|protest|question|challeng|regret|deplor|denounc|blast|lament|decr|lambast|cheer|celebrat|back|support|endors)\w*$/i;
/** Nouns of a kind of party: a name right before one names a category ("Dalmore AI companies", "a Zemlan AI firm"), not a party. */
export const PARTY_KIND_NOUNS = /^(?:compan(?:y|ies)|firms?|start-?ups?|groups?|makers?|developers?|labs?|providers?|suppliers?|manufacturers?|businesses|outlets?|publishers?|platforms?|operators?|giants?|players?|rivals?|peers?|counterparts?|industry|sector)$/;
/** Legal documents that "allege", "claim" or "argue" for the party that brought them ("The lawsuit alleges …"). */
export const LEGAL_DOCUMENTS = /^(?:lawsuit|suit|complaint|filing|petition|indictment|motion|brief)s?$/i;
/** Nouns of a statement or publication: "in a statement accusing X" is its author's act, not the statement's own. */
export const SPEECH_NOUNS = /^(?:statements?|letters?|posts?|reports?|tweets?|blogs?|notes?|memos?|releases?|interviews?|speech(?:es)?|videos?|messages?|notices?|submissions?|articles?|editorials?|op-eds?|columns?|papers?|documents?|comments?|remarks?|briefings?|testimony|emails?|e-mails?)$/i;
/** Nouns of help before "of"/"from"/"with": "investigated X with the help of Y", "in cooperation with Y" name a helper, not a target. */
export const HELP_NOUNS = /^(?:help|support|assistance|aid|cooperation|co-operation|collaboration|partnership|coordination|backing)$/i;
/** Words of a court case: a caption "A v B" (bare "v" or "vs.") is a legal action only in an article that has one ("Rovers v United" is a match). */
export const LEGAL_CONTEXT = /^(?:courts?|judges?|justices?|lawsuits?|suits?|sued|sues|suing|plaintiffs?|defendants?|petitioners?|respondents?|rul(?:ed|ing|ings)|verdicts?|appeals?|appealed|filed|filing|complaints?|counsel|lawyers?|attorneys?|litigation|docket|injunction|motion|trial|tribunal|case)$/i;
/** Plural nouns that head a list of parties ("companies, including A, B and C"); other lists name no parties. */
export const PARTY_GROUP_NOUNS = /^(?:entities|companies|firms|groups|makers|developers|designers|platforms|operators|providers|suppliers|publishers|organi[sz]ations|labs|startups|start-ups|manufacturers|businesses|defendants|plaintiffs|parties|agencies|governments|countries|states|members|brands|scrapers|services|apps|subsidiaries|affiliates|distributors|exporters|vendors|traders|carriers)$/i;
/** Issue labels: the first whose pattern the sentence (else the article's head) matches. */
export const ISSUES: [RegExp, string][] = [
  [/distil|stole|steal|theft|intellectual property|\bIP\b|copied|copying|trade secret|misappropriat|proprietary|training data|trained/i, 'distillation / IP theft'],
  [/export control|entity list|unverified list|chip|semiconductor|H20|H800|blacklist/i, 'export controls'],
  [/deepfake|sexually explicit|explicit (?:images?|content|material)|non-?consensual|\bnud(?:e|es|ity|ify|ified)\b|child sexual abuse|\bCSAM\b|intimate images?|pornograph/i, 'harmful content'],
  [/privacy|personal data|data protection|user data|GDPR|data flows/i, 'data protection'],
  // "minor" is a child only as a noun ("photos of a minor", "a minor who", "minors"), never as an adjective before
  // the noun it qualifies ("minor metals", "a minor role"): a word after it must be a function word.
  [/\bchild(?:ren)?\b|\bminors\b|\bminor\b(?!\s+(?!(?:who|whom|under|in|on|and|or|to|from|with|by|at|is|was|were|has|had|aged|without|through)\b)[a-z])|\bteen(?:s|agers?)?\b|\bkids?\b|underage|\byouth\b|young (?:users|people)|parental/i, 'child safety'],
  [/deceptive|misleading|consumer protection|unfair (?:or deceptive )?(?:trade )?practices|\bscams?\b|defraud/i, 'consumer protection'],
  [/antitrust|antimonopoly|anti-monopoly|\bcompetition law|monopol|bundling|merger|acquisition/i, 'antitrust'],
  [/tariff|trade war|\bduties\b|economic coercion|\btrade\b(?!\s+(?:commission|representative))/i, 'trade'],
  [/\blawsuit|\bcontract\b|\bmission\b|nonprofit|non-profit|for-profit/i, 'contract / governance'],
  [/copyright/i, 'copyright'],
  [/national security|espionage|military|security threat|spy/i, 'national security'],
];

// Words the event detector (../../events.ts) reads clauses by: determiners, prepositions, auxiliaries, list separators, claim nouns.
/** Verbs of denial before "that" ("denied that X copied"): the reported act is denied, not alleged. */
export const DENYING = /^(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|refut(?:e|es|ed|ing)|dismiss(?:es|ed|ing)?)$/i;
/** Determiners: one right before a one-word trigger makes it a noun ("the ban"); they also extend a noun phrase back. */
export const DETERMINERS = /^(?:the|a|an|its|their|this|that|these|those|his|her|our|any|no)$/i;
/** Negators after an auxiliary ("had not copied"): the accused side denying the wrongdoing. */
export const PLAIN_NEGATORS = /^(?:not|n't|never)$/i;
/** Auxiliary verbs: a negator after one negates the verb; a participle after one is a verb, not an adjective. */
export const AUXILIARIES = /^(?:do|does|did|has|have|had|is|are|was|were|will|would|can|could)$/i;
/** Prepositions: a name after one (past determiners) is inside a prepositional phrase, not the subject. */
export const PREPS = new Set(['of', 'to', 'against', 'on', 'into', 'from', 'with', 'by', 'for', 'in', 'at', 'about', 'over', 'under', 'between',
  'among', 'like', 'toward', 'towards', 'than', 'via', 'behind', 'after', 'before', 'across', 'within', 'during', 'including', 'as', 'amid', 'despite']);
/** Determiners and light adjectives skipped back from a name to find the preposition before it ("against the top rival X"). */
export const DETS = new Set(['the', 'The', 'a', 'an', 'its', 'their', 'his', 'her', 'top', 'major', 'leading', 'rival', 'other']);
/** Words that may stand between the members of a list of parties ("A, B and C", "A as well as B", "A's CEO, B"). */
export const LIST_SEP = new Set([',', 'and', 'or', '—', '–', '-', 'including', 'as', 'well', 'plus', '&', 'the', 'its', 'their', 'CEO', 'chief',
  'executive', 'Chairman', 'chairman', 'founder', 'co-founder', 'cofounders', 'co-founders', 'two', 'of', 'President', 'Secretary', 'Minister', 'such', 'namely', ':', 'both', 'also',
  // A company's legal suffix after its name ("Quillon AI, Inc. and its founder", "Cordal Optics SpA and Kelp
  // Vision SpA"): every legal form of plurals.ts.
  ...LEGAL_SUFFIX_WORDS]);
/** Forms of "be" and "get": before a participle they make a passive ("was sued by", "got fined"). */
export const BE = new Set(['is', 'was', 'were', 'are', 'been', 'be', 'being', 'get', 'got', 'gets']);
/** Country short names and demonyms skipped back from a name ("against U.S. firm X") to find its preposition. */
export const SKIP_BACK = new Set(['US', 'U.S.', 'UK', 'U.K.', 'EU', 'American', 'Chinese', 'British', 'Dutch', 'European', 'Japanese', 'Korean', 'Indian', 'Australian', 'Taiwanese', 'Italian', 'French', 'German']);
/** Prepositions of place and time whose name is never the target ("in Dalmore", "during talks with X"). */
/** Nouns of a relation between parties: "between" after one names the parties ("an inquiry into the partnership between A and B"). */
export const RELATION_NOUNS = /^(?:partnership|partnerships|deal|deals|merger|agreement|agreements|tie-up|alliance|relationship|relationships|arrangement|arrangements|transaction|collaboration|ties|links|contract|contracts|joint venture|venture|cooperation|dealings)$/i;
/** Prepositions that introduce an act's object after a legal basis ("an investigation under Section 5 of the Act into X"). */
export const OBJECT_INTRODUCERS = /^(?:into|against|targeting|concerning|regarding)$/;
/** The preposition that, after a relation noun, names the parties. */
export const BETWEEN = 'between';
export const NON_OBJECT_PREPS = new Set(['from', 'in', 'at', 'within', 'during', 'since', 'until', 'via', 'through', 'between', 'among', 'under', 'like']);
/** Compass adjectives: "in southern Dalmore" keeps the name a place. */
export const COMPASS = /^(?:north|south|east|west|northern|southern|eastern|western|north-eastern|north-western|south-eastern|south-western|central|northeastern|northwestern|southeastern|southwestern)$/;
/** Plain reporting verbs ("said", "according to"): a clause after one without "that" is reported speech. */
export const SAID_VERBS = /^(?:said|says|say|told|added|adds|stated|states|noted|notes|wrote|writes|according to)$/i;
/** Nouns of a claim whose owner ("Quillon's allegations", "claims by Quillon") is the accuser a denial answers. */
export const CLAIM_NOUN = /^(?:allegations?|claims?|accusations?|charges?|complaints?|lawsuits?|suits?|reports?|findings|criticism|characteri[sz]ations?)$/i;
/** Claim nouns that are never a verb ("claims", "charges" and "reports" may be): a name right before one modifies it. */
export const CLAIM_NOUN_ONLY = /^(?:allegations?|accusations?|complaints?|lawsuits?|suits)$/i;
/** Words that may stand before a verb whose subject is carried over from earlier sentences ("He also urged", "It has since sued"). */
export const CARRY_WORDS = /^(?:it|they|we|he|she|i|us|our|my|that|this|why|so|s|re|ve|ll|also|then|later|since|already|now|just|still|further|and|but|has|have|had|will|would|is|was|were|are|been|be|further|again|on|in|at|last|this|next|week|month|year|today|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the|a|spokesperson|spokesman|spokeswoman|ministry|agency|regulator|board|committee|company|firm|report|letter|memo|statement|findings|study|document|release)$/iu;
/** The adverb form ("also", "firmly"): an adverb before a verb leaves its subject to be carried over. */
export const ADVERB_FORM = /^\w+ly$/iu;
/** Nouns of a decision before "to" ("X's decision to impose"): the possessor is the actor. */
export const DECISION_NOUNS = /^(?:decision|move|order|plan|bid|effort|attempt|vote|ruling|approval|choice)$/;
/** Words that end a noun phrase going back (a comma, a preposition): the -ing trigger then modifies that phrase. */
export const NP_BOUNDARY = /^(?:,|in|on|at|of|for|from|with|by|against|about|over|into|behind|among|between)$/i;
/** Participles of making before "by" ("the chatbots made by X"): the agent is a maker, not a prepositional object. */
export const MAKER_AGENT_VERBS = /^(?:made|developed|built|operated|owned|run|created|trained|designed|offered|sold)$/;
/** Reporting verbs that open a reported clause without "that" ("Quillon said Japan fined X"). */
export const CLAUSE_REPORT_VERBS = /^(?:said|says|say|added|stated|noted|acknowledged|confirmed|disclosed|revealed)$/;
/** Verbs before a quoted title ("a report titled \"...\""): the quotation is a name, not speech. */
export const TITLE_VERBS = /^(?:titled|entitled|called|named|headlined)$/;
/** Relative pronouns after a comma: a relative clause on the name before. */
export const RELATIVE_PRONOUNS = /^(?:which|who|whose)$/i;
/** Count words before a time noun ("a few hours after", "two days before"): they front a subordinate clause (a digit does too). */
export const TIME_COUNTS = /^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|just|only)$/i;
/** Conjunctions after a time noun that front a clause ("Hours after X ruled, ..."). */
export const TIME_SUBORDINATORS = /^(?:after|before)$/i;
/** Prepositions before a help noun ("with the help of X", "with support from X"). */
export const HELP_PREPS = /^(?:of|from|with)$/;
/** Words that introduce the members of a list of parties ("companies, including A and B"). */
export const INCLUDING = /^(?:including|namely)$/;
/** Two-word openers of a list's members, as "including" ("…, among them A and B", "…, such as A"): first word, second word. */
export const INCLUDING_FIRST = /^(?:among|such)$/i;
export const INCLUDING_SECOND = /^(?:them|those|which|as)$/i;
/** Nouns and adverbs before "of" that make a compound preposition of time or cause ("ahead of", "in the wake of"). */
export const OF_CAUSE_HEADS = /^(?:ahead|wake|because|instead|front|spite|light|aftermath|run-up|eve)$/i;
/** Lower-case words that may stand in a speaker's turn label before the colon ("spokesperson of the Ministry:"). */
export const TURN_WORDS = /^(?:spokes\w+|of|the|for)$/iu;
/** Determiners that open a subject noun phrase ("the lawsuit", "its filing"). */
export const SUBJECT_DETERMINERS = /^(?:the|a|an|its|their)$/i;
/** Conjunctions and relative pronouns that end the reach of a negation or modal ("but", "which"). */
export const CLAUSE_BREAK_WORDS = /^(?:but|and|that|which|who)$/i;
/** Verbs before "for" that make the act asked for, not done ("called for a ban"). */
export const CALL_FOR_VERBS = /^(?:call|calls|called|calling|push|pushes|pushed|pushing|press|pressed|pressing|urg\w*)$/i;
/** The preposition after a call verb ("called for"). */
export const FOR_WORD = /^for$/i;
/** Words that count a subject as two ("the two companies", "both firms"). */
export const PAIR_WORDS = /^(?:two|both)$/i;
/** Pronouns of the speaker's own side ("it", "we", "their"): a wrongdoing negated with one is the accused side's denial. */
export const SELF_PRONOUNS = /^(?:it|we|our|its|they|their|i)$/i;
/** Words skipped at the start of a clause before looking at its subject ("and", "meanwhile", "however"). */
export const CLAUSE_OPENERS = /^(?:,|and|but|so|then|also|now|meanwhile|however)$/i;
/** Quantifiers of a plural subject ("many firms", "two companies"): the subject is a group, not a name. */
export const PLURAL_QUANTIFIERS = /^(?:a|an|some|many|most|several|other|few|two|three|four|five|dozens|hundreds|thousands)$/i;
/** Relative words after a noun ("the data that ..."): a participle after them reads as a verb of the noun. */
export const THAT_WHICH = /^(?:that|which)$/i;
/** Non-finite forms of "be" and "having" before a participle: a verb, not an adjective. */
export const BE_FORMS = /^(?:been|be|being|having)$/i;
/** Words before a participle that make it open a noun phrase ("the restricted chips", "of banned firms"). */
export const NP_OPENERS = /^(?:,|the|a|an|of|for|with|in|on|and|or|some|any|such)$/i;
/** Verbs of a claim after a noun phrase ("the lawsuit claims"): the document speaks. */
export const CLAIM_VERBS = /^(?:claim(?:s|ed)?|alleg(?:es|ed)|argu(?:es|ed)|contend(?:s|ed)|assert(?:s|ed))$/i;
/** Determiners before a document noun ("the lawsuit", "its complaint"). */
export const DOC_DETERMINERS = /^(?:the|a|its|their)$/i;
/** Words left out when reading a clause's plural subject ("They have jointly"): adverbs and auxiliaries. */
export const SUBJECT_FILLERS = /^(?:also|have|has|had|jointly|together|now|then|,)$/i;
/** Verbs of demanding: an act after one is only asked for. */
/** Present forms that ask when "that" follows ("We request that X open an inquiry", "recommends that X ban …"). */
export const REQUEST_THAT_VERBS = /^(?:request|requests|recommend|recommends|propose|proposes|insist|insists)$/i;
export const DEMAND_VERBS = /^(?:urg(?:e|es|ed|ing)|demand(?:s|ed|ing)|asks?|asked|asking|press(?:es|ed|ing)?|request(?:ed|ing))$/i;
/** Forms of "call", a demand with "on" or "for" ("called on X to"). */
export const CALL_VERB = /^call(?:s|ed|ing)?$/i;
/** Prepositions after "call" that make it a demand ("call on", "call for"). */
export const CALL_PREPS = /^(?:on|upon|for)$/i;
/** Finite forms of "be" in "the claims were false". */
export const FINITE_BE = /^(?:were|was|are|is)$/i;
/** Adjectives calling a claim untrue ("were false"): a claim so called is denied, not made. */
export const FALSE_WORDS = /^(?:false|untrue|inaccurate|wrong|baseless|unfounded|groundless)$/i;
/** Nouns of a request to a court ("denied the motion"): a denial of one is a ruling, not a denial of a claim. */
export const REQUEST_NOUNS = /^(?:motion|petition|request|application|appeal|bid|defen[cs]e)s?$/i;
/** Verbs of ending ("dropped", "closed"): an act they govern is being ended, not done. */
/**
 * Verbs that lift a measure named right after them ("lifted the ban on X", "eased its curbs on", "scrapped the tariffs"):
 * the measure is the object undone, no restriction of this sentence (TYPE_RULES.cancelledByLifting).
 */
export const LIFTING_VERBS = /^(?:lift(?:s|ed|ing)?|eas(?:e|es|ed|ing)|remov(?:e|es|ed|ing)|scrap(?:s|ped|ping)?|revok(?:e|es|ed|ing)|rescind(?:s|ed|ing)?|repeal(?:s|ed|ing)?|overturn(?:s|ed|ing)?|relax(?:es|ed|ing)?|waiv(?:e|es|ed|ing)|struck|strik(?:e|es|ing)|withdr(?:aw|aws|ew|awn|awing))$/i;
/**
 * Verbs that tie an act to the filing that prompted it ("The inquiry comes after a complaint by X", "proceedings
 * prompted by a complaint from X"): the complaint is against the act's own subject (TYPE_RULES.targetFromPromptedAct).
 */
export const PROMPTED_BY_VERBS = /^(?:follows?|followed|following|after|prompted|triggered|sparked)$/i;
export const ENDING_VERBS = /^(?:drop\w*|withdr\w*|dismiss\w*|settl\w*|abandon\w*|end\w*|clos(?:e|ed|es|ing)|halt\w*)$/i;
/** Words before an ending verb that keep the act alive ("refused to dismiss the lawsuit", "denied a motion to dismiss"). */
export const ENDING_REFUSED = /^(?:refused|refuses|refusing|declined|declines|rejected|rejects|denied|denies|not|never|won't)$/i;
/** Prepositions before an -ing trigger ("accused of copying"): a gerund, not a verb of the clause. */
export const GERUND_PREPS = /^(?:into|of|for|about|from|without|before|after|by|in|to|at)$/i;
/** Prepositions before a participle trigger that make it an adjective ("a case against sanctioned firms"). */
export const PARTICIPLE_PREPS = /^(?:on|of|for|with|to|against|about|from|at|into|upon|among|over)$/i;
/** Words after an -ed word of a headline that make it a passive ("Sued by", "Fined for"). */
export const HEADLINE_PASSIVE_NEXT = /^(?:as|by|for|over|in|after)$/i;
/** Verbs of characterising ("calling them baseless", "dismissed as"): their subject characterises. */
export const CALLING_VERBS = /^(?:call\w*|describ\w*|dismiss\w*|label\w*|term\w*|brand\w*)$/i;
/** Verbs that condemn something "as" a wrong ("condemned the move as an act of coercion"): the wrong is the condemned thing's. */
export const CONDEMN_AS_VERBS = /^(?:condemn\w*|denounc\w*|criticis\w*|criticiz\w*|slam\w*|decr(?:y|ies|ied|ying)|blast\w*|lambast\w*|castigat\w*|call\w*|describ\w*|label\w*|brand\w*|term\w*)$/i;
/** The word that opens what a thing is condemned as. */
export const AS_WORD = 'as';
/** Verbs of accusing before "of" ("accused X of stealing"): the wrongdoing is reported by the accuser. */
export const ACCUSING_STEMS = /^(?:accus|charg|suspect|blam|convict)\w*$/i;
/** Words after the wrongdoer that make later names objects or list members ("copies of songs by A"). */
export const OBJECT_LINKS = /^(?:of|including|such|like|from)$/i;
/** Reporting words that never make the speaker the wrongdoer ("according to", "found"). */
export const FINDING_VERBS = /^(?:according to|found|finds|finding)$/i;
/** Coordinators that continue the speaker's own clause ("says one thing and does another"). */
export const COORDINATORS = /^(?:and|but|while)$/i;
/** Relative pronouns of a clause on a name (", which X accuses of"). */
export const OBJECT_RELATIVES = /^(?:which|whom|that)$/;
/** A threat as what one will face ("will face sanctions"): the speaker threatens. */
export const WILL_FACE = /^(?:will|would) face\b/i;
/** Relative pronouns right before a trigger ("X, which sued Y"). */
export const SUBJECT_RELATIVES = /^(?:which|who)$/;
/** Prepositions of a forum or addressee ("filed with the board", "before the court"). */
export const FORUM_PREPS = /^(?:with|before|to|at|in)$/i;
/** Words before "to" that make it a forum's ("take the matter to the WTO", "refer the case to the court"). */
export const FORUM_TO_LEADS = /^(?:take|takes|took|taken|taking|bring|brings|brought|bringing|refer|refers|referred|referring|escalate|escalates|escalated|escalating|complaints?|cases?|matters?|disputes?|lawsuits?|suits?|appeals?|petitions?|claims?)$/i;
/** Documents of a suit in a subject with no named actor ("the lawsuit ... alleges"): the plaintiff acts. */
export const SUIT_DOCUMENTS = /^(?:lawsuit|suit|complaint|filing|petition|indictment)s?$/i;
/** Past forms of bringing a suit: "a suit that Quillon had brought", "the case filed by Quillon" name its plaintiff. */
export const SUIT_BROUGHT = /^(?:brought|filed|lodged)$/i;
/** Nouns of proof: "no evidence that Quillon copied …" under a negator denies the wrongdoing rather than alleging it. */
export const PROOF_NOUNS = /^(?:evidence|proof)$/i;
/** The word "to": of "according to", of "is to" (a plan), and the infinitive or preposition after a name. */
export const TO_WORD = /^to$/i;
/** The first word of "according to X": X is a source, not the clause's subject. */
export const ACCORDING = /^according$/i;
/** The definite article ("with the help of", "the studios"). */
export const DEFINITE_ARTICLE = /^the$/i;
/** The adverb of "together with X": X is a helper, not a target. */
export const TOGETHER = /^together$/i;
/** Disjunctions between coordinated verbs ("could not perform or block"): a negator or modal before the first holds for the next. */
export const ALTERNATIVE_CONJ = /^(?:or|nor)$/i;
/** Conjunctions of an open question before a clause ("would examine whether X had ..."): the act is not real. */
export const CONDITION_CONJ = /^(?:whether|if)$/i;
/** Present forms of "be" ("is to", "is claiming"): a plan or a progressive, not a reporting participle. */
export const PRESENT_BE = /^(?:is|are)$/i;
/** Prepositions of a place between a noun and an -ing trigger ("proceedings in Dalmore accusing ..."): the noun stays the agent. */
export const IN_AT = /^(?:in|at)$/i;
/** The plural pronoun: a subject "they" is the last group of parties. */
export const THEY = /^they$/i;
/** Indefinite articles: before a trigger they make it a noun. */
export const INDEFINITE_ARTICLES = /^(?:a|an)$/i;
/** First-person pronouns ("we", "our"): the actor is the quoted speaker. */
export const FIRST_PERSON = /^(?:we|our|us|i)$/i;
/** Subject pronouns of an organisation or group, resolved to the last sentence's subject when no actor is carried. */
export const IT_THEY = /^(?:it|they)$/i;
/** The object pronoun of one party ("Pell sued it"). */
export const IT_WORD = 'it';
/** Prepositions before a party that "it" may still stand for ("wrote to the regulator asking it to …", "a suit against X asks the court to fine it"). */
export const IT_ANTECEDENT_PREPS = /^(?:to|against|with)$/i;
/** The -ing ending, any case ("Accusing" in a headline). */
export const GERUND_ENDING_I = /ing$/i;
/** The -ing ending of a participle or gerund ("claiming", "accusing"). */
export const GERUND_ENDING = /ing$/;
/** The -ly ending of an adverb ("was formally charged"). */
export const ADVERB_ENDING = /ly$/;
/** Adverbs without -ly that may stand between "be" and a passive participle ("was also ordered", "has since been fined"). */
export const PASSIVE_ADVERBS = /^(?:also|further|then|since|already|still|once|again|twice|later|even)$/i;
/** The -ed ending of a past participle ("Sued by" in a headline). */
export const PAST_ENDING = /ed$/i;
/** Endings of a past participle, any case ("banned", "taken"). */
export const PARTICIPLE_ENDING_I = /(?:ed|en)$/i;
/** Endings of a past participle after "be" ("were banned"). */
export const PARTICIPLE_ENDING = /(?:ed|en)$/;
/** Endings of a past participle, irregular ones too ("shown", "brought", "cut"), coordinated with a passive. */
export const PASSIVE_PARTICIPLE_ENDING = /(?:ed|en|wn|ught|ut)$/;
/** The reporting phrase "according to X" and its first word: X is a source, not the clause's subject. */
export const ACCORDING_TO = { phrase: 'according to', first: 'according' };
/** Relative pronouns that open a relative clause on a name ("X, which Y accuses"). */
export const RELATIVE_WHO_WHICH = new Set(['which', 'who']);
/** Words that open a new clause after them ("said that", "whether", "because"): the clause starts after one. */
export const CLAUSE_COMPLEMENTISERS = new Set(['that', 'whether', 'because']);
/** Conjunctions after a comma that open a clause of their own (", while ...", ", but ..."). */
export const CONTRAST_CONJ = new Set(['while', 'whereas', 'but']);
/** Prepositions of a helper ("alongside X") and the one that needs "together" ("with X together"). */
export const HELPER_PREPS = { alone: 'alongside', withTogether: 'with' };
/** Present forms of "be" before an -ing verb ("is claiming"): a progressive, not a reporting participle. */
export const PRESENT_BE_FORMS = new Set(['is', 'are']);
/** Negators that are the denial itself ("denies"): they do not make a denial unreal. */
export const DENIAL_VERBS_AS_NEGATORS = new Set(['denies', 'denied']);
/** The conditional conjunction: a clause after one is not real. */
export const IF_WORDS = new Set(['if', 'If']);
/** Negators that negate without an auxiliary ("we never used", "didn't"). */
export const BARE_NEGATORS = new Set(['never', "n't"]);
/** The first-person singular pronoun: a quoted individual, no party. */
export const FIRST_PERSON_SINGULAR = 'I';
/** The object pronoun "them": the target is the last group of parties. */
export const THEM = 'them';
/** The infinitive "be" of "to be banned". */
export const BE_INFINITIVE = 'be';
/** The complementiser "that" ("said that X ..."), which opens a reported clause. */
export const COMPLEMENTISER = 'that';
/** The word "to" compared as a token (infinitive marker or preposition). */
export const TO = 'to';
/** The preposition of a target ("a suit against X"). */
export const AGAINST = 'against';
/** The definite article compared as a token (a list separator that does not end a list by itself). */
export const ARTICLE_THE = 'the';
/** The stem of spokesperson, spokesman, spokeswoman: a clause with one speaks for its body. */
export const SPOKES_PREFIX = /^spokes/i;
/** A sentence opening with an inverted condition ("Were X to ban ...", "Had X known ..."): not real. */
export const INVERTED_CONDITIONAL = /^(?:Were|Had)\s/;
/** Nouns of a letter ("letters to A and B"): each addressee is the target of a demand. */
export const LETTER_NOUNS = /^letters?$/;
/** A ruling "in favour" of a side ("ruled in favor of X"): the ruling is for X, against the other side. */
export const IN_FAVOUR = /in favou?r$/i;
/** The stem of granting a motion ("granted X's motion"): the ruling is against the one the motion is against. */
export const GRANT_STEM = /^grant/i;
/** The words between the sides of a case caption ("A v. B", "A vs. B", "A v B"); only the full "v." stands without a legal context. */
export const CASE_V = { any: /^(?:v\.|vs\.|v)$/, full: 'v.' };
// Precision on unseen text (issue 17, second precision pass).
/** Verbs of suing: a wrongdoing named after "for" in their clause ("sued X for infringing", "is suing X for infringement") is the suit's own claim, no allegation of its own. */
/** Verbs of a penalty whose "for" phrase gives the penalised party's wrongdoing ("fined X for breaching …"): the implied pass makes it the penaliser's allegation. */
export const PENALISING_STEMS = /^(?:fine|fines|fined|fining|penali[sz]e[sd]?|penali[sz]ing|sanctioned|punish(?:es|ed|ing)?|censured|reprimanded)$/i;
export const SUING_STEMS = /^(?:sue|sues|sued|suing|countersue\w*|countersued)$/i;
/** A word before "to" that leaves the act undone ("has yet to investigate"), whatever the type. */
export const NOT_YET = /^yet$/i;
/** Complements of a request that invite rather than demand ("asked X to join its project", "urged X to attend"). */
export const INVITING_COMPLEMENTS = /^(?:join|attend|participate|speak|visit|collaborate|partner|celebrate|contribute|present|perform|host|headline|compete)$/i;
/** Nouns of a dispute or a measure: a complement naming one is no mere invitation ("urged Japan to join the export controls"), and an agreement whose sentence names one ends a dispute (`needsConflict`). */
export const CONFLICT_NOUNS = /^(?:sanctions|controls|restrictions|ban|bans|boycott|embargo|blockade|probe|investigation|lawsuit|suit|case|tariffs|curbs|coalition|campaign|pressure|efforts?|dispute|disputes|row|tensions?|war|standoff|conflict|feud|spat|fight|fights|battle|battles|clash|clashes|litigation|differences|trade-war|retaliation)$/i;
/** Things a party offers or makes, that a company may examine without any inquiry into its author ("examining Quillon's offer"). */
export const COMMERCIAL_OBJECTS = /^(?:offers?|bids?|proposals?|proposition|terms|products?|chips?|devices?|phones?|models?|designs?|prototypes?|samples?|roadmap|pitch|quote|tender)$/i;
/** The ending of a participle that is never a past tense ("stolen", "written"): after "and" or a comma before a noun it is an adjective ("drugs and stolen data"). */
export const EN_PARTICIPLE_ENDING = /en$/i;
/** A person's possessive: an act on "his conduct" with no name is on an unnamed person, not on the article's counterpart. */
export const PERSON_POSSESSIVES = /^(?:his|her)$/i;
/** Verbs that make their object the subject of the next infinitive ("prompting Vantic to call on …", "leading the firm to sue …"). */
export const CAUSATIVE_VERBS = /^(?:prompt(?:s|ed|ing)?|lead|leads|led|leading|caus(?:e|es|ed|ing)|spur(?:s|red|ring)?|drive|drives|drove|driving|driven)$/i;
/** Nouns after which a negated "that" clause still asserts ("there is no doubt that X copied …", "it is no secret that …"). */
export const AFFIRMING_AFTER_NO = /^(?:doubt|doubts|question|secret|denying|disputing|dispute|wonder|coincidence|surprise)$/i;
/** Adjectives that refer back to something named before ("such practices", "similar conduct"): their noun is no unnamed new party. */
export const REFERRING_ADJECTIVES = /^(?:such|similar|same|said|aforementioned)$/i;
/** Nouns of hearsay that a company may deny with no accuser: "rumours of a sale", "reports that it will cut jobs". */
export const RUMOUR_NOUNS = /^(?:rumou?rs?|speculation|reports?|talk)$/i;
/** Business news a denied rumour may be about (a sale, layoffs, a merger): such a denial answers no accusation. */
export const BUSINESS_NEWS_NOUNS = /^(?:layoffs|jobs|sale|merger|takeover|acquisition|IPO|listing|closure|closures|bid|spin-off|relocation|resignation|departure|bankruptcy|recall|delay|split|restructuring|buyout)$/i;
/** A class of acts named in general ("all forms of hacking", "any kind of coercion"): a wrongdoing after "<quantifier> <class> of" is named, not alleged of anyone. */
export const CLASS_QUANTIFIERS = /^(?:all|any|every)$/i;
export const CLASS_NOUNS = /^(?:forms?|kinds?|types?|sorts?)$/i;
/** Participles before "by"/"to"/"for" that tie an unnamed group to the state behind it ("hackers backed by the Iranian government", "a group linked to the Chinese state"): the state is the wrongdoer. */
export const BACKER_PARTICIPLES = /^(?:backed|sponsored|funded|directed|controlled|linked|tied|affiliated|connected|working|acting)$/i;
/** Verbs of a judgement right before a reported wrongdoing ("entities that the United States has determined pose a threat"): their subject judges, it does not do the wrong. */
export const JUDGING_VERBS = /^(?:determined|determines|concluded|concludes|found|finds|judged|deemed|deems|believes|believed|considers|considered|assessed|assesses|says|said)$/i;
/** Bare plurals of a state's people as a clause's subject ("Officials accused X of …"): they speak for the state body that acted on X. */
export const OFFICIAL_PLURALS = /^(?:officials|regulators|authorities)$/i;
/** "may have copied", "might have taken", "could have used": a modal of the perfect says what the speaker believes was done. */
export const EPISTEMIC_MODALS = /^(?:may|might|could|must)$/i;
export const PERFECT_HAVE = /^have$/i;
/** Words of buying before "from" within three words: "from" then names the seller, an object ("stop buying chips from
 *  Acme"), not a place of origin. */
export const PURCHASE_FROM_HEADS = /^(?:buy|buys|buying|bought|purchase|purchases|purchasing|purchased|procure|procures|procuring|procured|procurement|orders?|ordering|sourcing|contracts?)$/i;
/** Finite forms of "be" and "have" after a noun form of a reporting verb ("the claims were …"). */
export const FINITE_BE_HAVE = /^(?:is|are|was|were|have|has|had|remain|remained|remains)$/i;
/** "be"/"being" before a passive participle: a listing wished, planned or under way, not done. */
export const BE_INFINITIVE_OR_GERUND = /^(?:be|being)$/i;
