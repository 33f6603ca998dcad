/**
 * Response cache for public GETs. A cached response is served only while none of the tables it read has
 * changed: triggers on those tables (migration 0005) send `NOTIFY brinkwatch_changes, '<table>'` when a
 * writing transaction commits, this process LISTENs, and each notification bumps that table's generation.
 * An entry remembers the generations of its tables when its handler started, so a response computed
 * while a write committed is never kept. While the LISTEN connection is down (PostgreSQL restarting) the
 * cache is bypassed and emptied, since notifications may have been missed. The one window left is the
 * notification's own latency: a read arriving within milliseconds of a commit may still see the page
 * from before it. Entries also expire after five minutes, a bound should a notification ever be lost.
 */
import { LRUCache } from 'lru-cache';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../db/client.ts';

interface PGliteLike {
  listen(channel: string, cb: (payload: string) => void): Promise<() => Promise<void>>;
}
interface PoolLike {
  options: Record<string, unknown>;
}
import type { Logger } from '../log.ts';
import { apiCache } from '../metrics.ts';

export const CHANGE_CHANNEL = 'brinkwatch_changes';

const DISPUTE_TABLES = ['disputes', 'dispute_parties', 'dispute_changes', 'timeline_entries', 'events', 'articles', 'sources', 'entities', 'story_outlets'];

/**
 * The tables each cacheable path prefix reads. A GET under no prefix here is never cached. Event search
 * answers are admitted on their second request (see ResponseCache.set): its keys are free-form (any actor,
 * any window, any text), its pages large, and most are asked for once.
 */
const TAGS: [RegExp, string[], Admission?][] = [
  [/^\/disputes(\/|\?|$)/, DISPUTE_TABLES],
  [/^\/events(\/|\?|$)/, ['events', 'entities', 'articles', 'sources', 'timeline_entries'], 'on-repeat'],
  [/^\/actors(\/|\?|$)/, ['entities', 'mentions', 'dispute_parties', 'disputes', 'events', 'timeline_entries', 'articles', 'sources']],
  [/^\/articles\//, ['articles', 'events', 'sources', 'story_outlets', 'entities', 'source_entries']],
  [/^\/sources(\?|$)/, ['sources', 'articles']],
  [/^\/feeds\//, DISPUTE_TABLES],
  [/^\/app\//, DISPUTE_TABLES],
];

/** When an answer enters the cache: at once, or only when asked for a second time. */
export type Admission = 'at-once' | 'on-repeat';

interface Entry {
  body: Buffer;
  headers: Record<string, string>;
  tags: string[];
  gens: number[];
}

export class ResponseCache {
  private readonly lru: LRUCache<string, Entry>;
  private readonly gens = new Map<string, number>();
  /** False while changes cannot be heard: nothing is served from or stored in the cache. */
  listening = false;

  /**
   * Admission 'on-repeat': an answer asked for a second time (within the filter's memory) is kept, a
   * one-off is not. An event search over arbitrary windows rarely repeats, and keeping each of its ~40 KB
   * pages evicted answers that do repeat and churned memory for nothing (at 1,000,000 events: 0.14 ms
   * more API CPU per search and a p99 of 97 ms instead of 66). The filter is a bitmap of key hashes (one
   * hash, 2^21 bits, 256 KB), emptied once 2^18 keys have been marked, so it ages.
   */
  private readonly seen = new Uint32Array(1 << 16);
  private seenCount = 0;

  constructor(maxBytes: number) {
    this.lru = new LRUCache<string, Entry>({ ttl: 300_000, maxSize: maxBytes, sizeCalculation: (e) => e.body.length + 256 });
  }

  /** Whether an answer under `key` was offered before; marks it as offered either way. */
  private askedBefore(key: string): boolean {
    let h = 0x811c9dc5;
    for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
    const slot = (h >>> 0) & ((1 << 21) - 1);
    const word = slot >>> 5;
    const bit = 1 << (slot & 31);
    if (this.seen[word]! & bit) return true;
    this.seen[word]! |= bit;
    if (++this.seenCount >= 1 << 18) {
      this.seen.fill(0);
      this.seenCount = 0;
    }
    return false;
  }

  /** The tables a GET of this URL reads and how its answer is admitted, or null when it is not cacheable. */
  static planFor(url: string): { tags: string[]; admission: Admission } | null {
    for (const [re, tags, admission] of TAGS) if (re.test(url)) return { tags, admission: admission ?? 'at-once' };
    return null;
  }

  snapshot(tags: string[]): number[] {
    return tags.map((t) => this.gens.get(t) ?? 0);
  }

  /** Whether none of these tables changed since their generations were `gens`. */
  private current(tags: string[], gens: number[]): boolean {
    return tags.every((t, i) => (this.gens.get(t) ?? 0) === gens[i]);
  }

  get(key: string): Entry | undefined {
    if (!this.listening) return undefined;
    const e = this.lru.get(key);
    if (!e) return undefined;
    if (!this.current(e.tags, e.gens)) {
      this.lru.delete(key);
      return undefined;
    }
    return e;
  }

  /** Keeps an answer; returns whether it was kept. */
  set(key: string, entry: Entry, admission: Admission = 'at-once'): boolean {
    if (!this.listening) return false;
    // Computed from data older than a change heard meanwhile: not worth keeping.
    if (!this.current(entry.tags, entry.gens)) return false;
    if (admission === 'on-repeat' && !this.askedBefore(key)) return false;
    this.lru.set(key, entry);
    return true;
  }

  /** A table changed (or, without a name, anything may have). */
  changed(table?: string): void {
    if (table) this.gens.set(table, (this.gens.get(table) ?? 0) + 1);
    else this.lru.clear();
  }

  get size(): number {
    return this.lru.size;
  }

  private readonly memos = new LRUCache<string, { value: unknown; tags: string[]; gens: number[] }>({ max: 10_000 });

  /** `compute()`'s value, remembered under `key` until one of `tags` changes (uncached while not listening). */
  async memo<T>(key: string, tags: string[], compute: () => Promise<T>): Promise<T> {
    if (!this.listening) return compute();
    const m = this.memos.get(key);
    if (m && this.current(m.tags, m.gens)) return m.value as T;
    const gens = this.snapshot(tags);
    const value = await compute();
    if (this.listening && this.current(tags, gens)) this.memos.set(key, { value, tags, gens });
    return value;
  }
}

/**
 * Keeps `cache.listening` true only while a LISTEN on the change channel is in place: a dedicated
 * connection on PostgreSQL (reconnecting with backoff), PGlite's own listener when embedded. Returns a stop function.
 */
export async function listenForChanges(cache: ResponseCache, db: Db, log: Logger): Promise<() => Promise<void>> {
  const driver = (db as unknown as { $client: PGliteLike | PoolLike }).$client;
  if ('listen' in driver && typeof driver.listen === 'function') {
    const client = driver;
    const unlisten = await client.listen(CHANGE_CHANNEL, (payload) => cache.changed(payload || undefined));
    cache.listening = true;
    return async () => {
      cache.listening = false;
      await unlisten();
    };
  }
  const { default: pg } = await import('pg');
  // The same server and credentials as the pool's, on a connection of its own (LISTEN holds it).
  const options = (driver as PoolLike).options;
  let stopped = false;
  let client: InstanceType<typeof pg.Client> | null = null;
  let delay = 500;
  let timer: NodeJS.Timeout | null = null;
  const lost = (err?: Error) => {
    if (cache.listening) log.warn({ err: err?.message }, 'api cache: change listener lost; serving uncached until it is back');
    cache.listening = false;
    cache.changed();
    client?.removeAllListeners();
    client?.on('error', () => {});
    void client?.end().catch(() => {});
    client = null;
    if (!stopped && !timer) {
      timer = setTimeout(() => {
        timer = null;
        void connect();
      }, delay);
      delay = Math.min(delay * 2, 30_000);
    }
  };
  const connect = async () => {
    const c = new pg.Client({ ...options, Client: undefined } as never);
    client = c;
    c.on('error', lost);
    c.on('end', () => lost());
    c.on('notification', (msg) => {
      if (msg.channel === CHANGE_CHANNEL) cache.changed(msg.payload || undefined);
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${CHANGE_CHANNEL}`);
      if (stopped || client !== c) return;
      cache.changed(); // anything may have changed while not listening
      cache.listening = true;
      delay = 500;
    } catch (err) {
      if (client === c) lost(err as Error);
    }
  };
  await connect();
  return async () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    cache.listening = false;
    const c = client;
    client = null;
    c?.removeAllListeners();
    c?.on('error', () => {});
    await c?.end().catch(() => {});
  };
}

const PLAN = Symbol('cachePlan');
type Planned = FastifyRequest & { [PLAN]?: { key: string; tags: string[]; gens: number[]; admission: Admission } };

/** Serves cacheable GETs from the cache (after auth and validation) and stores fresh 200 answers. */
export function registerResponseCache(app: FastifyInstance, cache: ResponseCache): void {
  app.addHook('preHandler', async (req: Planned, reply: FastifyReply) => {
    if (req.method !== 'GET') return;
    const plan = ResponseCache.planFor(req.url);
    if (!plan) return;
    const { tags, admission } = plan;
    const key = `${req.url}\n${req.headers.accept ?? ''}`;
    const hit = cache.get(key);
    if (hit) {
      apiCache.inc({ outcome: 'hit' });
      return reply.code(200).headers(hit.headers).header('x-cache', 'hit').send(hit.body);
    }
    const outcome = cache.listening ? 'miss' : 'bypass';
    apiCache.inc({ outcome });
    reply.header('x-cache', outcome);
    if (cache.listening) req[PLAN] = { key, tags, gens: cache.snapshot(tags), admission };
  });
  app.addHook('onSend', async (req: Planned, reply, payload) => {
    const plan = req[PLAN];
    // Text answers are bytes by now (api/app.ts converts them before the ETag and this hook); streams are not kept.
    if (!plan || reply.statusCode !== 200 || !Buffer.isBuffer(payload)) return payload;
    const headers: Record<string, string> = {};
    // The ETag too (set by @fastify/etag's onSend, which runs before this one): a hit then carries it and
    // is not hashed again.
    for (const h of ['content-type', 'vary', 'content-disposition', 'cache-control', 'etag']) {
      const v = reply.getHeader(h);
      if (typeof v === 'string') headers[h] = v;
    }
    // Kept as bytes: sent as they are on every hit, and held outside the V8 heap, so a full cache adds
    // nothing for the garbage collector to mark.
    cache.set(plan.key, { body: payload, headers, tags: plan.tags, gens: plan.gens }, plan.admission);
    return payload;
  });
}
