/**
 * A worker killed with SIGKILL in the middle of ingesting 500 articles, then another started: BullMQ's
 * stalled-job check hands the dead worker's active jobs to the new one, and every article ends
 * extracted, once, with no duplicate events or timeline entries.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { TEST_DATABASE_URL, TEST_REDIS_URL, serviceAvailable } from '../../helpers/env.ts';
import { describeRun, expectedFigures, extractedCount, failedJobs, runFigures, startHarness, waitQuiet, type Harness } from '../../helpers/faults/harness.ts';
import { startWorkerProcess, stopWorkerProcess, waitFor, type WorkerProcess } from '../../helpers/faults/processes.ts';

const FAST_STALLED = { BW_TEST_LOCK_DURATION_MS: '4000', BW_TEST_STALLED_INTERVAL_MS: '1000' };

describe('worker killed with SIGKILL mid-run', async () => {
  const up = (await serviceAvailable(TEST_DATABASE_URL, 'PostgreSQL')) && (await serviceAvailable(TEST_REDIS_URL, 'Redis'));
  let h: Harness | undefined;
  let first: WorkerProcess | undefined;
  let second: WorkerProcess | undefined;
  afterAll(async () => {
    await stopWorkerProcess(first);
    await stopWorkerProcess(second);
    await h?.close();
  });

  it.skipIf(!up)('hands the killed worker\'s jobs to a new worker; 500 articles extracted exactly once', async () => {
    h = await startHarness({ name: 'sigkill', redisUrl: TEST_REDIS_URL, feeds: 20, itemsPerFeed: 25, articleDelayMs: 5 });
    const expected = expectedFigures(h.corpus);
    const started = Date.now();
    first = startWorkerProcess('first', h.workerEnv(FAST_STALLED));
    await first.ready;
    await h.pollAll();

    await waitFor('a third of the articles extracted', async () => (await extractedCount(h!.handle)) >= 150, 90_000, 50);
    console.info(`faults/sigkill: 150 extracted after ${Date.now() - started} ms`);
    const activeAtKill: string[] = [];
    for (const q of Object.values(h.queues)) for (const j of await q.getActive()) activeAtKill.push(j.id!);
    first.kill('SIGKILL');
    const killedAt = (await first.exited).at;
    const extractedAtKill = await extractedCount(h.handle);

    second = startWorkerProcess('second', h.workerEnv(FAST_STALLED));
    await second.ready;
    await waitFor('every article extracted', async () => (await extractedCount(h!.handle)) === expected.extracted, 120_000, 100).catch(
      async (err: Error) => {
        throw new Error(`${err.message}\n${await describeRun(h!, [first!, second!])}`);
      },
    );
    await waitQuiet(h.queues, 60_000);
    const recoveredMs = Date.now() - killedAt;

    const figures = await runFigures(h.handle);
    expect(figures).toMatchObject({
      articles: expected.articles,
      extracted: expected.extracted,
      pendingFetch: 0,
      copies: 0,
      events: expected.events,
      distinctEvents: expected.events,
      unplacedEvents: 0,
      entries: expected.entries,
      distinctEntries: expected.entries,
      corroboration: expected.corroboration,
    });
    expect(await failedJobs(h.queues)).toEqual([]);

    // The jobs the dead worker held were recovered by the stalled check and finished by the second worker.
    expect(activeAtKill.length).toBeGreaterThan(0);
    const doneBySecond = new Map(second.logs.filter((l) => l.msg === 'job done').map((l) => [String(l.job_id), Number(l.time)]));
    // A job may still have finished in the first worker between the snapshot and the kill.
    const doneByFirst = new Set(first.logs.filter((l) => l.msg === 'job done').map((l) => String(l.job_id)));
    const recovered = activeAtKill.filter((id) => doneBySecond.has(id));
    // The first worker's last log lines may die with it (pino writes asynchronously), so a job missing from
    // both logs counts as finished when BullMQ holds it as completed.
    const unaccounted: string[] = [];
    for (const id of activeAtKill.filter((x) => !doneBySecond.has(x) && !doneByFirst.has(x))) {
      const states = await Promise.all(Object.values(h.queues).map(async (q) => (await q.getJob(id))?.finishedOn && !(await q.getJob(id))?.failedReason));
      if (!states.some(Boolean)) unaccounted.push(id);
    }
    expect(unaccounted).toEqual([]);
    expect(recovered.length).toBeGreaterThan(0);
    const lastRecoveredMs = Math.max(...recovered.map((id) => doneBySecond.get(id)!)) - killedAt;

    const hits = h.corpus.articleHits();
    const fetchedTwice = [...hits.values()].filter((n) => n > 1).length;
    expect(hits.size).toBe(expected.articles);
    expect(fetchedTwice).toBeLessThanOrEqual(activeAtKill.length);
    console.info(
      `faults/sigkill: killed after ${killedAt - started} ms with ${extractedAtKill}/${expected.articles} extracted and ` +
        `${activeAtKill.length} active jobs (${activeAtKill.join(', ')}), ${recovered.length} of them finished by the second worker, the last ${lastRecoveredMs} ms ` +
        `after the kill; all extracted ${recoveredMs} ms after the kill; ` +
        `${fetchedTwice} pages fetched twice; figures ${JSON.stringify(figures)}`,
    );
  }, 200_000);
});
