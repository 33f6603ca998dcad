/**
 * Set-up and checks shared by the fault tests: a database of their own (created next to
 * TEST_DATABASE_URL's and dropped afterwards, so that worker processes left running by a failed test
 * or another suite's `drop schema public` cannot mix with the run), a unique queue prefix, a
 * producer connection to the queues, the generated corpus with its sources file, the environment of
 * `brinkwatch worker` child processes, and the database figures a run is judged by.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import type { Redis } from 'ioredis';
import type { DbHandle } from '../../../db/client.ts';
import { upsertSources } from '../../../db/queries/sources.ts';
import { extract } from '../../../extract/index.ts';
import { NEAR_DUP_THRESHOLD, fingerprint, similarity } from '../../../feeds/near-dup.ts';
import { loadSourceFile, toSourceRow } from '../../../feeds/sources.ts';
import { connectRedis, createQueues, enqueueJobs, isTimedWork, type Queues } from '../../../workers/bullmq.ts';
import pg from 'pg';
import { openDb } from '../../../db/client.ts';
import { runMigrations } from '../../../db/migrate.ts';
import { TEST_DATABASE_URL, testConfig } from '../env.ts';
import { startCorpus, type Corpus, type CorpusOptions } from './corpus.ts';
import { startPgProxy, type PgProxy } from './pg-proxy.ts';

export interface Harness {
  handle: DbHandle;
  /** The run's own database. */
  databaseUrl: string;
  /** The TCP proxy the workers reach PostgreSQL through, when asked for. */
  proxy: PgProxy | null;
  prefix: string;
  redisUrl: string;
  redis: Redis;
  queues: Queues;
  corpus: Corpus;
  dir: string;
  sourcesFile: string;
  /** Environment for a `brinkwatch worker` child process of this run. */
  workerEnv(extra?: Record<string, string>): Record<string, string>;
  /** Enqueues a forced poll of every source of the corpus. */
  pollAll(): Promise<void>;
  close(): Promise<void>;
}

export interface HarnessOptions extends CorpusOptions {
  redisUrl: string;
  /** Put a cuttable TCP proxy between the workers and PostgreSQL. */
  proxy?: boolean;
  name: string;
}

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** Creates an empty, migrated database for one run and returns its URL. */
async function createRunDatabase(name: string): Promise<{ url: string; drop(): Promise<void> }> {
  const dbName = `bwfault_${name}_${process.pid}_${Date.now().toString(36)}`;
  await admin((c) => c.query(`create database ${dbName}`));
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${dbName}`;
  return { url: url.toString(), drop: () => admin((c) => c.query(`drop database if exists ${dbName} with (force)`)).then(() => {}) };
}

/** Builds a fresh run: migrated schema, corpus servers, sources in the database, queues on a unique prefix. */
export async function startHarness(opts: HarnessOptions): Promise<Harness> {
  const database = await createRunDatabase(opts.name);
  const handle = await openDb({ url: database.url, pgliteDir: '', poolSize: 5 });
  await runMigrations(handle);
  const proxy = opts.proxy ? await startPgProxy(database.url) : null;
  const prefix = `bwfault-${opts.name}-${process.pid}-${Date.now().toString(36)}`;
  const corpus = await startCorpus({ ...opts, idPrefix: opts.name });
  const dir = mkdtempSync(join(tmpdir(), 'bw-fault-'));
  const sourcesFile = corpus.writeSourcesFile(dir);
  await upsertSources(handle.db, loadSourceFile(sourcesFile).map(toSourceRow));
  const config = testConfig({ DATABASE_URL: database.url, REDIS_URL: opts.redisUrl, QUEUE_PREFIX: prefix });
  const redis = connectRedis(opts.redisUrl, 'worker') as Redis; // a single Redis: the fault tests restart it
  redis.on('error', () => {});
  const queues = createQueues(config, redis);
  // The test's own queue handles see the Redis outages too; the workers' logs are what is checked.
  for (const q of Object.values(queues)) q.on('error', () => {});
  return {
    handle,
    databaseUrl: database.url,
    proxy,
    prefix,
    redisUrl: opts.redisUrl,
    redis,
    queues,
    corpus,
    dir,
    sourcesFile,
    workerEnv(extra = {}) {
      return {
        DATABASE_URL: proxy ? proxy.url : database.url,
        REDIS_URL: opts.redisUrl,
        QUEUE_PREFIX: prefix,
        SOURCES_FILE: sourcesFile,
        // Several workers on this machine: each serves its /metrics on a free port.
        WORKER_METRICS_PORT: '0',
        ...extra,
      };
    },
    async pollAll() {
      await enqueueJobs(
        queues,
        corpus.feeds.map((f) => ({ queue: 'poll-feed' as const, payload: { sourceId: f.id, force: true } })),
        new Date(),
      );
    },
    async close() {
      for (const q of Object.values(queues)) {
        await q.obliterate({ force: true }).catch(() => {});
        await q.close().catch(() => {});
      }
      redis.disconnect();
      await corpus.close();
      await proxy?.close();
      await handle.close();
      await database.drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface RunFigures {
  articles: number;
  extracted: number;
  pendingFetch: number;
  copies: number;
  events: number;
  distinctEvents: number;
  unplacedEvents: number;
  entries: number;
  distinctEntries: number;
  corroboration: number;
  disputes: number;
}

async function one<T>(handle: DbHandle, q: ReturnType<typeof sql>): Promise<T> {
  const res = (await handle.db.execute(q)) as unknown as { rows: T[] };
  return res.rows[0]!;
}

/** The figures of the run as the database holds them. */
export async function runFigures(handle: DbHandle): Promise<RunFigures> {
  return one<RunFigures>(handle, sql`select
    (select count(*)::int from articles) as articles,
    (select count(*)::int from articles where extracted_at is not null) as extracted,
    (select count(*)::int from articles where fetch_status = 'pending') as "pendingFetch",
    (select count(*)::int from articles where story_id is not null) as copies,
    (select count(*)::int from events) as events,
    (select count(distinct (article_id, type, actor_id, coalesce(target_id, -1)))::int from events) as "distinctEvents",
    (select count(*)::int from events where timeline_entry_id is null) as "unplacedEvents",
    (select count(*)::int from timeline_entries) as entries,
    (select count(distinct (dispute_id, type, actor_id, coalesce(target_id, -1), event_date))::int from timeline_entries) as "distinctEntries",
    (select coalesce(sum(corroboration), 0)::int from timeline_entries) as corroboration,
    (select count(*)::int from disputes) as disputes`);
}

/** Extracted articles so far (to decide when a run is "in the middle"). */
export async function extractedCount(handle: DbHandle): Promise<number> {
  return (await one<{ n: number }>(handle, sql`select count(*)::int as n from articles where extracted_at is not null`)).n;
}

/**
 * What a clean run must leave: one article, one event per article, one timeline entry per pair of
 * articles, its corroboration the number of distinct outlets (feeds) of the pair: 1 when both came from one feed. Checks first that the pure extractor really finds one event in each
 * generated text, so a change in the extractor shows up here and not as a puzzling fault-test failure.
 */
export function expectedFigures(corpus: Corpus): Pick<RunFigures, 'articles' | 'extracted' | 'events' | 'entries' | 'corroboration'> {
  for (const a of corpus.articles) {
    const r = extract({ title: a.title, published: a.published.toISOString(), text: a.text });
    if (r.events.length !== 1) throw new Error(`corpus: ${a.path} gives ${r.events.length} events with the current extractor`);
  }
  // No two generated texts may look like syndicated copies of each other (feeds/near-dup.ts).
  const fps = corpus.articles.map((a) => fingerprint(a.text));
  for (let i = 0; i < fps.length; i++) {
    for (let j = i + 1; j < fps.length; j++) {
      if (similarity(fps[i]!, fps[j]!) >= NEAR_DUP_THRESHOLD) throw new Error(`corpus: articles ${i} and ${j} look alike`);
    }
  }
  const n = corpus.articles.length;
  // Article i reports event floor(i / 2) (corpus.ts); corroboration counts outlets, not URLs (issue 19, finding 7).
  const feedsOfEvent = new Map<number, Set<number>>();
  corpus.articles.forEach((a, i) => {
    const set = feedsOfEvent.get(Math.floor(i / 2)) ?? new Set<number>();
    set.add(a.feed);
    feedsOfEvent.set(Math.floor(i / 2), set);
  });
  const corroboration = [...feedsOfEvent.values()].reduce((sum, feeds) => sum + feeds.size, 0);
  return { articles: n, extracted: n, events: n, entries: n / 2, corroboration };
}

/** Failed jobs of every queue with their reasons. */
export async function failedJobs(queues: Queues) {
  const out: { queue: string; id: string | undefined; reason: string; attempts: number }[] = [];
  for (const [name, q] of Object.entries(queues)) {
    for (const j of await q.getFailed(0, -1)) out.push({ queue: name, id: j.id, reason: j.failedReason, attempts: j.attemptsMade });
  }
  return out;
}

/** Waits until every queue is empty and nothing is active or waiting for a retry, tolerating a Redis that is briefly away. */
export async function waitQuiet(queues: Queues, timeoutMs: number): Promise<number> {
  const started = Date.now();
  let quiet = 0;
  while (Date.now() - started < timeoutMs) {
    let busy = 0;
    try {
      for (const q of Object.values(queues)) {
        const c = await q.getJobCounts('waiting', 'active', 'prioritized', 'waiting-children');
        busy += Object.values(c).reduce((a, b) => a + b, 0);
        // A job scheduler always has its next run delayed, and so does each source's next check; only delayed
        // retries count as work left.
        busy += (await q.getDelayed()).filter((j) => !j.repeatJobKey && !isTimedWork(j.id)).length;
      }
    } catch {
      busy = -1;
    }
    quiet = busy === 0 ? quiet + 1 : 0;
    if (quiet >= 3) return Date.now() - started;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`queues: still busy after ${timeoutMs} ms`);
}

/** A one-line picture of the run for a failure message: figures, queue counts, the last log lines. */
export async function describeRun(h: Harness, workers: { name: string; logs: { msg: string }[]; rawErr: string[] }[]): Promise<string> {
  const counts: Record<string, unknown> = {};
  for (const [name, q] of Object.entries(h.queues)) {
    counts[name] = await q.getJobCounts('waiting', 'active', 'delayed', 'completed', 'failed', 'prioritized').catch((e: Error) => e.message);
  }
  const figures = await runFigures(h.handle).catch((e: Error) => e.message);
  const tails = workers.map((w) => `${w.name}: ${JSON.stringify(w.logs.slice(-8))} ${w.rawErr.slice(-5).join(' | ')}`);
  return `figures ${JSON.stringify(figures)}\nqueues ${JSON.stringify(counts)}\n${tails.join('\n')}`;
}
