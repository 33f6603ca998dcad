/**
 * The Redis host limiter (per-host politeness across worker processes): one request at a time per host, a
 * minimum gap between starts, and — within a process — requests waiting their turn in memory rather than
 * each polling the Redis lock.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import { createRedisHostLimiter } from '../../../workers/host-limiter.ts';
import { serviceAvailable, TEST_REDIS_URL } from '../../helpers/env.ts';

let redis: Redis | null = null;
const prefix = `test-limiter-${Date.now().toString(36)}`;

beforeAll(async () => {
  if (await serviceAvailable(TEST_REDIS_URL, 'Redis')) redis = new Redis(TEST_REDIS_URL);
});
afterAll(async () => {
  if (!redis) return;
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length) await redis.del(...keys);
  redis.disconnect();
});

describe('Redis host limiter', () => {
  it('serialises requests to a host with the gap between them, and only one request per process asks Redis at a time', async () => {
    if (!redis) return;
    const gapMs = 50;
    let sets = 0;
    const counting = new Proxy(redis, {
      get(target, prop, receiver) {
        if (prop === 'set') sets++;
        const v = Reflect.get(target, prop, receiver);
        return typeof v === 'function' ? v.bind(target) : v;
      },
    });
    const limiter = createRedisHostLimiter(counting, prefix, gapMs);
    let active = 0;
    let maxActive = 0;
    const starts: number[] = [];
    await Promise.all(
      Array.from({ length: 6 }, async () => {
        const release = await limiter.acquire('news.example');
        active++;
        maxActive = Math.max(maxActive, active);
        starts.push(Date.now());
        await new Promise((r) => setTimeout(r, 30));
        active--;
        await release();
      }),
    );
    expect(maxActive).toBe(1);
    starts.sort((a, b) => a - b);
    for (let i = 1; i < starts.length; i++) expect(starts[i]! - starts[i - 1]!).toBeGreaterThanOrEqual(30 + gapMs - 5);
    // Each request asks Redis about twice (once finding the gap's key, once taking the lock), ~12 in all, and a timer
    // that fires late on a loaded machine adds one or two more (15 was seen in CI); five waiting requests each polling
    // every 25 ms would have asked ~50 times.
    expect(sets).toBeLessThanOrEqual(20);
    // Another host is not held up by this one.
    const t0 = Date.now();
    const [a, b] = await Promise.all([limiter.acquire('a.example'), limiter.acquire('b.example')]);
    expect(Date.now() - t0).toBeLessThan(gapMs);
    await a();
    await b();
  });
});
