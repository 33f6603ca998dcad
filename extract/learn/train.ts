// Trains the learned event filter (extract/learned.ts) on our own labelled sets (bench/own-texts, CC0) and measures it.
//
//   node bin/run-ts.mjs extract/learn/train.ts [--cv] [--test FILE[,FILE]] [--write] [--sets a.jsonl,b.jsonl] [--threshold P]
//
// --cv: leave one set out — train on the other sets, score the left-out set without and with the filter.
// --test: after training on every set, score these files (the real development texts, a new set) without and with it.
// --write: write the model to extract/lang/en/event-filter.json.
// The default sets are v1–v14; v15 and v16 stay out, as blind sets. Scoring uses ../shared/eval/score.mjs.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractOrThrow } from '../index.ts';
import { setFilterModel, type FilterModel } from '../learned.ts';
import { filterRows, readSet, trainLogistic, type Article, type Row } from './lib.ts';

const args = process.argv.slice(2);
if (args.includes('-h') || args.includes('--help')) {
  process.stdout.write(readFileSync(new URL(import.meta.url), 'utf8').split('\n').filter((l) => l.startsWith('//')).map((l) => l.slice(3)).join('\n') + '\n');
  process.exit(0);
}
const opt = (name: string, dflt: string | null = null): string | null => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : dflt; };
const DEFAULT_SETS = ['written-against', 'held-out', 'v3', 'v4-blind', 'v5-blind', 'v6-blind', 'v7-blind', 'v8-blind', 'v9-blind', 'v10-blind', 'v11-blind', 'v12-blind', 'v13-blind', 'v14-blind']
  .map((n) => `bench/own-texts/${n}.jsonl`);
const setFiles = opt('sets')?.split(',') ?? DEFAULT_SETS;
const FILTER = { threshold: Number(opt('threshold', '0.15')), l2: 1e-3, epochs: 10 };

function modelOf(rows: Row[]): FilterModel {
  return { ...trainLogistic(rows, FILTER.l2, FILTER.epochs), threshold: FILTER.threshold };
}

type Score = { tp: number; fp: number; p: number; r: number; f: number; neg: number };
let scorer: { score: (g: unknown[], p: unknown[]) => { overall: { tp: number; fp: number; precision: number; recall: number; f1: number } } } | null = null;
async function scoreOf(arts: Article[], filter: FilterModel | null): Promise<Score> {
  scorer ??= await import(pathToFileURL(resolve('../shared/eval/score.mjs')).href);
  setFilterModel(filter);
  const preds = arts.map((a) => ({ id: a.id, ...extractOrThrow({ id: a.id, title: a.title, text: a.text, published: a.published }, { filter: !!filter }) }));
  setFilterModel(undefined);
  const o = scorer!.score(arts, preds).overall;
  const neg = preds.filter((_, i) => !(arts[i].gold?.events ?? []).length).reduce((n, p) => n + p.events.length, 0);
  return { tp: o.tp, fp: o.fp, p: o.precision, r: o.recall, f: o.f1, neg };
}
const fmt = (s: Score): string => `${s.tp}/${s.fp} P ${s.p.toFixed(3)} R ${s.r.toFixed(3)} F1 ${s.f.toFixed(3)} neg ${s.neg}`;

const sets = setFiles.map((f) => { const arts = readSet(f); return { name: basename(f, '.jsonl'), arts, rows: arts.flatMap((a) => filterRows(a).rows) }; });
process.stderr.write(`train: ${sets.length} sets, ${sets.reduce((n, s) => n + s.rows.length, 0)} events\n`);
console.log('set: right/wrong P R F1 neg (events on texts with no dispute) — without the filter | with it');
if (args.includes('--cv')) {
  const sum = [0, 0];
  for (const s of sets) {
    const m = modelOf(sets.filter((x) => x !== s).flatMap((x) => x.rows));
    const r = [await scoreOf(s.arts, null), await scoreOf(s.arts, m)];
    r.forEach((x, i) => { sum[i] += x.tp - x.fp; });
    console.log(`${s.name.padEnd(16)} ${r.map(fmt).join(' | ')}`);
  }
  console.log(`right - wrong over the left-out sets: ${sum.join(' | ')}`);
}
const model = modelOf(sets.flatMap((s) => s.rows));
for (const f of opt('test')?.split(',') ?? []) {
  const arts = readSet(f);
  console.log(`${basename(f).padEnd(16)} ${[await scoreOf(arts, null), await scoreOf(arts, model)].map(fmt).join(' | ')}`);
}
if (args.includes('--write')) {
  const about = { trainedOn: sets.map((s) => s.name), command: 'node bin/run-ts.mjs extract/learn/train.ts --write', ...FILTER };
  writeFileSync('extract/lang/en/event-filter.json', JSON.stringify({ ...model, about }) + '\n');
  process.stderr.write('train: wrote extract/lang/en/event-filter.json\n');
}
