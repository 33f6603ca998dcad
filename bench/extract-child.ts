/**
 * The measured side of the extraction benchmark, run as a child of bench/extract.ts so that it can be pinned to one
 * CPU and its memory is its own: `node bin/run-ts.mjs bench/extract-child.ts throughput|rss N` prints one JSON line.
 *   throughput  extract() over N generated articles after a warm-up of 300; CPU time of the whole process (every
 *               thread, on the one CPU it is pinned to) and wall time.
 *   rss         N generated articles made one at a time, extracted as the worker extracts a stored article
 *               (workers/extract-article.ts extractStoredArticle: extract() and the process's heap budget) and
 *               dropped; RSS after every tenth of them and the process's peak (maxRSS) at the end. bench/extract.ts
 *               starts it as bin/launch.mjs starts `brinkwatch worker`, with one malloc arena.
 */
import { extract } from '../extract/index.ts';
import { extractStoredArticle } from '../workers/extract-article.ts';
import type { Article } from '../db/queries/articles.ts';
import type { Ctx } from '../workers/context.ts';
import { makeStories, makeStoryArticle, type StoryArticle } from './lib/stories.ts';

const [mode, count] = process.argv.slice(2);
const n = Number(count);
if ((mode !== 'throughput' && mode !== 'rss') || !Number.isInteger(n) || n < 1) {
  process.stderr.write('usage: bench/extract-child.ts throughput|rss N\n');
  process.exit(2);
}
const stories = makeStories(400);
const mb = (bytes: number) => Math.round(bytes / 104_857.6) / 10;

if (mode === 'throughput') {
  const articles = Array.from({ length: n }, (_, i) => makeStoryArticle(stories, i));
  // Warm-up on other articles: the JIT and the gazetteer's first use are start-up, not throughput.
  for (let i = 0; i < 300; i++) extract(makeStoryArticle(stories, 1_000_000 + i));
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  let events = 0;
  for (const a of articles) events += extract(a).events.length;
  const wall = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(c0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const chars = articles.reduce((s, a) => s + a.text.length, 0);
  process.stdout.write(`${JSON.stringify({ articles: n, avgChars: Math.round(chars / n), events, cpuSeconds, wallSeconds: wall, articlesPerCpuSecond: n / cpuSeconds, articlesPerWallSecond: n / wall })}\n`);
} else {
  const samples: { articles: number; rssMb: number; heapUsedMb: number }[] = [];
  let events = 0;
  const t0 = performance.now();
  // All extractStoredArticle reads of its context is the clock and whether the learned filter runs (EXTRACT_FILTER, off).
  const ctx = { now: () => new Date(), config: { workers: { extractFilter: false } } } as unknown as Ctx;
  const stored = (a: StoryArticle, i: number) => {
    const at = new Date(a.published);
    return { id: i + 1, title: a.title, url: `https://example.org/${a.id}`, text: a.text, publishedAt: at, fetchedAt: at, createdAt: at } as Article & { text: string };
  };
  for (let i = 0; i < n; i++) {
    events += extractStoredArticle(ctx, stored(makeStoryArticle(stories, i), i)).events.length;
    if ((i + 1) % Math.max(1, Math.floor(n / 10)) === 0) {
      const m = process.memoryUsage();
      samples.push({ articles: i + 1, rssMb: mb(m.rss), heapUsedMb: mb(m.heapUsed) });
    }
  }
  const wall = (performance.now() - t0) / 1000;
  // maxRSS is in kilobytes (getrusage's ru_maxrss).
  const peakRssMb = Math.round(process.resourceUsage().maxRSS / 102.4) / 10;
  process.stdout.write(`${JSON.stringify({ articles: n, events, wallSeconds: wall, peakRssMb, samples })}\n`);
}
