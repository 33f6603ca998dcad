// Trains the learned event filter (extract/learned.ts) on our own labelled sets (bench/own-texts, CC0) and measures it.
//
//   node bin/run-ts.mjs extract/learn/train.ts [--out extract/lang/en/event-filter.json] [--cv] [--test FILE[,FILE]]
//       [--sets a.jsonl,b.jsonl] [--threshold P] [--l2 X] [--epochs N]
//
// Each event the engine gives (before the filter) is labelled right when it matches a gold event that is not optional
// (type, actor among the gold actor's names, target among its targets or the gold target null — the scorer's rule),
// left out when it matches only an optional one, wrong otherwise.
// --cv: leave one set out — train on the others, score the left-out set with and without the filter (both printed).
// --test: after training on every set, score these files with and without it (the real development texts, a new set).
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { extractOrThrow, type ExtractedEvent } from '../index.ts';
import { keepProbability, type FilterModel } from '../learned.ts';

const args = process.argv.slice(2);
if (args.includes('-h') || args.includes('--help')) {
  process.stdout.write(readFileSync(new URL(import.meta.url), 'utf8').split('\n').filter((l) => l.startsWith('//')).map((l) => l.slice(3)).join('\n') + '\n');
  process.exit(0);
}
const opt = (name: string, dflt: string | null = null): string | null => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : dflt; };
const OWN = 'bench/own-texts';
const DEFAULT_SETS = ['written-against', 'held-out', 'v3', 'v4-blind', 'v5-blind', 'v6-blind', 'v7-blind', 'v8-blind', 'v9-blind', 'v10-blind', 'v11-blind', 'v12-blind', 'v13-blind', 'v14-blind']
  .map((n) => `${OWN}/${n}.jsonl`);
const setFiles = opt('sets')?.split(',') ?? DEFAULT_SETS;
const L2 = Number(opt('l2', '1e-3'));
const EPOCHS = Number(opt('epochs', '10'));
const THRESHOLD = Number(opt('threshold', '0.3'));

interface Gold { type: string; actor: string | string[]; target: string | string[] | null; optional?: boolean }
interface Article { id: string; title?: string; text: string; published?: string; gold?: { events: Gold[] } }
const readSet = (f: string): Article[] => readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Article);

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

interface Row { feats: string[]; y: 0 | 1 | null }
interface Scored { events: ExtractedEvent[]; rows: Row[]; gold: number }
/** An article's events before the filter, with features and labels (greedy one-to-one match, non-optional gold first). */
function rowsOf(a: Article): Scored {
  let got: { event: ExtractedEvent; features: string[] }[] = [];
  extractOrThrow({ id: a.id, title: a.title, text: a.text, published: a.published }, { filter: false, collect: (r) => { got = r; } });
  const gold = (a.gold?.events ?? []).map((g) => ({ type: g.type, optional: !!g.optional, actors: new Set(list(g.actor)!.map(normName)),
    targets: list(g.target) ? new Set(list(g.target)!.map(normName)) : null, used: false }));
  const fits = (e: ExtractedEvent, g: (typeof gold)[number]): boolean => g.type === e.type && g.actors.has(normName(e.actor))
    && (g.targets === null || (e.target !== null && g.targets.has(normName(e.target))));
  const y: (0 | 1 | null)[] = got.map(() => 0);
  for (const pass of [false, true]) {
    got.forEach(({ event }, i) => {
      if (y[i] !== 0) return;
      const g = gold.find((x) => !x.used && x.optional === pass && fits(event, x));
      if (g) { g.used = true; y[i] = pass ? null : 1; }
    });
  }
  return { events: got.map((x) => x.event), rows: got.map((x, i) => ({ feats: x.features, y: y[i] })), gold: gold.filter((g) => !g.optional).length };
}

/** Binary logistic regression over sparse string features: AdaGrad, L2, a fixed shuffle. */
export function train(rows: Row[], threshold = THRESHOLD): FilterModel {
  const index = new Map<string, number>();
  for (const r of rows) for (const f of r.feats) if (!index.has(f)) index.set(f, index.size);
  const W = new Float64Array(index.size), G = new Float64Array(index.size).fill(1e-8);
  let bias = 0, gb = 1e-8;
  const lr = 0.2;
  const enc = rows.filter((r) => r.y !== null).map((r) => ({ x: r.feats.map((f) => index.get(f)!), y: r.y! }));
  let seed = 7;
  const rand = (): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  for (let ep = 0; ep < EPOCHS; ep++) {
    for (let i = enc.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [enc[i], enc[j]] = [enc[j], enc[i]]; }
    for (const { x, y } of enc) {
      let z = bias;
      for (const i of x) z += W[i];
      const g = 1 / (1 + Math.exp(-z)) - y;
      gb += g * g; bias -= (lr / Math.sqrt(gb)) * g;
      for (const i of x) { const gi = g + L2 * W[i]; G[i] += gi * gi; W[i] -= (lr / Math.sqrt(G[i])) * gi; }
    }
  }
  const weights: Record<string, number> = {};
  for (const [f, i] of index) if (Math.abs(W[i]) >= 0.001) weights[f] = Math.round(W[i] * 1000) / 1000;
  return { weights, bias: Math.round(bias * 1000) / 1000, threshold };
}

/** Right and wrong events of a set with and without the model, and F1. */
function measure(set: Scored[], m: FilterModel | null): { tp: number; fp: number; p: number; r: number; f: number } {
  let tp = 0, fp = 0, gold = 0;
  for (const a of set) {
    gold += a.gold;
    a.rows.forEach((r) => {
      if (m && keepProbability(m, r.feats) < m.threshold) return;
      if (r.y === 1) tp++; else if (r.y === 0) fp++;
    });
  }
  const p = tp + fp ? tp / (tp + fp) : 0, r = gold ? tp / gold : 0;
  return { tp, fp, p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}
const fmt = (s: ReturnType<typeof measure>): string => `P ${s.p.toFixed(3)} R ${s.r.toFixed(3)} F1 ${s.f.toFixed(3)} (${s.tp} right, ${s.fp} wrong)`;

const sets = setFiles.map((f) => ({ name: basename(f, '.jsonl'), scored: readSet(f).map(rowsOf) }));
process.stderr.write(`train: ${sets.length} sets, ${sets.reduce((n, s) => n + s.scored.reduce((k, a) => k + a.rows.length, 0), 0)} events\n`);
if (args.includes('--cv')) {
  let before = 0, after = 0;
  for (const s of sets) {
    const m = train(sets.filter((x) => x !== s).flatMap((x) => x.scored.flatMap((a) => a.rows)));
    const b = measure(s.scored, null), w = measure(s.scored, m);
    before += b.tp - b.fp; after += w.tp - w.fp;
    console.log(`${s.name.padEnd(16)} without ${fmt(b)}   with ${fmt(w)}`);
  }
  console.log(`right - wrong over the left-out sets: ${before} -> ${after}`);
}
const model = train(sets.flatMap((s) => s.scored.flatMap((a) => a.rows)));
for (const f of opt('test')?.split(',') ?? []) {
  const scored = readSet(f).map(rowsOf);
  console.log(`${basename(f).padEnd(16)} without ${fmt(measure(scored, null))}   with ${fmt(measure(scored, model))}`);
}
const out = opt('out');
if (out) {
  model.about = { trainedOn: sets.map((s) => s.name), events: sets.reduce((n, s) => n + s.scored.reduce((k, a) => k + a.rows.length, 0), 0), l2: L2, epochs: EPOCHS,
    command: `node bin/run-ts.mjs extract/learn/train.ts --out ${out}` };
  writeFileSync(out, JSON.stringify(model, null, 0) + '\n');
  process.stderr.write(`train: wrote ${out} (${Object.keys(model.weights).length} features)\n`);
}
