/**
 * `npm run bench [-- --quick] [-- --only=extract,placement,ingest,api]`: the extractor's speed, memory and start-up
 * (bench/extract.ts), placement's cost (bench/placement.ts), ingest throughput end to end (BullMQ workers, Redis,
 * PostgreSQL) beside extraction alone, API latency on seeded data, and worker memory. Prints a table and writes
 * bench-results.json at the repository root. Full: 1,000 articles for extraction's speed and 10,000 for its memory
 * and for placement, 10,000 ingested, 1,000,000 events / 20,000 disputes, 50 connections × 20 s per endpoint.
 * --quick (under 3 minutes): one run each of 1,000 / 2,000 articles, 2,000 placed, 400 ingested, 50,000 events /
 * 1,000 disputes, 4 s. The ingest and API parts need PostgreSQL and Redis (defaults: 127.0.0.1) and use their own
 * database (`bench`, wiped on every run); extract and placement need neither.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { benchExtract, runExtractBench } from './extract.ts';
import { runPlacementBench } from './placement.ts';
import { runApiBench } from './api.ts';
import { runIngestBench } from './ingest.ts';
import { ensureDatabase, queryOnce } from './lib/db.ts';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    'admin-database-url': { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/postgres' },
    database: { type: 'string', default: 'bench' },
    'redis-url': { type: 'string', default: 'redis://127.0.0.1:6379/0' },
    articles: { type: 'string' },
    workers: { type: 'string', default: '2' },
    only: { type: 'string' },
  },
});
const quick = values.quick!;
const plan = {
  articles: Number(values.articles ?? (quick ? 400 : 10_000)),
  workers: Number(values.workers),
  events: quick ? 50_000 : 1_000_000,
  disputes: quick ? 1_000 : 20_000,
  actors: 2_000,
  connections: 50,
  durationSeconds: quick ? 4 : 20,
};
const only = values.only?.split(',') ?? ['extract', 'placement', 'ingest', 'api'];
const unknown = only.filter((p) => !['extract', 'placement', 'ingest', 'api'].includes(p));
if (unknown.length) {
  process.stderr.write(`bench: unknown part ${unknown.join(', ')}; expected extract, placement, ingest, api\n`);
  process.exit(2);
}
const log = (line: string) => process.stderr.write(`bench: ${line}\n`);
const workDir = mkdtempSync(join(tmpdir(), 'brinkwatch-bench-'));
const started = performance.now();
log(`${quick ? 'quick' : 'full'} run; logs in ${workDir}`);

const needsServices = only.includes('ingest') || only.includes('api');
const databaseUrl = needsServices ? await ensureDatabase(values['admin-database-url']!, values.database!) : '';
const redisUrl = values['redis-url']!;

// PostgreSQL's buffer cache sets what an uncached API page costs (pages read from the OS cache instead): reported with the figures.
const sharedBuffers = needsServices ? (await queryOnce<{ shared_buffers: string }>(databaseUrl, 'show shared_buffers'))[0]!.shared_buffers : null;
const os = await import('node:os');
const results: Record<string, unknown> = {
  quick,
  plan,
  machine: { cpus: os.cpus().length, node: process.version, loadAverageAtStart: os.loadavg().map((x) => Math.round(x * 100) / 100), postgresSharedBuffers: sharedBuffers },
};
if (only.includes('extract')) {
  results.extract = await runExtractBench({ articles: 1000, rssArticles: quick ? 2000 : 10_000, repeat: quick ? 1 : 2, startupRuns: 5, workDir, progress: log });
}
if (only.includes('placement')) {
  results.placement = runPlacementBench({ articles: quick ? 2000 : 10_000, repeat: quick ? 1 : 2, progress: log });
}
if (only.includes('ingest')) {
  const ingest = await runIngestBench({ databaseUrl, redisUrl, articles: plan.articles, workers: plan.workers, workDir, progress: log });
  const extractBench = await benchExtract({ articles: quick ? 300 : 1000 });
  results.ingest = {
    articlesPerSecond: ingest.articlesPerSecond,
    extractOnlyArticlesPerSecond: ingest.extractOnlyArticlesPerSecond,
    extractOnlyRuns: ingest.extractOnlyRuns,
    articlesPerSecondToExtracted: ingest.articlesPerSecondToExtracted,
    articlesPerSecondSecondHalf: ingest.articlesPerSecondSecondHalf,
    costRatio: ingest.costRatio,
    costRatioSecondHalf: ingest.costRatioSecondHalf,
    extractBenchArticlesPerSecond: extractBench.articlesPerSecond,
    articles: ingest.articles,
    workers: plan.workers,
    seconds: ingest.seconds,
    outcome: ingest.outcome,
    cpuSeconds: ingest.cpuSeconds,
    stages: ingest.stages,
  };
  results.memory = {
    workerRssMb: ingest.memory.workerRssMb,
    rssGrowthSecondHalfMb: ingest.memory.rssGrowthSecondHalfMb,
    rssTrendSecondHalfMb: ingest.memory.rssTrendSecondHalfMb,
    peakWorkerRssMb: ingest.memory.peakWorkerRssMb,
    afterArticles: ingest.articles,
    perWorker: ingest.memory.perWorker,
  };
}
if (only.includes('api')) {
  const api = await runApiBench({ databaseUrl, redisUrl, ...plan, workDir, progress: log });
  results.api = Object.fromEntries(
    Object.entries(api.endpoints).map(([name, r]) => [name, { p50Ms: r.p50Ms, p99Ms: r.p99Ms, requestsPerSecond: r.requestsPerSecond, errors: r.errors, requests: r.requests }]),
  );
  results.seed = { ...api.seed, connections: plan.connections, durationSeconds: plan.durationSeconds };
}
results.totalSeconds = Math.round((performance.now() - started) / 1000);
writeFileSync(join(import.meta.dirname, '..', 'bench-results.json'), `${JSON.stringify(results, null, 2)}\n`);
process.stdout.write(renderTable(results));
process.exit(0);

function renderTable(r: Record<string, any>): string {
  const rows: [string, string, string][] = [];
  if (r.extract) {
    const x = r.extract;
    const t = x.throughput;
    rows.push([`extract() over ${t.articles} articles of ~${t.avgChars} chars, pinned to CPU ${t.cpu}`, `${t.runs.map((k: any) => k.articlesPerCpuSecond).join(' / ')} articles per CPU s (wall: ${t.runs.map((k: any) => k.articlesPerWallSecond).join(' / ')})`, '≥ 200']);
    rows.push([`${x.memory.articles} articles extracted as a worker does (one process): peak RSS`, `${x.memory.inProcess.map((k: any) => k.peakRssMb).join(' / ')} MB`, '< 300 MB']);
    rows.push([`brinkwatch extract on ${x.memory.articles} articles: peak RSS`, `${x.memory.cli.map((k: any) => k.peakRssMb).join(' / ')} MB (${x.memory.cli.map((k: any) => `${k.wallSeconds} s`).join(' / ')})`, '< 300 MB']);
    rows.push([`brinkwatch extract on one article (median of ${x.startup.runs})`, `${x.startup.medianMs} ms (${x.startup.wallMs.join(' / ')}), peak RSS ${x.startup.medianPeakRssMb} MB`, '< 1,500 ms']);
  }
  if (r.placement) {
    const p = r.placement;
    for (const k of p.runs) {
      const perArticle = ((k.placeSeconds * 1000) / p.articles).toFixed(2);
      rows.push([`placeEvents, ${k.shape} shape, ${p.articles} articles / ${p.events} events`, `${k.placeSeconds} s CPU (${perArticle} ms per article), ${k.meanOpen} open per call, ${k.disputes} disputes`, '']);
    }
  }
  if (r.ingest) {
    const i = r.ingest;
    rows.push(['ingest end to end (poll → disputes placed)', `${i.articlesPerSecond} articles/s`, `≥ 100`]);
    rows.push(['ingest, poll → articles extracted', `${i.articlesPerSecondToExtracted} articles/s`, '']);
    rows.push(['ingest, second half of the articles (workers warm)', `${i.articlesPerSecondSecondHalf} articles/s`, '']);
    rows.push(['extract() alone, one process (mean: before / after)', `${i.extractOnlyArticlesPerSecond} articles/s (${i.extractOnlyRuns.join(' / ')})`, '']);
    rows.push(['cost end to end ÷ extraction alone', `${i.costRatio}×`, '≤ 2×']);
    rows.push(['cost, second half of the articles', `${i.costRatioSecondHalf}×`, '']);
    rows.push(['CPU s: workers / postgres / redis', `${i.cpuSeconds.workers} / ${i.cpuSeconds.postgres} / ${i.cpuSeconds.redis}`, '']);
    for (const [q, s] of Object.entries(i.stages as Record<string, any>)) rows.push([`  stage ${q}`, `${s.jobs} jobs, mean ${s.meanMs} ms, p95 ${s.p95Ms} ms`, '']);
    rows.push([`worker RSS after ${r.memory.afterArticles} articles`, `${r.memory.workerRssMb} MB (peak ${r.memory.peakWorkerRssMb})`, '≤ 300 MB']);
    rows.push(['worker RSS growth, second half (mid → end sample)', `${r.memory.rssGrowthSecondHalfMb} MB`, '≤ 0']);
    rows.push(['worker RSS trend, second half (fit over samples)', `${r.memory.rssTrendSecondHalfMb} MB`, '≤ 0']);
  }
  if (r.api) {
    for (const [name, e] of Object.entries(r.api as Record<string, any>)) {
      rows.push([name, `p50 ${e.p50Ms} ms, p99 ${e.p99Ms} ms, ${e.requestsPerSecond} req/s, ${e.errors} errors`, 'p99 ≤ 50 ms, 0 errors']);
    }
    rows.push([`seed ${r.seed.events} events / ${r.seed.disputes} disputes`, `${r.seed.seconds.toFixed(1)} s`, '']);
    rows.push(['PostgreSQL shared_buffers', r.machine.postgresSharedBuffers, '']);
  }
  const w = [0, 1, 2].map((k) => Math.max(...rows.map((row) => row[k]!.length), 6));
  const line = (c: string[]) => `| ${c.map((x, k) => x.padEnd(w[k]!)).join(' | ')} |\n`;
  return line(['figure', 'value', 'target']) + line(w.map((n) => '-'.repeat(n))) + rows.map(line).join('');
}
