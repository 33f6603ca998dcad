// Writes extract/lang/en/given-names-faker.json: the first names of the Latin-script locales of @faker-js/faker (MIT,
// a dev dependency), for extract/given-names.ts. Generated once and committed, so that the extractor reads one small
// JSON file instead of loading 37 locale modules at start-up (~0.3 s). Only names of three letters or more, written as
// one capitalised word (a hyphenated second part allowed), that natural's lexicon does not know as a common word in
// lower case ("Will", "Hope" and "Rose" stay out unless the English lists have them). A test checks the file against
// the installed package (tests/unit/extract/given-names.test.ts).
//
//   node bin/run-ts.mjs extract/learn/given-names.ts --write  # rewrites the file
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { posTags } from '../pos.ts';

/** Faker locales written in the Latin script (the others' names never meet English text as written). */
export const FAKER_LOCALES = ['de', 'fr', 'es', 'es_MX', 'it', 'pt_BR', 'pt_PT', 'nl', 'pl', 'cs_CZ', 'sk', 'sl_SI', 'hr', 'sr_RS_latin', 'ro', 'hu',
  'tr', 'id_ID', 'vi', 'yo_NG', 'en_NG', 'en_GH', 'en_IN', 'en_ZA', 'zu_ZA', 'af_ZA', 'sv', 'nb_NO', 'da', 'fi', 'lv', 'az', 'uz_UZ_latin',
  'fr_SN', 'en_AU', 'en_IE', 'cy'];

export const OUT = fileURLToPath(new URL('../lang/en/given-names-faker.json', import.meta.url));

interface FakerLike { definitions?: { person?: { first_name?: string[] | Record<string, string[]> } } }

/** The names, sorted, as the file holds them. */
export function fakerGivenNames(): { source: string; license: string; locales: string[]; names: string[] } {
  const req = createRequire(import.meta.url);
  const version = (req('@faker-js/faker/package.json') as { version: string }).version;
  const names = new Set<string>();
  for (const l of FAKER_LOCALES) {
    const mod = req(`@faker-js/faker/locale/${l}`) as Record<string, unknown>;
    const f = (mod.faker ?? Object.values(mod).find((x) => !!x && typeof x === 'object' && 'definitions' in (x as object))) as FakerLike | undefined;
    const fn = f?.definitions?.person?.first_name;
    if (!fn) continue;
    for (const list of Array.isArray(fn) ? [fn] : Object.values(fn)) {
      for (const n of list) if (n.length >= 3 && /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u.test(n) && !posTags(n.toLowerCase())) names.add(n);
    }
  }
  return { source: `@faker-js/faker ${version} (https://github.com/faker-js/faker), person.first_name of the locales listed`, license: 'MIT', locales: FAKER_LOCALES, names: [...names].sort() };
}

if (process.argv.includes('--write')) {
  const data = fakerGivenNames();
  writeFileSync(OUT, `${JSON.stringify(data, null, 0)}\n`);
  console.log(`wrote ${OUT}: ${data.names.length} names from ${data.locales.length} locales`);
}
