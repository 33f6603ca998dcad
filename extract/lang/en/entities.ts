// English words for finding and resolving mentions: organisational heads, titles, words that are never names,
// description heads and the nouns and verbs around them. Data for the engine (../../entities.ts).
import type { EntityKind } from '../../index.ts';
/** Heads of organisation names and the kind each gives a discovered name ("Quillon AI", "Ministry of …", "the Dalmore Court"). */
export const ORG_HEADS: Record<string, EntityKind> = {
  AI: 'company', Labs: 'company', Lab: 'company', Technologies: 'company', Technology: 'company', Inc: 'company', 'Inc.': 'company',
  Corp: 'company', 'Corp.': 'company', Corporation: 'company', Ltd: 'company', 'Ltd.': 'company', Limited: 'company', Group: 'company',
  Holdings: 'company', Systems: 'company', Microelectronics: 'company', Compute: 'company', Computing: 'company', Tech: 'company',
  Industries: 'company', Dynamics: 'company', Communications: 'company', Telecom: 'company', Solutions: 'company', Devices: 'company',
  Instruments: 'company', Innovations: 'company', Ventures: 'company', Chips: 'company', Micro: 'company', Cloud: 'company', Semiconductor: 'company', Semiconductors: 'company', Electronics: 'company',
  Robotics: 'company', Intelligence: 'company', Networks: 'company', Software: 'company', Capital: 'company', Bank: 'company',
  Ministry: 'government', Department: 'government', Office: 'government', Administration: 'government', Council: 'government',
  Agency: 'regulator', Bureau: 'government', Cabinet: 'government', Commission: 'regulator', Authority: 'regulator',
  Regulator: 'regulator', Board: 'regulator', Watchdog: 'regulator', Commissioner: 'regulator', Court: 'court', Tribunal: 'court', Circuit: 'court',
  Service: 'government', Directorate: 'government', Procuratorate: 'government', Secretariat: 'government', Police: 'government',
  Inspectorate: 'regulator', Superintendence: 'regulator', Superintendency: 'regulator',
  // Sub-national and other public heads ("the Lagos State Government", "the Osaka Prefecture", "the Data Ombudsman").
  Government: 'government', Municipality: 'government', Prefecture: 'government', Governorate: 'government', Ombudsman: 'regulator',
  Parliament: 'legislature', Congress: 'legislature', Senate: 'legislature', Assembly: 'legislature', Committee: 'legislature',
  Subcommittee: 'legislature', Caucus: 'legislature', University: 'other_org', Institute: 'other_org', Foundation: 'other_org',
  Association: 'other_org', Alliance: 'other_org', Coalition: 'other_org', Center: 'other_org', Centre: 'other_org', Party: 'other_org',
  // Unions, guilds and trade or civil-society bodies, who bring complaints and suits ("the Screen Writers Guild", "the
  // Data Workers Union", "the Press Publishers Federation", "a Digital Rights Collective").
  Guild: 'other_org', Union: 'other_org', Collective: 'other_org', Federation: 'other_org', Society: 'other_org', League: 'other_org',
  Syndicate: 'other_org', Cooperative: 'other_org', Consortium: 'other_org', Confederation: 'other_org', Forum: 'other_org',
};
/** Small words that may join the capitalised words of one organisation name ("Ministry of Commerce", "Bureau for …"). */
export const CONNECTORS = new Set(['of', 'for', 'on', 'and', 'the', 'de', 'per', 'la', 'dei', 'delle', 'des', 'du', '&', 'to']);
/** Titles before a person's name ("CEO Jane Roe", "Sen. Ada Vell"): the name after one is a person, a name before one its employer. */
export const PERSON_TITLES = new Set(['CEO', 'Chairman', 'Chairwoman', 'Chair', 'President', 'Minister', 'Secretary', 'Senator', 'Sen.',
  'Rep.', 'Representative', 'Congressman', 'Congresswoman', 'spokesperson', 'spokesman', 'spokeswoman', 'Spokesperson', 'Spokesman',
  'Judge', 'Justice', 'Commissioner', 'Director', 'Ambassador', 'founder', 'co-founder', 'Mr.', 'Ms.', 'Mrs.', 'Dr.', 'Mr', 'Ms', 'Mrs', 'Dr', 'Governor',
  'Mayor', 'Member', 'Leader', 'Premier', 'Chancellor', 'Advisor', 'Adviser', 'Attorney', 'General', 'chief', 'executive', 'Prof.',
  'Vice', 'Deputy', 'Speaker', 'engineer', 'researcher', 'scientist', 'employee', 'analyst', 'prosecutor', 'Prosecutor', 'Judge', 'judge', 'Lawmaker', 'lawmaker', 'Officer', 'official', 'Czar', 'czar', 'chairman', 'chairwoman', 'minister', 'secretary', 'President-elect', 'Chairperson', 'chairperson']);
/** The preposition of a portfolio inside a title ("Minister for Digital Affairs Ada Vell", "Under Secretary for …"). */
export const TITLE_PORTFOLIO_PREP = 'for';
/** Parts of a hyphenated title ("Vice-President", "Director-General", "Co-Chair"): such a word is no double-barrelled surname. */
export const HYPHEN_TITLE_PARTS = /(?:^|-)(?:Vice|Co|Deputy|Under|Secretary|Director|Attorney|Solicitor|Auditor|Inspector|Governor|Lieutenant|Chief|Prime|Sub|Ex|Acting|General|President|Chair|Chairman|Chairwoman|Chairperson|Minister|Commissioner|Elect|Designate|Counsel)(?:-|$)/;
/** Speech verbs after a capitalised run ("Ada Vell said"): the run is a person. */
export const SPEECH_AFTER = /^(?:said|says|told|added|stated|noted|wrote|argued|warned|urged|claimed|insisted|explained|emphasized|emphasised|stressed|accused|denied)$/;
/** Verbs after an unknown all-capital word that make it a body's name as the clause's subject ("KLANG alleges that …", "the
 * group VOXA filed a complaint"): an acronym is otherwise not discovered. */
export const ACRONYM_SUBJECT_VERBS = /^(?:said|says|alleges|alleged|argues|argued|claims|claimed|filed|files|sued|sues|accused|accuses|complained|urged|urges|demanded|demands|warned|warns|denied|denies|stated|wrote|added|insisted|contends|contended|maintains)$/;
/**
 * Acts of a public body after "<State>'s ACRONYM" ("Brazil's ANPD fined …", "Kenya's ODPC on Tuesday ordered …"): the
 * unknown acronym is that state's agency. Words that may stand between (a time phrase, an auxiliary, an adverb) are in
 * STATE_ACRONYM_SKIP.
 */
export const STATE_ACRONYM_ACTS = /^(?:fined|fines|ordered|orders|banned|bans|suspended|suspends|blocked|blocks|barred|bars|opened|opens|launched|launches|probed|probes|investigated|investigates|investigating|issued|issues|imposed|imposes|approved|approves|cleared|clears|summoned|summons|sanctioned|sanctions|required|requires|directed|directs|instructed|instructs|penalised|penalized|penalises|penalizes|raided|raids|revoked|revokes|restricted|restricts|designated|designates|rejected|rejects|halted|halts|seized|seizes|charged|charges|indicted|warned|warns|accused|accuses|determined|concluded|ruled|rules)$/;
export const STATE_ACRONYM_SKIP = /^(?:on|last|this|earlier|late|also|has|have|had|is|was|formally|officially|provisionally|recently|already|now|then|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|today|yesterday)$/;
/** Capitalised words that are never (part of) a discovered name: pronouns, articles, prepositions, days, months, demonyms, sentence adverbs. */
export const NOT_NAME = new Set(['The', 'This', 'That', 'These', 'Those', 'It', 'Its', 'He', 'She', 'They', 'We', 'I', 'A', 'An', 'In', 'On', 'At', 'As',
  'But', 'And', 'Or', 'If', 'For', 'From', 'To', 'By', 'With', 'After', 'Before', 'Today', 'Yesterday', 'Monday', 'Tuesday', 'Wednesday',
  'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December', 'Q', 'A', 'According', 'Meanwhile', 'However', 'Why', 'What', 'How', 'When', 'Where', 'Who', 'While',
  'Chinese', 'American', 'European', 'British', 'Dutch', 'Japanese', 'Korean', 'Indian', 'Australian', 'Taiwanese', 'Republican',
  'Democratic', 'Democrat', 'National', 'Federal', 'First', 'Amendment', 'Act', 'Section', 'AI', 'Our', 'Their', 'His', 'Her', 'Such',
  'Also', 'Last', 'Next', 'Every', 'Some', 'Any', 'No', 'Not', 'Contrary', 'Under', 'Over', 'Since', 'Until', 'Through', 'Despite',
  // A question's opening auxiliary ("Is the Commission worried …?", "Has the Department opened …?") opens no name.
  'Is', 'Are', 'Was', 'Were', 'Has', 'Have', 'Does', 'Did',
  // The forms of address of a letter's salutation ("Dear Sir or Madam,").
  'Sir', 'Madam', 'Madame', 'Sirs']);
/** Lower-case words that after a state's short name ("China said", "US is") show the name is the subject, not a modifier of the next word. */
export const VERBISH = new Set(['is', 'was', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'shall', 'does',
  'did', 'do', 'are', 'were', 'and', 'or', 'but', 'to', 'of', 'on', 'in', 'for', 'with', 'at', 'by', 'from', 'over', 'as', 'that', 'which',
  'who', 'says', 'also', 'then', 'into', 'against', 'about', 'opposes', 'urges', 'accuses', 'denies', 'imposes', 'claims', 'wants', 'plans',
  'needs', 'continues', 'seeks', 'remains', 'calls', 'bans', 'blocks', 'restricts', 'sues', 'warns', 'threatens', 'vows', 'insists',
  'rejects', 'demands', 'announces', 'adds', 'takes', 'says', 'believes', 'hopes', 'expects', 'agrees', 'issues', 'launches', 'opens',
  'lifts', 'eases', 'makes', 'holds', 'firmly', 'than', 'while', 'after', 'before', 'under', 'through', 'since', 'when', 'if', 'because',
  'so', 'not', 'again', 'now', 'itself', 'alone', 'too', 'its', 'their',
  // Irregular past tenses ("China said", "Japan told"): a verb follows the state, not a noun it modifies.
  'said', 'told', 'took', 'made', 'sent', 'gave', 'won', 'struck', 'began', 'brought', 'sought', 'held', 'found', 'wrote', 'hit',
  'put', 'set', 'cut', 'led', 'met', 'saw', 'spoke', 'went', 'came', 'got', 'kept', 'left', 'lost', 'paid', 'drew', 'threw', 'withdrew']);
/** Short and one-word country names that may stand as adjectives ("US chips", "China tech"): then they are not the state. */
export const ADJ_COUNTRY_FORMS = new Set(['CCP', 'US', 'U.S.', 'UK', 'U.K.', 'EU', 'E.U.', 'USA', 'PRC', 'America', 'China', 'Japan', 'Korea', 'Taiwan', 'India', 'Australia', 'Britain']);
/** Nouns after an adjectival country name that make it the state after all ("U.S. export controls", "Chinese regulators"). */
export const ACTION_NOUNS = new Set(['prosecutors', 'regulators', 'officials', 'authorities', 'lawmakers', 'police', 'customs', 'investigators',
  'courts', 'judges', 'legislators', 'diplomats', 'negotiators', 'export', 'controls', 'restrictions', 'measures', 'actions', 'sanctions', 'ban', 'guidance', 'tariffs', 'move',
  'decision', 'officials', 'authorities', 'abuse', 'crackdown', 'policy', 'policies', 'practices', 'rules', 'blockade', 'government', 'side']);
/** Place prepositions: a capital or name after one ("in Beijing", "in Dalmore") is a place, not a party. */
export const PLACE_PREPS = new Set(['in', 'at', 'from', 'near', 'to', 'outside', 'around', 'via', 'across']);
/** Place prepositions after which a capital's possessive is its state's ("to Washington's controls"), not a place's. */
export const STATE_POSSESSIVE_PREPS = /^(?:to|from|at)$/i;
/** Numbers and quantity words before a demonym and a company noun ("136 Chinese entities"): the demonym names the state. */
export const NUMBERISH = /^(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|several|more|multiple|many)$/i;
/** Function words that open a verb's complement (as a capitalised word does): after "X charges" they make "charges" the verb, not a noun X modifies. */
export const COMPLEMENT_OPENERS = /^(?:that|the|a|an|its|their|his|her|this|these|those)$/u;
/** Nouns after a company name that make it a modifier of something else ("Nvidia chips", "a former Google engineer"). */
export const ATTRIBUTIVE = new Set(['trade', 'chip', 'chips', 'GPU', 'GPUs', 'processors', 'accelerators', 'products', 'equipment', 'tools', 'machines',
  'servers', 'shares', 'stock', 'employee', 'employees', 'engineer', 'engineers', 'users', 'customers', 'staff', 'researcher',
  'researchers', 'scientist', 'scientists', 'worker', 'workers', 'executive', 'executives', 'devices', 'hardware', 'technology',
  'app', 'apps', 'platform', 'investors', 'suppliers', 'partners', 'rivals', 'subscribers', 'licences', 'licenses']);
/** Tokens that may stand between a party's name and "v." in a case caption ("Quillon Inc. v.", "Petitioners"). */
export const CASE_FILLER = new Set([',', 'Inc.', 'Inc', 'Ltd.', 'Ltd', 'Corp.', 'LLC', 'et', 'al.', 'al', 'Petitioners', 'Petitioner', 'Respondents', 'Respondent', 'Plaintiffs', 'Defendants',
  // A caption's role words after each side ("Brisk AI, Inc., Plaintiff, v. Lattor Labs Ltd., Defendant"), in capitals too.
  'Plaintiff', 'Defendant', 'Appellant', 'Appellants', 'Appellee', 'Appellees', 'Claimant', 'Claimants', 'Informant', 'Informants', 'Complainant', 'Complainants', 'PLAINTIFF', 'PLAINTIFFS', 'DEFENDANT',
  'DEFENDANTS', 'PETITIONER', 'RESPONDENT', 'APPELLANT', 'APPELLEE']);
/** Capitalised words that open a longer name ("National …", "European …"): a name after one is no name of its own. */
export const NAME_OPENERS = new Set(['National', 'Federal', 'European', 'American', 'British', 'Chinese', 'Japanese', 'Korean', 'Indian', 'Australian', 'Dutch', 'Italian', 'French', 'German']);
/** Lower-case role nouns that make an appositive name a person ("Ada Vell, Marrowby's chief legal officer"). */
export const ROLE_NOUNS = new Set(['officer', 'counsel', 'spokesperson', 'spokesman', 'spokeswoman', 'executive', 'director', 'head', 'president',
  'chairman', 'chairwoman', 'chair', 'founder', 'co-founder', 'minister', 'secretary', 'adviser', 'advisor', 'lawyer', 'attorney',
  'representative', 'commissioner', 'judge', 'analyst', 'professor', 'manager', 'partner', 'researcher', 'engineer', 'official', 'general',
  'vice-chairman', 'vice-chairwoman', 'vice-chair', 'vice-president', 'ambassador', 'governor', 'envoy', 'inspector', 'auditor', 'ombudsman',
  'registrar', 'superintendent', 'undersecretary', 'under-secretary', 'prosecutor', 'mayor', 'deputy', 'chief', 'vice-minister', 'vice-governor']);
/** A judge's title: a person discovered after it has the role judge. */
export const JUDGE_TITLE = /^(?:Judge|Justice|judge)\b/;
/** Month abbreviations: never a discovered name. */
export const MONTH_ABBR = /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?$/;
/** Nouns of a product ("Acme's Nova chatbot", "Nova, a chatbot operated by Acme"): a name with one is a model of its maker. */
export const PRODUCT_NOUNS = /^(?:chatbots?|assistants?|models?|apps?|applications?|services?|platforms?|tools?|software|products?|bots?|engines?|generators?|browsers?|devices?|features?)$/;
/** Participles of making before "by" ("Nova, a chatbot operated by Acme"): the agent is the product's maker. */
export const MADE_BY = /^(?:operated|made|developed|built|run|owned|offered|created|designed|trained|released|launched|provided|published|sold)$/;
/** Heads of descriptions ("the company", "the ministry") and the kinds of entity each may refer back to. */
export const DESC_HEADS: Record<string, EntityKind[]> = {
  company: ['company'], companies: ['company'], firm: ['company'], firms: ['company'], startup: ['company'], 'start-up': ['company'],
  lab: ['company'], laboratory: ['company'], developer: ['company'], maker: ['company'], chipmaker: ['company'], giant: ['company'],
  group: ['company', 'other_org'], platform: ['company'],
  ministry: ['government'], Ministry: ['government'], ministries: ['government'], governments: ['government'], department: ['government'], Department: ['government'], government: ['government'],
  administration: ['government'], embassy: ['government'], consulate: ['government'], Embassy: ['government'], Consulate: ['government'], authorities: ['government'], officials: ['government'],
  agency: ['regulator', 'government'], regulator: ['regulator'], authority: ['regulator'], Authority: ['regulator'], watchdog: ['regulator'],
  commission: ['regulator', 'government'], Commission: ['regulator', 'government'], board: ['regulator'], Board: ['regulator'],
  committee: ['legislature'], Committee: ['legislature'], panel: ['legislature'],
  court: ['court'], Court: ['court'], jury: ['court'], judge: ['court'],
  // Descriptive company nouns ("the drugstore chain", "the automaker", "the retailer"); "chain" only after a kind of shop (DESC_HEAD_NEEDS).
  chain: ['company'], retailer: ['company'], automaker: ['company'], carmaker: ['company'], drugmaker: ['company'], toymaker: ['company'],
  manufacturer: ['company'], conglomerate: ['company'], publisher: ['company'], broadcaster: ['company'], studio: ['company'], insurer: ['company'],
  // Bodies of members ("the association", "the coalition"): a trade body the text named is found as a company or an organisation.
  association: ['company', 'other_org'], coalition: ['company', 'other_org'], alliance: ['company', 'other_org'], federation: ['company', 'other_org'], consortium: ['company', 'other_org'],
  // ("the collective" after "the Lagos Coders' Collective", "the network", "the initiative".)
  collective: ['company', 'other_org'], network: ['company', 'other_org'], initiative: ['other_org'],
  // Other public and member bodies by their head ("the office" after "the Data Office", "the council", "the guild").
  office: ['government', 'regulator'], bureau: ['government', 'regulator'], directorate: ['government', 'regulator'], inspectorate: ['regulator'],
  // (Capitalised as a release writes its issuer's head: "the Office will consider further measures".)
  Office: ['government', 'regulator'], Bureau: ['government', 'regulator'], Agency: ['regulator', 'government'], Regulator: ['regulator'], Directorate: ['government', 'regulator'],
  ombudsman: ['regulator'], council: ['government', 'regulator'], tribunal: ['court'], parliament: ['legislature'], senate: ['legislature'],
  assembly: ['legislature'], legislature: ['legislature'], guild: ['other_org'],
  institute: ['other_org'], foundation: ['other_org'], union: ['other_org'], society: ['other_org'], forum: ['other_org'],
};
/**
 * Nouns of a body of members ("CloudFair, a Brussels-based association of cloud firms"): a description with any of
 * them as head ("the group", "the coalition") agrees with a party the text introduced by another of them, and a
 * party so introduced is no "company" or "firm".
 */
export const MEMBER_BODY_NOUNS = /^(?:association|coalition|alliance|federation|consortium|lobby|group|organi[sz]ation|union|body|network|campaign)$/;
/** Heads of a description that name a company as such ("the company", "the firm"): never a body of members. */
export const COMPANY_ONLY_HEADS = /^(?:company|firm|start-?up|chipmaker|automaker|carmaker|drugmaker|manufacturer|retailer|developer|maker|lab)$/;
/** Words that end the apposition's noun phrase ("a Beijing laboratory whose …", "an association of …"). */
export const APPOSITION_END = /^(?:of|that|which|who|whose|with|in|at|for|based|,|\.|;|—|-|\))$/;
/** Description heads that need a particular word right before them ("the drugstore chain", not "the supply chain"). */
export const DESC_HEAD_NEEDS: Record<string, RegExp> = {
  chain: /^(?:drugstore|pharmacy|retail|store|grocery|supermarket|restaurant|hotel|coffee|fast-food|electronics|bookstore|clothing|fashion|department-store|convenience-store)$/,
};
/** Nouns of a legal step whose possessor brought it ("Quillon's lawsuit against …"). */
export const LEGAL_NOUN = /^(?:lawsuits?|suits?|complaints?|cases?|petitions?|claims?|charges|appeals?|actions?|proceedings|challenges?)$/i;
/** Heads a description may also open with "a" ("a federal jury", "a grand jury"): the case's own court. */
export const INDEFINITE_HEADS = new Set(['jury', 'court', 'judge']);
/** Description heads that prefer a company the text calls a start-up ("the start-up"). */
export const STARTUP_HEADS = new Set(['startup', 'start-up']);
/** Description heads that, after a demonym, are that state ("the Chinese embassy", "the Chinese Embassy in Dalmore", "the Japanese side"). */
export const STATE_HEADS = new Set(['embassy', 'consulate', 'Embassy', 'Consulate', 'government', 'authorities', 'administration', 'side', 'officials', 'state', 'ministries', 'governments']);
/** A state's organs of force and intelligence after its demonym ("Russian military intelligence", "Chinese state security"): the state. */
export const STATE_ORGAN_NOUNS = /^(?:military|army|navy|intelligence|security|spy|armed|state)$/;
/** The words such an organ may run on with ("military intelligence", "security services", "spy agency", "armed forces", "state security"). */
export const STATE_ORGAN_TAILS = /^(?:intelligence|services|service|agency|agencies|forces|security|hackers)$/;
/** Such organs that stand alone after the demonym ("the Russian military", "Iranian intelligence"). */
export const STATE_ORGAN_ALONE = /^(?:military|army|navy|intelligence)$/;
/** Plural company nouns after a number and a demonym ("136 Chinese entities"): the demonym names the state. */
export const COUNTED_COMPANY_NOUNS = /^(?:entities|companies|firms|enterprises)$/;
/** Prepositions of an act's object before "<demonym> companies" ("curbs on Chinese companies", "action against American firms"). */
export const STATE_SIDE_PREPS = /^(?:on|against|to|from|targeting|including|of|into)$/i;
/** Goods of a state's origin as a measure's object ("tariffs on Korean steel", "a ban on Chinese drones"): the state's side. */
export const STATE_GOODS_NOUNS = /^(?:steel|aluminium|aluminum|goods|imports|exports|products|cars|vehicles|EVs|drones|chips|semiconductors|equipment|batteries|panels|machinery|devices|phones|smartphones|telecoms|hardware|software|apps|cameras|cranes|seafood|textiles|materials|components|parts|minerals|metals|wafers|tools|servers|modules|displays|sensors|gear|technology|technologies)$/;
/** Words after an -s word following a state's name that make that word a verb with its object ("Ostria bans the sale"), not a noun the state modifies. */
export const VERB_OBJECT_OPENERS = /^(?:the|a|an|its|their|to|that)$/;
/** Nouns after a model name that name its owner ("the ChatGPT maker"). */
export const MAKER_NOUNS = /^(?:maker|developer|creator|owner|parent|builder|operator|provider|publisher)$/i;
/** Nouns of a company's part after its possessive ("Alibaba's cloud division"): the company itself. */
export const UNIT_NOUNS = /^(?:division|unit|arm|subsidiary|branch|affiliate)$/;
/** Forms of "tell": the one told ("told Wirefeed that") is a listener, no party. */
export const TOLD_VERBS = /^(?:told|tells|tell)$/i;
/** Words after the listener of "told X" that close it ("told X that", "told X in an interview"). */
export const LISTENER_NEXT = /^(?:that|,|in|on)$/;
/** Conjunctions and relative pronouns that end a run of words belonging to a possessed noun or a product phrase. */
export const CLAUSE_LINKS = /^(?:and|or|but|that|which|who)$/;
/** Words that may stand between an employer and a title ("OpenAI chief ...", "the former Quillon CEO"). */
export const EMPLOYER_TITLE_FILLERS = /^(?:AI|and|crypto|tech|technology|chief|top|former|the)$/;
/** A court's level before a judge's title ("U.S. District Judge Ada Vell"). */
export const COURT_LEVELS = /^(?:District|Circuit|Magistrate|Bankruptcy|Appeals|Superior|Senior)$/;
/** Owner nouns after brands ("Ledger and Gazette owner Dalmore Media"): the brands modify the owner. */
export const OWNER_NOUNS = /^(?:owner|parent|publisher|operator|provider|developer)$/i;
/** Citation signals before a case name ("See A v. B"): a citation of another case, not the caption. */
export const CITATION_SIGNALS = /^(?:See|see|Cf\.|cf\.|also|accord)$/;
/** The lower-case words of the office "attorney general" and the name given to a state's office ("Ostria Attorney General"). */
export const ATTORNEY_GENERAL = { words: ['attorney', 'general'], title: 'Attorney General' } as const;
/** A title of a spokesperson ("spokesman", "Spokeswoman"): the person gets the role spokesperson. */
export const SPOKESPERSON_TITLE = /spokes/i;
/** Appositive role nouns of one who speaks for an organisation ("Ada Vell, Quillon's general counsel"). */
export const SPEAKER_ROLES = /^(?:spokes|counsel$|lawyer$|representative$)/;
/** Words that introduce the members of a list of entities ("including A, B and C"). */
export const LIST_INTRODUCERS = new Set(['including', 'namely']);
/** The word between the sides of a case caption ("A v. B"). */
export const CASE_MARKERS = new Set(['v.', 'vs.', 'v']);
/** Descriptions that refer to the first side of a case caption. */
export const PLAINTIFF_WORDS = ['plaintiff', 'plaintiffs', 'Plaintiff', 'Plaintiffs', 'petitioner', 'petitioners', 'Petitioner', 'Petitioners', 'Informant', 'Informants', 'Complainant', 'Complainants'];
/** Descriptions that refer to the second side of a case caption. */
export const DEFENDANT_WORDS = ['defendant', 'defendants', 'Defendant', 'Defendants', 'respondent', 'respondents', 'Respondent', 'Respondents'];
/** Organisational heads that alone make no company name ("AI Group"). */
export const HEAD_ONLY_WORDS = /^(?:AI|Inc|Group|Capital|Bank)$/;
/** Articles that may open a noun phrase. */
export const ARTICLES = /^(?:the|a|an)$/i;
/** Possessive pronouns of an organisation ("its Nova app"): they refer back to the last company. */
export const POSSESSIVE_PRONOUNS = /^(?:its|their)$/i;
/** Subject pronouns of a person, capitalised (any position) and lower case (after a clause word): they resolve to the last person. */
export const PERSON_PRONOUNS = { opening: new Set(['He', 'She']), inner: new Set(['he', 'she']), after: /^(?:that|,|and)$/ };
/** Articles that open a description: definite ("the company") and indefinite ("a federal jury"). */
export const DESC_ARTICLES = { definite: new Set(['the', 'The']), indefinite: new Set(['a', 'A']) };
/** Prepositions after a capitalised head that make it a name ("the Ministry of X"), not a description. */
export const NAME_OF_WORDS = /^(?:of|for|on)$/;
/** Count words before a plural description ("the two companies", "both firms"): several parties, never one. */
export const COUNT_WORDS = /^(?:two|three|four|five|both|several)$/i;
/** Prepositions that make "and" inside a capitalised run part of one name ("Ministry of Science and Technology"). */
export const ORG_NAME_PREPS = new Set(['of', 'for']);
/** The conjunction that joins the last member of a list ("A, B and C"). */
export const LIST_AND = 'and';
/** The preposition of a name's complement ("attorney general of Ostria", "District of Dalmore"). */
export const GENITIVE = 'of';
/** The article inside a body's name after its head's preposition ("Office of the Information Commissioner"). */
export const NAME_INNER_ARTICLE = 'the';
/** Plural or collective nouns that, after a state's demonym and with no article, are that state ("Kenyan authorities said"). */
export const DEMONYM_STATE_NOUNS = ['authorities', 'government', 'officials', 'regulators', 'prosecutors', 'police', 'investigators', 'customs', 'diplomats', 'negotiators',
  'counterparts', 'delegation', 'trade officials', 'commerce officials', 'security officials', 'intelligence officials', 'government officials',
  'customs officials', 'defence officials', 'defense officials', 'foreign ministry officials', 'side'];
/** The place preposition that may also be a verb's "to": a name after it may still be a party. */
export const PLACE_TO = 'to';
/** The preposition of a passive agent ("operated by Acme"). */
export const AGENT_BY = 'by';
/** Participles after a hyphen that make a word a modifier ("Quillon-owned", "Dalmore-based"): a run holding one is no organisation name. */
export const HYPHEN_MODIFIER_PARTICIPLES = ['owned', 'based', 'backed', 'led', 'funded', 'run', 'made', 'linked', 'affiliated', 'controlled'];
/** The participle of a company's seat after a place and a hyphen ("the Paris-based start-up"). */
export const SEAT_PARTICIPLE = 'based';
/** Endings of a past participle or an adverb ("fined", "firmly"): after a state's name the state is the subject. */
export const VERB_OR_ADVERB_ENDING = /(?:ed|ly)$/;
/** The plural ending: stripped to look up a plural demonym ("Ostrians"), or marking a plural description head ("the companies"). */
export const PLURAL_ENDING = /s$/;
/** A lower-case word in the plural form ("kids", "bans"): a noun a name modifies, or a verb. */
export const LOWER_PLURAL = /^\p{Ll}+s$/u;
/** The "s" of a possessive after an apostrophe ("China's"). */
export const POSSESSIVE_S = /^s$/i;
/** Lower-case words that may stand in a cited case's name ("A et al. v. Board of the ..."). */
export const CAPTION_WORDS = /^(?:et|al\.?|of|the|and)$/u;
/** Words before a description that put it in subject position ("..., that the company demanded"). */
export const SUBJECT_POSITION_BEFORE = /^(?:,|that|and|but)$/i;
/** Nouns of a spokesperson ("a ministry spokesman said"): the article's default speaker is the state or regulator named nearest. */
export const SPOKESPERSON_NOUNS = /^spokes(?:person|man|woman)$/i;
/** What follows the comma of a dateline ("Washington, D.C. —", "BEIJING, Oct. 10"): a month, or "D.C.". */
export const DATELINE_AFTER_COMMA = /^(?:D\.C\.|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December)\.?$/;
/** Indefinite articles: a name after one ("a good Samaritan") is a description, not a party. */
export const INDEFINITE_ARTICLE_WORDS = /^(?:a|an)$/i;
/** Singular product nouns that also make a name attributive ("Vexo app users"): after "the" and a name they name that product ("banned the Vexo app"). */
export const NAMED_PRODUCT_NOUNS = new Set(['app']);
/** Endings of words that name a business's field though the lexicon lacks them ("Analytics", "Biometrics", "Fintech", "Cloudworks"): no surname. */
/** Chambers whose word opens a committee's name ("the House Committee on …", "the Senate Judiciary Subcommittee"). */
/** Persons who speak for a body named by its head before them ("a ministry official", "commission officials"): the body speaks. */
export const BODY_OFFICIAL_NOUNS = /^(?:officials?|spokes(?:person|man|woman)|representatives?)$/i;
/** Words that may stand between the article and the body's head in such a phrase ("a senior ministry official"). */
export const OFFICIAL_RANKS = /^(?:senior|top|junior|two|three|several|other|unnamed)$/i;
export const CHAMBER_WORDS = new Set(['House', 'Senate']);
export const COMPANY_WORD_ENDINGS = /(?:ics|tech|ware|works|soft|logic)$/i;
/** Articles before a product noun in an appositive ("Nova, a chatbot operated by Acme"). */
export const PRODUCT_ARTICLES = /^(?:a|an|the)$/i;
/** A leading definite article dropped from a discovered organisation's name ("The Dalmore Ledger" is "Dalmore Ledger"). */
export const LEADING_ARTICLE = /^The /;
/** Plural titles before a list of names ("Senators Ada Vell and Lin Oster"): each name is a person with that title. */
export const PLURAL_PERSON_TITLES = new Set(['Senators', 'Sens.', 'Reps.', 'Representatives', 'Congressmen', 'Congresswomen', 'Commissioners', 'Lawmakers',
  // Occupations before a list of names ("Authors Ada Vell and Lin Oster sued …").
  'Authors', 'Novelists', 'Writers', 'Artists', 'Illustrators', 'Musicians', 'Photographers', 'Journalists', 'Comedians', 'Actors', 'Creators', 'Plaintiffs']);
/** Occupations before one name ("Novelist Ada Vell sued …"): the name is a person. */
export const OCCUPATION_TITLES = new Set(['Author', 'Novelist', 'Writer', 'Artist', 'Illustrator', 'Musician', 'Photographer', 'Journalist', 'Comedian', 'Actor', 'Actress', 'Creator', 'Plaintiff']);
/** Reporting verbs that are also plural nouns: right after another verb ("agreed to settle claims that …") they are its object, no speech. */
export const REPORT_NOUN_FORMS = /^(?:claims|claim|notes|states|charges)$/i;
/** Verbs by which a party undergoes or answers claims ("settle/face/resolve claims that it …"): their subject is no teller of the claims. */
export const CLAIM_UNDERGO_VERBS = /^(?:settl\w*|resolv\w*|fac(?:e|es|ed|ing)|den(?:y|ies|ied|ying)|reject\w*|contest\w*|disput\w*|fight\w*|fought|answer\w*)$/i;
/** Company suffixes after a name ("Quillon Corp.", "Marrowby, Inc."): the name is a company, also where a speech verb made it a person. */
export const COMPANY_SUFFIXES = /^(?:Inc\.?|Corp\.?|Corporation|LLC|Ltd\.?|Limited|PLC|plc|GmbH)$/;
/** Nouns of one who speaks for an organisation named after "for"/"at" ("a rep for Quillon", "a lawyer for Marrowby"). */
export const SPEAKER_FOR_NOUNS = /^(?:spokes\w*|reps?|representatives?|lawyers?|attorneys?|counsel)$/i;
/**
 * Group and person nouns that refer back to persons named with a title ("the senators" after "Sens. Ada Vell and Lin
 * Oster", "the lawmaker" after "Rep. Lin Oster"): the noun and the title words it covers.
 */
export const TITLED_GROUP_NOUNS: Record<string, RegExp> = {
  senators: /^(?:Senators?|Sens?\.)$/, senator: /^(?:Senators?|Sens?\.)$/,
  lawmakers: /^(?:Senators?|Sens?\.|Reps?\.|Representatives?|Congress(?:man|woman|men|women)|Lawmakers?|lawmaker)$/,
  lawmaker: /^(?:Senators?|Sens?\.|Reps?\.|Representatives?|Congress(?:man|woman|men|women)|Lawmakers?|lawmaker)$/,
  legislators: /^(?:Senators?|Sens?\.|Reps?\.|Representatives?|Congress(?:man|woman|men|women)|Lawmakers?|lawmaker)$/,
  representatives: /^(?:Reps?\.|Representatives?|Congress(?:man|woman|men|women))$/,
  congressman: /^(?:Reps?\.|Representatives?|Congressman)$/, congresswoman: /^(?:Reps?\.|Representatives?|Congresswoman)$/,
  // Two-word nouns are looked up first; an attorney general's office named by place ("Ostria Attorney General") counts too.
  'attorneys general': /^(?:Attorneys?|General|AG)$/, 'attorney general': /^(?:Attorneys?|General|AG)$/,
};
/**
 * Counts that open a group subject in place of "the" ("Two senators urged …", "Eleven lawmakers asked …"): the group is
 * the persons the article names with that title, counted as a plural; party labels may stand between ("Three Republican
 * senators").
 */
export const TITLED_GROUP_COUNTS = /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|several|a\s+dozen|\d+)$/i;
/** Party labels allowed between a count and its titled group noun ("Two Democratic senators"). */
export const TITLED_GROUP_LABELS = /^(?:Republican|Democratic|Democrat|Labour|Conservative|Liberal|Green|bipartisan|opposition)$/;
/** Prosecutors with no office named: the place preposition after them ("prosecutors in Japan") and the names of a prosecuting authority. */
export const PROSECUTORS = { place: 'in', generic: 'prosecutors', authority: /\b(?:Justice|Attorney|Prosecut\w*|Procura\w*)\b/, noun: /^[Pp]rosecutors?$/ } as const;
/** Words before an employer and a role in an appositive ("a former Corvane AI engineer"). */
export const ATTRIBUTIVE_FORMER = /^(?:former|ex|onetime|longtime|senior|top)$/;
/** Participles of leading before "by" in a group subject ("a group of senators, led by Ada Vell and Lin Oster,"): the leaders act. */
export const LED_BY = /^(?:led|headed|spearheaded|organi[sz]ed|convened)$/;
/** Prepositions after a speaker's role noun that name the organisation spoken for ("a spokesperson for Quillon", "a lawyer at Marrowby"). */
export const ROLE_ORG_PREPS = /^(?:for|at)$/;
/** The acronym of artificial intelligence: a word of names and modifiers ("Quillon AI", "AI chip designers"), never a name alone. */
export const AI_ACRONYM = 'AI';
/** Capitalised region words before a one-word state name that make a place of it ("South America", "Latin America", "the South China Sea"). */
export const REGION_BEFORE_STATE = /^(?:North|South|East|West|Central|Latin)$/;
/** Titles of legislators: a state's short form right before one ("U.S. Senators Ada Vell and …") describes the person, it names no state. */
export const LEGISLATOR_TITLES = new Set(['Senator', 'Senators', 'Sen.', 'Sens.', 'Rep.', 'Reps.', 'Representative', 'Representatives', 'Congressman', 'Congresswoman', 'Congressmen', 'Congresswomen', 'Lawmaker', 'Lawmakers', 'MP', 'MPs', 'MEP', 'MEPs']);

/**
 * Heads of a state's body described by its possessor ("Norway's data-protection office", "Morocco's telecoms regulator"):
 * the words a named body's name must hold for the description to be it, or the kind it must have ("regulator",
 * "watchdog": any regulator).
 */
export const STATE_BODY_DESC_HEADS: Record<string, { word?: RegExp; kind?: EntityKind }> = {
  office: { word: /^office$/i }, ministry: { word: /^ministry$/i }, commission: { word: /^commission$/i },
  authority: { word: /^authority$/i }, agency: { word: /^agency$/i }, board: { word: /^board$/i },
  department: { word: /^department$/i }, council: { word: /^council$/i }, inspectorate: { word: /^inspectorate$/i },
  regulator: { kind: 'regulator' }, watchdog: { kind: 'regulator' },
};
/** Company heads after which "of <Place>" is part of the name ("Bank of Dalmora", "Group of Seven"), not the seat. */
export const OF_IN_NAME_HEADS = new Set(['Bank', 'Group', 'Capital', 'Corporation', 'Industries', 'Ventures']);

/**
 * Heads that open an organisation's name in Spanish, Portuguese, Italian or French, named in English text as they are
 * ("the Superintendencia de Industria y Comercio", "the Autoridad Nacional de Ciberseguridad y Datos"): the head comes
 * first and the name runs on over its capitalised words and connectors. (Not "Red" or "Corte" alone: English words too.)
 */
export const HEAD_FIRST_ORGS: Record<string, EntityKind> = {
  Autoridad: 'regulator', Autoridade: 'regulator', Autorità: 'regulator', Autorité: 'regulator', Agencia: 'regulator', Agência: 'regulator', Agenzia: 'regulator',
  Superintendencia: 'regulator', Superintendência: 'regulator', Comisión: 'regulator', Comissão: 'regulator', Commissione: 'regulator',
  Instituto: 'other_org', Asociación: 'other_org', Associação: 'other_org', Associazione: 'other_org', Fundación: 'other_org', Fundação: 'other_org',
  Fondazione: 'other_org', Colectivo: 'other_org', Coletivo: 'other_org', Observatorio: 'other_org', Observatório: 'other_org', Coordinadora: 'other_org',
  Federación: 'other_org', Federação: 'other_org', Confederación: 'other_org', Sindicato: 'other_org',
  Ministerio: 'government', Ministério: 'government', Ministero: 'government', Ministère: 'government', Secretaría: 'government', Secretaria: 'government',
  Fiscalía: 'government', Procuraduría: 'government', Defensoría: 'government', Procuradoria: 'government', Defensoria: 'government', 
  Tribunal: 'court', Juzgado: 'court', Tribunale: 'court', Supremo: 'court', Cámara: 'legislature', Câmara: 'legislature', Congreso: 'legislature', Senado: 'legislature',
  // German and Dutch: "Bundesamt für Sicherheit in der Informationstechnik", "Autoriteit Consument en Markt".
  Bundesamt: 'regulator', Bundesanstalt: 'regulator', Bundesministerium: 'government', Landgericht: 'court', Oberlandesgericht: 'court',
  Gesellschaft: 'other_org', Stiftung: 'other_org', Bundesverband: 'other_org', Verband: 'other_org', Autoriteit: 'regulator',
};
/** Lower-case connectors inside such a name ("de", "del", "de la", "do", "dos", "y", "e", "per", "pour", "und", "für", "en"). */
export const HEAD_FIRST_CONNECTORS = /^(?:de|del|de la|la|las|los|el|do|da|dos|das|y|e|et|per|pour|para|por|en|di|della|delle|dei|des|du|sobre|contra|al|und|für|der|die|zur|zum|im|voor|van)$/;
