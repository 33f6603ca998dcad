/**
 * Redis restarted in the middle of a run, on a private redis-server the test kills with SIGKILL.
 * With the append-only file (as docker-compose runs it) the queues survive: the worker reconnects and
 * finishes. Without persistence the queues and the job schedulers are gone: the reconnected worker
 * sits idle, and the work comes back only when a worker starts again (it upserts the schedulers, and
 * the sweep re-enqueues articles left unfetched or unextracted for more than 5 minutes — the test
 * ages the rows instead of waiting).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { TEST_DATABASE_URL, serviceAvailable } from '../../helpers/env.ts';
import { describeRun, expectedFigures, extractedCount, failedJobs, runFigures, startHarness, waitQuiet, type Harness } from '../../helpers/faults/harness.ts';
import { sleep, startPrivateRedis, startWorkerProcess, stopWorkerProcess, waitFor, type PrivateRedis, type WorkerProcess } from '../../helpers/faults/processes.ts';

const DOWN_MS = 3_000;
// A job active when Redis died loses its lock; the stalled-job check hands it back. Short timings keep the test quick.
const FAST_STALLED = { BW_TEST_LOCK_DURATION_MS: '4000', BW_TEST_STALLED_INTERVAL_MS: '1000' };
// Fetch batches of 2, not 10: with 8 articles a feed, batches of 10 made 5 jobs, all in flight at once, and
// no work would be waiting in Redis when it goes down.
const SMALL_BATCHES = { FETCH_BATCH_SIZE: '2' };

describe('Redis restarted during a run', async () => {
  const up = await serviceAvailable(TEST_DATABASE_URL, 'PostgreSQL');
  let h: Harness | undefined;
  let redis: PrivateRedis | undefined;
  let workers: WorkerProcess[] = [];
  afterEach(async () => {
    for (const w of workers) await stopWorkerProcess(w);
    workers = [];
    await h?.close();
    h = undefined;
    await redis?.stop();
    redis = undefined;
  });

  async function runUntilRestart(persistent: boolean, name: string) {
    redis = await startPrivateRedis(persistent);
    h = await startHarness({ name, redisUrl: redis.url, feeds: 5, itemsPerFeed: 8, articleDelayMs: 20 });
    const w = startWorkerProcess('first', { ...h.workerEnv(), ...FAST_STALLED, ...SMALL_BATCHES });
    workers.push(w);
    await w.ready;
    await h.pollAll();
    await waitFor('some articles extracted', async () => (await extractedCount(h!.handle)) >= 8, 60_000, 50);
    await redis.kill();
    const extractedAtKill = await extractedCount(h.handle);
    await sleep(DOWN_MS);
    await redis.start();
    return { w, extractedAtKill, restartedAt: Date.now() };
  }

  it.skipIf(!up)('with the append-only file: the worker reconnects and finishes', async () => {
    const { w, extractedAtKill, restartedAt } = await runUntilRestart(true, 'redisaof');
    const expected = expectedFigures(h!.corpus);
    await waitFor('every article extracted', async () => (await extractedCount(h!.handle)) === expected.extracted, 90_000).catch(async (err: Error) => {
      throw new Error(`${err.message}\n${await describeRun(h!, [w])}`);
    });
    await waitQuiet(h!.queues, 60_000);
    const finishedMs = Date.now() - restartedAt;
    expect(w.child.exitCode).toBe(null);
    expect(await failedJobs(h!.queues)).toEqual([]);
    expect(await runFigures(h!.handle)).toMatchObject({
      articles: expected.articles, extracted: expected.extracted, events: expected.events, distinctEvents: expected.events,
      unplacedEvents: 0, entries: expected.entries, distinctEntries: expected.entries,
    });
    const errors = w.logs.filter((l) => l.msg === 'worker error').length;
    // Throttled: at most one line per queue (7) per 10 s, however many attempts failed while Redis was away.
    expect(errors).toBeLessThanOrEqual(7 * Math.ceil((Date.now() - restartedAt + DOWN_MS + 10_000) / 10_000));
    console.info(`faults/redis-aof: killed with ${extractedAtKill}/${expected.articles} extracted, down ${DOWN_MS} ms; ${errors} 'worker error' lines; all extracted ${finishedMs} ms after the restart`);
  }, 120_000);

  it.skipIf(!up)('without persistence: the work is lost from Redis until a worker restarts and the sweep re-enqueues it', async () => {
    const { w, extractedAtKill } = await runUntilRestart(false, 'redisnone');
    const expected = expectedFigures(h!.corpus);
    // The worker is back on an empty Redis: no jobs, no schedulers, so nothing moves.
    await sleep(3_000);
    const stuck = await extractedCount(h!.handle);
    await sleep(2_000);
    expect(await extractedCount(h!.handle)).toBe(stuck);
    expect(stuck).toBeLessThan(expected.extracted);
    expect(await h!.queues['poll-feed'].getJobSchedulers(0, -1)).toEqual([]);
    expect(w.child.exitCode).toBe(null);

    // Restart the worker after "more than 5 minutes": its start-up upserts the schedulers and the sweep runs at once.
    w.kill('SIGTERM');
    expect((await w.exited).code).toBe(0);
    await h!.handle.db.execute(sql`update articles set created_at = created_at - interval '10 minutes', fetched_at = fetched_at - interval '10 minutes', extracted_at = extracted_at - interval '10 minutes'`);
    const restartedAt = Date.now();
    const next = startWorkerProcess('next', { ...h!.workerEnv(), ...SMALL_BATCHES });
    workers.push(next);
    await next.ready;
    await waitFor('every article extracted', async () => (await extractedCount(h!.handle)) === expected.extracted, 90_000).catch(async (err: Error) => {
      throw new Error(`${err.message}\n${await describeRun(h!, [next])}`);
    });
    await waitQuiet(h!.queues, 30_000);
    expect(await failedJobs(h!.queues)).toEqual([]);
    expect(await runFigures(h!.handle)).toMatchObject({
      articles: expected.articles, extracted: expected.extracted, events: expected.events, distinctEvents: expected.events,
      unplacedEvents: 0, entries: expected.entries, distinctEntries: expected.entries,
    });
    const sweep = next.logs.find((l) => l.queue === 'sweep' && l.msg === 'job done');
    console.info(
      `faults/redis-no-persistence: killed with ${extractedAtKill}/${expected.articles} extracted; stuck at ${stuck} on the empty Redis; ` +
        `after a worker restart and the sweep (${JSON.stringify(sweep)}) all extracted in ${Date.now() - restartedAt} ms`,
    );
  }, 120_000);
});
