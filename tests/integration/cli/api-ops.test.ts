/**
 * `brinkwatch api` as operators run it, against the real PostgreSQL and Redis: the queue board at /admin/queues for
 * admin keys only (keys made with `brinkwatch keys create`), the queues' depth in /metrics, and a clean exit on
 * SIGTERM. (The app's own tests build it without queues; this is the process that gets them from the configuration.)
 */
import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, waitFor } from '../../helpers/faults/processes.ts';
import { TEST_DATABASE_URL, TEST_REDIS_URL, freshPostgres, serviceAvailable } from '../../helpers/env.ts';

const run = promisify(execFile);
const BIN = 'bin/brinkwatch.mjs';

const up = (await serviceAvailable(TEST_DATABASE_URL, 'PostgreSQL')) && (await serviceAvailable(TEST_REDIS_URL, 'Redis'));

describe.runIf(up)('brinkwatch api, operated', () => {
  const prefix = `bwops-${process.pid}-${Date.now()}`;
  const env = (extra: Record<string, string> = {}) => {
    const base: Record<string, string> = {};
    for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !/^(DATABASE_URL|REDIS_URL|PGLITE_DIR|QUEUE_PREFIX)$/.test(k)) base[k] = v;
    return { ...base, DATABASE_URL: TEST_DATABASE_URL, REDIS_URL: TEST_REDIS_URL, QUEUE_PREFIX: prefix, LOG_LEVEL: 'info', ...extra };
  };
  const redis = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: null });
  const pollQueue = new Queue('poll-feed', { connection: redis, prefix });
  afterAll(async () => {
    await pollQueue.obliterate({ force: true }).catch(() => {});
    await pollQueue.close();
    redis.disconnect();
  });

  it('serves the queue board to admin keys only, reports queue depth, and exits 0 on SIGTERM', async () => {
    const handle = await freshPostgres();
    await handle.close();
    const key = async (scope: string) => (await run('node', [BIN, 'keys', 'create', '--name', `ops-${scope}`, '--scope', scope], { env: env() })).stdout.trim();
    const [admin, writer] = [await key('admin'), await key('write')];
    // Work waiting in Redis, no worker running: the depth /metrics must show.
    await pollQueue.add('poll-feed', { sourceId: 'nowhere' }, { jobId: 'ops-test-1' });

    const port = await freePort();
    const api = spawn('node', [BIN, 'api'], { env: env({ HOST: '127.0.0.1', PORT: String(port) }) });
    let out = '';
    api.stdout.on('data', (d) => (out += d));
    api.stderr.on('data', (d) => (out += d));
    const exited = new Promise<number | null>((r) => api.on('exit', (code) => r(code)));
    try {
      await waitFor('api listening', () => out.includes('api listening'), 60_000);
      const base = `http://127.0.0.1:${port}`;
      const get = (path: string, k?: string) => fetch(`${base}${path}`, k ? { headers: { authorization: `Bearer ${k}` } } : {});

      expect((await get('/admin/queues')).status).toBe(401);
      expect((await get('/admin/queues', writer)).status).toBe(403);
      const board = await get('/admin/queues', admin);
      expect(board.status).toBe(200);
      expect(board.headers.get('content-type')).toMatch(/text\/html/);
      const queues = await get('/admin/queues/api/queues', admin);
      expect(queues.status).toBe(200);
      const names = ((await queues.json()) as { queues: { name: string }[] }).queues.map((q) => q.name).sort();
      expect(names).toEqual(['deliver-alerts', 'digest-tick', 'extract-article', 'fetch-article', 'poll-feed', 'sweep', 'update-disputes']);
      expect((await get('/admin/queues/api/queues')).status).toBe(401);

      const metrics = await (await get('/metrics')).text();
      expect(metrics).toMatch(/^brinkwatch_queue_depth\{queue="poll-feed",state="waiting"\} 1$/m);
      expect(metrics).toMatch(/^brinkwatch_queue_depth\{queue="fetch-article",state="failed"\} 0$/m);
    } finally {
      api.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    // Keys never reach the log.
    expect(out).not.toContain(admin);
  }, 120_000);
});
