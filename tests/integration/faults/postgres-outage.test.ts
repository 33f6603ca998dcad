/**
 * PostgreSQL unreachable for 20 s in the middle of a run: the workers reach it through a TCP proxy
 * that the test cuts (open connections destroyed, new ones refused) and restores. Jobs that fail in
 * the meantime are retried with exponential backoff (workers/queues.ts), and nothing is lost: every
 * article ends extracted, with the figures of a clean run.
 *
 * JOB_ATTEMPTS=6 here: the default 5 gives four backoffs of 2, 4, 8, 16 s, each jittered down to half,
 * so a job failing when the outage starts may use up its attempts after 15 s. Measured with the
 * default: 11 of 80 articles' jobs ended in the failed set, and their articles stayed unextracted.
 * Six attempts retry for at least 31 s.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { TEST_DATABASE_URL, TEST_REDIS_URL, serviceAvailable } from '../../helpers/env.ts';
import { describeRun, expectedFigures, extractedCount, failedJobs, runFigures, startHarness, waitQuiet, type Harness } from '../../helpers/faults/harness.ts';
import { sleep, startWorkerProcess, stopWorkerProcess, waitFor, type WorkerProcess } from '../../helpers/faults/processes.ts';

const OUTAGE_MS = 20_000;

describe('PostgreSQL unreachable for 20 s', async () => {
  const up = (await serviceAvailable(TEST_DATABASE_URL, 'PostgreSQL')) && (await serviceAvailable(TEST_REDIS_URL, 'Redis'));
  let h: Harness | undefined;
  let worker: WorkerProcess | undefined;
  afterAll(async () => {
    await stopWorkerProcess(worker);
    await h?.close();
  });

  it.skipIf(!up)('jobs retry through the outage and nothing is lost', async () => {
    h = await startHarness({ name: 'pgdown', redisUrl: TEST_REDIS_URL, proxy: true, feeds: 5, itemsPerFeed: 8, articleDelayMs: 20 });
    const proxy = h.proxy!;
    const expected = expectedFigures(h.corpus);
    worker = startWorkerProcess('worker', h.workerEnv({ JOB_ATTEMPTS: '6' }));
    await worker.ready;
    await h.pollAll();
    await waitFor('some articles extracted', async () => (await extractedCount(h!.handle)) >= 10, 60_000, 50);

    const cutAt = Date.now();
    await proxy.cut();
    const extractedAtCut = await extractedCount(h.handle);
    await sleep(OUTAGE_MS);
    await proxy.restore();
    const restoredAt = Date.now();

    await waitFor('every article extracted', async () => (await extractedCount(h!.handle)) === expected.extracted, 90_000).catch(async (err: Error) => {
      throw new Error(`${err.message}\nfailed ${JSON.stringify(await failedJobs(h!.queues))}\n${await describeRun(h!, [worker!])}`);
    });
    await waitQuiet(h.queues, 30_000);
    const caughtUpMs = Date.now() - restoredAt;

    const failedDuringOutage = worker.logs.filter((l) => l.msg === 'job failed' && Number(l.time) >= cutAt && Number(l.time) <= restoredAt + 1_000);
    expect(failedDuringOutage.length).toBeGreaterThan(0);
    expect(await failedJobs(h.queues)).toEqual([]);
    expect(await runFigures(h.handle)).toMatchObject({
      articles: expected.articles,
      extracted: expected.extracted,
      pendingFetch: 0,
      events: expected.events,
      distinctEvents: expected.events,
      unplacedEvents: 0,
      entries: expected.entries,
      distinctEntries: expected.entries,
      corroboration: expected.corroboration,
    });
    const done = worker.logs.filter((l) => l.msg === 'job done');
    const maxAttempt = Math.max(...done.map((l) => Number(l.attempt)));
    const slowest = done.find((l) => Number(l.attempt) === maxAttempt)!;
    const history = worker.logs
      .filter((l) => l.job_id === slowest.job_id)
      .map((l) => `${l.msg}@${Number(l.time) - cutAt}ms${l.err ? ` ${String(l.err).slice(0, 200)}` : ''}`);
    console.info(`faults/postgres: history of ${String(slowest.job_id)} (times from the cut, restored at ${restoredAt - cutAt} ms): ${history.join(' | ')}`);
    console.info(
      `faults/postgres: cut with ${extractedAtCut}/${expected.articles} extracted for ${OUTAGE_MS} ms; ${failedDuringOutage.length} failed attempts ` +
        `during the outage (e.g. "${String(failedDuringOutage[0]?.err).slice(0, 120)}"); all extracted ${caughtUpMs} ms after the restore; ` +
        `highest attempt that succeeded ${maxAttempt}; ${proxy.connections} connections through the proxy`,
    );
  }, 180_000);
});
