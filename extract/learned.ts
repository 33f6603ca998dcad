// The learned event filter (issue 17): a logistic model over what the engine knows of each event it found — the
// pattern that fired, how each role was filled (subject, carried over, counterpart, …), the parties' kinds, the field,
// a quotation, background, whether it answers another event, the pattern's confidence — scores
// how likely the event is right; events below the bundle's threshold are dropped.
//
// It knows no English word: its features are the engine's own labels (pattern ids, role-filling methods, kinds). The
// weights are language data (extract/lang/en/event-filter.json), trained by `extract/learn/train.ts` on our own CC0
// sets only (bench/own-texts), never on the development texts of ../shared.
//
// Why a model of our own and not a library's: inference is a sum of a few dozen weights and a sigmoid, and training one
// binary logistic model over ~2,000 events of sparse string features is thirty lines (learn/train.ts); the maintained
// JavaScript learners (mljs' ml-logistic-regression, natural's LogisticRegressionClassifier) take a dense matrix over
// a vocabulary, and would add a dependency to the product for a dot product.
import { createRequire } from 'node:module';
import type { Mention, SentenceInfo } from './entities.ts';
import type { EntityKind, EventType } from './index.ts';

export interface FilterModel {
  weights: Record<string, number>;
  bias: number;
  /** Events scored below it are dropped. */
  threshold: number;
  /** How the model was made (sets, figures): documentation, never read by the code. */
  about?: unknown;
}

/** What the filter reads of one event: the engine's own account of it (as --explain shows). */
export interface FilterInput {
  type: EventType; pattern: string; howActor: string; howTarget: string; via: string[];
  actorKind: EntityKind | null; targetKind: EntityKind | null; field: 'text' | 'title';
  quote: boolean; background: boolean; confidence: number; answers: boolean;
}

/** The features of one event (strings; the model's weights are keyed by them). */
export function filterFeatures(e: FilterInput): string[] {
  const tk = e.targetKind ?? 'none';
  return [`t:${e.type}`, `p:${e.pattern}`, `pf:${e.pattern.split('.')[0]}`, `ha:${e.howActor}`, `ht:${e.howTarget}`,
    `t_ha:${e.type}|${e.howActor}`, `t_ht:${e.type}|${e.howTarget}`, `ka:${e.actorKind}`, `kt:${tk}`, `t_k:${e.type}|${e.actorKind}|${tk}`,
    `field:${e.field}`, `q:${e.quote ? 1 : 0}`, `bg:${e.background ? 1 : 0}`, `conf:${Math.round(e.confidence * 20)}`,
    `via:${e.via.length ? e.via.join('+') : 'none'}`, `ans:${e.answers ? 1 : 0}`, `nt:${e.targetKind === null ? 0 : 1}`];
}

/** The probability the model gives the event (its features). */
export function keepProbability(m: FilterModel, feats: readonly string[]): number {
  let z = m.bias;
  for (const f of feats) z += m.weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/**
 * A model of the language bundle, read once: `get()` is the bundle's file (null when the bundle has none), or the model
 * `set` put in its place (tests, training; undefined goes back to the bundle's).
 */
function bundleModel<T>(file: string): { get: () => T | null; set: (m: T | null | undefined) => void } {
  let m: T | null | undefined;
  return {
    get: () => {
      if (m === undefined) { try { m = createRequire(import.meta.url)(file) as T; } catch { m = null; } }
      return m;
    },
    set: (x) => { m = x; },
  };
}

const filter = bundleModel<FilterModel>('./lang/en/event-filter.json');
/** The language bundle's filter, or null when it has none (every event is then kept). */
export const filterModel = filter.get;
/** For tests and training: use this model (null: none) until reset with undefined (the bundle's again). */
export const setFilterModel = filter.set;

// ---------------------------------------------------------------------------------------------------------------
// The learned recall layer: a sentence the patterns left without an act of some type, but whose words a per-type
// model scores above its threshold, gets that act between the pair of its parties a second model ranks first.
// Both models are logistic, over stems (natural's Porter stemmer) and stem pairs with every party's name masked, so
// that they learn forms, not names; trained by `extract/learn/train-recall.ts` on our own CC0 sets only.

export interface RecallModel {
  types: EventType[];
  /** Sentence model: feature → one weight per type. */
  sentence: { weights: Record<string, number[]>; bias: number[] };
  /** Pair model (which of the sentence's parties acts on which): feature → one weight per type. */
  pair: { weights: Record<string, number[]>; bias: number[] };
  /** Per type, the sentence probability above which the act is added. */
  thresholds: number[];
  about?: unknown;
}

interface Stemmer { stem(w: string): string }
let stemmer: Stemmer | null = null;
const stemCache = new Map<string, string>();
/** natural's Porter stemmer, loaded alone (requiring `natural` whole pulls in database clients). */
export function stemOf(word: string): string {
  let s = stemCache.get(word);
  if (s !== undefined) return s;
  stemmer ??= createRequire(import.meta.url)('natural/lib/natural/stemmers/porter_stemmer.js') as Stemmer;
  s = /^\p{L}/u.test(word) ? stemmer.stem(word.toLowerCase()) : /^\p{N}/u.test(word) ? 'NUM' : word;
  if (stemCache.size > 20_000) stemCache.clear();
  stemCache.set(word, s);
  return s;
}

/** Token marks: 0 a word, 1 the pair's actor, 2 its target, 3 another party. */
function maskOf(info: SentenceInfo, a: Mention | null, b: Mention | null): Int8Array {
  const mask = new Int8Array(info.toks.length);
  for (const m of info.mentions) for (let i = m.t0; i < m.t1 && i < mask.length; i++) mask[i] = 3;
  if (a) for (let i = a.t0; i < a.t1; i++) mask[i] = 1;
  if (b) for (let i = b.t0; i < b.t1; i++) mask[i] = 2;
  return mask;
}

/** The sentence model's features: stems and pairs of neighbouring stems, each party's name one mark "E". */
export function sentenceFeatures(info: SentenceInfo): string[] {
  const toks = info.toks, mask = maskOf(info, null, null);
  const out = new Set<string>();
  let prev = '<s>';
  for (let i = 0; i < toks.length; i++) {
    if (mask[i] && i > 0 && mask[i - 1]) continue; // one mark per name
    const w = mask[i] ? 'E' : stemOf(toks[i].text);
    out.add(`w:${w}`);
    out.add(`b:${prev}_${w}`);
    prev = w;
  }
  return [...out];
}

/** The pair model's features: the pair's order and kinds, the stems between and around the two names. */
export function pairFeatures(info: SentenceInfo, a: Mention, b: Mention, ka: EntityKind, kb: EntityKind): string[] {
  const toks = info.toks, mask = maskOf(info, a, b);
  const w = (i: number): string => (mask[i] === 1 ? 'A' : mask[i] === 2 ? 'B' : mask[i] === 3 ? 'E' : stemOf(toks[i].text));
  const ab = a.t0 < b.t0;
  const f: string[] = [`ka:${ka}`, `kb:${kb}`, `kab:${ka}_${kb}`, ab ? 'ord:ab' : 'ord:ba'];
  for (let d = 1, i = a.t0 - 1; d <= 2 && i >= 0; d++, i--) f.push(`ap${d}:${w(i)}`);
  for (let d = 1, i = b.t0 - 1; d <= 2 && i >= 0; d++, i--) f.push(`bp${d}:${w(i)}`);
  f.push(`an1:${a.t1 < toks.length ? w(a.t1) : '</s>'}`, `bn1:${b.t1 < toks.length ? w(b.t1) : '</s>'}`);
  const [lo, hi] = ab ? [a.t1, b.t0] : [b.t1, a.t0];
  const gap = hi - lo;
  f.push(`gap:${gap <= 2 ? gap : gap <= 5 ? 5 : gap <= 10 ? 10 : 'far'}`);
  for (let i = lo; i < hi; i++) f.push(`${ab ? 'ab' : 'ba'}:${w(i)}`);
  // Is the actor the first party of the sentence (its subject, most often)?
  const first = info.mentions.reduce((m, x) => Math.min(m, x.t0), Infinity);
  if (a.t0 === first) f.push('afirst');
  if (b.t0 === first) f.push('bfirst');
  return [...new Set(f)];
}

/** Per-type probabilities of a linear model's features. */
export function scoreLinear(m: { weights: Record<string, number[]>; bias: number[] }, feats: readonly string[]): number[] {
  const z = m.bias.slice();
  for (const x of feats) {
    const wv = m.weights[x];
    if (wv) for (let k = 0; k < z.length; k++) z[k] += wv[k];
  }
  return z.map((v) => 1 / (1 + Math.exp(-v)));
}

/** The parties a sentence names, once each (first mention), leaving out names used as modifiers ("Nvidia chips"). */
export function partiesIn(info: SentenceInfo): Mention[] {
  const seen = new Set<string>();
  const out: Mention[] = [];
  for (const m of info.mentions) {
    if (m.attr || m.mod || seen.has(m.ent.key)) continue;
    seen.add(m.ent.key);
    out.push(m);
  }
  return out;
}

const recall = bundleModel<RecallModel>('./lang/en/learned-recall.json');
/** The bundle's recall model, or null when it has none (the layer then adds nothing). */
export const recallModel = recall.get;
/** For tests and training: use this model (null: none) until reset with undefined. */
export const setRecallModel = recall.set;
