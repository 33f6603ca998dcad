/**
 * API benchmark: seeds the database (`brinkwatch seed`), starts `brinkwatch api` as a child process
 * and drives each read endpoint with autocannon — N connections for D seconds, every request on a
 * random dispute, actor or date window — reporting p50, p99, requests per second and errors
 * (non-2xx replies plus socket errors and timeouts).
 */
import { createServer } from 'node:net';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { loadConfig } from '../config.ts';
import { seedDatabase, type SeedSummary } from '../cli/commands/seed.ts';
import { queryOnce, resetDatabase } from './lib/db.ts';
import { startBrinkwatch } from './lib/proc.ts';
import { deleteKeys } from './ingest.ts';
import { Redis } from 'ioredis';

export interface ApiOptions {
  databaseUrl: string;
  redisUrl: string;
  events: number;
  disputes: number;
  actors: number;
  connections: number;
  durationSeconds: number;
  workDir: string;
  progress?: (line: string) => void;
}

export interface EndpointResult {
  path: string;
  p50Ms: number;
  p99Ms: number;
  requestsPerSecond: number;
  errors: number;
  requests: number;
}

export interface ApiResult {
  seed: SeedSummary;
  endpoints: Record<string, EndpointResult>;
  log: string;
}

/** Seeds, serves and measures every endpoint in turn. */
export async function runApiBench(opts: ApiOptions): Promise<ApiResult> {
  const progress = opts.progress ?? (() => {});
  await resetDatabase(opts.databaseUrl);
  progress(`seeding ${opts.events} events, ${opts.disputes} disputes`);
  const seed = await seedDatabase(loadConfig({ DATABASE_URL: opts.databaseUrl }), {
    events: opts.events, disputes: opts.disputes, actors: opts.actors, sources: 40, days: 1000, seed: 42,
  });
  progress(`seeded in ${seed.seconds.toFixed(1)} s`);

  // 4,000 disputes at random: the first 2,000 are measured, the others only warm the API up (below).
  const someDisputes = (await queryOnce<{ id: number }>(opts.databaseUrl, 'select id from disputes order by random() limit 4000')).map((r) => r.id);
  const disputeIds = someDisputes.slice(0, 2000);
  const warmDisputeIds = someDisputes.slice(2000);
  // Actors weighted as analysts would ask: parties to many disputes come up more often. The next 200 warm up.
  const someActors = (await queryOnce<{ name: string }>(opts.databaseUrl, `
    select e.name from entities e join dispute_parties dp on dp.entity_id = e.id
    group by e.id order by count(*) desc, e.id limit 400`)).map((r) => r.name);
  const actors = someActors.slice(0, 200);
  const warmActors = someActors.slice(200);
  const today = Date.now();
  const day = (offset: number) => new Date(today - offset * 86_400_000).toISOString().slice(0, 10);
  const pick = <T>(list: T[]) => list[Math.floor(Math.random() * list.length)]!;
  const timeline = (ids: number[]) => () => `/disputes/${pick(ids)}/timeline`;
  const eventSearch = (names: string[]) => () => {
    const from = 30 + Math.floor(Math.random() * 900);
    return `/events?actor=${encodeURIComponent(pick(names))}&since=${day(from)}&until=${day(from - 90)}`;
  };
  const endpoints: Record<string, () => string> = {
    'GET /disputes/:id/timeline': timeline(disputeIds),
    'GET /events?actor&since&until': eventSearch(actors),
    'GET /disputes?sort=escalation': () => '/disputes?sort=escalation',
    'GET /disputes': () => '/disputes',
  };

  const port = await freePort();
  const prefix = `bench-api-${Date.now().toString(36)}`;
  const log = join(opts.workDir, 'api.log');
  const api = startBrinkwatch(['api'], {
    DATABASE_URL: opts.databaseUrl,
    REDIS_URL: opts.redisUrl,
    QUEUE_PREFIX: prefix,
    HOST: '127.0.0.1',
    PORT: String(port),
    // The per-IP limit (600 a minute by default) would turn the benchmark into a rate-limit test.
    API_RATE_LIMIT_PER_MINUTE: '1000000000',
    LOG_LEVEL: 'info',
  }, log);
  const redis = new Redis(opts.redisUrl, { maxRetriesPerRequest: null });
  try {
    await api.waitFor('api listening', 60_000);
    const base = `http://127.0.0.1:${port}`;
    // Warm-up, 2 s per route with 10 connections: the API's code compiled, its pool's connections open and their
    // statements planned, as in an API that has been serving for a while. The timeline and event search warm up on
    // other disputes and actors than those measured, so the measured pages still start uncached.
    for (const path of [() => '/disputes', timeline(warmDisputeIds), eventSearch(warmActors)]) await fire(base, path, Math.min(opts.connections, 10), 2);
    const out: Record<string, EndpointResult> = {};
    for (const [name, path] of Object.entries(endpoints)) {
      progress(`${name}: ${opts.connections} connections for ${opts.durationSeconds} s`);
      const r = await fire(base, path, opts.connections, opts.durationSeconds);
      out[name] = {
        path: path(),
        p50Ms: r.latency.p50,
        p99Ms: r.latency.p99,
        requestsPerSecond: Math.round(r.requests.average),
        errors: r.non2xx + r.errors + r.timeouts,
        requests: r.requests.total,
      };
    }
    return { seed, endpoints: out, log };
  } finally {
    await api.stop();
    await deleteKeys(redis, `${prefix}*`);
    redis.disconnect();
  }
}

function fire(base: string, path: () => string, connections: number, seconds: number): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: base,
        connections,
        duration: seconds,
        timeout: 10,
        requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: path() }) }],
      },
      (err, result) => (err ? reject(err) : resolve(result)),
    );
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}
