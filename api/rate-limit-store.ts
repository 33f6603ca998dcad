/**
 * The rate limit's store: Redis (shared by every API process) while it answers, this process's memory while it
 * does not. A Redis outage must not hold up requests (the red team saw every request wait 22 s through a 22 s
 * outage), nor turn the limit off: after a failed command the API counts in memory for RETRY_AFTER_MS, then
 * tries Redis again. The API's Redis connection fails fast (no offline queue, a command timeout: workers/bullmq.ts).
 */
import { createRequire } from 'node:module';
import type { RedisClient } from '../workers/bullmq.ts';

const require = createRequire(import.meta.url);
type Callback = (err: Error | null, res?: { current: number; ttl: number }) => void;
interface Store {
  incr(key: string, cb: Callback, timeWindow: number, max: number): void;
  read?(key: string, cb: Callback, timeWindow: number, max: number): void;
  child(routeOptions: unknown): Store;
}
// @fastify/rate-limit's own stores (CommonJS, no typings of their own).
const LocalStore = require('@fastify/rate-limit/store/LocalStore.js') as new (continueExceeding: boolean, exponentialBackoff: boolean, cache?: number) => Store;
const RedisStore = require('@fastify/rate-limit/store/RedisStore.js') as new (continueExceeding: boolean, exponentialBackoff: boolean, redis: RedisClient, key?: string) => Store;

/** How long the store keeps to memory after Redis failed a command. */
export const RETRY_AFTER_MS = 5_000;

/** A store class for @fastify/rate-limit's `store` option (it constructs it with its global parameters). */
export function redisWithMemoryFallback(redis: RedisClient, nameSpace: string, onFallback?: (err: Error) => void) {
  const state = { downUntil: 0 };
  class FallbackStore implements Store {
    private readonly remote: Store;
    private readonly local: Store;
    constructor(params: { continueExceeding?: boolean; exponentialBackoff?: boolean }, children?: { remote: Store; local: Store }) {
      this.remote = children?.remote ?? new RedisStore(!!params.continueExceeding, !!params.exponentialBackoff, redis, nameSpace);
      this.local = children?.local ?? new LocalStore(!!params.continueExceeding, !!params.exponentialBackoff);
    }
    private use(method: 'incr' | 'read', key: string, cb: Callback, timeWindow: number, max: number): void {
      const local = () => (method === 'read' && this.local.read ? this.local.read(key, cb, timeWindow, max) : this.local.incr(key, cb, timeWindow, max));
      if (redis.status !== 'ready' || Date.now() < state.downUntil) return local();
      const remote = method === 'read' && this.remote.read ? this.remote.read.bind(this.remote) : this.remote.incr.bind(this.remote);
      remote(key, (err, res) => {
        if (!err) return cb(null, res ?? undefined);
        state.downUntil = Date.now() + RETRY_AFTER_MS;
        onFallback?.(err);
        local();
      }, timeWindow, max);
    }
    incr(key: string, cb: Callback, timeWindow: number, max: number): void {
      this.use('incr', key, cb, timeWindow, max);
    }
    read(key: string, cb: Callback, timeWindow: number, max: number): void {
      this.use('read', key, cb, timeWindow, max);
    }
    child(routeOptions: unknown): Store {
      return new FallbackStore({}, { remote: this.remote.child(routeOptions), local: this.local.child(routeOptions) });
    }
  }
  return FallbackStore;
}
