/**
 * Redis out of memory in the middle of a run (`maxmemory` dropped below what it holds, with the `noeviction` policy
 * we ask for): every write BullMQ makes is refused with "OOM command not allowed". The worker reports it and loses
 * nothing: once memory is given back, the jobs whose locks lapsed meanwhile go back to the queue and every article
 * ends extracted exactly once.
 */
import { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import { TEST_DATABASE_URL, serviceAvailable } from '../../helpers/env.ts';
import { describeRun, expectedFigures, extractedCount, failedJobs, runFigures, startHarness, waitQuiet, type Harness } from '../../helpers/faults/harness.ts';
import { sleep, startPrivateRedis, startWorkerProcess, stopWorkerProcess, waitFor, type PrivateRedis, type WorkerProcess } from '../../helpers/faults/processes.ts';

const FULL_MS = 3_000;
const FAST_STALLED = { BW_TEST_LOCK_DURATION_MS: '4000', BW_TEST_STALLED_INTERVAL_MS: '1000' };
const SMALL_BATCHES = { FETCH_BATCH_SIZE: '2' };

describe('Redis out of memory during a run', async () => {
  const up = await serviceAvailable(TEST_DATABASE_URL, 'PostgreSQL');
  let h: Harness | undefined;
  let redis: PrivateRedis | undefined;
  let admin: Redis | undefined;
  let worker: WorkerProcess | undefined;
  afterEach(async () => {
    await stopWorkerProcess(worker);
    admin?.disconnect();
    await h?.close();
    await redis?.stop();
  });

  it.skipIf(!up)('reports the refused writes and, memory back, finishes with nothing lost or doubled', async () => {
    redis = await startPrivateRedis(false);
    admin = new Redis(redis.url, { maxRetriesPerRequest: 1 });
    h = await startHarness({ name: 'redisoom', redisUrl: redis.url, feeds: 5, itemsPerFeed: 8, articleDelayMs: 20 });
    worker = startWorkerProcess('oom', { ...h.workerEnv(), ...FAST_STALLED, ...SMALL_BATCHES });
    await worker.ready;
    await h.pollAll();
    const expected = expectedFigures(h.corpus);
    await waitFor('some articles extracted', async () => (await extractedCount(h!.handle)) >= 8, 60_000, 50);

    // Full: one byte allowed, so every write (and every BullMQ script) is refused; reads still answer.
    await admin.config('SET', 'maxmemory', '1');
    const atFull = await extractedCount(h.handle);
    await sleep(FULL_MS);
    const duringFull = await extractedCount(h.handle);
    await waitFor('the refusal reported in the worker\'s log', () => worker!.logs.some((l) => /OOM command not allowed/.test(JSON.stringify(l))), 10_000);
    await admin.config('SET', 'maxmemory', '0');
    const freedAt = Date.now();

    await waitFor('every article extracted', async () => (await extractedCount(h!.handle)) === expected.extracted, 90_000).catch(async (err: Error) => {
      throw new Error(`${err.message}\n${await describeRun(h!, [worker!])}`);
    });
    await waitQuiet(h.queues, 60_000);
    const finishedMs = Date.now() - freedAt;
    expect(worker.child.exitCode).toBe(null);
    expect(await failedJobs(h.queues)).toEqual([]);
    expect(await runFigures(h.handle)).toMatchObject({
      articles: expected.articles, extracted: expected.extracted, events: expected.events, distinctEvents: expected.events,
      unplacedEvents: 0, entries: expected.entries, distinctEntries: expected.entries,
    });
    const refusals = worker.logs.filter((l) => /OOM command not allowed/.test(JSON.stringify(l))).length;
    // Reported, not flooded: "worker error" at most once per queue (7) per 10 s; each failed job keeps its own line.
    const workerErrors = worker.logs.filter((l) => l.msg === 'worker error').length;
    expect(workerErrors).toBeLessThanOrEqual(7 * Math.ceil((Date.now() - freedAt + FULL_MS + 10_000) / 10_000));
    console.info(
      `faults/redis-oom: full with ${atFull}/${expected.articles} extracted (${duringFull} after ${FULL_MS} ms full); ` +
        `${refusals} log lines with the OOM refusal (${workerErrors} of them 'worker error'); all extracted ${finishedMs} ms after memory was given back`,
    );
  }, 150_000);
});
