/**
 * Extraction benchmark (`npm run bench -- --only=extract`): the extractor's speed and memory against the targets
 * of issue 17, on generated ~4,000-character articles (bench/lib/stories.ts: four in five report a dispute's steps
 * among ordinary business paragraphs, one in five is plain business news).
 *   throughput  extract() over 1,000 articles in a child pinned to one CPU (bench/extract-child.ts): articles per
 *               CPU second of the whole process (target ≥ 200), and per wall second; run twice.
 *   memory      10,000 articles extracted in a child as `brinkwatch worker` extracts them (its extraction path, heap
 *               budget included, and one malloc arena): peak RSS (target < 300 MB) and RSS along the way; then
 *               `brinkwatch extract` on a 10,000-line JSON Lines file, its peak RSS and wall time; each run twice.
 *   start-up    `brinkwatch extract` on a one-article file, five times: median wall time (target < 1.5 s) and peak RSS.
 * The children run bench/extract-child.ts compiled as bin/build.mjs compiles the CLI (no tsx), the CLI runs from dist/.
 * `npx tsx bench/extract.ts [ARTICLES]` prints the in-process throughput alone.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extract } from '../extract/index.ts';
import { makeStories, makeStoryArticle } from './lib/stories.ts';
import { median, pinnedCpu, runMeasured } from './lib/measure.ts';

const ROOT = join(import.meta.dirname, '..');
const NODE = process.execPath;

export interface BenchResult { articlesPerSecond: number; articles: number; avgChars: number; wallArticlesPerSecond: number }

/** Measures extract() throughput in this process over `articles` generated articles (default 1,000). */
export async function benchExtract(opts: { articles?: number } = {}): Promise<BenchResult> {
  const n = opts.articles ?? 1000;
  const stories = makeStories(400);
  const articles = Array.from({ length: n }, (_, i) => makeStoryArticle(stories, i));
  for (let i = 0; i < 300; i++) extract(makeStoryArticle(stories, 1_000_000 + i)); // warm-up: JIT and the gazetteer
  // Counted in this process's CPU time, so that other work on a shared machine does not skew it.
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

export interface ExtractBenchOptions {
  /** Articles of the throughput run (≥ 1,000 for the target). */
  articles: number;
  /** Articles of the memory runs (10,000 for the target). */
  rssArticles: number;
  /** Runs of each throughput and memory measurement. */
  repeat: number;
  /** Runs of the one-article start-up. */
  startupRuns: number;
  workDir: string;
  progress?: (line: string) => void;
}

export interface ExtractBenchResult {
  throughput: { cpu: number; articles: number; avgChars: number; eventsPerArticle: number; runs: { articlesPerCpuSecond: number; articlesPerWallSecond: number }[] };
  memory: {
    articles: number;
    inProcess: { peakRssMb: number; rssAlongMb: number[]; wallSeconds: number }[];
    cli: { peakRssMb: number | null; wallSeconds: number; articlesPerSecond: number }[];
  };
  startup: { runs: number; medianMs: number; wallMs: number[]; medianPeakRssMb: number | null; peakRssMb: (number | null)[] };
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * bench/extract-child.ts compiled as bin/build.mjs compiles the CLI (into dist/, removed by the caller), so that the
 * children run the JavaScript that `brinkwatch` runs, without tsx's loader.
 */
async function compileChild(): Promise<{ file: string; dir: string }> {
  const { buildFile } = await import(pathToFileURL(join(ROOT, 'bin', 'build.mjs')).href);
  const dir = join(ROOT, 'dist', `bench-${process.pid}`);
  return { file: await buildFile(join(ROOT, 'bench', 'extract-child.ts'), dir), dir };
}

async function child(js: string, mode: 'throughput' | 'rss', n: number, cpu?: number, env?: NodeJS.ProcessEnv): Promise<any> {
  const r = await runMeasured(NODE, [js, mode, String(n)], { cpu, cwd: ROOT, env });
  if (r.code !== 0) throw new Error(`bench: extract-child ${mode} exited ${r.code}: ${r.stderr.trim().slice(-500)}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!);
}

/** Runs the throughput, memory and start-up measurements of the extractor. */
export async function runExtractBench(opts: ExtractBenchOptions): Promise<ExtractBenchResult> {
  const progress = opts.progress ?? (() => {});
  const cpu = pinnedCpu(cpus().length);
  const compiled = await compileChild();
  try {
    return await measure(opts, progress, cpu, compiled.file);
  } finally {
    rmSync(compiled.dir, { recursive: true, force: true });
  }
}

async function measure(opts: ExtractBenchOptions, progress: (line: string) => void, cpu: number, js: string): Promise<ExtractBenchResult> {
  // The CLI's own build brought up to date first, so that no run below pays for compiling it (bin/built.mjs).
  const { builtEntry } = await import(pathToFileURL(join(ROOT, 'bin', 'built.mjs')).href);
  await builtEntry('cli/main.ts');
  const runs: { articlesPerCpuSecond: number; articlesPerWallSecond: number }[] = [];
  let first: any;
  for (let k = 0; k < opts.repeat; k++) {
    const r = await child(js, 'throughput', opts.articles, cpu);
    first ??= r;
    runs.push({ articlesPerCpuSecond: round1(r.articlesPerCpuSecond), articlesPerWallSecond: round1(r.articlesPerWallSecond) });
    progress(`extract: throughput run ${k + 1}: ${round1(r.articlesPerCpuSecond)} articles per CPU second (${round1(r.articlesPerWallSecond)} per wall second) on CPU ${cpu}`);
  }

  // In process as the services extract: the worker's own extraction path (heap budget included) in a process started
  // as bin/launch.mjs starts `brinkwatch worker`, `start` and `reextract` (one malloc arena).
  const { needsOneArenaLaunch, oneArenaEnv } = await import(pathToFileURL(join(ROOT, 'bin', 'launch.mjs')).href);
  const serviceEnv: NodeJS.ProcessEnv = needsOneArenaLaunch('worker') ? oneArenaEnv() : process.env;
  const inProcess: ExtractBenchResult['memory']['inProcess'] = [];
  for (let k = 0; k < opts.repeat; k++) {
    const r = await child(js, 'rss', opts.rssArticles, undefined, serviceEnv);
    inProcess.push({ peakRssMb: r.peakRssMb, rssAlongMb: r.samples.map((s: { rssMb: number }) => s.rssMb), wallSeconds: round1(r.wallSeconds) });
    progress(`extract: ${opts.rssArticles} articles in process: peak RSS ${r.peakRssMb} MB`);
  }

  // The command as users run it, on a file of the same articles.
  const stories = makeStories(400);
  const file = join(opts.workDir, `extract-${opts.rssArticles}.jsonl`);
  writeFileSync(file, Array.from({ length: opts.rssArticles }, (_, i) => JSON.stringify(makeStoryArticle(stories, i))).join('\n') + '\n');
  const cli: ExtractBenchResult['memory']['cli'] = [];
  for (let k = 0; k < opts.repeat; k++) {
    const r = await runMeasured(NODE, [join(ROOT, 'bin', 'brinkwatch.mjs'), 'extract', file], { stdoutTo: 'ignore', cwd: ROOT });
    if (r.code !== 0) throw new Error(`bench: brinkwatch extract exited ${r.code}: ${r.stderr.trim().slice(-500)}`);
    cli.push({ peakRssMb: r.peakRssMb, wallSeconds: round1(r.wallMs / 1000), articlesPerSecond: round1(opts.rssArticles / (r.wallMs / 1000)) });
    progress(`extract: brinkwatch extract on ${opts.rssArticles} articles: peak RSS ${r.peakRssMb} MB, ${round1(r.wallMs / 1000)} s`);
  }

  const one = join(opts.workDir, 'extract-one.jsonl');
  writeFileSync(one, `${JSON.stringify(makeStoryArticle(stories, 0))}\n`);
  const wallMs: number[] = [];
  const peaks: (number | null)[] = [];
  for (let k = 0; k < opts.startupRuns; k++) {
    const r = await runMeasured(NODE, [join(ROOT, 'bin', 'brinkwatch.mjs'), 'extract', one], { cwd: ROOT });
    if (r.code !== 0 || !r.stdout.includes('"events"')) throw new Error(`bench: brinkwatch extract on one article failed (${r.code}): ${r.stderr.trim().slice(-500)}`);
    wallMs.push(Math.round(r.wallMs));
    peaks.push(r.peakRssMb);
  }
  progress(`extract: one article, ${opts.startupRuns} runs: ${wallMs.join(' / ')} ms`);
  const known = peaks.filter((p): p is number => p !== null);

  return {
    throughput: { cpu, articles: first.articles, avgChars: first.avgChars, eventsPerArticle: Math.round((first.events / first.articles) * 100) / 100, runs },
    memory: { articles: opts.rssArticles, inProcess, cli },
    startup: { runs: opts.startupRuns, medianMs: median(wallMs), wallMs, medianPeakRssMb: known.length ? median(known) : null, peakRssMb: peaks },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const n = Number(process.argv[2] ?? 1000);
  const r = await benchExtract({ articles: Number.isFinite(n) && n > 0 ? n : 1000 });
  console.log(`extract: ${r.articlesPerSecond} articles/s (CPU time, one process; ${r.wallArticlesPerSecond}/s wall clock) over ${r.articles} articles of ~${r.avgChars} chars`);
}
