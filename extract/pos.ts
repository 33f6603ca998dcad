// Part-of-speech evidence from `natural`: the English lexicon of its Brill tagger (word → tags, most
// likely first). Only the lexicon file is loaded — requiring `natural` whole pulls in database clients
// and prints to stdout — and only on first use, so articles without a candidate name pay nothing.
import { createRequire } from 'node:module';

let lexicon: Record<string, string[]> | null = null;

/** The POS tags natural's English lexicon gives a word as written (most likely first), or undefined. */
export function posTags(word: string): string[] | undefined {
  lexicon ??= createRequire(import.meta.url)('natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json') as Record<string, string[]>;
  return Object.prototype.hasOwnProperty.call(lexicon, word) ? lexicon[word] : undefined;
}

/**
 * Whether a capitalised word can be part of a proper name: unknown to the lexicon (most foreign names), or
 * tagged a proper noun first. "Officials" (NNS), "Senior" (JJ) and "Chinese" (JJ) are not.
 */
export function isNameLike(word: string): boolean {
  const tags = posTags(word);
  return !tags || tags[0] === 'NNP' || tags[0] === 'NNPS';
}
