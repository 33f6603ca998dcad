/**
 * Alerts leave as soon as their event is placed, and still exactly once per event and rule.
 * - Embedded: the scheduler's first sweep polls the due sources, and the alerts of what they placed reach the
 *   webhook with no tick in between (they had waited for the next minute's delivery key: the tick's own delivery
 *   run had taken it).
 * - Queued: two worker sets on one Redis run several delivery jobs at once over the same waiting alerts, as
 *   happens when placements finish together; each event reaches the webhook once.
 * Real PostgreSQL, Redis and HTTP on 127.0.0.1; only the clock is fixed.
 */
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { startSampleServer, type SampleServer } from '../../../cli/sample-server.ts';
import { createAlertRule, listDeliveriesOfRule } from '../../../db/queries/alerts.ts';
import { upsertSources } from '../../../db/queries/sources.ts';
import { queueAlerts } from '../../../alerts/queue.ts';
import { loadSourceFile, toSourceRow } from '../../../feeds/sources.ts';
import { connectRedis, createQueues, enqueueJobs, startWorkers, waitForIdle } from '../../../workers/bullmq.ts';
import { startEmbeddedScheduler } from '../../../workers/embedded.ts';
import { jobIdFor, type NextJob } from '../../../workers/queues.ts';
import { freshPostgres, serviceAvailable, TEST_DATABASE_URL, TEST_REDIS_URL, testConfig, testCtx } from '../../helpers/env.ts';
import { seedDisputes } from '../digest/helpers.ts';

interface Received {
  t: number;
  key: string;
  entries: number[];
}

let hook: Server;
let hookUrl = '';
const received: Received[] = [];
let samples: SampleServer;

beforeAll(async () => {
  hook = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { alerts: { timelineEntryId: number }[] };
      received.push({ t: Date.now(), key: String(req.headers['idempotency-key']), entries: body.alerts.map((a) => a.timelineEntryId) });
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((r) => hook.listen(0, '127.0.0.1', r));
  hookUrl = `http://127.0.0.1:${(hook.address() as { port: number }).port}/hook`;
  samples = await startSampleServer('feeds/samples');
});
afterAll(async () => {
  await new Promise<void>((r) => hook.close(() => r()));
  await samples?.close();
});

describe('immediate alert delivery', async () => {
  const pg = await serviceAvailable(TEST_DATABASE_URL, 'PostgreSQL');
  const redis = pg && (await serviceAvailable(TEST_REDIS_URL, 'Redis'));

  it('delivery runs asked for in the same millisecond are distinct jobs; throttle re-runs are named by their time', () => {
    const at = new Date('2026-11-26T12:00:00Z');
    const a = jobIdFor({ queue: 'deliver-alerts', payload: {} }, at);
    const b = jobIdFor({ queue: 'deliver-alerts', payload: {} }, at);
    expect(a).not.toBe(b);
    expect(jobIdFor({ queue: 'deliver-alerts', payload: {}, generation: 'at123' }, at)).toBe('alerts-at123');
  });

  it.skipIf(!pg)('embedded: the alerts of the first sweep\'s placements reach the webhook without waiting for a tick, once each', async () => {
    const handle = await freshPostgres();
    received.length = 0;
    try {
      // The samples are dated up to 2026-11-25; alerts look at events first reported in the last week.
      const ctx = testCtx(testConfig({ WEBSUB_CALLBACK_URL: 'off' }), handle, () => new Date('2026-11-26T12:00:00Z'));
      const defs = loadSourceFile('feeds/samples/sources.json', samples.base);
      await upsertSources(handle.db, defs.map(toSourceRow));
      const rule = await createAlertRule(handle.db, { name: 'Everything', filters: {}, webhookUrl: hookUrl, maxPerHour: 1000 });
      // One tick an hour: anything delivered here was delivered without a second tick.
      const scheduler = startEmbeddedScheduler(ctx, { tickMs: 3_600_000 });
      try {
        const started = Date.now();
        let sent: Awaited<ReturnType<typeof listDeliveriesOfRule>> = [];
        while (Date.now() - started < 90_000) {
          await scheduler.dispatch([]);
          sent = await listDeliveriesOfRule(handle.db, rule.id, 1000);
          if (sent.length && sent.every((d) => d.status === 'sent')) break;
          await new Promise((r) => setTimeout(r, 200));
        }
        expect(sent.length).toBeGreaterThan(0);
        expect(sent.every((d) => d.status === 'sent')).toBe(true);
        const entries = received.flatMap((r) => r.entries);
        expect(entries.sort()).toEqual(sent.map((d) => d.timelineEntryId).sort());
        expect(new Set(entries).size).toBe(entries.length);
        // Every source now waits for its own next check on a timer, not for a tick.
        expect(scheduler.pending().filter((id) => id.startsWith('poll-')).sort()).toEqual(
          expect.arrayContaining(defs.map((d) => expect.stringMatching(new RegExp(`^poll-${d.id}-due-\\d+$`)))),
        );
        expect(scheduler.pending().filter((id) => id.startsWith('poll-'))).toHaveLength(defs.length);
      } finally {
        await scheduler.close();
      }
    } finally {
      await handle.close();
    }
  }, 120_000);

  it.skipIf(!redis)('queued: concurrent delivery runs on two worker sets send each event exactly once', async () => {
    const handle = await freshPostgres();
    received.length = 0;
    const prefix = `bwtest-alerts-${process.pid}-${Date.now()}`;
    const config = testConfig({ DATABASE_URL: TEST_DATABASE_URL, REDIS_URL: TEST_REDIS_URL, QUEUE_PREFIX: prefix });
    const ctx = testCtx(config, handle, () => new Date('2026-11-21T12:00:00Z'));
    const r1 = connectRedis(TEST_REDIS_URL, 'worker');
    const r2 = connectRedis(TEST_REDIS_URL, 'worker');
    const queues = createQueues(config, r1);
    const sets = [startWorkers(ctx, queues, r1, ['deliver-alerts']), startWorkers(ctx, createQueues(config, r2), r2, ['deliver-alerts'])];
    try {
      const seeded = await seedDisputes(handle.db);
      const rule = await createAlertRule(handle.db, { name: 'All', filters: {}, webhookUrl: hookUrl, maxPerHour: 1000 });
      const entryIds = [seeded.complaint, seeded.denial, seeded.allegation];
      for (const id of entryIds) await queueAlerts(handle.db, id);
      // What three placements finishing together ask for: three delivery runs at once.
      const jobs: NextJob[] = entryIds.map(() => ({ queue: 'deliver-alerts', payload: {} }));
      await enqueueJobs(queues, jobs, new Date());
      await waitForIdle(queues, 30_000);
      const sent = received.flatMap((r) => r.entries).sort();
      expect(sent).toEqual([...entryIds].sort());
      expect(received.every((r) => r.key.startsWith(`alert-${rule.id}-`))).toBe(true);
      const rows = await handle.db.execute(sql`select status, attempts from alert_deliveries where rule_id = ${rule.id}`);
      expect((rows as unknown as { rows: { status: string; attempts: number }[] }).rows).toEqual(entryIds.map(() => ({ status: 'sent', attempts: 1 })));
      // The completed runs are three distinct jobs.
      expect((await queues['deliver-alerts'].getCompleted()).length).toBe(3);
    } finally {
      for (const s of sets) await s.close(5_000);
      for (const q of Object.values(queues)) {
        await q.obliterate({ force: true }).catch(() => {});
        await q.close();
      }
      r1.disconnect();
      r2.disconnect();
      await handle.close();
    }
  }, 60_000);
});
