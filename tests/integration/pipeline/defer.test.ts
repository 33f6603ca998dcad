/**
 * A BullMQ update-disputes job whose article another placement batch holds goes back to the delayed set
 * (same id, no attempt spent, its slot free) and completes once that batch has ended: no wait on the lock,
 * no failure, no article left unplaced.
 */
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { enqueueJobs, waitForIdle } from '../../../workers/bullmq.ts';
import { jobIdFor, type NextJob } from '../../../workers/queues.ts';
import { TEST_DATABASE_URL, TEST_REDIS_URL, freshPostgres, serviceAvailable, testConfig, testCtx } from '../../helpers/env.ts';
import { startQueued } from '../../helpers/queued.ts';
import { SEED_CASE, seedArticles } from '../../helpers/seed.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A fresh database with the seed case's articles extracted, not placed, and update-disputes workers on Redis. */
async function placementWorkers(name: string) {
  const handle = await freshPostgres();
  const config = testConfig({ DATABASE_URL: TEST_DATABASE_URL, REDIS_URL: TEST_REDIS_URL, QUEUE_PREFIX: `bwtest-${name}-${process.pid}-${Date.now()}` });
  const ctx = testCtx(config, handle);
  const run = startQueued(ctx, config, handle, ['update-disputes']);
  const ids = await seedArticles(ctx, handle, SEED_CASE, { place: false });
  return { handle, run, queues: run.queues, ids };
}

describe('update-disputes under BullMQ', async () => {
  const up = (await serviceAvailable(TEST_DATABASE_URL, 'PostgreSQL')) && (await serviceAvailable(TEST_REDIS_URL, 'Redis'));
  it.skipIf(!up)('defers a job whose article is held, then completes it on a later run', async () => {
    const { handle, run, queues, ids } = await placementWorkers('defer');
    try {
      const job: NextJob = { queue: 'update-disputes', payload: { articleId: ids[0]! } };
      const id = jobIdFor(job, new Date());
      const states: string[] = [];
      // Another batch holds the article (and rolls back): the job must not wait for it.
      await handle.db
        .transaction(async (tx) => {
          await tx.execute(sql`select id from articles where id = ${ids[0]!} for no key update`);
          await enqueueJobs(queues, [job], new Date());
          const deadline = Date.now() + 10_000;
          while (Date.now() < deadline) {
            const state = await queues['update-disputes'].getJobState(id);
            if (states.at(-1) !== state) states.push(state);
            if (state === 'delayed') break;
            await sleep(20);
          }
          throw new Error('rolled back');
        })
        .catch((err: Error) => expect(err.message).toBe('rolled back'));
      expect(states.at(-1)).toBe('delayed');
      expect((await queues['update-disputes'].getJob(id))!.attemptsMade).toBe(0);

      await waitForIdle(queues, 20_000);
      const done = (await queues['update-disputes'].getJob(id))!;
      expect(await done.getState()).toBe('completed');
      expect(done.returnvalue).toMatchObject({ articles: SEED_CASE.length });
      expect(await queues['update-disputes'].getFailedCount()).toBe(0);
      const unplaced = (await handle.db.execute(sql`select count(*)::int as n from articles where placed_at is null`)) as unknown as { rows: { n: number }[] };
      expect(unplaced.rows[0]!.n).toBe(0);
    } finally {
      await run.close();
    }
  }, 60_000);

  it.skipIf(!up)('a placement job enqueued with a delay (DISPUTES_DELAY_MS after a fetch batch) waits that long, then runs', async () => {
    const { run, queues, ids } = await placementWorkers('delay');
    try {
      const job: NextJob = { queue: 'update-disputes', payload: { articleIds: ids }, delayMs: 800 };
      const id = jobIdFor(job, new Date());
      const enqueuedAt = Date.now();
      await enqueueJobs(queues, [job], new Date());
      expect(await queues['update-disputes'].getJobState(id)).toBe('delayed');
      await waitForIdle(queues, 20_000);
      const done = (await queues['update-disputes'].getJob(id))!;
      expect(await done.getState()).toBe('completed');
      expect(done.processedOn! - enqueuedAt).toBeGreaterThanOrEqual(800);
      expect(done.returnvalue).toMatchObject({ articles: SEED_CASE.length });
    } finally {
      await run.close();
    }
  }, 60_000);
});
