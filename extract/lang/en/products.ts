// Words by which a text ties a product to its maker (extract/entities.ts, makerOf; session 7 precision pass).
/** Nouns of a maker in apposition to it, before "of" and the product ("Acme Minds Ltd, the provider of the Nova assistant"). */
export const PRODUCER_NOUNS = /^(?:provider|developer|maker|operator|owner|creator|publisher|vendor|supplier)$/;
/** Quotation marks around a product's name ("Acme's "Nova-R" controller"): a modifier, no word of the phrase. */
export const QUOTE_MARK = /^["“”'‘’]$/;
/** The possessive relative that gives a maker's product ("Acme, whose assistant Nova …"). */
export const WHOSE = 'whose';
/** The preposition between the maker noun and the product ("the provider of the Nova assistant"). */
export const PRODUCT_OF = 'of';
