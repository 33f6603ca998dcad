/**
 * The API while Redis is down (issue 19, red-team finding 4): the real `brinkwatch api` process, on a private
 * redis-server that the test kills. Requests must be answered within normal latency (the rate limit counting in
 * memory meanwhile), /health must say Redis is down at once, and both must recover when Redis is back.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshPostgres, serviceAvailable, TEST_DATABASE_URL } from '../../helpers/env.ts';
import { freePort, startPrivateRedis, waitFor, type PrivateRedis } from '../../helpers/faults/processes.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const up = await serviceAvailable(TEST_DATABASE_URL, 'PostgreSQL');

let redis: PrivateRedis;
let api: ChildProcess;
let base = '';
const output: string[] = [];

async function timedGet(path: string): Promise<{ status: number; ms: number; body: unknown }> {
  const t = performance.now();
  const res = await fetch(`${base}${path}`, { signal: AbortSignal.timeout(5_000) });
  const body = await res.json();
  return { status: res.status, ms: performance.now() - t, body };
}

describe.skipIf(!up)('the API with Redis down', () => {
  beforeAll(async () => {
    const handle = await freshPostgres();
    await handle.close();
    redis = await startPrivateRedis(false);
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    api = spawn(process.execPath, ['bin/brinkwatch.mjs', 'api'], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NODE_ENV: 'test', LOG_LEVEL: 'info',
        DATABASE_URL: TEST_DATABASE_URL, REDIS_URL: redis.url, HOST: '127.0.0.1', PORT: String(port), API_CACHE_MB: '0', API_RATE_LIMIT_PER_MINUTE: '40',
        DIGEST_SECRET: 'a-test-secret-of-enough-length-000', WEBHOOK_SECRET: 'another-test-secret-of-length-000',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    api.stdout!.on('data', (c: Buffer) => output.push(c.toString()));
    api.stderr!.on('data', (c: Buffer) => output.push(c.toString()));
    await waitFor('api listening', () => output.join('').includes('api listening'), 30_000, 50).catch((err: Error) => {
      throw new Error(`${err.message}\n${output.join('')}`);
    });
  }, 60_000);
  afterAll(async () => {
    if (api && api.exitCode === null) {
      const gone = new Promise((r) => api.once('exit', r));
      api.kill('SIGKILL');
      await gone;
    }
    await redis?.stop();
  });

  it('answers reads and /health within normal latency while Redis is down, and recovers after', async () => {
    expect(await timedGet('/health')).toMatchObject({ status: 200, body: { redis: 'ok' } });
    expect((await timedGet('/disputes')).status).toBe(200);

    await redis.kill();
    for (let i = 0; i < 5; i++) {
      const health = await timedGet('/health');
      expect(health).toMatchObject({ status: 503, body: { status: 'degraded', database: 'ok', redis: 'down' } });
      expect(health.ms).toBeLessThan(600);
      const list = await timedGet('/disputes');
      expect(list.status).toBe(200);
      expect(list.ms).toBeLessThan(600);
    }

    // The limit still holds meanwhile, counted in the API's memory.
    const statuses: number[] = [];
    for (let i = 0; i < 45; i++) statuses.push((await timedGet('/disputes')).status);
    expect(statuses).toContain(429);

    await redis.start();
    await waitFor('redis reported up again', async () => (await timedGet('/health')).status === 200, 10_000, 200);
  }, 60_000);
});
