// The learned event filter (issue 17): a logistic model over what the engine knows of each event it found — the
// pattern that fired, how each role was filled (subject, carried over, counterpart, …), the parties' kinds, the field,
// a quotation, background, whether it answers another event, the pattern's confidence — scores
// how likely the event is right; when asked (`filter: true`, `--filter`, EXTRACT_FILTER), events below the threshold are dropped.
//
// It knows no English word: its features are the engine's own labels (pattern ids, role-filling methods, kinds). The
// weights are language data (extract/lang/en/event-filter.json), trained by `extract/learn/train.ts` on our own CC0
// sets only (bench/own-texts), never on the development texts of ../shared.
//
// Why a model of our own and not a library's: inference is a sum of a few dozen weights and a sigmoid, and training one
// binary logistic model over ~2,000 events of sparse string features is thirty lines (learn/lib.ts); the maintained
// JavaScript learners (mljs' ml-logistic-regression, natural's LogisticRegressionClassifier) take a dense matrix over
// a vocabulary, and would add a dependency to the product for a dot product.
import { createRequire } from 'node:module';
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

let model: FilterModel | null | undefined;
/** The language bundle's filter, or null when it has none (every event is then kept). */
export function filterModel(): FilterModel | null {
  if (model === undefined) { try { model = createRequire(import.meta.url)('./lang/en/event-filter.json') as FilterModel; } catch { model = null; } }
  return model;
}
/** For tests and training: use this model (null: none) until reset with undefined (the bundle's again). */
export function setFilterModel(m: FilterModel | null | undefined): void { model = m; }
