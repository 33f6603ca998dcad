// Words for measures announced, addressed and ended (events.ts, gazetteer.ts): who a threat is told to, where goods
// under a measure come from, and the phrases that name a state by its government.

/** Verbs whose object is the one told or warned ("told Quillon that non-compliance will be met with …"): a threat's addressee. */
export const ADDRESSEE_VERBS = /^(?:told|tells|tell|warned|warns|cautioned|cautions|informed|informs|notified|notifies|reminded|reminds|advised|advises)$/i;
/** What follows the addressee of such a verb before the threat's clause. */
export const ADDRESSEE_NEXT = /^(?:that|,)$/;
/** The prepositions of the origin or destination of goods under a measure ("tariffs on steel from Brazil", "exports of gallium to
 * Japan"): that party is the measure's target. */
export const ORIGIN_PREPS = /^(?:from|to)$/;
/** The prepositions of the goods under a measure, before their origin ("tariffs on steel from X", "imports of ore from X"). */
export const GOODS_LINKS = /^(?:on|of|into)$/;
/** Participles of origin before "in" ("vehicles made in China", "chips produced in Taiwan"): "in" then names the origin. */
export const ORIGIN_PARTICIPLES = /^(?:made|produced|manufactured|originating|assembled|sourced)$/;
/** Phrases before a country's name that name its state ("the Government of India"): compiled into the gazetteer's aliases. */
export const STATE_OF_FORMS = ['government of', 'government of the'];
/**
 * Lists of a state's trade and security measures by their names (public facts of the domain, as a gazetteer holds):
 * a party "placed on the Entity List" with no agent named is listed by that state.
 */
export const LIST_OWNERS: [RegExp, string][] = [
  [/\bEntity List\b/, 'United States'], [/\bUnverified List\b/, 'United States'], [/\bMilitary End[- ]User List\b/, 'United States'],
  [/\bSpecially Designated Nationals\b|\bSDN [Ll]ist\b/, 'United States'], [/\bCovered List\b/, 'United States'],
  [/\b[Uu]nreliable [Ee]ntit(?:y|ies) [Ll]ist\b/, 'China'],
];
/** Nouns of a measure one party takes against others: a threat "to respond to X's restrictions" answers their owner. */
export const MEASURE_NOUNS = /^(?:sanctions|controls|restrictions|tariffs|duties|curbs|bans?|measures|listings?|blacklisting|designations?|decision|moves?|rules?|crackdown|probe|investigation)$/i;
