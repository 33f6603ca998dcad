/**
 * Ingest benchmark: generated articles served as local RSS feeds and pages, polled, fetched, extracted
 * and placed on dispute timelines by `brinkwatch worker` processes through BullMQ on Redis into
 * PostgreSQL; beside it, extract() alone in this process over the same articles. Also samples the
 * workers' memory (bench/memory.ts) and sums CPU time per process kind and wall time per stage, to show
 * where the time goes.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import pg from 'pg';
import { extract } from '../extract/index.ts';
import { QUEUE_NAMES, jobIdFor } from '../workers/queues.ts';
import { loadSentencePool, makeBenchArticles, type BenchArticle } from './lib/corpus.ts';
import { queryOnce, resetDatabase } from './lib/db.ts';
import { startFeedServer } from './lib/feed-server.ts';
import { cpuSeconds, cpuSecondsByName, startBrinkwatch } from './lib/proc.ts';
import { startRssSampler, summariseRss, type MemoryResult } from './memory.ts';

export interface IngestOptions {
  databaseUrl: string;
  redisUrl: string;
  articles: number;
  workers: number;
  perFeed?: number;
  /** Directory for worker logs and the sources file. */
  workDir?: string;
  /** Extra environment for the workers (e.g. WORKER_CONCURRENCY_EXTRACT). */
  workerEnv?: Record<string, string>;
  progress?: (line: string) => void;
  /** Write a V8 CPU profile of each worker into this directory (node --cpu-prof). */
  cpuProfileDir?: string;
}

export interface IngestResult {
  articles: number;
  /** Articles per second from the first poll until every article is extracted and the queues are idle. */
  articlesPerSecond: number;
  /** Articles per second from the first poll until every article is extracted (disputes may still be updating). */
  articlesPerSecondToExtracted: number;
  /**
   * Articles per second over the second half of the articles, from the count at which half were done until all were
   * extracted: the workers warm and the polls long done (a report beside the target figure, not a replacement).
   */
  articlesPerSecondSecondHalf: number;
  /** extract() alone, one process, same articles: the mean of a run before and a run after the ingest. */
  extractOnlyArticlesPerSecond: number;
  /** The two runs of extract() alone: before the ingest, after it. */
  extractOnlyRuns: [number, number];
  /** End-to-end time per article over extraction-alone time per article. */
  costRatio: number;
  /** The same over the second half (articlesPerSecondSecondHalf): the ratio of a deployment that has been running a while. Reported only. */
  costRatioSecondHalf: number;
  seconds: { allFetched: number; allExtracted: number; idle: number };
  outcome: { extracted: number; duplicates: number; skipped: number; events: number; placedEvents: number; timelineEntries: number; disputes: number; failedJobs: number };
  /** CPU seconds during the run, by process kind. */
  cpuSeconds: { workers: number; postgres: number; redis: number; benchProcess: number };
  /** Jobs per queue, mean and total wall time from the workers' `job done` lines. */
  stages: Record<string, { jobs: number; meanMs: number; p95Ms: number; totalSeconds: number }>;
  memory: MemoryResult;
  logs: string[];
}

/** Runs extract() over the articles in this process; returns articles per second (after a warm-up). */
export function measureExtractOnly(articles: BenchArticle[]): { articlesPerSecond: number; events: number } {
  const input = (a: BenchArticle) => ({ id: String(a.id), title: a.title, published: a.published, url: `http://bench.invalid/a/${a.id}.html`, text: a.text });
  // Warm up the JIT first (20 articles left a 400-article run half cold: 163 articles/s against 353 warm).
  for (const a of articles.slice(0, 300)) extract(input(a));
  const t0 = performance.now();
  let events = 0;
  for (const a of articles) events += extract(input(a)).events.length;
  return { articlesPerSecond: articles.length / ((performance.now() - t0) / 1000), events };
}

/** Runs the end-to-end ingest benchmark on a freshly migrated database. */
export async function runIngestBench(opts: IngestOptions): Promise<IngestResult> {
  const progress = opts.progress ?? (() => {});
  const workDir = opts.workDir ?? mkdtempSync(join(tmpdir(), 'brinkwatch-bench-'));
  const pool = await loadSentencePool();
  const articles = makeBenchArticles(pool, opts.articles);
  progress(`extract alone over ${articles.length} articles`);
  const alone = measureExtractOnly(articles);
  progress(`extract alone: ${alone.articlesPerSecond.toFixed(1)} articles/s, ${alone.events} events`);

  await resetDatabase(opts.databaseUrl);
  const server = await startFeedServer(articles, opts.perFeed ?? 100);
  const sourcesFile = join(workDir, 'sources.json');
  writeFileSync(
    sourcesFile,
    JSON.stringify({ sources: server.feeds.map((f) => ({ id: f.id, name: `Bench ${f.id}`, kind: 'news', url: f.url, format: 'rss', pollIntervalMinutes: 1440 })) }),
  );
  const prefix = `bench-${Date.now().toString(36)}`;
  const env = {
    DATABASE_URL: opts.databaseUrl,
    REDIS_URL: opts.redisUrl,
    QUEUE_PREFIX: prefix,
    ALLOW_PRIVATE_HOSTS: '127.0.0.0/8',
    HOST_MIN_GAP_MS: '0',
    SOURCES_FILE: sourcesFile,
    LOG_LEVEL: 'info',
    // Two workers on one machine: each its own free port for /metrics.
    WORKER_METRICS_PORT: '0',
    // As the README and docker-compose run workers: a bounded V8 heap, and one malloc arena set by the environment
    // as the Docker image sets it, so that the worker runs in the process started here (the pid whose CPU and RSS
    // are read), not in a second one that bin/launch.mjs would start with it.
    NODE_OPTIONS: '--max-old-space-size=256',
    MALLOC_ARENA_MAX: '1',
    ...opts.workerEnv,
  };
  const redis = new Redis(opts.redisUrl, { maxRetriesPerRequest: null });
  const queues = QUEUE_NAMES.map((name) => new Queue(name, { connection: redis, prefix }));
  const workers = Array.from({ length: opts.workers }, (_, i) =>
    startBrinkwatch(['worker'], env, join(workDir, `worker-${i + 1}.log`), opts.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${opts.cpuProfileDir}`] : []),
  );
  try {
    await Promise.all(workers.map((w) => w.waitFor('workers started', 60_000)));
    progress(`${workers.length} workers up; polling ${server.feeds.length} feeds`);
    const cpu0 = { workers: workers.map((w) => cpuSeconds(w.pid)), postgres: cpuSecondsByName('postgres'), redis: cpuSecondsByName('redis-server'), bench: process.cpuUsage() };
    const t0 = performance.now();
    const pollQueue = queues[QUEUE_NAMES.indexOf('poll-feed')]!;
    // The same deterministic job id the workers' sweep gives a due source's poll: whichever enqueues first
    // wins and the feed is polled once, as in production (a distinct id polled every feed twice).
    await pollQueue.addBulk(
      server.feeds.map((f) => {
        const job = { queue: 'poll-feed' as const, payload: { sourceId: f.id } };
        return { name: 'poll-feed', data: job.payload, opts: { jobId: jobIdFor(job, new Date()) } };
      }),
    );

    let done = 0;
    const sampler = startRssSampler(workers.map((w) => w.pid), () => done);
    const marks = { allFetched: 0, allExtracted: 0, idle: 0 };
    // The first count at or past half the articles, and when it was taken (counts come every ~2 s).
    let half: { done: number; at: number } | null = null;
    let lastProgress = { done: -1, at: performance.now() };
    let counts = { total: 0, fetched: 0, done: 0, dups: 0, skipped: 0 };
    // The bench must not load what it measures: PostgreSQL's count scans every article row (~35 ms at 10,000
    // articles), so it runs every 2 s on one connection, and sooner only when the article queues look drained
    // (Redis counts, every 250 ms); a new connection for each count had cost a backend start as well.
    const counter = new pg.Client({ connectionString: opts.databaseUrl });
    await counter.connect();
    const articleQueues = queues.filter((q) => ['poll-feed', 'fetch-article', 'extract-article'].includes(q.name));
    let lastCount = -Infinity;
    try {
      for (;;) {
        await sleep(250);
        const sinceCount = performance.now() - lastCount;
        if (!marks.allExtracted && sinceCount < 2_000 && (await pendingJobs(articleQueues)) > 0) continue;
        if (!marks.allExtracted || sinceCount >= 2_000) {
          lastCount = performance.now();
          counts = (await counter.query<typeof counts>(`
            select count(*)::int as total,
                   count(*) filter (where fetch_status <> 'pending')::int as fetched,
                   count(*) filter (where extracted_at is not null or story_id is not null or fetch_status in ('skipped', 'failed'))::int as done,
                   count(*) filter (where story_id is not null)::int as dups,
                   count(*) filter (where fetch_status in ('skipped', 'failed'))::int as skipped
            from articles`)).rows[0]!;
        }
        done = counts.done;
        const elapsed = (performance.now() - t0) / 1000;
        if (!half && counts.done >= articles.length / 2) half = { done: counts.done, at: elapsed };
        if (!marks.allFetched && counts.fetched >= articles.length) marks.allFetched = elapsed;
        if (!marks.allExtracted && counts.done >= articles.length) marks.allExtracted = elapsed;
        let busy = -1;
        if (marks.allExtracted) {
          busy = await pendingJobs(queues);
          if (busy === 0) {
            marks.idle = elapsed;
            break;
          }
        }
        // Progress is articles done, then (once all are done) the jobs left to drain.
        const level = counts.done - Math.max(0, busy);
        if (level !== lastProgress.done) {
          if (Math.floor(elapsed / 5) !== Math.floor((lastProgress.at - t0) / 5_000)) {
            progress(`${elapsed.toFixed(0)} s: ${counts.total} stored, ${counts.fetched} fetched, ${counts.done} done`);
          }
          lastProgress = { done: level, at: performance.now() };
        } else if (performance.now() - lastProgress.at > 120_000) {
          throw new Error(`bench: ingest stalled at ${counts.done}/${articles.length} articles (logs in ${workDir})`);
        }
      }
    } finally {
      await counter.end();
    }
    const samples = sampler.stop();
    const benchCpu = process.cpuUsage(cpu0.bench);
    const cpu = {
      workers: round(workers.reduce((n, w, i) => n + cpuSeconds(w.pid) - cpu0.workers[i]!, 0)),
      postgres: round(cpuSecondsByName('postgres') - cpu0.postgres),
      redis: round(cpuSecondsByName('redis-server') - cpu0.redis),
      benchProcess: round((benchCpu.user + benchCpu.system) / 1e6),
    };
    const outcome = (await queryOnce<IngestResult['outcome']>(opts.databaseUrl, `
      select (select count(*) from articles where extracted_at is not null)::int as extracted,
             (select count(*) from articles where story_id is not null)::int as duplicates,
             (select count(*) from articles where fetch_status in ('skipped', 'failed'))::int as skipped,
             (select count(*) from events)::int as events,
             (select count(*) from events where timeline_entry_id is not null)::int as "placedEvents",
             (select count(*) from timeline_entries)::int as "timelineEntries",
             (select count(*) from disputes)::int as disputes`))[0]!;
    let failedJobs = 0;
    for (const q of queues) failedJobs += (await q.getJobCounts('failed')).failed ?? 0;
    const memory = summariseRss(workers.map((w) => w.pid), samples, articles.length);
    await Promise.all(workers.map((w) => w.stop()));
    // This machine's speed drifts by ±10 % over minutes: extraction alone is measured again once the workers are
    // gone, and the ratio uses the mean of the two runs that bracket the ingest.
    progress('extract alone, again');
    const after = measureExtractOnly(articles);
    const aloneRate = (alone.articlesPerSecond + after.articlesPerSecond) / 2;
    progress(`extract alone: ${after.articlesPerSecond.toFixed(1)} articles/s after the ingest, ${alone.articlesPerSecond.toFixed(1)} before`);
    const perArticleE2e = marks.idle / articles.length;
    const secondHalfRate = half && marks.allExtracted > half.at ? (articles.length - half.done) / (marks.allExtracted - half.at) : 0;
    return {
      articles: articles.length,
      articlesPerSecond: round(articles.length / marks.idle),
      articlesPerSecondToExtracted: round(articles.length / marks.allExtracted),
      articlesPerSecondSecondHalf: round(secondHalfRate),
      extractOnlyArticlesPerSecond: round(aloneRate),
      extractOnlyRuns: [round(alone.articlesPerSecond), round(after.articlesPerSecond)],
      costRatio: round(perArticleE2e * aloneRate, 2),
      costRatioSecondHalf: secondHalfRate ? round(aloneRate / secondHalfRate, 2) : 0,
      seconds: { allFetched: round(marks.allFetched), allExtracted: round(marks.allExtracted), idle: round(marks.idle) },
      outcome: { ...outcome, failedJobs },
      cpuSeconds: cpu,
      stages: stageTimes(workers.map((w) => w.logFile)),
      memory,
      logs: workers.map((w) => w.logFile),
    };
  } finally {
    await Promise.all(workers.map((w) => w.stop()));
    for (const q of queues) await q.obliterate({ force: true }).catch(() => {});
    await Promise.all(queues.map((q) => q.close()));
    await deleteKeys(redis, `${prefix}:*`);
    redis.disconnect();
    await server.close();
  }
}

/**
 * Jobs of these queues not done yet. Job schedulers (polls, sweep, alerts, digests) always keep their next run
 * delayed, so only their waiting and active jobs count; retries of article jobs are delayed, so theirs count too.
 */
async function pendingJobs(queues: Queue[]): Promise<number> {
  let n = 0;
  for (const q of queues) {
    const scheduled = ['poll-feed', 'sweep', 'deliver-alerts', 'digest-tick'].includes(q.name);
    const states = scheduled ? ['waiting', 'active', 'prioritized'] : ['waiting', 'active', 'delayed', 'prioritized'];
    n += Object.values(await q.getJobCounts(...(states as ['waiting']))).reduce((a, b) => a + b, 0);
  }
  return n;
}

/** Per-queue job counts and wall times from the workers' `job done` log lines. */
function stageTimes(logFiles: string[]): IngestResult['stages'] {
  const byQueue = new Map<string, number[]>();
  for (const file of logFiles) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.includes('"job done"')) continue;
      try {
        const rec = JSON.parse(line) as { queue?: string; duration_ms?: number };
        if (rec.queue && typeof rec.duration_ms === 'number') {
          const list = byQueue.get(rec.queue) ?? [];
          list.push(rec.duration_ms);
          byQueue.set(rec.queue, list);
        }
      } catch {
        // Not a JSON line (a stack trace); skip it.
      }
    }
  }
  const out: IngestResult['stages'] = {};
  for (const [queue, list] of byQueue) {
    list.sort((a, b) => a - b);
    const total = list.reduce((a, b) => a + b, 0);
    out[queue] = { jobs: list.length, meanMs: round(total / list.length), p95Ms: list[Math.floor(list.length * 0.95)] ?? 0, totalSeconds: round(total / 1000) };
  }
  return out;
}

/** Deletes every key matching `pattern` (the run's queue prefix). */
export async function deleteKeys(redis: Redis, pattern: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
    cursor = next;
    if (keys.length) await redis.del(...keys);
  } while (cursor !== '0');
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
