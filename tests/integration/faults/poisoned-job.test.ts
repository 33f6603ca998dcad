/**
 * Poisoned jobs: two articles' extract stage always hits a database error — a trigger raises a check_violation
 * (23514) when one is marked extracted, and PostgreSQL's disk_full (53100, "could not extend file … No space left on
 * device", as a full disk gives it) for the other. Each job ends in the failed set after JOB_ATTEMPTS attempts, the
 * database's message and SQLSTATE are in its failedReason and in the worker's log, and every other article goes
 * through meanwhile.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { TEST_DATABASE_URL, TEST_REDIS_URL, serviceAvailable } from '../../helpers/env.ts';
import { describeRun, extractedCount, failedJobs, runFigures, startHarness, waitQuiet, type Harness } from '../../helpers/faults/harness.ts';
import { startWorkerProcess, stopWorkerProcess, waitFor, type WorkerProcess } from '../../helpers/faults/processes.ts';

const POISON_MESSAGE = 'fault test: article refused by a check';
const DISK_FULL_MESSAGE = 'could not extend file "base/16384/16385": No space left on device';

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
    // Of another pair of articles (consecutive articles report the same event): each pair's entry still stands.
    const diskFull = h.corpus.articles[8]!;
    await h.handle.db.execute(sql.raw(`
      create function fault_poison() returns trigger language plpgsql as $$
      begin
        if new.extracted_at is not null and new.url = '${h.corpus.urlOf(poisoned)}' then
          raise exception '${POISON_MESSAGE}' using errcode = 'check_violation';
        end if;
        if new.extracted_at is not null and new.url = '${h.corpus.urlOf(diskFull)}' then
          raise exception using message = '${DISK_FULL_MESSAGE}', errcode = 'disk_full', hint = 'Check free disk space.';
        end if;
        return new;
      end $$;
      create trigger fault_poison before update on articles for each row execute function fault_poison();`));

    const started = Date.now();
    worker = startWorkerProcess('worker', h.workerEnv({ JOB_ATTEMPTS: '3' }));
    await worker.ready;
    await h.pollAll();
    const total = h.corpus.articles.length;
    await waitFor('every other article extracted', async () => (await extractedCount(h!.handle)) === total - 2, 60_000).catch(async (err: Error) => {
      throw new Error(`${err.message}\n${await describeRun(h!, [worker!])}`);
    });
    const othersDoneMs = Date.now() - started;
    await waitQuiet(h.queues, 30_000);
    const allDoneMs = Date.now() - started;

    const failed = await failedJobs(h.queues);
    expect(failed).toHaveLength(2);
    const job = failed.find((j) => j.reason.includes(POISON_MESSAGE));
    const full = failed.find((j) => j.reason.includes(DISK_FULL_MESSAGE));
    for (const [j, message, code] of [[job, POISON_MESSAGE, '23514'], [full, DISK_FULL_MESSAGE, '53100']] as const) {
      expect(j, `a failed job for "${message}"`).toBeTruthy();
      expect(j!.queue).toBe('extract-article');
      expect(j!.attempts).toBe(3);
      expect(j!.reason).toContain(`${message} (${code})`);
      const logged = worker.logs.filter((l) => l.msg === 'job failed' && l.job_id === j!.id);
      expect(logged).toHaveLength(3);
      expect(String(logged.at(-1)!.err)).toContain(`${message} (${code})`);
    }

    const figures = await runFigures(h.handle);
    // The poisoned articles' transactions rolled back: no events of their own; their pairs' entries stand on the other reports.
    expect(figures).toMatchObject({ articles: total, extracted: total - 2, events: total - 2, distinctEvents: total - 2, unplacedEvents: 0, entries: total / 2, distinctEntries: total / 2 });
    console.info(
      `faults/poisoned: ${job!.id} failed after ${job!.attempts} attempts with "…${job!.reason.slice(-90)}"; ` +
        `${full!.id} after ${full!.attempts} with "…${full!.reason.slice(-110)}"; ` +
        `the other ${total - 2} articles extracted ${othersDoneMs} ms after start, queues quiet at ${allDoneMs} ms`,
    );
  }, 120_000);
});
