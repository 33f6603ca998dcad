// Article-text benchmark: our extractMainText against @mozilla/readability (on linkedom) on the
// same pages of ../shared/corpora/article-extraction, both scored by the corpus's score.mjs.
//   npm run bench:text [-- CORPUS_DIR]
import { readFileSync, writeFileSync, mkdtempSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { gunzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extractMainText } from '../feeds/page.ts';

export const DEFAULT_TEXT_CORPUS = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../shared/corpora/article-extraction');

export interface ExtractorRun {
  name: string;
  f1: number;
  precision: number;
  recall: number;
  accuracy: number;
  medianMs: number;
  p95Ms: number;
}

type Extractor = (html: string, url: string) => string;

export const ours: Extractor = (html, url) => extractMainText(html, url).text;

export const readability: Extractor = (html) => {
  const { document } = parseHTML(html);
  const article = new Readability(document as unknown as Document).parse();
  return article?.textContent ?? '';
};

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

/** Runs the given extractors over the corpus and scores each with score.mjs. */
export function benchPageText(corpusDir: string, extractors: Record<string, Extractor> = { brinkwatch: ours, 'readability+linkedom': readability }): ExtractorRun[] {
  const truth = JSON.parse(readFileSync(join(corpusDir, 'ground-truth.json'), 'utf8')) as Record<string, { url: string }>;
  const pages = Object.entries(truth).map(([id, { url }]) => ({
    id,
    url,
    html: gunzipSync(readFileSync(join(corpusDir, 'html', `${id}.html.gz`))).toString('utf8'),
  }));
  const dir = mkdtempSync(join(tmpdir(), 'bench-text-'));
  const runs: ExtractorRun[] = [];
  for (const [name, extract] of Object.entries(extractors)) {
    const predictions: Record<string, string> = {};
    const times: number[] = [];
    for (const page of pages) {
      const t0 = performance.now();
      let text = '';
      try {
        text = extract(page.html, page.url);
      } catch (err) {
        process.stderr.write(`bench: ${name} failed on ${page.id}: ${(err as Error).message}\n`);
      }
      times.push(performance.now() - t0);
      predictions[page.id] = text;
    }
    const predFile = join(dir, `${name.replace(/[^\w.-]/g, '_')}.json`);
    writeFileSync(predFile, JSON.stringify(predictions));
    const out = execFileSync(process.execPath, [join(corpusDir, 'score.mjs'), join(corpusDir, 'ground-truth.json'), predFile, '--json', '--bootstrap', '0'], { encoding: 'utf8' });
    const s = JSON.parse(out);
    const pick = (k: string) => (typeof s[k] === 'number' ? s[k] : s[k]?.value ?? s[k]?.mean ?? NaN);
    times.sort((a, b) => a - b);
    runs.push({ name, f1: pick('f1'), precision: pick('precision'), recall: pick('recall'), accuracy: pick('accuracy'), medianMs: quantile(times, 0.5), p95Ms: quantile(times, 0.95) });
  }
  return runs;
}

// Run as a script (directly with tsx, or through bin/run-ts.mjs as `npm run bench:text` does).
if (/(page-text\.ts|run-ts\.mjs)$/.test(process.argv[1] ?? '')) {
  const dir = resolve(process.argv[2] ?? DEFAULT_TEXT_CORPUS);
  if (!existsSync(dir)) {
    process.stderr.write(`bench: ${dir} not found\n`);
    process.exit(1);
  }
  const runs = benchPageText(dir);
  process.stdout.write(`${'extractor'.padEnd(22)} ${'F1'.padStart(6)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'acc'.padStart(6)} ${'ms med'.padStart(7)} ${'ms p95'.padStart(7)}\n`);
  for (const r of runs) {
    process.stdout.write(`${r.name.padEnd(22)} ${r.f1.toFixed(4).padStart(6)} ${r.precision.toFixed(4).padStart(6)} ${r.recall.toFixed(4).padStart(6)} ${r.accuracy.toFixed(3).padStart(6)} ${r.medianMs.toFixed(1).padStart(7)} ${r.p95Ms.toFixed(1).padStart(7)}\n`);
  }
}
