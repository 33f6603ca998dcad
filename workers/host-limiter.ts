/**
 * Per-host politeness: at most one request at a time to a host and a minimum gap between the starts
 * of two requests to it. The in-memory limiter serves a single process; the Redis limiter holds the
 * same rule across every worker process sharing one Redis (a lock key per host, `SET NX PX`).
 */
import type { RedisClient } from './bullmq.ts';

export interface HostLimiter {
  /** Waits for the host's turn; call the returned function when the request is done. */
  acquire(host: string): Promise<() => Promise<void>>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Turns per host within this process: a request waits for the previous one's release (a promise chain per host). */
function localTurns() {
  const tails = new Map<string, Promise<void>>();
  return async (host: string): Promise<() => void> => {
    const prev = tails.get(host) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((r) => (release = r));
    tails.set(host, prev.then(() => mine));
    await prev;
    return () => {
      release();
      if (tails.get(host) === mine) tails.delete(host);
    };
  };
}

/** Single-process limiter: turns in memory, and the gap from the last start. */
export function createMemoryHostLimiter(minGapMs: number): HostLimiter {
  const turn = localTurns();
  const lastStart = new Map<string, number>();
  return {
    async acquire(host) {
      const done = await turn(host);
      const wait = (lastStart.get(host) ?? 0) + minGapMs - Date.now();
      if (wait > 0) await sleep(wait);
      lastStart.set(host, Date.now());
      return async () => done();
    },
  };
}

/**
 * Cross-process limiter on Redis. The lock key lives for `minGapMs` after release, which gives the
 * minimum gap; `lockTtlMs` bounds how long a crashed holder can block the host. Within a process the
 * requests to a host first take turns in memory, so only one of them at a time asks Redis (the fetch
 * jobs of one feed had each polled the lock every 25 ms while another held it).
 */
export function createRedisHostLimiter(redis: RedisClient, prefix: string, minGapMs: number, lockTtlMs = 60_000): HostLimiter {
  const turn = localTurns();

  async function acquireRedis(host: string): Promise<() => Promise<void>> {
    const key = `${prefix}:host:${host}`;
    const token = `${process.pid}-${Math.random().toString(36).slice(2)}`;
    for (;;) {
      const ok = await redis.set(key, token, 'PX', lockTtlMs, 'NX');
      if (ok === 'OK') break;
      const ttl = await redis.pttl(key);
      // A TTL above the gap means another process still holds the lock: check again soon (its
      // release may come any moment) instead of sleeping up to a second per attempt.
      await sleep(ttl > minGapMs ? 25 : Math.min(Math.max(ttl, 25), 1_000));
    }
    return async () => {
      // Keep the key (ours only) for the gap, so the next request to this host waits it out.
      await redis.eval(
        "if redis.call('get', KEYS[1]) == ARGV[1] then if tonumber(ARGV[2]) > 0 then return redis.call('pexpire', KEYS[1], ARGV[2]) else return redis.call('del', KEYS[1]) end end return 0",
        1,
        key,
        token,
        String(minGapMs),
      );
    };
  }

  return {
    async acquire(host) {
      const done = await turn(host);
      try {
        const release = await acquireRedis(host);
        return async () => {
          try {
            await release();
          } finally {
            done();
          }
        };
      } catch (err) {
        done();
        throw err;
      }
    },
  };
}
