// Extraction throughput: synthetic ~4,000-character articles recombined from bench/sentences.ts,
// run through extract() on one core. `npx tsx bench/extract.ts [ARTICLES]` prints the figure.
import { pathToFileURL } from 'node:url';
import { extract } from '../extract/index.ts';
import { SENTENCES } from './sentences.ts';

export interface BenchResult { articlesPerSecond: number; articles: number; avgChars: number; wallArticlesPerSecond: number }

/** Deterministic pseudo-random articles of about `chars` characters, paragraphs of 3–5 sentences. */
export function makeArticles(n: number, chars = 4000, seed = 42): { title: string; text: string; published: string }[] {
  let x = seed >>> 0;
  const rnd = () => ((x = (Math.imul(x, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const out: { title: string; text: string; published: string }[] = [];
  for (let i = 0; i < n; i++) {
    const paras: string[] = [];
    let len = 0;
    while (len < chars) {
      const k = 3 + Math.floor(rnd() * 3);
      const p: string[] = [];
      for (let j = 0; j < k; j++) p.push(SENTENCES[Math.floor(rnd() * SENTENCES.length)]);
      const para = p.join(' ');
      paras.push(para);
      len += para.length + 2;
    }
    const day = 1 + Math.floor(rnd() * 28);
    out.push({ title: SENTENCES[Math.floor(rnd() * SENTENCES.length)], text: paras.join('\n\n'), published: `2026-10-${String(day).padStart(2, '0')}` });
  }
  return out;
}

/** Measures extract() throughput over `articles` synthetic articles (default 1,000). */
export async function benchExtract(opts: { articles?: number } = {}): Promise<BenchResult> {
  const n = opts.articles ?? 1000;
  const articles = makeArticles(n);
  for (const a of makeArticles(100, 4000, 7)) extract(a); // warm-up: JIT and the gazetteer
  // Throughput on one core is counted in this process's CPU time, so that other work on a shared machine does not skew it.
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  let events = 0;
  for (const a of articles) events += extract(a).events.length;
  const cpu = process.cpuUsage(c0);
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  const secs = (cpu.user + cpu.system) / 1e6;
  if (events === 0) throw new Error('bench: no events extracted; the benchmark input is broken');
  const avgChars = Math.round(articles.reduce((s, a) => s + a.text.length, 0) / n);
  return { articlesPerSecond: Math.round(n / secs), articles: n, avgChars, wallArticlesPerSecond: Math.round(n / wall) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const n = Number(process.argv[2] ?? 1000);
  const r = await benchExtract({ articles: Number.isFinite(n) && n > 0 ? n : 1000 });
  console.log(`extract: ${r.articlesPerSecond} articles/s (CPU time, one core; ${r.wallArticlesPerSecond}/s wall clock) over ${r.articles} articles of ~${r.avgChars} chars`);
}
