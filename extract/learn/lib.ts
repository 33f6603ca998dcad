// The parts of the learned event filter's trainer (extract/learned.ts, learn/train.ts): reading our labelled sets, the
// scorer's name rule, labels from gold events, and one sparse logistic learner.
import { readFileSync } from 'node:fs';
import { extractOrThrow, type EventType, type ExtractedEvent } from '../index.ts';

export interface Gold { type: EventType; actor: string | string[]; target: string | string[] | null; optional?: boolean }
export interface Article { id: string; title?: string; text: string; published?: string; gold?: { events: Gold[] } }
export const readSet = (f: string): Article[] => readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Article);

// The scorer's name normalisation (../shared/eval/CONTRACT.md, "Scoring"), so that labels agree with scoring.
const SUFFIXES = new Set(['inc', 'corp', 'corporation', 'ltd', 'limited', 'group', 'pbc', 'llc', 'co']);
export function normName(name: string): string {
  let s = name.normalize('NFKC').toLowerCase().replace(/[\u2018\u2019\u02bc]/g, "'");
  s = s.replace(/\bu\.\s?s\.(?:\s?a\.)?/g, (m) => m.replace(/[.\s]/g, '')).replace(/[\p{P}\p{S}]+/gu, '');
  let toks = s.split(/\s+/).filter(Boolean);
  if (toks[0] === 'the' && toks.length > 1) toks = toks.slice(1);
  toks = toks.flatMap((t) => (t === 'us' || t === 'usa' ? ['united', 'states'] : [t]));
  while (toks.length > 1 && SUFFIXES.has(toks[toks.length - 1])) toks.pop();
  return toks.join(' ');
}
const list = (v: string | string[] | null): string[] | null => (v == null ? null : Array.isArray(v) ? v : [v]);

/** A training row: sparse features and 1 right, 0 wrong, null left out. */
export interface Row { feats: string[]; y: 0 | 1 | null }

/**
 * An article's events before the filter, with features and labels: right when the event matches a non-optional gold
 * event by the scorer's rule, left out when it matches only an optional one, else wrong (greedy one-to-one,
 * non-optional gold first). Also the article's scored gold count.
 */
export function filterRows(a: Article): { rows: Row[]; gold: number } {
  let got: { event: ExtractedEvent; features: string[] }[] = [];
  extractOrThrow({ id: a.id, title: a.title, text: a.text, published: a.published }, { filter: false, collect: (r) => { got = r; } });
  const gold = (a.gold?.events ?? []).map((g) => ({ type: g.type, optional: !!g.optional, used: false,
    actors: new Set(list(g.actor)!.map(normName)), targets: list(g.target) ? new Set(list(g.target)!.map(normName)) : null }));
  const fits = (e: ExtractedEvent, g: (typeof gold)[number]): boolean => g.type === e.type && g.actors.has(normName(e.actor))
    && (g.targets === null || (e.target !== null && g.targets.has(normName(e.target))));
  const y: (0 | 1 | null)[] = got.map(() => 0);
  for (const optional of [false, true]) {
    got.forEach(({ event }, i) => {
      if (y[i] !== 0) return;
      const g = gold.find((x) => !x.used && x.optional === optional && fits(event, x));
      if (g) { g.used = true; y[i] = optional ? null : 1; }
    });
  }
  return { rows: got.map((x, i) => ({ feats: x.features, y: y[i] })), gold: gold.filter((g) => !g.optional).length };
}

/**
 * Binary logistic regression over sparse string features: AdaGrad with L2 over a fixed shuffle. Written here because the
 * maintained JavaScript learners take dense matrices (see learned.ts).
 */
export function trainLogistic(rows: Row[], l2: number, epochs: number): { weights: Record<string, number>; bias: number } {
  const index = new Map<string, number>();
  for (const r of rows) for (const f of r.feats) if (!index.has(f)) index.set(f, index.size);
  const W = new Float64Array(index.size), G = new Float64Array(index.size).fill(1e-8);
  let bias = 0, gb = 1e-8;
  const enc = rows.map((r) => ({ x: [...new Set(r.feats)].map((f) => index.get(f)!), y: r.y }));
  let seed = 7;
  const rand = (): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  for (let ep = 0; ep < epochs; ep++) {
    for (let i = enc.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [enc[i], enc[j]] = [enc[j], enc[i]]; }
    for (const { x, y } of enc) {
      if (y === null) continue;
      let z = bias;
      for (const i of x) z += W[i];
      const g = 1 / (1 + Math.exp(-z)) - y;
      gb += g * g; bias -= (0.2 / Math.sqrt(gb)) * g;
      for (const i of x) { const gi = g + l2 * W[i]; G[i] += gi * gi; W[i] -= (0.2 / Math.sqrt(G[i])) * gi; }
    }
  }
  const weights: Record<string, number> = {};
  for (const [f, i] of index) { const w = Math.round(W[i] * 1000) / 1000; if (Math.abs(w) >= 0.005) weights[f] = w; }
  return { weights, bias: Math.round(bias * 1000) / 1000 };
}
