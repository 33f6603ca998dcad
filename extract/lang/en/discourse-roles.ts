// The English words of the discourse rules' second pass (extract/discourse.ts: denials, threats and demands read from
// a party's role, issue 17): broad classes, each read together with the role a party already has in the article.

/** Verbs that characterise or reject what was said of the speaker ("called the lawsuit …", "disagree with the findings"). */
export const DENY_CHARACTERISE = /^(?:call|calls|called|calling|describe|describes|described|dismiss|dismisses|dismissed|dismissing|brand|brands|branded|label(?:s|led|ed)?|term(?:s|ed)?|reject|rejects|rejected|rejecting|dispute|disputes|disputed|disputing|contest|contests|contested|contesting|refute|refutes|refuted|rebut|rebuts|rebutted|disagree|disagrees|disagreed|disagreeing|challenge|challenges|challenged|deny|denies|denied|denying|criticise|criticises|criticised|criticize|criticizes|criticized)$/i;
/**
 * Nouns of what was said or decided against the speaker, as the object of those verbs ("these conclusions", "the
 * designation"); a ruling, decision, verdict or fine against the accused ("will challenge the ruling", "disagrees with the
 * decision") is rejected as well.
 */
export const DENY_CLAIM_NOUNS = /^(?:allegations?|claims?|accusations?|charges?|complaints?|lawsuits?|suits?|case|findings|conclusions?|assertions?|designation|listing|characteri[sz]ations?|suggestions?|insinuations?|criticisms?|decisions?|rulings?|verdicts?|judgm?ents?|fines?|penalty|penalties)$/i;
/** Words that may stand between such a verb and its noun ("disagree with these conclusions", "called the whole lawsuit"). */
export const DENY_CLAIM_FILLERS = /^(?:the|these|those|this|that|its|their|such|any|all|with|of|whole|entire|latest|new|recent|provisional|preliminary|u\.s\.|us|\S+'s|\S+’s)$/i;
/**
 * More words of falsity or of a claim's misreading ("smearing", "a misunderstanding", "misreported"), added to the
 * first pass's `DISC_FALSITY`.
 */
export const DISC_FALSITY_MORE = /^(?:smearing|smeared|misunderstanding|misunderstandings|misunderstood|misunderstands|misread|misreads|misreading|misreadings|misconstrued|misconstrues|misjudged|misapplied|misapplies|misinterpret(?:s|ed|ing|ation|ations)?|misreported|misconceived|unjustified|unwarranted|groundlessly|falsely|disproportionate)$/i;
/**
 * Phrases of one's own lawfulness or of a claim's baselessness, on the lower-cased sentence text: "in accordance with
 * … law", "in good faith", "at no point", "is not evidence of", "without any factual basis" (not "no evidence that …": a court's
 * or a third party's finding the speaker reports); the accused's own making ("built by our own engineers", "from scratch"),
 * its conduct as common practice ("consistent with industry standards") and its customers' choice ("buyers remain free to …");
 * its rules kept, in the present or past, not promised ("follows all export rules", "meets all safety standards"; not "will
 * follow"), civilian use ("used only for civilian purposes"), a report "riddled with errors", "acted responsibly", "poses no
 * security risk"; a ruling or claim "not supported by the evidence" (or the facts, the law, the record).
 */
export const DISC_LAWFUL_PHRASES = /\b(?:in (?:strict |full )?accordance with (?:\w+ ){0,3}(?:law|laws|rules|regulations|requirements)|in good faith|at no (?:point|time)|(?:is|was|are|were) not evidence|without any (?:\w+ )?basis|without (?:any )?(?:evidence|proof)|abided by|within the law|(?:by|with|on|from) (?:its|our|their) own (?:\w+ ){0,2}(?:team|teams|engineers|developers|researchers|scientists|staff|employees|data|technology|technologies|research|code)|from scratch|(?:in line|consistent) with (?:\w+ ){0,2}(?:industry|market|international) (?:norms|practices?|standards)|(?:are|is|remain|remains|were) (?:entirely |completely |always |still )?free to|(?<!\b(?:will|would|shall|must|to|should) )(?:follows|followed|obeys|obeyed|observes|observed|respects|respected|meets|met|adheres to|adhered to|abides by) (?:\w+ ){0,3}(?:laws|rules|regulations|standards|requirements|controls)|(?:solely|only|exclusively|purely) (?:for |by |to )?(?:civilian|civil|commercial|peaceful)|(?:riddled with|full of) (?:\w+ )?(?:errors|inaccuracies|falsehoods)|acted (?:\w+ )?(?:responsibly|properly|appropriately|ethically)|(?:poses|posed|pose|presents|present|represents|represent) no (?:\w+ ){0,2}(?:risk|threat|danger)|not (?:supported|borne out|justified) by (?:the |any )?(?:\w+ ){0,2}(?:evidence|facts|law|record))\b/i;
/** Nouns of a party's own counsel ("Quillon's attorney, Ada Vell, said"): the counsel speaks for the possessor. */
export const COUNSEL_NOUNS = /^(?:attorney|attorneys|lawyer|lawyers|counsel|solicitor|solicitors|representative|representatives|barrister)$/i;
/** The noun by which counsel names the party it speaks for ("her client was innocent"). */
export const CLIENT_NOUNS = /^clients?$/i;
/** The possessive clitic after the counsel's client ("Quillon's"). */
export const POSSESSIVE_CLITIC = /^(?:'s|’s)$/;

/** Words after a negator that undo it: "will not hesitate to", "does not rule out", "would not shy away from" (litotes). */
export const THREAT_LITOTES = /^(?:hesitate|hesitating|shy|rule|ruling|exclude|excluding|flinch)$/i;
/** Coercive verbs that make a conditional sentence's main clause a threat ("Should X fail, we will summon …"). */
export const THREAT_VERBS = /^(?:summon|subpoena|compel|sanction|penali[sz]e|fine|sue|prosecute|blacklist|suspend|revoke|ban|block|punish|retaliate|escalate|object|oppose|refer|reimpose|reinstate)$/i;
/**
 * Participles of a punitive act undergone, after a modal and "be" in a conditional sentence: "its app will be blocked if
 * …", "X could be barred from tenders should it …", "the suspension would be reimposed if …". Not "charged" or "closed",
 * which are as often prices and roads.
 */
export const THREAT_PASSIVES = /^(?:blocked|banned|barred|fined|suspended|revoked|terminated|reimposed|re-imposed|reinstated|sanctioned|penali[sz]ed|prosecuted|blacklisted|delisted|expelled|disconnected|cut|sued|summoned|subpoenaed|punished|excluded)$/i;
/** Words between "be" and its participle ("will be immediately blocked", "would be cut off again"). */
export const THREAT_PASSIVE_FILLERS = /^(?:immediately|promptly|swiftly|again|also|then|summarily|permanently|further)$/i;
/**
 * Adjectives that make measures a threat even when they are said to protect one's own ("will take resolute measures to
 * safeguard the interests of its companies"): firmness is said to another party.
 */
export const THREAT_FIRM = /^(?:resolute|firm|forceful|decisive|resolutely|firmly|forcefully|decisively|robust|strong|stern)$/i;
/** More punitive nouns of a threat's object ("a renewed suspension", "all available legal avenues", "legal recourse"). */
export const THREAT_NOUNS_MORE = /^(?:suspension|avenues|avenue|recourse|proceedings|prosecution|injunction|powers|options|option|tools|tool|remedies)$/i;
/** Nouns of failing to comply that may open a threat with no named subject ("Failure to comply may result in a fine"). */
export const NONCOMPLIANCE_NOUNS = /^(?:failure|non-compliance|noncompliance|refusal|breaches|violations|infringements|non-cooperation)$/i;
/** Prepositions before a name after a punitive noun that make it a framework or forum, not the target ("under the WTO"). */
export const THREAT_FORUM_PREPS = /^(?:under|within|through|via|at|in|before|by|with)$/i;
/** Openers of a condition anywhere in a sentence ("…, should X persist", "… if X fails", "Until X answers, …"). */
export const COND_WORDS = /^(?:if|should|unless|until)$/i;
/**
 * Nouns of a reply to another party ("appropriate responses", "countermeasures", "retaliation"): with no one named, the
 * one answered is the article's counterpart. Other punitive nouns with no one named ("may impose fines of up to 4% of
 * turnover") state powers or risks, and give no threat.
 */
export const REACTIVE_NOUNS = /^(?:measures|countermeasures|counter-measures|countermeasure|retaliation|retaliatory|response|responses|reprisals?|steps|avenues|recourse)$/i;
/** Verbs of contesting a measure ("will appeal the fine", "would challenge the ban"): the measure is the counterpart's. */
export const CONTEST_VERBS = /^(?:appeal|challenge|contest|fight)$/i;
/** Pronouns that a condition's subject or a request's addressee may be: the party named just before. */
export const PARTY_PRONOUNS = /^(?:it|they|them|he|she|him|her)$/i;

/** A deadline given to a party ("X has until 12 May to", "X now has 30 days to"): a demand by the speaker or voice. */
export const DEMAND_HAS = /^(?:has|have|had)$/i;
/** Passive requests: "X is required to", "X has been asked to", "X was ordered to", "X is expected to". */
export const DEMAND_PASSIVE = /^(?:required|ordered|asked|told|instructed|directed|expected|obliged|obligated|requested|urged|called)$/i;
/** Forms of "be" before a passive request. */
export const DEMAND_PASSIVE_BE = /^(?:is|are|was|were|been|be|being)$/i;
/** Request verbs that also take their addressee directly before "to" ("requested the Chinese side to release …"). */
export const DEMAND_REQUEST_NEXT = /^(?:request|requests|requested|requesting)$/i;
/**
 * Plural nouns of a party's members that request on its behalf ("the senators asked …", "the members ask …"): the
 * requester is the article's party making the other requests.
 */
export const REQUESTER_MEMBER_NOUNS = /^(?:senators|members|lawmakers|legislators|mps|meps|signatories|congressmen|congresswomen|representatives|ministers|officials|regulators|authors|undersigned)$/i;
/** The word of a deadline after "has" ("X has until 12 May to …"). */
export const DEADLINE_UNTIL = 'until';
/** The agent preposition of a passive request ("was asked by the ministry to …"). */
export const AGENT_BY_WORD = 'by';
/** Plural pronouns: their antecedent is a party, never one person ("asked them to …"). */
export const PLURAL_PRONOUNS = /^(?:they|them)$/i;
/** Words between a statement noun and its issuer in a title ("Statement by Lumora Robotics on …"). */
export const STATEMENT_BY = /^(?:by|from|of)$/i;
/** The word before a verb coordinated with the main one ("… said the package left loopholes and called on X to …"). */
export const COORDINATED_VERB = /^and$/i;
/** The preposition before the addressee of a thing requested ("requests documents from X"). */
export const FROM_WORD = /^from$/i;
/** Things "sought/requested from X" that make it no demand on X: damages and money claimed in court. */
export const RELIEF_FROM_NOUNS = /^(?:damages|compensation|payment|royalties|refund|fees)$/i;

/**
 * A denial that names what it answers by a definite noun and not its author ("said the complaint misstates the market",
 * "responding to the indictment", "disagrees with the finding"): the author is the party whose act of that kind, earlier in
 * the article, was against the denier. Each noun with the acts, in order of preference, that it may name.
 */
export const CLAIM_NOUN_ACTS: readonly (readonly [RegExp, readonly ('ALLEGATION' | 'LEGAL_ACTION' | 'INVESTIGATION' | 'RESTRICTION')[]])[] = [
  [/^(?:complaints?|lawsuits?|suits?|indictments?|charges|petitions?|filings?|counterclaims?|prosecutions?)$/i, ['LEGAL_ACTION', 'ALLEGATION']],
  [/^(?:findings?|conclusions?|probes?|investigations?|inquiry|inquiries|audits?|review)$/i, ['INVESTIGATION', 'ALLEGATION', 'RESTRICTION']],
  [/^(?:allegations?|accusations?|claims?|assertions?|report|reports|criticisms?|characteri[sz]ations?|insinuations?)$/i, ['ALLEGATION', 'LEGAL_ACTION', 'INVESTIGATION']],
  [/^(?:designation|listing|ban|bans|sanctions|restrictions|penalty|penalties|fines?|orders?|decisions?)$/i, ['RESTRICTION', 'LEGAL_ACTION', 'INVESTIGATION']],
];
/** The determiners that make such a noun name an act the article has told of ("the complaint", "these findings"). */
export const CLAIM_NOUN_DEFINITE = /^(?:the|this|that|these|those)$/i;
/** Relative pronouns that may open a clause on the noun of an apposition ("X, a reseller that sued Y"). */
export const APPOSITION_RELATIVES = /^(?:which|who|that)$/;
/** Articles that open an apposition after a name and a comma ("X, a Lisbon reseller", "X, the consumer group"). */
export const APPOSITION_ARTICLES = /^(?:a|an|the)$/i;
/**
 * Nouns of an inquiry or a case that make a threat only as the consequence of a condition ("would open an investigation
 * into X if the law took effect"); without one, an announced inquiry is no threat.
 */
export const THREAT_COND_NOUNS = /^(?:investigation|investigations|probe|inquiry|enquiry|case|complaint|charges)$/i;
/**
 * Things a party holds by another's leave: undoing one ("would cancel the licence", "withdraw its approval") punishes the
 * holder, where undoing a measure ("will cancel the tariffs") eases a dispute.
 */
export const THREAT_PERMIT_NOUNS = /^(?:licen[cs]es?|permits?|registrations?|accreditations?|approvals?|authori[sz]ations?|certificates?|certifications?|contracts?|concessions?|visas?|access)$/i;
/** "would have no choice / option / alternative but to …": a negation that states the act all the more. */
export const THREAT_NO_CHOICE = /^(?:choice|option|alternative|other)$/i;
/** The word that ends "no choice but": what follows is the act. */
export const THREAT_BUT = /^but$/i;
/** Adjectives of powers held ("every power open to the Board"): the name after "to" holds them. */
export const THREAT_HELD_BY = /^(?:available|open|given|granted|conferred)$/i;
/** Modifiers that make an apposition's noun no party's kind: "Reuters, the news agency", "a ratings agency", "a wire service". */
export const NOT_PARTY_DESC_MODS = /^(?:news|press|wire|ratings|advertising|travel|talent|employment|dating|recruitment)$/i;
/** Participles of feeling, adjectives after "be" ("was disappointed and denied …"): no passive for a verb coordinated after them. */
export const FEELING_PARTICIPLES = /^(?:disappointed|surprised|saddened|shocked|dismayed|concerned|pleased|delighted|encouraged|frustrated|astonished|puzzled|troubled|alarmed|satisfied|heartened|relieved|determined|committed|prepared|confident)$/i;
/** Forms of "be" before a passive of making that names a product's owner ("Nova is owned by Acme", "…, which was built by Acme"). */
export const PRODUCT_OWNER_BE = /^(?:is|was|are|were)$/;
/** Words anywhere before an easing verb that make it asked for, hoped for or only possible, not done (discourse de-escalation). */
export const EASE_SENTENCE_BLOCKERS = /^(?:urge|urges|urged|urging|hope|hopes|hoped|demand|demands|demanded|may|might|could|should|must|rarely|seldom|power|powers)$/i;
/** Prepositions that open a description of a party no wrongdoer: its employer ("an engineer at …") or victim ("the network of …", "from …"). */
export const DESCRIBED_PARTY_PREPS = /^(?:at|of|into|from|against)$/i;
/** Nouns of a company's role that may open a sentence before its name ("Rival X said …", "Lender X denied …"). */
export const SENTENCE_DESCRIPTORS = /^(?:Rival|Rivals|Competitor|Startup|Start-up|Lender|Provider|Operator|Supplier|Distributor|Exporter|Importer|Contractor|Vendor)$/;
/** Participles of opening an inquiry: "an inquiry launched by the Board in March" told as ended is still opened. */
export const OPENING_PARTICIPLES = /^(?:opened|launched|initiated|started|begun|instituted)$/i;
/** Verbs of a request that introduces a list of addressees and steps ("We therefore ask:", "We call on:", "We urge:"). */
export const LIST_REQUEST_VERBS = /^(?:ask|asks|request|requests|urge|urges|call|calls|demand|demands|recommend|recommends)$/i;
/** Words between such a verb and its colon ("We therefore respectfully ask the following:", "We call on:"). */
export const LIST_REQUEST_FILLERS = /^(?:on|upon|the|following|that|therefore|respectfully|also|further|hereby|you|to)$/i;
/** An item's opening before its addressee: an enumerator's marks, "that", an article ("(a) that the Authority open …"). */
export const LIST_ITEM_OPENERS = /^(?:[(\[]|[)\]]|[a-z]|[ivx]+|\d{1,2}|[.•·–—-]|that|the)$/i;
/** The words among LIST_ITEM_OPENERS that are words, not an enumerator's marks (an item of them alone is no enumerator). */
export const LIST_ITEM_WORDS = /^(?:that|the)$/i;
/** A request verb that takes its addressee after a preposition ("We call on:"): the verb and the preposition. */
export const LIST_CALL = { verb: /^call/i, prep: /^(?:on|upon)$/i };
/** Conjunctions that end a list item before the last one ("…; and"). */
export const LIST_ITEM_CONJ = /^(?:and|or)$/i;
