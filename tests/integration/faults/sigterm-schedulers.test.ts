/**
 * Graceful shutdown and job schedulers across restarts. SIGTERM lets in-flight jobs finish and the
 * process exits 0 within WORKER_SHUTDOWN_TIMEOUT_MS; jobs still running at the deadline are left to
 * BullMQ's stalled check, which hands them to the next worker. Several worker processes starting at
 * once, and restarts, leave one delayed poll job per source, at its next check.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { TEST_DATABASE_URL, TEST_REDIS_URL, serviceAvailable } from '../../helpers/env.ts';
import { describeRun, extractedCount, failedJobs, runFigures, startHarness, waitQuiet, type Harness } from '../../helpers/faults/harness.ts';
import { listSources } from '../../../db/queries/sources.ts';
import { startWorkerProcess, stopWorkerProcess, waitFor, type WorkerProcess } from '../../helpers/faults/processes.ts';

const FAST_STALLED = { BW_TEST_LOCK_DURATION_MS: '4000', BW_TEST_STALLED_INTERVAL_MS: '1000' };

describe('SIGTERM and schedulers', async () => {
  const up = (await serviceAvailable(TEST_DATABASE_URL, 'PostgreSQL')) && (await serviceAvailable(TEST_REDIS_URL, 'Redis'));
  let h: Harness | undefined;
  let workers: WorkerProcess[] = [];
  afterEach(async () => {
    for (const w of workers) await stopWorkerProcess(w);
    workers = [];
    await h?.close();
    h = undefined;
  });

  async function activeFetchIds(harness: Harness): Promise<string[]> {
    return (await harness.queues['fetch-article'].getActive()).map((j) => j.id!);
  }

  it.skipIf(!up)('SIGTERM: in-flight jobs finish, the process exits 0 within the deadline', async () => {
    h = await startHarness({ name: 'sigterm', redisUrl: TEST_REDIS_URL, feeds: 4, itemsPerFeed: 2, articleDelayMs: 2_000 });
    const w = startWorkerProcess('draining', h.workerEnv({ WORKER_SHUTDOWN_TIMEOUT_MS: '10000', FETCH_TIMEOUT_MS: '10000' }));
    workers.push(w);
    await w.ready;
    await h.pollAll();
    const inFlight = await waitFor('page fetches in flight', async () => {
      const ids = await activeFetchIds(h!);
      return ids.length >= 2 ? ids : null;
    }, 30_000, 50);
    const sentAt = Date.now();
    w.kill('SIGTERM');
    const exit = await w.exited;
    const tookMs = exit.at - sentAt;
    expect(exit.code).toBe(0);
    expect(tookMs).toBeLessThan(10_000);
    for (const id of inFlight) {
      expect(await h.queues['fetch-article'].getJobState(id), id).toBe('completed');
    }
    expect(await activeFetchIds(h)).toEqual([]);
    expect(w.logs.some((l) => l.msg === 'shutting down')).toBe(true);
    console.info(`faults/sigterm: ${inFlight.length} in-flight jobs (${inFlight.join(', ')}) finished; exit 0 after ${tookMs} ms`);
  }, 60_000);

  it.skipIf(!up)('SIGTERM past the deadline: the unfinished job goes back to the queue and the next worker finishes it', async () => {
    h = await startHarness({ name: 'deadline', redisUrl: TEST_REDIS_URL, feeds: 2, itemsPerFeed: 1, articleDelayMs: 4_000 });
    const env = h.workerEnv({ ...FAST_STALLED, WORKER_SHUTDOWN_TIMEOUT_MS: '1500' });
    const first = startWorkerProcess('first', env);
    workers.push(first);
    await first.ready;
    await h.pollAll();
    const inFlight = await waitFor('page fetches in flight', async () => {
      const ids = await activeFetchIds(h!);
      return ids.length >= 2 ? ids : null;
    }, 30_000, 50);
    await new Promise((r) => setTimeout(r, 500));
    const sentAt = Date.now();
    first.kill('SIGTERM');
    const exit = await first.exited;
    const tookMs = exit.at - sentAt;
    expect(exit.code).toBe(0);
    // The deadline plus the time to close the connections.
    expect(tookMs).toBeLessThan(1_500 + 3_000);

    const second = startWorkerProcess('second', env);
    workers.push(second);
    await second.ready;
    await waitFor('both articles extracted', async () => (await extractedCount(h!.handle)) === 2, 40_000).catch(async (err: Error) => {
      throw new Error(`${err.message}\n${await describeRun(h!, workers)}`);
    });
    await waitQuiet(h.queues, 20_000);
    for (const id of inFlight) expect(await h.queues['fetch-article'].getJobState(id), id).toBe('completed');
    const doneByFirst = first.logs.filter((l) => l.msg === 'job done' && inFlight.includes(String(l.job_id)));
    const doneBySecond = second.logs.filter((l) => l.msg === 'job done' && inFlight.includes(String(l.job_id)));
    expect(doneByFirst).toEqual([]);
    expect(doneBySecond).toHaveLength(inFlight.length);
    expect(first.logs.some((l) => l.msg === 'shutdown deadline passed, unfinished jobs left to the stalled-job check')).toBe(true);
    expect(await failedJobs(h.queues)).toEqual([]);
    const figures = await runFigures(h.handle);
    expect(figures).toMatchObject({ articles: 2, extracted: 2, events: 2, entries: 1 });
    console.info(`faults/sigterm-deadline: exit ${exit.code} after ${tookMs} ms with ${inFlight.length} jobs unfinished; the next worker finished them`);
  }, 90_000);

  it.skipIf(!up)('due means due: two processes starting at once and a restart leave one delayed poll per source, at its next check', async () => {
    h = await startHarness({ name: 'sched', redisUrl: TEST_REDIS_URL, feeds: 3, itemsPerFeed: 2 });
    const env = h.workerEnv();
    const a = startWorkerProcess('a', env);
    const b = startWorkerProcess('b', env);
    workers.push(a, b);
    await Promise.all([a.ready, b.ready]);
    const count = async () => {
      const delayed = (await h!.queues['poll-feed'].getDelayed()).filter((j) => !j.repeatJobKey);
      return {
        schedulers: (await h!.queues['poll-feed'].getJobSchedulers(0, -1)).map((s) => s.key),
        sweep: (await h!.queues.sweep.getJobSchedulers(0, -1)).map((s) => s.key),
        alertSchedulers: (await h!.queues['deliver-alerts'].getJobSchedulers(0, -1)).length,
        delayedPolls: delayed.map((j) => `${j.data.sourceId} ${j.data.dueAt}`).sort(),
      };
    };
    const sources = h.corpus.feeds.map((f) => f.id).sort();
    // Every source is polled at start (never checked before), and each poll leaves its next one, delayed.
    const together = await waitFor('one delayed poll per source', async () => {
      const c = await count();
      return c.delayedPolls.length === sources.length ? c : null;
    }, 30_000);
    expect(together.schedulers).toEqual([]);
    expect(together.sweep).toEqual(['sweep']);
    expect(together.alertSchedulers).toBe(0);
    expect(together.delayedPolls.map((p) => p.split(' ')[0])).toEqual(sources);
    // Each delayed job is due exactly at its source's next check.
    const rows = await listSources(h.handle.db);
    for (const r of rows) expect(together.delayedPolls).toContain(`${r.id} ${r.nextCheckAt!.getTime()}`);

    a.kill('SIGTERM');
    b.kill('SIGTERM');
    expect((await a.exited).code).toBe(0);
    expect((await b.exited).code).toBe(0);
    const c = startWorkerProcess('c', env);
    workers.push(c);
    await c.ready;
    const restarted = await count();
    expect(restarted).toEqual(together);
    console.info(`faults/schedulers: ${restarted.delayedPolls.length} delayed polls (one per source) + sweep after two concurrent starts and a restart`);
  }, 60_000);
});
