// Words of counted plurals of parties and of the later sentence that names their members (extract/plurals.ts).

/** Determiners that open the noun phrase taking up such a plural later ("The firms —", "These three companies are"). */
export const MEMBER_DETERMINERS = /^(?:the|these|those|all)$/i;
/** Links between that noun phrase and the list of its members ("The companies are A, B and C", "The firms include A"). */
export const MEMBER_LINKS = /^(?:are|were|include|includes|included|comprise|—|–|-|:|,)$/;
/** Participles between that noun and its link ("The companies named are A and B", "The firms affected include A"). */
export const MEMBER_PARTICIPLES = /^(?:named|listed|designated|targeted|affected|concerned|involved|sanctioned|charged|fined|added|cited|penali[sz]ed)$/;
/** Nouns of an official act that take up its counted plural in a later sentence ("The designation, published on
 *  Friday, covers A, B and C"; "The order names A and B"). */
export const MEMBER_ACT_NOUNS = /^(?:listing|listings|designation|designations|order|orders|sanctions|measures?|ban|bans|additions?|rule|notice|decision|penalties|fines|charges|indictment|complaint|lawsuit|suit|action|restrictions|controls)$/;
/** Verbs by which such an act names its members ("covers", "names", "applies to", "targets"). */
export const MEMBER_COVER_VERBS = /^(?:covers?|covered|names?|named|lists?|listed|targets?|targeted|hits?|affects?|affected|includes?|included|concerns?|concerned|applies|apply|applied)$/;
/** The preposition after "applies" ("applies to A and B"). */
export const MEMBER_COVER_PREP = 'to';
/** Verbs of a maker in a relative clause ("…, the company that develops and operates the Nova chatbot"). */
export const MAKES_VERBS = /^(?:develops|developed|operates|operated|makes|made|runs|ran|owns|owned|offers|offered|builds|built|created|creates|launched|launches|sells|sold|provides|provided|designs|designed)$/;
/** Relative words that open such a clause. */
export const MAKER_RELATIVES = /^(?:that|which|who)$/;
/** Words of sequence or transition that open a sentence before a comma ("Third, my office …"): never a name. */
export const SEQUENCE_WORDS = /^(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Finally|Firstly|Secondly|Thirdly|Lastly|Separately|Additionally|Moreover|Furthermore|Instead|Later|Earlier|Elsewhere|Still|Then|Notably|Crucially|Importantly|Overall)$/;
/** "on" after an organisational head opens its subject phrase ("Committee on Agriculture and Forestry"). */
export const ON_WORD = 'on';
/** Currency codes: never part of a name ("fined Quillon Labs EUR 5 million" names "Quillon Labs"). */
export const CURRENCY_CODES = ['EUR', 'USD', 'GBP', 'JPY', 'CNY', 'RMB', 'KRW', 'INR', 'AUD', 'CAD', 'CHF', 'HKD', 'SGD', 'BRL', 'TWD'];
/**
 * Capitalised words that are never a party by themselves: US state abbreviations of datelines ("RENO, Nev. -")
 * and geographic features ("across the Channel", "in the Gulf").
 */
export const NOT_PARTY_WORDS = new Set(['Calif', 'Calif.', 'Mass', 'Mass.', 'Del', 'Del.', 'Va', 'Va.', 'Md', 'Md.', 'Wash', 'Wash.', 'Tex', 'Tex.',
  'Fla', 'Fla.', 'Ill', 'Ill.', 'Mich', 'Mich.', 'Minn', 'Minn.', 'Conn', 'Conn.', 'Ariz', 'Ariz.', 'Colo', 'Colo.', 'Ore', 'Ore.', 'Tenn', 'Tenn.',
  'Ga', 'Ga.', 'Ky', 'Ky.', 'Mo', 'Mo.', 'Nev', 'Nev.', 'Okla', 'Okla.', 'Wis', 'Wis.', 'Ala', 'Ala.', 'Ark', 'Ark.', 'Kan', 'Kan.', 'Neb', 'Neb.',
  'Vt', 'Vt.', 'Wyo', 'Wyo.', 'Mont', 'Mont.', 'Penn', 'Penn.', 'Pa', 'Pa.', 'Strait', 'Straits', 'Gulf', 'Sea', 'Ocean', 'Peninsula', 'Channel', 'Valley', 'Bay',
  // Currency codes ("a fine of up to EUR 20 million") and "the Union" (the EU, which the gazetteer names in full).
  ...CURRENCY_CODES, 'Union']);
/** The states of the United States: places, as cities are ("SAN JOSE, California —", "a Texas court"); world knowledge
 *  (no light package has the list), read by gazetteer.ts into PLACES beside the cities of places.json. A name the
 *  gazetteer has for an actor (Washington, Georgia) stays that actor. */
export const US_STATES = ['Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia',
  'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan',
  'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York',
  'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota',
  'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming'];
/** Auxiliaries after a place that make it the subject of an act ("Texas has banned …", "California is suing …"). */
export const PLACE_ACT_AUX = new Set(['has', 'have', 'had', 'is', 'was', 'will', 'would']);
/** The state the US states lie in (the gazetteer's name of it). */
export const US_STATE_OF = 'United States';
/** Last words of place names ("Ostmark City", "Kern County"): a run ending in one names a place, no party. */
export const PLACE_TAILS = new Set(['City', 'County', 'Province', 'Prefecture', 'Island', 'Islands', 'Harbour', 'Harbor', 'Port', 'Airport']);
/** Legal suffixes of company names in many countries ("Pte Ltd", "Pty Ltd", "GmbH", "S.A."): never part of the name found. */
export const LEGAL_SUFFIX_WORDS = new Set(['Pte', 'Pty', 'Ltd', 'Ltd.', 'Inc', 'Inc.', 'Corp', 'Corp.', 'LLC', 'LLP', 'LP', 'PLC', 'Plc', 'plc', 'GmbH', 'AG', 'SA', 'S.A.', 'NV', 'N.V.', 'BV', 'B.V.', 'KK', 'K.K.', 'SpA', 'S.p.A.', 'SAS', 'AB', 'ASA', 'Oy', 'Co', 'Co.', 'Limited',
  // Legal forms of other countries' companies (world knowledge of company law, not words of any text): Singapore,
  // Malaysia, Indonesia, India, Australia, Brazil and Portugal, Latin America, Egypt, Turkey, Poland, Czechia and
  // Slovakia, Hungary, Russia and Central Asia, Scandinavia, France, Italy, Spain, Germany, Japan, Korea.
  'Pte.', 'Pty.', 'Sdn', 'Sdn.', 'Bhd', 'Bhd.', 'Berhad', 'Tbk', 'Tbk.', 'Pvt', 'Pvt.', 'Ltda', 'Ltda.', 'S.A.E.', 'SAE', 'C.V.',
  'S.A.S.', 'S.L.', 'SL', 'S.R.L.', 'SRL', 'Srl', 'S.r.l.', 'SARL', 'S.à', 'A.S.', 'A.Ş.', 'AŞ', 'Sp.', 'Kft.', 'Kft', 'Zrt.', 'Zrt',
  'JSC', 'PJSC', 'OJSC', 'CJSC', 'OOO', 'LLP.', 'A/S', 'ApS', 'AS', 'Oyj', 'SE', 'KGaA', 'mbH', 'S.p.A', 'GK', 'G.K.']);
/** Words of a legal form that precede another ("Sarang Data Private Limited", "Selasih Cloud Sdn Bhd"): left out only then. */
export const LEGAL_SUFFIX_LEADS = new Set(['Private', 'Public', 'Company']);
/** Nouns of persons before their names ("two nationals, A and B", "engineers A and B", "former employee A"). */
export const PERSON_NOUNS = /^(?:nationals?|citizens?|engineers?|employees?|executives?|researchers?|scientists?|men|women|man|woman|students?|residents?|workers?|staffers?|officials?|founders?|co-founders?|defendants?|suspects?|brothers?|sisters?|husband|wife|journalists?|lawyers?|attorneys?|analysts?)$/;
/** Singular nouns of persons an indefinite description of one accused names ("a former engineer", "a Dalmoran national"). */
export const SINGULAR_PERSON_NOUNS = /^(?:national|citizen|engineer|employee|executive|researcher|scientist|man|woman|student|resident|worker|staffer|official|founder|co-founder|suspect|businessman|businesswoman|trader|manager|director|programmer|technician|contractor|consultant|chemist|physicist|designer)$/;
/** Participles that name a person described before ("…, identified as Ada Vell"). */
export const PERSON_NAMING_PARTICIPLES = /^(?:identified|named)$/;
/** The word before the name after such a participle. */
export const PERSON_NAMING_AS = 'as';
/** Object pronouns a participial clause takes from its main clause ("…, accusing it/them of …"). */
export const OBJECT_PRONOUNS = /^(?:it|them)$/i;
/** Honorifics before a surname ("Ms. Talbot", "Mr Wrede"): the word after one is a person's name (nameFormsOf). */
export const HONORIFICS = /^(?:Mr|Ms|Mrs|Mx|Dr)\.?$/;
/** Pronouns that take up a person ("Ada Bell said she …") and an organisation ("Corvid Data said its app …"). */
export const PERSON_BACK = /^(?:he|she|his|her)$/;
export const ORG_BACK = /^(?:it|its)$/;
/** Speech verbs before their speaker after a quotation ("…," said Greta Marsh): the name after one is a person's. */
export const INVERTED_SPEECH = /^(?:said|says|added|wrote|asked|explained|noted|recalled)$/;
/** Marks that close a quotation or clause right before such a verb ("…,” said", "…?" said"). */
export const QUOTE_CLOSERS = new Set([',', '”', '"', '’', "'", '?', '!']);
/** The relative pronoun of persons (", who runs the lab"); organisations take "which" or "that". */
export const PERSON_RELATIVE = 'who';
/** Nouns naming the company behind a product in an apposition ("its developer, Acme", "Lark's maker, Acme", "whose
 *  operator is Acme"); "owner" and "parent" are left out: companies have those too. */
export const PRODUCT_MAKER_ROLES = /^(?:developer|maker|creator|operator|publisher)$/;
/** The relative determiner of "Lark, whose developer is Acme". */
export const WHOSE = 'whose';
/** The copula linking a maker role to its company ("whose developer is Acme"). */
export const MAKER_COPULA = /^(?:is|was)$/;
/** Verbs whose object is a party, never a place: a capital after one stands for its state ("accused Riyadh of …",
 *  "urged Paris to …"); "visited Riyadh" is a place. */
export const CAPITAL_OBJECT_VERBS = /^(?:accused|accuses|accusing|urged|urges|urging|warned|warns|blamed|blames|criticised|criticized|criticises|criticizes|condemned|condemns|sanctioned|sanctions|pressed|presses|pressured|pressures|rebuked|rebukes|denounced|denounces|sued|sues|summoned|threatened|threatens|called)$/;
/** Quantifiers between a preposition and a state's goods ("tariffs on all U.S. goods", "curbs on some Chinese chips"). */
export const STATE_SIDE_QUANTIFIERS = /^(?:all|some|most|many|certain|selected|more|further|other)$/i;
/** A demonym joined to a word of making ("Chinese-made", "Korean-built"): the goods of that state. */
export const MADE_COMPOUND = /^(\p{Lu}[\p{L}]+)-(?:made|built|manufactured|produced|assembled|origin)$/u;
