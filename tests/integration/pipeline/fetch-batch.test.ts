/**
 * fetch-article batches (FETCH_BATCH_SIZE): a poll hands its new articles to fetch-article in batches, and
 * each batch to one update-disputes job. The outcome must be the one a job per article gives, and a batch
 * run again after part of it was stored (its worker died) must hand the stored articles on and store
 * nothing twice.
 */
import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { runInProcess } from '../../../workers/in-process.ts';
import type { NextJob } from '../../../workers/queues.ts';
import { runStage } from '../../../workers/stages.ts';
import { ingestOutcome, rows } from '../../helpers/outcome.ts';
import { sampleIngestSetup, useSampleServer } from '../../helpers/samples.ts';

const NOW = new Date('2026-11-26T12:00:00Z');
const samples = useSampleServer();
const setup = (env: Record<string, string>) => sampleIngestSetup(samples(), env, NOW);

describe('fetch-article batches', () => {
  it('give the same articles, events and disputes as a job per article, in fewer jobs', async () => {
    const batched = await setup({ FETCH_BATCH_SIZE: '4' });
    const single = await setup({ FETCH_BATCH_SIZE: '1' });
    try {
      const b = await runInProcess(batched.ctx, batched.polls);
      const s = await runInProcess(single.ctx, single.polls);
      expect(b.failed).toBe(0);
      expect(s.failed).toBe(0);
      const articles = (await ingestOutcome(single.handle)).articles.length;
      expect(articles).toBeGreaterThan(10);
      expect(s.byQueue['fetch-article']).toBe(articles);
      // Every feed's articles in batches of at most 4: fewer jobs, and fewer placement jobs with them.
      expect(b.byQueue['fetch-article']).toBeLessThan(articles / 2);
      expect(b.byQueue['update-disputes']).toBeLessThan(s.byQueue['update-disputes']! / 2);
      const outcome = await ingestOutcome(batched.handle);
      expect(outcome.events.length).toBeGreaterThan(10);
      expect(outcome.articles.every((a) => a.status !== 'pending')).toBe(true);
      expect(outcome).toEqual(await ingestOutcome(single.handle));
    } finally {
      await batched.handle.close();
      await single.handle.close();
    }
  }, 120_000);

  it('a batch run again after part of it was stored hands the stored articles on and stores nothing twice', async () => {
    const clean = await setup({ FETCH_BATCH_SIZE: '4' });
    const crashed = await setup({ FETCH_BATCH_SIZE: '4' });
    try {
      await runInProcess(clean.ctx, clean.polls);

      // The polls alone, then the first two articles of the first batch fetched and stored by jobs whose
      // next jobs never ran: as when a worker dies in the middle of a batch and the batch is retried.
      const next: NextJob[] = [];
      for (const poll of crashed.polls) next.push(...(await runStage(crashed.ctx, poll.queue, poll.payload)).next);
      const batch = next.find((j) => j.queue === 'fetch-article' && Array.isArray(j.payload.articleIds))!;
      const ids = batch.payload.articleIds as number[];
      expect(ids.length).toBe(4);
      for (const articleId of ids.slice(0, 2)) await runStage(crashed.ctx, 'fetch-article', { articleId });

      const retried = await runStage(crashed.ctx, 'fetch-article', batch.payload);
      expect(retried).toMatchObject({ articles: 4, alreadyDone: 2 });
      // The two stored before are handed on with the two stored now, to one placement job.
      const placement = retried.next.filter((j) => j.queue === 'update-disputes' && !j.payload.refresh);
      const extracted = await rows<{ id: number }>(crashed.handle, sql`select id from articles where extracted_at is not null and story_id is null`);
      const extractedOfBatch = ids.filter((id) => extracted.some((r) => Number(r.id) === id));
      expect(extractedOfBatch.length).toBeGreaterThanOrEqual(3);
      expect(placement).toEqual([{ queue: 'update-disputes', payload: { articleIds: extractedOfBatch }, delayMs: crashed.ctx.config.workers.disputesDelayMs }]);

      const rest = await runInProcess(crashed.ctx, [...retried.next, ...next.filter((j) => j !== batch)]);
      expect(rest.failed).toBe(0);
      const outcome = await ingestOutcome(crashed.handle);
      expect(outcome).toEqual(await ingestOutcome(clean.handle));
      // No dispute opened by the retried batch for a later one to merge away (its row would stay, with no events).
      expect(outcome.disputes.filter((d) => d.events === 0)).toEqual([]);
    } finally {
      await clean.handle.close();
      await crashed.handle.close();
    }
  }, 120_000);
});
