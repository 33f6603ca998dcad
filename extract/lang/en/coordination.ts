// Words of coordinated parties (session 7, branch s7-coord): what may stand between two members of one list of
// parties besides the separators of LIST_SEP (events.ts, `listGap` and `appositionEnd`).

/** Words that open an apposition after a member ("Quillon Labs, 48, and …", "Quillon, a chip designer, and …", "Quillon, based in Dalmore, and …"). */
export const APPOSITION_OPENERS = /^(?:a|an|the|its|their|his|her|based|headquartered|registered|incorporated|owned|founded|listed|formerly|now|both|each)$/;
/** Determiners that open a description of the next member ("and its chief operating officer, Ada Vell", "and the regional broadcaster Orrel Media"). */
export const MEMBER_DESC_DETERMINERS = /^(?:its|their|his|her|the)$/;
/** Words of an amount between gapped members ("a fine of 4 million euros on A and 2 million euros on B", "fined A EUR 3m and B EUR 1m"). */
export const AMOUNT_WORDS = /^(?:million|billion|thousand|trillion|m|bn|mn|k|euros?|dollars?|pounds?|yuan|yen|won|rupees?|naira|reais|real|lira|liras|francs?|crore|lakh|rand|pesos?|ringgit|rupiah|dirhams?|shillings?|kronor|kroner|krona|zloty|each|respectively|EUR|USD|GBP|JPY|CNY|RMB|KRW|INR|AUD|CAD|CHF|HKD|SGD|BRL|TWD)$/;
/** An amount token: digits or a currency sign ("€6.5", "$60M", "1.35", "R$"). */
export const AMOUNT_FORM = /^(?:[$€£¥₩₹₦]|R\$|\p{Lu}{0,2}\$)?\d|^(?:[$€£¥₩₹₦]|\p{Lu}{1,2}\$)$/u;
/** Conjunctions and the comma that join two members ("A and B", "A or B", "A, B"); not "nor", whose members are denied. */
export const MEMBER_CONJ = /^(?:and|or|&|plus|,)$/;
/** Words that open a plural description taking up parties named together ("both companies", "the two firms", "each of the three groups"). */
export const GROUP_REF_OPENERS = /^(?:the|both|these|those|all|each)$/i;
/** Words that may stand inside such a description before its head ("each of the three", "the two Dalmoran"). */
export const GROUP_REF_FILLERS = /^(?:of|the|two|three|four|five|six|both|\d+)$/i;
/**
 * Heads of such descriptions and the kinds of party each may take up (an empty list: any kind). A head not listed
 * takes up nobody: "the two reports" names no parties.
 */
export const GROUP_REF_HEADS: readonly [RegExp, readonly string[]][] = [
  [/^(?:companies|firms|groups|makers|chipmakers|developers|start-?ups|labs|businesses|platforms|operators|providers|suppliers|publishers|manufacturers|designers|vendors|retailers|brands|corporations|conglomerates|rivals|competitors)$/i, ['company', 'model', 'other_org']],
  [/^(?:governments|countries|states|nations|capitals|powers|neighbours|neighbors|administrations)$/i, ['government']],
  [/^(?:regulators|authorities|agencies|watchdogs)$/i, ['regulator', 'government']],
  [/^(?:men|women|engineers|executives|employees|individuals|nationals|researchers|founders|brothers|sisters|suspects)$/i, ['person']],
  [/^(?:sides|parties|defendants|plaintiffs|entities|organi[sz]ations)$/i, []],
];
/** Openers that take up parties without a number ("the companies", "these firms"); "all companies" alone is a class. */
export const GROUP_REF_COUNTED = /^(?:the|these|those)$/i;
/** Number words of such a description: how many parties it takes up ("both firms", "the three companies"). */
export const GROUP_REF_NUMBERS: Readonly<Record<string, number>> = { both: 2, two: 2, three: 3, four: 4, five: 5, six: 6 };
