/**
 * A poisoned job: one article's extract stage always hits a database error (a trigger raises a
 * check_violation when that article is marked extracted, as a constraint or a full disk would). The
 * job ends in the failed set after JOB_ATTEMPTS attempts, the database's message is in its
 * failedReason and in the worker's log, and every other article goes through meanwhile.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { TEST_DATABASE_URL, TEST_REDIS_URL, serviceAvailable } from '../../helpers/env.ts';
import { describeRun, extractedCount, failedJobs, runFigures, startHarness, waitQuiet, type Harness } from '../../helpers/faults/harness.ts';
import { startWorkerProcess, stopWorkerProcess, waitFor, type WorkerProcess } from '../../helpers/faults/processes.ts';

const POISON_MESSAGE = 'fault test: article refused by a check';

describe('poisoned job', async () => {
  const up = (await serviceAvailable(TEST_DATABASE_URL, 'PostgreSQL')) && (await serviceAvailable(TEST_REDIS_URL, 'Redis'));
  let h: Harness | undefined;
  let worker: WorkerProcess | undefined;
  afterAll(async () => {
    await stopWorkerProcess(worker);
    await h?.close();
  });

  it.skipIf(!up)('fails after its attempts with the database error, reported, without holding others up', async () => {
    h = await startHarness({ name: 'poison', redisUrl: TEST_REDIS_URL, feeds: 4, itemsPerFeed: 6 });
    const poisoned = h.corpus.articles[3]!;
    await h.handle.db.execute(sql.raw(`
      create function fault_poison() returns trigger language plpgsql as $$
      begin
        if new.extracted_at is not null and new.url = '${h.corpus.urlOf(poisoned)}' then
          raise exception '${POISON_MESSAGE}' using errcode = 'check_violation';
        end if;
        return new;
      end $$;
      create trigger fault_poison before update on articles for each row execute function fault_poison();`));

    const started = Date.now();
    worker = startWorkerProcess('worker', h.workerEnv({ JOB_ATTEMPTS: '3' }));
    await worker.ready;
    await h.pollAll();
    const total = h.corpus.articles.length;
    await waitFor('every other article extracted', async () => (await extractedCount(h!.handle)) === total - 1, 60_000).catch(async (err: Error) => {
      throw new Error(`${err.message}\n${await describeRun(h!, [worker!])}`);
    });
    const othersDoneMs = Date.now() - started;
    await waitQuiet(h.queues, 30_000);
    const allDoneMs = Date.now() - started;

    const failed = await failedJobs(h.queues);
    expect(failed).toHaveLength(1);
    const [job] = failed;
    expect(job!.queue).toBe('extract-article');
    expect(job!.attempts).toBe(3);
    expect(job!.reason).toContain(`${POISON_MESSAGE} (23514)`);

    const logged = worker.logs.filter((l) => l.msg === 'job failed' && l.job_id === job!.id);
    expect(logged).toHaveLength(3);
    expect(JSON.stringify(logged.at(-1))).toContain(POISON_MESSAGE);

    const figures = await runFigures(h.handle);
    // The poisoned article's transaction rolled back: no events of its own; its pair's entry stands on the other report.
    expect(figures).toMatchObject({ articles: total, extracted: total - 1, events: total - 1, distinctEvents: total - 1, unplacedEvents: 0, entries: total / 2, distinctEntries: total / 2 });
    console.info(
      `faults/poisoned: ${job!.id} failed after ${job!.attempts} attempts with "${job!.reason.slice(0, 160)}"; ` +
        `the other ${total - 1} articles extracted ${othersDoneMs} ms after start, queues quiet at ${allDoneMs} ms`,
    );
  }, 120_000);
});
