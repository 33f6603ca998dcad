/**
 * Benchmark articles: ~4,000 characters each, recombined from our own sentences — the extractor
 * benchmark's (bench/sentences.ts) plus every sentence of the fictional sample feeds and pages in
 * feeds/samples/. The larger pool keeps generated articles apart, so the near-duplicate check in
 * fetch-article does not fold them into one another as it would with a pool of a few dozen sentences.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseFeed } from '../../feeds/parse.ts';
import { extractMainText } from '../../feeds/page.ts';
import { fragmentToText } from '../../workers/fetch-article.ts';
import { SENTENCES } from '../sentences.ts';

export interface BenchArticle {
  id: number;
  title: string;
  /** Paragraphs separated by blank lines. */
  text: string;
  published: string;
}

const SAMPLES = join(import.meta.dirname, '..', '..', 'feeds', 'samples');

/** Splits text into sentences at ., ! or ? followed by a capital letter or a quote. */
export function splitSentences(text: string): string[] {
  return text
    .split(/\n+/)
    .flatMap((p) => p.split(/(?<=[.!?]["”’]?)\s+(?=["“‘A-Z])/))
    .map((s) => s.trim())
    .filter((s) => s.length >= 40 && s.length <= 400 && /[.!?]["”’]?$/.test(s));
}

/** Every distinct sentence of the benchmark pool. */
export async function loadSentencePool(): Promise<string[]> {
  const pool = new Set<string>(SENTENCES);
  for (const file of readdirSync(SAMPLES)) {
    if (!/\.(rss|atom)$/.test(file)) continue;
    const xml = readFileSync(join(SAMPLES, file), 'utf8').replaceAll('{{BASE}}', 'http://127.0.0.1');
    const feed = await parseFeed(xml, { url: `http://127.0.0.1/${file}` });
    for (const item of feed.items) {
      for (const s of splitSentences(fragmentToText(item.content) || fragmentToText(item.summary))) pool.add(s);
    }
  }
  for (const file of readdirSync(join(SAMPLES, 'articles'))) {
    const html = readFileSync(join(SAMPLES, 'articles', file), 'utf8');
    for (const s of splitSentences(extractMainText(html, `http://127.0.0.1/articles/${file}`).text)) pool.add(s);
  }
  return [...pool];
}

/** `n` deterministic articles of about `chars` characters in paragraphs of 3–5 sentences. */
export function makeBenchArticles(pool: readonly string[], n: number, chars = 4000, seed = 7): BenchArticle[] {
  let x = seed >>> 0;
  const rnd = () => (x = (Math.imul(x, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  const pick = () => pool[Math.floor(rnd() * pool.length)]!;
  const out: BenchArticle[] = [];
  const now = Date.now();
  for (let i = 0; i < n; i++) {
    const paras: string[] = [];
    let len = 0;
    while (len < chars) {
      const k = 3 + Math.floor(rnd() * 3);
      const para = Array.from({ length: k }, pick).join(' ');
      paras.push(para);
      len += para.length + 2;
    }
    const title = pick().replace(/[.!?]["”’]?$/, '').slice(0, 140);
    // Published over the last two weeks, newest first.
    out.push({ id: i + 1, title, text: paras.join('\n\n'), published: new Date(now - i * 60_000 - Math.floor(rnd() * 14) * 86_400_000).toISOString() });
  }
  return out;
}
