// Part-of-speech evidence from `natural`: the English lexicon of its Brill tagger (word → tags, most
// likely first). Only the lexicon file is loaded — requiring `natural` whole pulls in database clients
// and prints to stdout — and only on first use, so articles without a candidate name pay nothing.
import { createRequire } from 'node:module';
import { americanSpelling } from './lexicon.ts';

let lexicon: Record<string, string[]> | null = null;

/** The POS tags natural's English lexicon gives a word as written (most likely first), or undefined. */
export function posTags(word: string): string[] | undefined {
  lexicon ??= createRequire(import.meta.url)('natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json') as Record<string, string[]>;
  if (Object.prototype.hasOwnProperty.call(lexicon, word)) return lexicon[word];
  // The lexicon is American: a British spelling ("Characterising", "criticised", "labour") takes its American entry.
  // (Most unknown words are names and numbers: only a word with one of the endings is looked at again.)
  const us = word.length >= 5 && (word.includes('is') || word.includes('ys') || word.includes('our')) ? americanSpelling(word) : null;
  return us && Object.prototype.hasOwnProperty.call(lexicon, us) ? lexicon[us] : undefined;
}



/**
 * Whether a capitalised word can be part of a proper name: unknown to the lexicon (most foreign names), or
 * tagged a proper noun first. "Officials" (NNS), "Senior" (JJ) and "Chinese" (JJ) are not.
 */
export function isNameLike(word: string): boolean {
  const tags = posTags(word);
  return !tags || tags[0] === 'NNP' || tags[0] === 'NNPS';
}

/**
 * Whether a capitalised word found by its form alone can start or continue a party's name. At the start of a
 * sentence capitals prove nothing, so the word must not be a common word in lower case ("Data", "Contributory");
 * elsewhere a capitalised adjective ("Congressional hearing") is not a name either.
 */
export function isProperName(word: string, initial: boolean): boolean {
  if (!isNameLike(word)) return false;
  // "Characterising …" opening a sentence: a British spelling the lexicon knows in its American form is a common word.
  const lower = posTags(word.toLowerCase());
  if (!lower) return true;
  if (initial) return false;
  return lower[0] !== 'JJ' && lower[0] !== 'RB' && !lower[0].startsWith('VB');
}
