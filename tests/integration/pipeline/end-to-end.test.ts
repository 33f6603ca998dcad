/**
 * The whole path on the fictional samples: local HTTP server → poll-feed → fetch-article →
 * extract-article → update-disputes → API, once through BullMQ on the real Redis into the real
 * PostgreSQL, once embedded (PGlite, in-process). A second ingest adds nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { buildApp } from '../../../api/app.ts';
import { startSampleServer, type SampleServer } from '../../../cli/sample-server.ts';
import { upsertSources } from '../../../db/queries/sources.ts';
import { createAlertRule } from '../../../db/queries/alerts.ts';
import type { DbHandle } from '../../../db/client.ts';
import { loadSourceFile, toSourceRow } from '../../../feeds/sources.ts';
import { enqueueJobs, waitForIdle } from '../../../workers/bullmq.ts';
import type { Ctx } from '../../../workers/context.ts';
import { runInProcess } from '../../../workers/in-process.ts';
import { extractArticle } from '../../../workers/extract-article.ts';
import { updateDisputes } from '../../../workers/update-disputes.ts';
import { listArticleIdsForReextract } from '../../../db/queries/articles.ts';
import type { NextJob } from '../../../workers/queues.ts';
import { TEST_DATABASE_URL, TEST_REDIS_URL, freshPglite, freshPostgres, serviceAvailable, testConfig, testCtx } from '../../helpers/env.ts';
import { startQueued } from '../../helpers/queued.ts';

async function counts(handle: DbHandle) {
  const res = await handle.db.execute(sql`select
    (select count(*) from articles)::int as articles,
    (select count(*) from events)::int as events,
    (select count(*) from timeline_entries)::int as entries,
    (select count(*) from disputes)::int as disputes`);
  return (res as unknown as { rows: Record<string, number>[] }).rows[0];
}

async function checkSeedDispute(ctx: Ctx) {
  const app = await buildApp({ ctx });
  try {
    const list = await app.inject({ method: 'GET', url: '/disputes?actor=Anthropic' });
    expect(list.statusCode).toBe(200);
    const disputes = list.json().items as { id: number; parties: { name: string }[] }[];
    const seed = disputes.find((d) => d.parties.some((p) => p.name === 'Alibaba'));
    expect(seed, 'an Anthropic–Alibaba dispute').toBeTruthy();
    const tl = await app.inject({ method: 'GET', url: `/disputes/${seed!.id}/timeline` });
    expect(tl.statusCode).toBe(200);
    const items = tl.json().items as { date: string; type: string; actor: string; target: string; sources: { url: string; outlet: string; title: string }[] }[];
    const allegation = items.findIndex((e) => e.type === 'ALLEGATION' && e.actor === 'Anthropic' && e.target === 'Alibaba');
    const denial = items.findIndex((e) => e.type === 'DENIAL' && e.actor === 'Alibaba' && e.target === 'Anthropic');
    const complaint = items.findIndex((e) => e.type === 'LEGAL_ACTION' && e.actor === 'Anthropic' && e.target === 'Alibaba');
    expect(allegation).toBeGreaterThanOrEqual(0);
    expect(complaint, JSON.stringify(items.map((e) => [e.date, e.type, e.actor, e.target, (e as { firstReportedAt?: string }).firstReportedAt]))).toBeGreaterThan(allegation);
    expect(denial).toBeGreaterThan(complaint);
    // As a journalist reads it: allegation, formal complaint, denial — and the level rising with them.
    const d = (await app.inject({ method: 'GET', url: `/disputes/${seed!.id}` })).json();
    const levels = (d.changes as { toLevel: number; direction: string }[]).filter((c) => c.direction !== 'deescalated').map((c) => c.toLevel);
    expect(levels.length).toBeGreaterThanOrEqual(2);
    expect([...levels].sort((a, b) => a - b)).toEqual(levels);
    expect(d.level).toBeGreaterThanOrEqual(6);
    for (const i of [allegation, denial]) {
      expect(items[i]!.sources.length).toBeGreaterThan(0);
      expect(items[i]!.sources[0]!.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
      expect(items[i]!.sources[0]!.outlet).toBeTruthy();
    }
    const dates = items.map((e) => e.date);
    expect([...dates].sort()).toEqual(dates);
    // The allegation was reported by several outlets: one entry, several sources.
    expect(items[allegation]!.sources.length).toBeGreaterThanOrEqual(2);
  } finally {
    await app.close();
  }
}

let samples: SampleServer;
beforeAll(async () => {
  samples = await startSampleServer('feeds/samples');
});
afterAll(async () => {
  await samples?.close();
});

describe('embedded mode (PGlite, in-process stages)', () => {
  it('ingests the samples, finds the seed dispute, and a second ingest adds nothing', async () => {
    const handle = await freshPglite();
    try {
      // The sample is dated up to 2026-11-25; alerts look at events first reported in the last week.
      const ctx = testCtx(testConfig(), handle, () => new Date('2026-11-26T12:00:00Z'));
      const defs = loadSourceFile('feeds/samples/sources.json', samples.base);
      await upsertSources(handle.db, defs.map(toSourceRow));
      const rule = await createAlertRule(handle.db, { name: 'Anthropic watch', filters: { actors: ['Anthropic'] }, email: 'desk@example.org' });
      const polls: NextJob[] = defs.map((s) => ({ queue: 'poll-feed', payload: { sourceId: s.id, force: true } }));
      const first = await runInProcess(ctx, polls);
      expect(first.failed).toBe(0);
      const after1 = await counts(handle);
      // One alert per timeline event, however many articles reported it.
      const alerts = await handle.db.execute(sql`select count(*)::int as n, count(distinct timeline_entry_id)::int as entries from alert_deliveries where rule_id = ${rule.id}`);
      const a = (alerts as unknown as { rows: { n: number; entries: number }[] }).rows[0]!;
      expect(a.n).toBeGreaterThan(0);
      expect(a.n).toBe(a.entries);
      expect(after1.articles).toBeGreaterThan(10);
      expect(after1.disputes).toBeGreaterThanOrEqual(3);
      await checkSeedDispute(ctx);

      const second = await runInProcess(ctx, polls);
      expect(second.failed).toBe(0);
      expect(second.byQueue['fetch-article'] ?? 0).toBe(0);
      expect(await counts(handle)).toEqual(after1);
      const alertsAgain = await handle.db.execute(sql`select count(*)::int as n from alert_deliveries`);
      expect((alertsAgain as unknown as { rows: { n: number }[] }).rows[0]!.n).toBe(a.n);

      // Re-extraction (what `brinkwatch reextract` runs) replaces events in place: same counts, same seed dispute.
      for (const articleId of await listArticleIdsForReextract(handle.db, null)) {
        await extractArticle(ctx, { articleId, force: true });
        await updateDisputes(ctx, { articleId });
      }
      expect(await counts(handle)).toEqual(after1);
      await checkSeedDispute(ctx);
    } finally {
      await handle.close();
    }
  }, 120_000);
});

describe('queued mode (BullMQ on Redis, PostgreSQL)', async () => {
  const up = (await serviceAvailable(TEST_DATABASE_URL, 'PostgreSQL')) && (await serviceAvailable(TEST_REDIS_URL, 'Redis'));
  it.skipIf(!up)('runs every stage as BullMQ jobs and a second ingest adds nothing', async () => {
    const handle = await freshPostgres();
    const prefix = `bwtest-${process.pid}-${Date.now()}`;
    const config = testConfig({ DATABASE_URL: TEST_DATABASE_URL, REDIS_URL: TEST_REDIS_URL, QUEUE_PREFIX: prefix });
    const ctx = testCtx(config, handle);
    const run = startQueued(ctx, config, handle);
    const { queues } = run;
    try {
      const defs = loadSourceFile('feeds/samples/sources.json', samples.base);
      await upsertSources(handle.db, defs.map(toSourceRow));
      const polls: NextJob[] = defs.map((s) => ({ queue: 'poll-feed', payload: { sourceId: s.id, force: true } }));
      await enqueueJobs(queues, polls, new Date());
      await waitForIdle(queues, 90_000);
      const failed = await Promise.all(Object.values(queues).map((q) => q.getFailedCount()));
      expect(failed.reduce((a, b) => a + b, 0)).toBe(0);
      const after1 = await counts(handle);
      const st = await handle.db.execute(sql`select id, last_status, last_error from sources`);
      expect(after1.articles, JSON.stringify((st as unknown as { rows: unknown[] }).rows)).toBeGreaterThan(10);
      await checkSeedDispute(ctx);

      // A later minute window gives the poll jobs new ids; the stages themselves must add nothing.
      await enqueueJobs(queues, polls, new Date(Date.now() + 120_000));
      await waitForIdle(queues, 60_000);
      expect(await counts(handle)).toEqual(after1);
    } finally {
      await run.close();
    }
  }, 180_000);
});
