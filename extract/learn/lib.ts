// What the trainers of the learned layers share (extract/learned.ts): reading our labelled sets, the scorer's name
// rule, labels from gold events, and one sparse logistic learner.
import { readFileSync } from 'node:fs';
import { extractOrThrow, type EventType, type ExtractedEvent, type LearnSentence } from '../index.ts';

export const TYPES: EventType[] = ['ALLEGATION', 'DENIAL', 'LEGAL_ACTION', 'INVESTIGATION', 'RESTRICTION', 'THREAT', 'DEMAND', 'DEESCALATION'];

export interface Gold { type: EventType; actor: string | string[]; target: string | string[] | null; optional?: boolean; evidence?: string }
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
const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();
const list = (v: string | string[] | null): string[] | null => (v == null ? null : Array.isArray(v) ? v : [v]);
const goldOf = (a: Article) => (a.gold?.events ?? []).map((g) => ({ type: g.type, optional: !!g.optional, ev: squash(g.evidence ?? ''),
  actors: new Set(list(g.actor)!.map(normName)), targets: list(g.target) ? new Set(list(g.target)!.map(normName)) : null }));

/** A training row: sparse features and, per type (or one value), 1 right, 0 wrong, null left out. */
export interface Row { feats: string[]; y: (0 | 1 | null)[] }
const input = (a: Article) => ({ id: a.id, title: a.title, text: a.text, published: a.published });

/**
 * The recall layer's rows of an article: every text sentence (positive for a type when a non-optional gold event of
 * that type has it as evidence) and every pair of its parties (for a type whose gold event is on the sentence: positive
 * when the pair is that event's actor and target).
 */
export function recallRows(a: Article): { sent: Row[]; pair: Row[] } {
  let got: LearnSentence[] = [];
  extractOrThrow(input(a), { recall: false, filter: false, collectSentences: (r) => { got = r; } });
  const gold = goldOf(a);
  const sent: Row[] = [], pair: Row[] = [];
  for (const s of got) {
    const st = squash(s.sentence);
    const on = gold.filter((g) => g.ev && (g.ev.includes(st) || st.includes(g.ev) || (g.ev.length >= 40 && st.includes(g.ev.slice(0, 40)))));
    sent.push({ feats: s.feats, y: TYPES.map((t) => (on.some((g) => g.type === t && !g.optional) ? 1 : on.some((g) => g.type === t) ? null : 0)) });
    for (const p of s.pairs) {
      const A = normName(p.actor), B = normName(p.target);
      pair.push({ feats: p.feats, y: TYPES.map((t) => {
        const gs = on.filter((g) => g.type === t && !g.optional && g.targets);
        return gs.length ? (gs.some((g) => g.actors.has(A) && g.targets!.has(B)) ? 1 : 0) : null;
      }) });
    }
  }
  return { sent, pair };
}

/**
 * The filter's rows of an article: each event before the filter (the recall layer as currently set), right when it
 * matches a non-optional gold event by the scorer's rule, left out when it matches only an optional one, else wrong
 * (greedy one-to-one, non-optional gold first). Also the events themselves and the article's scored gold count.
 */
export function filterRows(a: Article): { rows: Row[]; events: ExtractedEvent[]; gold: number } {
  let got: { event: ExtractedEvent; features: string[] }[] = [];
  extractOrThrow(input(a), { recall: true, filter: false, collect: (r) => { got = r; } });
  const gold = goldOf(a).map((g) => ({ ...g, used: false }));
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
  return { rows: got.map((x, i) => ({ feats: x.features, y: [y[i]] })), events: got.map((x) => x.event), gold: gold.filter((g) => !g.optional).length };
}

/**
 * Logistic regression over sparse string features, one binary model per output (types, or one): AdaGrad with L2 over a
 * fixed shuffle. Written here because the maintained JavaScript learners take dense matrices (see learned.ts).
 */
export function trainLinear(rows: Row[], outputs: number, l2: number, epochs: number): { weights: Record<string, number[]>; bias: number[] } {
  const index = new Map<string, number>();
  for (const r of rows) for (const f of r.feats) if (!index.has(f)) index.set(f, index.size);
  const K = outputs;
  const W = new Float64Array(index.size * K), G = new Float64Array(index.size * K).fill(1e-8);
  const bias = new Float64Array(K), gb = new Float64Array(K).fill(1e-8);
  const enc = rows.map((r) => ({ x: [...new Set(r.feats)].map((f) => index.get(f)!), y: r.y }));
  let seed = 7;
  const rand = (): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  for (let ep = 0; ep < epochs; ep++) {
    for (let i = enc.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [enc[i], enc[j]] = [enc[j], enc[i]]; }
    for (const { x, y } of enc) for (let k = 0; k < K; k++) {
      if (y[k] === null) continue;
      let z = bias[k];
      for (const i of x) z += W[i * K + k];
      const g = 1 / (1 + Math.exp(-z)) - y[k]!;
      gb[k] += g * g; bias[k] -= (0.2 / Math.sqrt(gb[k])) * g;
      for (const i of x) { const j = i * K + k; const gi = g + l2 * W[j]; G[j] += gi * gi; W[j] -= (0.2 / Math.sqrt(G[j])) * gi; }
    }
  }
  const weights: Record<string, number[]> = {};
  for (const [f, i] of index) {
    const v = Array.from({ length: K }, (_, k) => Math.round(W[i * K + k] * 1000) / 1000);
    if (v.some((x) => Math.abs(x) >= 0.005)) weights[f] = v;
  }
  return { weights, bias: Array.from(bias, (b) => Math.round(b * 1000) / 1000) };
}
