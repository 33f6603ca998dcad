/**
 * The rate limit's store (api/rate-limit-store.ts, issue 19 finding 4) on a real Redis and on an address where no
 * Redis listens: counts in Redis while it answers (shared by two API processes' stores), in memory at once when it
 * does not, for the global limit and for a route's own (child) limit alike.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { redisWithMemoryFallback } from '../../../api/rate-limit-store.ts';
import { connectRedis, type RedisClient } from '../../../workers/bullmq.ts';
import { serviceAvailable, TEST_REDIS_URL } from '../../helpers/env.ts';
import { freePort } from '../../helpers/faults/processes.ts';

const up = await serviceAvailable(TEST_REDIS_URL, 'Redis');
const clients: RedisClient[] = [];
afterAll(() => {
  for (const c of clients) c.disconnect();
});

type Store = { incr(key: string, cb: (err: Error | null, res?: { current: number; ttl: number }) => void, timeWindow: number, max: number): void; child(o: unknown): Store };
const incr = (store: Store, key: string) =>
  new Promise<number>((resolve, reject) => store.incr(key, (err, res) => (err ? reject(err) : resolve(res!.current)), 60_000, 10));
const routeOptions = { routeInfo: { method: 'POST', url: '/subscriptions' }, continueExceeding: false, exponentialBackoff: false };

describe.skipIf(!up)('rate limit store', () => {
  it('counts in Redis, shared by two processes\' stores, and per route for a child', async () => {
    const a = connectRedis(TEST_REDIS_URL, 'api');
    const b = connectRedis(TEST_REDIS_URL, 'api');
    clients.push(a, b);
    // No offline queue on the API's connection: a command before it is ready fails (the store counts in memory then).
    await Promise.all([a, b].map((c) => new Promise((r) => (c.status === 'ready' ? r(null) : c.once('ready', r)))));
    const ns = `rl-test-${process.pid}-${Date.now()}-`;
    const A = new (redisWithMemoryFallback(a, ns))({}) as unknown as Store;
    const B = new (redisWithMemoryFallback(b, ns))({}) as unknown as Store;
    expect(await incr(A, 'ip-1')).toBe(1);
    expect(await incr(B, 'ip-1')).toBe(2);
    expect(await incr(A.child(routeOptions), 'ip-1')).toBe(1);
    expect(await incr(B.child(routeOptions), 'ip-1')).toBe(2);
    expect(await a.exists(`${ns}ip-1`)).toBe(1);
  });

  it('counts in memory at once when Redis does not answer', async () => {
    const dead = connectRedis(`redis://127.0.0.1:${await freePort()}/0`, 'api');
    dead.on('error', () => {});
    clients.push(dead);
    const errors: string[] = [];
    const store = new (redisWithMemoryFallback(dead, 'x-', (err) => errors.push(err.message)))({}) as unknown as Store;
    const t = performance.now();
    const counts = [];
    for (let i = 0; i < 5; i++) counts.push(await incr(store, 'ip-2'));
    counts.push(await incr(store.child(routeOptions), 'ip-2'));
    expect(counts).toEqual([1, 2, 3, 4, 5, 1]);
    expect(performance.now() - t).toBeLessThan(200);
  });
});
