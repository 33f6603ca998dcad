/**
 * On a real Redis Cluster (three masters started for the test): REDIS_CLUSTER=true with REDIS_URL naming a node that
 * does NOT serve the queues' slot, so every command must follow the cluster's redirection. The whole pipeline runs
 * as BullMQ jobs (with the Redis host limiter) into PostgreSQL and finds the seed dispute; the API's per-IP rate limit
 * counts in the cluster too. Every key lands in the one slot of QUEUE_PREFIX's hash tag.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../api/app.ts';
import { createRuntime } from '../../../cli/runtime.ts';
import { startSampleServer, type SampleServer } from '../../../cli/sample-server.ts';
import { upsertSources } from '../../../db/queries/sources.ts';
import { loadSourceFile, toSourceRow } from '../../../feeds/sources.ts';
import { enqueueJobs, startWorkers, waitForIdle } from '../../../workers/bullmq.ts';
import type { NextJob } from '../../../workers/queues.ts';
import { TEST_DATABASE_URL, freshPostgres, serviceAvailable, testConfig } from '../../helpers/env.ts';
import { ask, clusterAvailable, startRedisCluster, type RedisCluster } from '../../helpers/redis-cluster.ts';

const up = (await serviceAvailable(TEST_DATABASE_URL, 'PostgreSQL')) && (await clusterAvailable());

describe.runIf(up)('on a Redis Cluster', () => {
  let cluster: RedisCluster;
  let samples: SampleServer;
  beforeAll(async () => {
    [cluster, samples] = await Promise.all([startRedisCluster(3), startSampleServer('feeds/samples')]);
  }, 60_000);
  afterAll(async () => {
    await samples?.close();
    await cluster?.close();
  });

  it('runs the pipeline and the API rate limit with every key in the prefix\'s slot, through redirections', async () => {
    const seed = cluster.ports[0]!;
    // A hash tag whose slot another node serves: the client must follow MOVED from the seed.
    let prefix = '';
    let slot = -1;
    for (let i = 0; ; i++) {
      const tag = `{bwc-${process.pid}-${i}}`;
      slot = Number(await ask(seed, 'cluster', 'keyslot', tag));
      if ((await cluster.ownerOf(slot)) !== seed) {
        prefix = tag;
        break;
      }
    }
    const owner = await cluster.ownerOf(slot);

    const handle = await freshPostgres();
    await handle.close();
    const config = testConfig({
      DATABASE_URL: TEST_DATABASE_URL,
      REDIS_URL: `redis://127.0.0.1:${seed}`,
      REDIS_CLUSTER: 'true',
      QUEUE_PREFIX: prefix,
      HOST_MIN_GAP_MS: '50',
      API_RATE_LIMIT_PER_MINUTE: '3',
    });
    const rt = await createRuntime(config, { migrate: 'require' });
    const set = startWorkers(rt.ctx, rt.queues!, rt.redis!);
    try {
      expect(rt.redis!.isCluster).toBe(true);
      const defs = loadSourceFile('feeds/samples/sources.json', samples.base);
      await upsertSources(rt.ctx.db, defs.map(toSourceRow));
      const polls: NextJob[] = defs.map((s) => ({ queue: 'poll-feed', payload: { sourceId: s.id, force: true } }));
      await enqueueJobs(rt.queues!, polls, new Date());
      await waitForIdle(rt.queues!, 90_000);

      const failed = await Promise.all(Object.values(rt.queues!).map((q) => q.getFailedCount()));
      expect(failed.reduce((a, b) => a + b, 0)).toBe(0);
      const completed = await Promise.all(Object.values(rt.queues!).map((q) => q.getCompletedCount()));
      expect(completed.reduce((a, b) => a + b, 0)).toBeGreaterThan(10);
      const r = await rt.ctx.db.execute(sql`select
        (select count(*) from articles where extracted_at is not null)::int as extracted,
        (select count(*) from articles where fetch_status = 'pending')::int as pending,
        (select count(*) from disputes d where exists (select 1 from dispute_parties p join entities e on e.id = p.entity_id where p.dispute_id = d.id and e.name = 'Alibaba')
           and exists (select 1 from dispute_parties p join entities e on e.id = p.entity_id where p.dispute_id = d.id and e.name = 'Anthropic'))::int as seed`);
      const c = (r as unknown as { rows: { extracted: number; pending: number; seed: number }[] }).rows[0]!;
      expect(c.extracted).toBeGreaterThan(10);
      expect(c.pending).toBe(0);
      expect(c.seed).toBe(1);

      // The queues' keys are on the slot's owner, none on the seed node.
      expect(Number(await ask(owner, 'cluster', 'countkeysinslot', String(slot)))).toBeGreaterThan(0);
      expect(Number(await ask(seed, 'dbsize'))).toBe(0);

      // The API's rate limit (per IP here) counts in the cluster: the fourth request of the minute is refused.
      const app = await buildApp({ ctx: rt.ctx, redis: rt.redis });
      try {
        // /health reaches the cluster too, and counts as the minute's first request.
        const health = await app.inject({ method: 'GET', url: '/health' });
        expect(health.json()).toMatchObject({ status: 'ok', redis: 'ok' });
        const codes: number[] = [];
        for (let i = 0; i < 3; i++) codes.push((await app.inject({ method: 'GET', url: '/disputes' })).statusCode);
        expect(codes).toEqual([200, 200, 429]);
        const keys = (await ask(owner, 'cluster', 'getkeysinslot', String(slot), '1000')) as string[];
        expect(keys.some((k) => k.startsWith(`${prefix}-ratelimit-`))).toBe(true);
      } finally {
        await app.close();
      }
    } finally {
      await set.close(5_000);
      for (const q of Object.values(rt.queues!)) await q.obliterate({ force: true }).catch(() => {});
      await rt.close();
    }
  }, 150_000);
});
