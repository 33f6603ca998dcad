// Trains the learned layers of the extractor (extract/learned.ts) on our own labelled sets (bench/own-texts, CC0) and
// measures them: the event filter (shipped) and, with --recall, the recall layer (a sentence model and a pair model
// per type; measured and not shipped, extract/README.md) under the filter.
//
//   node bin/run-ts.mjs extract/learn/train.ts [--cv] [--test FILE[,FILE]] [--write] [--recall] [--sets a.jsonl,b.jsonl]
//       [--recall-threshold P] [--filter-threshold P]
//
// --cv: leave one set out — train on the other sets, score the left-out set without the layers, with the recall layer
//       alone (same as without unless --recall), and with the filter (trained on the events the engine, with the
//       recall layer if any, gives the other sets).
// --test: after training on every set, score these files (the real development texts, a new set) the same three ways.
// --write: write the filter to extract/lang/en/event-filter.json (and with --recall the recall layer to
//          extract/lang/en/learned-recall.json, which turns it on).
// Scoring uses ../shared/eval/score.mjs.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractOrThrow } from '../index.ts';
import { setFilterModel, setRecallModel, type FilterModel, type RecallModel } from '../learned.ts';
import { TYPES, filterRows, readSet, recallRows, trainLinear, type Article, type Row } from './lib.ts';

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
const RECALL = { threshold: Number(opt('recall-threshold', '0.7')), l2: 3e-3, epochs: 8 };
const FILTER = { threshold: Number(opt('filter-threshold', '0.15')), l2: 1e-3, epochs: 10 };
const useRecall = args.includes('--recall');

function recallModelOf(rows: { sent: Row[]; pair: Row[] }[]): RecallModel {
  return { types: TYPES, sentence: trainLinear(rows.flatMap((r) => r.sent), TYPES.length, RECALL.l2, RECALL.epochs),
    pair: trainLinear(rows.flatMap((r) => r.pair), TYPES.length, RECALL.l2, RECALL.epochs), thresholds: TYPES.map(() => RECALL.threshold) };
}
/** The filter, trained on the events the engine gives the articles with this recall model. */
function filterModelOf(arts: Article[], recall: RecallModel | null): FilterModel {
  setRecallModel(recall);
  const rows = arts.flatMap((a) => filterRows(a).rows);
  setRecallModel(undefined);
  const m = trainLinear(rows, 1, FILTER.l2, FILTER.epochs);
  return { weights: Object.fromEntries(Object.entries(m.weights).map(([f, v]) => [f, v[0]])), bias: m.bias[0], threshold: FILTER.threshold };
}

type Score = { tp: number; fp: number; p: number; r: number; f: number; neg: number };
let scorer: { score: (g: unknown[], p: unknown[]) => { overall: { tp: number; fp: number; precision: number; recall: number; f1: number } } } | null = null;
async function scoreOf(arts: Article[], recall: RecallModel | null, filter: FilterModel | null): Promise<Score> {
  scorer ??= await import(pathToFileURL(resolve('../shared/eval/score.mjs')).href);
  setRecallModel(recall); setFilterModel(filter);
  const preds = arts.map((a) => ({ id: a.id, ...extractOrThrow({ id: a.id, title: a.title, text: a.text, published: a.published }, { recall: !!recall, filter: !!filter }) }));
  setRecallModel(undefined); setFilterModel(undefined);
  const o = scorer!.score(arts, preds).overall;
  const neg = preds.filter((_, i) => !(arts[i].gold?.events ?? []).length).reduce((n, p) => n + p.events.length, 0);
  return { tp: o.tp, fp: o.fp, p: o.precision, r: o.recall, f: o.f1, neg };
}
const fmt = (s: Score): string => `${s.tp}/${s.fp} P ${s.p.toFixed(3)} R ${s.r.toFixed(3)} F1 ${s.f.toFixed(3)} neg ${s.neg}`;

const sets = setFiles.map((f) => { const arts = readSet(f); return { name: basename(f, '.jsonl'), arts, rrows: useRecall ? arts.map(recallRows) : [] }; });
process.stderr.write(`train: ${sets.length} sets, ${sets.reduce((n, s) => n + s.arts.length, 0)} texts\n`);
console.log('set: right/wrong P R F1 neg (events on texts with no dispute) — without the layers | recall layer | recall layer + filter');
if (args.includes('--cv')) {
  const sum = [0, 0, 0];
  for (const s of sets) {
    const others = sets.filter((x) => x !== s);
    const R = useRecall ? recallModelOf(others.flatMap((x) => x.rrows)) : null;
    const F = filterModelOf(others.flatMap((x) => x.arts), R);
    const r = [await scoreOf(s.arts, null, null), await scoreOf(s.arts, R, null), await scoreOf(s.arts, R, F)];
    r.forEach((x, i) => { sum[i] += x.tp - x.fp; });
    console.log(`${s.name.padEnd(16)} ${r.map(fmt).join(' | ')}`);
  }
  console.log(`right - wrong over the left-out sets: ${sum.join(' | ')}`);
}
const R = useRecall ? recallModelOf(sets.flatMap((s) => s.rrows)) : null;
const F = filterModelOf(sets.flatMap((s) => s.arts), R);
for (const f of opt('test')?.split(',') ?? []) {
  const arts = readSet(f);
  console.log(`${basename(f).padEnd(16)} ${[await scoreOf(arts, null, null), await scoreOf(arts, R, null), await scoreOf(arts, R, F)].map(fmt).join(' | ')}`);
}
if (args.includes('--write')) {
  const about = { trainedOn: sets.map((s) => s.name), command: 'node bin/run-ts.mjs extract/learn/train.ts --write' };
  if (R) writeFileSync('extract/lang/en/learned-recall.json', JSON.stringify({ ...R, about: { ...about, ...RECALL } }) + '\n');
  writeFileSync('extract/lang/en/event-filter.json', JSON.stringify({ ...F, about: { ...about, ...FILTER } }) + '\n');
  process.stderr.write(`train: wrote extract/lang/en/event-filter.json${R ? ' and extract/lang/en/learned-recall.json' : ''}\n`);
}
