/**
 * Two worker processes on one Redis and one PostgreSQL: no duplicate work (each article page fetched
 * once, counted on the local servers) and per-host politeness across both processes (with
 * HOST_MIN_GAP_MS=200 no two requests to one host start closer than that).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { TEST_DATABASE_URL, TEST_REDIS_URL, serviceAvailable } from '../../helpers/env.ts';
import { describeRun, extractedCount, failedJobs, runFigures, startHarness, waitQuiet, type Harness } from '../../helpers/faults/harness.ts';
import { startWorkerProcess, stopWorkerProcess, waitFor, type WorkerProcess } from '../../helpers/faults/processes.ts';

const GAP_MS = 200;
/** The servers time a request when it arrives; allow for the few milliseconds of the loopback path. */
const TOLERANCE_MS = 15;

describe('two workers at once', async () => {
  const up = (await serviceAvailable(TEST_DATABASE_URL, 'PostgreSQL')) && (await serviceAvailable(TEST_REDIS_URL, 'Redis'));
  let h: Harness | undefined;
  const workers: WorkerProcess[] = [];
  afterAll(async () => {
    for (const w of workers) await stopWorkerProcess(w);
    await h?.close();
  });

  it.skipIf(!up)('share the work without duplicates and keep the per-host gap across processes', async () => {
    h = await startHarness({ name: 'pair', redisUrl: TEST_REDIS_URL, feeds: 2, itemsPerFeed: 15 });
    // One article per fetch job: 30 jobs, more than one worker's fetch slots, so both workers get some. With the default
    // batches of 10 the run had ~10 jobs in all, and a worker whose blocking read woke first now and then took every one.
    const env = h.workerEnv({ HOST_MIN_GAP_MS: String(GAP_MS), FETCH_BATCH_SIZE: '1' });
    workers.push(startWorkerProcess('a', env), startWorkerProcess('b', env));
    await Promise.all(workers.map((w) => w.ready));
    const started = Date.now();
    await h.pollAll();
    const total = h.corpus.articles.length;
    await waitFor('every article extracted', async () => (await extractedCount(h!.handle)) === total, 90_000).catch(async (err: Error) => {
      throw new Error(`${err.message}\n${await describeRun(h!, workers)}`);
    });
    await waitQuiet(h.queues, 30_000);
    const tookMs = Date.now() - started;

    const hits = h.corpus.articleHits();
    expect(hits.size).toBe(total);
    expect([...hits.entries()].filter(([, n]) => n !== 1)).toEqual([]);

    let minGap = Infinity;
    for (const feed of h.corpus.feeds) {
      const starts = h.corpus.requests.filter((r) => r.host === feed.host).map((r) => r.startedAt).sort((a, b) => a - b);
      for (let i = 1; i < starts.length; i++) minGap = Math.min(minGap, starts[i]! - starts[i - 1]!);
    }
    expect(minGap).toBeGreaterThanOrEqual(GAP_MS - TOLERANCE_MS);

    const jobsBy = workers.map((w) => w.logs.filter((l) => l.msg === 'job done').length);
    expect(jobsBy.every((n) => n > 0)).toBe(true);
    expect(await failedJobs(h.queues)).toEqual([]);
    expect(await runFigures(h.handle)).toMatchObject({ articles: total, extracted: total, events: total, distinctEvents: total, entries: total / 2, distinctEntries: total / 2 });
    console.info(
      `faults/two-workers: ${total} articles in ${tookMs} ms, each page fetched once, ${h.corpus.requests.length} requests, ` +
        `smallest gap between two requests to one host ${minGap} ms, jobs done per worker ${jobsBy.join(' / ')}`,
    );
  }, 150_000);
});
