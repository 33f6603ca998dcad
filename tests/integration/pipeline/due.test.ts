/**
 * Due means due: a source is polled when its next check arrives, not at the next sweep or tick — through BullMQ
 * (one delayed job per source at its check time, on the real Redis) and embedded (a timer per source, handed over
 * by the sweep before the next tick). Real PostgreSQL and an HTTP feed on 127.0.0.1; the check time is set two
 * seconds ahead and the feed's request log says when the poll came.
 */
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { getSource, listSources, upsertSources } from '../../../db/queries/sources.ts';
import { connectRedis, createQueues, startWorkers, upsertSchedules } from '../../../workers/bullmq.ts';
import { startEmbeddedScheduler } from '../../../workers/embedded.ts';
import { freshPostgres, serviceAvailable, TEST_DATABASE_URL, TEST_REDIS_URL, testConfig, testCtx } from '../../helpers/env.ts';

let server: Server;
let feedUrl = '';
const requests: number[] = [];

beforeAll(async () => {
  server = createServer((_req, res) => {
    requests.push(Date.now());
    res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"same"' });
    res.end('<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet desk</title><link>http://example.org/</link><description>test</description></channel></rss>');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  feedUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}/feed.rss`;
});
afterAll(async () => {
  await new Promise<void>((r) => server.close(() => r()));
});

const waitFor = async (what: string, fn: () => boolean, ms: number) => {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (fn()) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`timed out waiting for ${what}`);
};

describe('due means due', async () => {
  const pg = await serviceAvailable(TEST_DATABASE_URL, 'PostgreSQL');
  const redis = pg && (await serviceAvailable(TEST_REDIS_URL, 'Redis'));

  it.skipIf(!pg)('embedded: the sweep hands over a source due before the next tick, and its timer polls it on time', async () => {
    const handle = await freshPostgres();
    const ctx = testCtx(testConfig({ WEBSUB_CALLBACK_URL: 'off' }), handle);
    requests.length = 0;
    await upsertSources(handle.db, [{ id: 'quiet', name: 'Quiet', kind: 'news', url: feedUrl, format: 'rss', pollIntervalMinutes: 60 }]);
    const dueAt = Date.now() + 2_000;
    await handle.db.execute(sql`update sources set next_check_at = ${new Date(dueAt)} where id = 'quiet'`);
    // A tick an hour: only the first tick's sweep runs, two seconds before the check.
    const scheduler = startEmbeddedScheduler(ctx, { tickMs: 3_600_000 });
    try {
      await waitFor('the poll', () => requests.length === 1, 6_000);
      expect(requests[0]! - dueAt).toBeGreaterThanOrEqual(-50);
      expect(requests[0]! - dueAt).toBeLessThan(1_500);
      // The poll scheduled the next check (the upper bound for a feed with no entries) on a timer of its own.
      let s = (await getSource(handle.db, 'quiet'))!;
      for (let i = 0; i < 100 && !s.lastCheckedAt; i++) {
        await new Promise((r) => setTimeout(r, 50));
        s = (await getSource(handle.db, 'quiet'))!;
      }
      expect(s.nextCheckAt!.getTime() - Date.now()).toBeGreaterThan(59 * 60_000);
      const id = `poll-quiet-due-${s.nextCheckAt!.getTime()}`;
      await waitFor('its timer', () => scheduler.pending().includes(id), 2_000);
    } finally {
      await scheduler.close();
      await handle.close();
    }
  }, 30_000);

  it.skipIf(!redis)('BullMQ: one delayed job per source at its next check, run when it falls due', async () => {
    const handle = await freshPostgres();
    const prefix = `bwtest-due-${process.pid}-${Date.now()}`;
    const config = testConfig({ DATABASE_URL: TEST_DATABASE_URL, REDIS_URL: TEST_REDIS_URL, QUEUE_PREFIX: prefix, WEBSUB_CALLBACK_URL: 'off' });
    const ctx = testCtx(config, handle);
    const conn = connectRedis(TEST_REDIS_URL, 'worker');
    const queues = createQueues(config, conn);
    const workers = startWorkers(ctx, queues, conn, ['poll-feed']);
    requests.length = 0;
    try {
      await upsertSources(handle.db, [{ id: 'quiet', name: 'Quiet', kind: 'news', url: feedUrl, format: 'rss', pollIntervalMinutes: 60 }]);
      const dueAt = Date.now() + 2_000;
      await handle.db.execute(sql`update sources set next_check_at = ${new Date(dueAt)} where id = 'quiet'`);
      await upsertSchedules(queues, await listSources(handle.db), new Date());
      // Twice, as two workers starting together would: still one job.
      await upsertSchedules(queues, await listSources(handle.db), new Date());
      const delayed = await queues['poll-feed'].getDelayed();
      expect(delayed.map((j) => j.id)).toEqual([`poll-quiet-due-${dueAt}`]);
      await waitFor('the poll', () => requests.length === 1, 8_000);
      expect(requests[0]! - dueAt).toBeGreaterThanOrEqual(-50);
      expect(requests[0]! - dueAt).toBeLessThan(2_000);
      // The poll left the next one, delayed until the source's new check time.
      let next: (string | undefined)[] = [];
      for (let i = 0; i < 100 && !next.length; i++) {
        next = (await queues['poll-feed'].getDelayed()).map((j) => j.id);
        if (!next.length) await new Promise((r) => setTimeout(r, 50));
      }
      const s = (await getSource(handle.db, 'quiet'))!;
      expect(next).toEqual([`poll-quiet-due-${s.nextCheckAt!.getTime()}`]);
    } finally {
      await workers.close(5_000);
      for (const q of Object.values(queues)) {
        await q.obliterate({ force: true }).catch(() => {});
        await q.close();
      }
      conn.disconnect();
      await handle.close();
    }
  }, 30_000);
});
