/**
 * Configuration: one zod schema over the environment, checked once at start-up and passed down as a
 * frozen, typed object. Nothing else in the code base reads `process.env`. Every variable is listed in
 * `.env.example` with a comment.
 */
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const list = z.string().transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean));
const optionalUrl = z.preprocess((v) => (v === '' ? undefined : v), z.string().url().optional());

/** Shortest DIGEST_SECRET or WEBHOOK_SECRET accepted. */
export const MIN_SECRET_LENGTH = 16;

export const EnvSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    DATABASE_URL: optionalUrl,
    PGLITE_DIR: z.string().default('./data/pglite'),
    // `brinkwatch demo`'s own embedded database (fictional data): never the real one, replaced by each demo run.
    DEMO_PGLITE_DIR: z.string().default('./data/demo'),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(1_000).default(10),
    REDIS_URL: optionalUrl,
    // A Redis Cluster: REDIS_URL names one of its nodes (its user, password and TLS apply to all), REDIS_CLUSTER_NODES more.
    REDIS_CLUSTER: bool.default(false),
    REDIS_CLUSTER_NODES: list.pipe(z.array(z.string().regex(/^[^\s:]+:\d{1,5}$/, 'host:port, comma-separated'))).default([]),
    // Braces make a Redis Cluster hash tag, so every key of every queue lands in one slot.
    QUEUE_PREFIX: z.string().regex(/^(\{[a-z0-9-]+\}|[a-z0-9-]+)$/, 'lower-case letters, digits and dashes, optionally in braces').default('brinkwatch'),
    HOST: z.string().default('0.0.0.0'),
    PORT: z.coerce.number().int().min(0).max(65535).default(8080),
    // Unset: http://localhost:PORT, so links in Atom feeds and digests follow the port the API listens on.
    PUBLIC_BASE_URL: optionalUrl,
    SOURCES_FILE: z.string().default('feeds/sources.json'),
    LADDER_FILE: z.string().default('config/ladder.json'),
    USER_AGENT: z.string().default('Brinkwatch/0.1 (news monitor)'),
    CONTACT_URL: z.string().url().default('https://github.com/brinkwatch/brinkwatch'),
    FETCH_TIMEOUT_MS: z.coerce.number().int().positive().default(20_000),
    FETCH_MAX_BYTES: z.coerce.number().int().positive().default(15 * 1024 * 1024),
    FETCH_MAX_REDIRECTS: z.coerce.number().int().min(0).max(20).default(5),
    ALLOW_PRIVATE_HOSTS: list.default([]),
    HOST_MIN_GAP_MS: z.coerce.number().int().min(0).default(1_000),
    POLL_MIN_MINUTES: z.coerce.number().int().positive().default(5),
    POLL_MAX_MINUTES: z.coerce.number().int().positive().default(1_440),
    // Bounds of the adaptive interval per kind of source (news desks; regulators, ministries, courts, legislatures).
    POLL_NEWS_MIN_MINUTES: z.coerce.number().int().positive().default(5),
    POLL_NEWS_MAX_MINUTES: z.coerce.number().int().positive().default(60),
    POLL_OFFICIAL_MIN_MINUTES: z.coerce.number().int().positive().default(15),
    POLL_OFFICIAL_MAX_MINUTES: z.coerce.number().int().positive().default(360),
    POLL_ENTRY_FREQUENCY_FACTOR: z.coerce.number().positive().max(100).default(6),
    // Politeness: feed requests to one host in any trailing 60 minutes (the scheduler never plans more).
    HOST_FEED_REQUESTS_PER_HOUR: z.coerce.number().int().min(1).max(3_600).default(12),
    // After a poll that found new entries, the next check comes this soon (then 2x, 4x … back to the interval); 0: off.
    POLL_FOLLOW_UP_MINUTES: z.coerce.number().int().min(0).max(60).default(1),
    // Follow-ups only while the host keeps this many requests of its hourly budget after them.
    POLL_FOLLOW_UP_RESERVE: z.coerce.number().int().min(0).default(3),
    // WebSub: where hubs send verifications and content (this API's /websub); off: never subscribe.
    WEBSUB_CALLBACK_URL: z.union([z.literal('off'), z.literal(''), z.string().url()]).default(''),
    WEBSUB_LEASE_SECONDS: z.coerce.number().int().min(3_600).max(31_536_000).default(864_000),
    ALERT_OVERFLOW_MINUTES: z.coerce.number().int().min(1).max(60).default(3),
    WORKER_CONCURRENCY_POLL: z.coerce.number().int().positive().default(4),
    WORKER_CONCURRENCY_FETCH: z.coerce.number().int().positive().default(8),
    WORKER_CONCURRENCY_EXTRACT: z.coerce.number().int().positive().default(2),
    WORKER_CONCURRENCY_DISPUTES: z.coerce.number().int().positive().default(2),
    FETCH_BATCH_SIZE: z.coerce.number().int().min(1).max(500).default(10),
    DISPUTES_BATCH_SIZE: z.coerce.number().int().min(1).max(500).default(100),
    DISPUTES_DELAY_MS: z.coerce.number().int().min(0).max(60_000).default(1_000),
    EXTRACT_INLINE: bool.default(true),
    EXTRACT_FILTER: bool.default(false),
    WORKER_SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().positive().default(30_000),
    // A worker's own Prometheus endpoint (its jobs, fetches, extraction): a port, 0 for any free one, or off.
    WORKER_METRICS_PORT: z
      .string()
      .regex(/^(off|\d{1,5})$/, 'a port number, 0 for any free port, or off')
      .refine((v) => v === 'off' || Number(v) <= 65_535, 'a port number is at most 65535')
      .default('9464'),
    JOB_ATTEMPTS: z.coerce.number().int().positive().default(8),
    WORKER_LOCK_DURATION_MS: z.coerce.number().int().min(1_000).default(30_000),
    WORKER_STALLED_INTERVAL_MS: z.coerce.number().int().min(1_000).default(30_000),
    SMTP_URL: z.string().default(''),
    MAIL_FROM: z.string().default('Brinkwatch <digest@localhost>'),
    // Empty: generated on first start and kept in the database (not allowed in production).
    DIGEST_SECRET: z.string().default(''),
    WEBHOOK_SECRET: z.string().default(''),
    API_READ_KEY_REQUIRED: bool.default(false),
    // POST /subscriptions without an API key (self-service sign-up, double opt-in). Off: a write key, like every write.
    DIGEST_PUBLIC_SIGNUP: bool.default(false),
    // POST /subscriptions per client (API key or IP address) per hour; each address gets one e-mail per 15 minutes at most.
    API_SIGNUP_RATE_LIMIT_PER_HOUR: z.coerce.number().int().positive().default(10),
    API_CORS_ORIGINS: list.default([]),
    API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(600),
    API_BODY_LIMIT_BYTES: z.coerce.number().int().positive().default(262_144),
    API_CACHE_MB: z.coerce.number().int().min(0).default(64),
    // How long the API waits for Redis (rate limit, /health) before going on without it.
    API_REDIS_TIMEOUT_MS: z.coerce.number().int().min(10).max(10_000).default(500),
  })
  .superRefine((env, ctx) => {
    if (env.POLL_MIN_MINUTES > env.POLL_MAX_MINUTES) {
      ctx.addIssue({
        code: 'custom',
        path: ['POLL_MIN_MINUTES'],
        message: 'POLL_MIN_MINUTES must not exceed POLL_MAX_MINUTES',
      });
    }
    for (const kind of ['NEWS', 'OFFICIAL'] as const) {
      if (env[`POLL_${kind}_MIN_MINUTES`] > env[`POLL_${kind}_MAX_MINUTES`]) {
        ctx.addIssue({ code: 'custom', path: [`POLL_${kind}_MIN_MINUTES`], message: `POLL_${kind}_MIN_MINUTES must not exceed POLL_${kind}_MAX_MINUTES` });
      }
    }
    if (env.REDIS_CLUSTER && !env.REDIS_URL) {
      ctx.addIssue({ code: 'custom', path: ['REDIS_CLUSTER'], message: 'REDIS_CLUSTER needs REDIS_URL, the address of one of the cluster\'s nodes' });
    }
    if (env.REDIS_CLUSTER && !/^\{.+\}$/.test(env.QUEUE_PREFIX)) {
      // BullMQ's scripts touch several keys of a queue at once: on a cluster they must share a slot.
      ctx.addIssue({ code: 'custom', path: ['QUEUE_PREFIX'], message: 'on a Redis Cluster QUEUE_PREFIX must be a hash tag in braces, e.g. {brinkwatch}' });
    }
    for (const key of ['DIGEST_SECRET', 'WEBHOOK_SECRET'] as const) {
      const v = env[key];
      // The old documented defaults are public: whoever knows them forges subscription links.
      if (/^change-me/i.test(v)) ctx.addIssue({ code: 'custom', path: [key], message: `${key} is the public example value: set a secret of your own, or leave it empty to have one generated (not in production)` });
      else if (v !== '' && v.length < MIN_SECRET_LENGTH) ctx.addIssue({ code: 'custom', path: [key], message: `${key} must be at least ${MIN_SECRET_LENGTH} characters` });
      else if (v === '' && env.NODE_ENV === 'production') ctx.addIssue({ code: 'custom', path: [key], message: `${key} must be set in production (e.g. openssl rand -base64 32)` });
    }
  });

export type Env = z.infer<typeof EnvSchema>;

export interface Config {
  env: Env['NODE_ENV'];
  logLevel: Env['LOG_LEVEL'];
  /** poolSize: connections each process may open to PostgreSQL (not PGlite, which is one in-process connection). */
  /** demoDir: where `brinkwatch demo` keeps its own database (never pgliteDir's real one). */
  database: { url: string | null; pgliteDir: string; demoDir: string; poolSize: number };
  /** cluster: the extra seed nodes of a Redis Cluster (REDIS_URL is the first), or null for a single Redis. */
  redis: { url: string | null; queuePrefix: string; cluster: { host: string; port: number }[] | null };
  api: {
    host: string;
    port: number;
    publicBaseUrl: string;
    /** false when publicBaseUrl was derived from PORT (PUBLIC_BASE_URL unset): the demo then derives it from its own port. */
    publicBaseUrlSet: boolean;
    readKeyRequired: boolean;
    /** POST /subscriptions open to anyone (double opt-in) rather than to write keys. */
    publicSignup: boolean;
    corsOrigins: string[];
    rateLimitPerMinute: number;
    bodyLimitBytes: number;
    /** Response cache size for public GETs (0 turns it off); entries are dropped on every committed write. */
    cacheMb: number;
    /** POST /subscriptions per client per hour. */
    signupsPerHour: number;
    /** The API's Redis command timeout: past it the rate limit counts in memory and /health says Redis is down. */
    redisTimeoutMs: number;
  };
  sourcesFile: string;
  ladderFile: string;
  fetch: {
    userAgent: string;
    timeoutMs: number;
    maxBytes: number;
    maxRedirects: number;
    allowPrivateHosts: string[];
    hostMinGapMs: number;
  };
  /**
   * minMinutes/maxMinutes bound every interval (fixed ones too, and the failure backoff); news/official bound the
   * adaptive interval of each kind; entryFrequencyFactor: checks per expected entry (feeds/policy.ts).
   */
  polling: {
    minMinutes: number;
    maxMinutes: number;
    news: { minMinutes: number; maxMinutes: number };
    official: { minMinutes: number; maxMinutes: number };
    entryFrequencyFactor: number;
    /** Feed requests to one host in any trailing hour. */
    hostRequestsPerHour: number;
    /** The first follow-up after new entries, minutes (0: off), and the requests of the budget it leaves untouched. */
    followUp: { firstMinutes: number; reserve: number };
  };
  /** callbackUrl: the public base of /websub for hubs, or null (sources stay on polling); leaseSeconds asked of hubs. */
  /** loopbackOnly: the callback is a loopback address, so only a hub on this machine can reach it. */
  websub: { callbackUrl: string | null; loopbackOnly: boolean; leaseSeconds: number };
  /** overflowMinutes: above a rule's hourly cap, the waiting alerts go out as one batch at most this often. */
  alerts: { overflowMinutes: number };
  workers: {
    concurrency: { poll: number; fetch: number; extract: number; disputes: number };
    /** A feed's new articles per fetch-article job, fetched in turn (a job per article costs its queue round trips). */
    fetchBatchSize: number;
    /** Articles one update-disputes job places together (its own plus others waiting). */
    disputesBatchSize: number;
    /** How long after a fetch batch its update-disputes job runs, so that one job finds many articles waiting. */
    disputesDelayMs: number;
    /** fetch-article extracts the article it stored itself; extract-article then serves re-extraction and recovery. */
    extractInline: boolean;
    /** The extractor's learned event filter (extract/README.md, "Learned layers"): fewer wrong events, a few right ones lost. */
    extractFilter: boolean;
    shutdownTimeoutMs: number;
    /** Where a `brinkwatch worker` serves its /metrics (on HOST); 0: any free port; null: not at all. */
    metricsPort: number | null;
    attempts: number;
    lockDurationMs: number;
    stalledIntervalMs: number;
  };
  mail: { smtpUrl: string; from: string };
  /** Empty until the runtime fills them from the database (cli/runtime.ts › withSecrets) when the environment set none. */
  secrets: { digest: string; webhook: string };
}

/** Thrown by loadConfig with one line per bad variable. */
export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`config: invalid environment\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Validates the environment once and returns a frozen, nested configuration object. */
export function loadConfig(source: Record<string, string | undefined> = process.env): Config {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.') || '(env)'}: ${i.message}`));
  }
  const e = parsed.data;
  const config: Config = {
    env: e.NODE_ENV,
    logLevel: e.LOG_LEVEL,
    database: { url: e.DATABASE_URL ?? null, pgliteDir: e.PGLITE_DIR, demoDir: e.DEMO_PGLITE_DIR, poolSize: e.DATABASE_POOL_SIZE },
    redis: {
      url: e.REDIS_URL ?? null,
      queuePrefix: e.QUEUE_PREFIX,
      cluster: e.REDIS_CLUSTER ? e.REDIS_CLUSTER_NODES.map((n) => ({ host: n.slice(0, n.lastIndexOf(':')), port: Number(n.slice(n.lastIndexOf(':') + 1)) })) : null,
    },
    api: {
      host: e.HOST,
      port: e.PORT,
      publicBaseUrl: (e.PUBLIC_BASE_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
      publicBaseUrlSet: e.PUBLIC_BASE_URL !== undefined,
      readKeyRequired: e.API_READ_KEY_REQUIRED,
      publicSignup: e.DIGEST_PUBLIC_SIGNUP,
      corsOrigins: e.API_CORS_ORIGINS,
      rateLimitPerMinute: e.API_RATE_LIMIT_PER_MINUTE,
      bodyLimitBytes: e.API_BODY_LIMIT_BYTES,
      cacheMb: e.API_CACHE_MB,
      redisTimeoutMs: e.API_REDIS_TIMEOUT_MS,
      signupsPerHour: e.API_SIGNUP_RATE_LIMIT_PER_HOUR,
    },
    sourcesFile: e.SOURCES_FILE,
    ladderFile: e.LADDER_FILE,
    fetch: {
      userAgent: `${e.USER_AGENT} (+${e.CONTACT_URL})`,
      timeoutMs: e.FETCH_TIMEOUT_MS,
      maxBytes: e.FETCH_MAX_BYTES,
      maxRedirects: e.FETCH_MAX_REDIRECTS,
      allowPrivateHosts: e.ALLOW_PRIVATE_HOSTS,
      hostMinGapMs: e.HOST_MIN_GAP_MS,
    },
    polling: {
      minMinutes: e.POLL_MIN_MINUTES,
      maxMinutes: e.POLL_MAX_MINUTES,
      news: { minMinutes: e.POLL_NEWS_MIN_MINUTES, maxMinutes: e.POLL_NEWS_MAX_MINUTES },
      official: { minMinutes: e.POLL_OFFICIAL_MIN_MINUTES, maxMinutes: e.POLL_OFFICIAL_MAX_MINUTES },
      entryFrequencyFactor: e.POLL_ENTRY_FREQUENCY_FACTOR,
      hostRequestsPerHour: e.HOST_FEED_REQUESTS_PER_HOUR,
      followUp: { firstMinutes: e.POLL_FOLLOW_UP_MINUTES, reserve: e.POLL_FOLLOW_UP_RESERVE },
    },
    websub: { ...websubCallback(e), leaseSeconds: e.WEBSUB_LEASE_SECONDS },
    alerts: { overflowMinutes: e.ALERT_OVERFLOW_MINUTES },
    workers: {
      concurrency: {
        poll: e.WORKER_CONCURRENCY_POLL,
        fetch: e.WORKER_CONCURRENCY_FETCH,
        extract: e.WORKER_CONCURRENCY_EXTRACT,
        disputes: e.WORKER_CONCURRENCY_DISPUTES,
      },
      fetchBatchSize: e.FETCH_BATCH_SIZE,
      disputesBatchSize: e.DISPUTES_BATCH_SIZE,
      disputesDelayMs: e.DISPUTES_DELAY_MS,
      extractInline: e.EXTRACT_INLINE,
      extractFilter: e.EXTRACT_FILTER,
      shutdownTimeoutMs: e.WORKER_SHUTDOWN_TIMEOUT_MS,
      metricsPort: e.WORKER_METRICS_PORT === 'off' ? null : Number(e.WORKER_METRICS_PORT),
      attempts: e.JOB_ATTEMPTS,
      lockDurationMs: e.WORKER_LOCK_DURATION_MS,
      stalledIntervalMs: e.WORKER_STALLED_INTERVAL_MS,
    },
    mail: { smtpUrl: e.SMTP_URL, from: e.MAIL_FROM },
    secrets: { digest: e.DIGEST_SECRET, webhook: e.WEBHOOK_SECRET },
  };
  return deepFreeze(config);
}

/** The configuration with its empty secrets replaced (the runtime's generated ones), frozen like the original. */
export function withSecrets(config: Config, secrets: Config['secrets']): Config {
  return deepFreeze({ ...structuredClone(config), secrets: { ...secrets } });
}

/** A loopback URL: reachable only from this machine. */
export const LOOPBACK_URL = /^https?:\/\/(localhost|127\.[\d.]+|\[::1\])(:\d+)?(\/|$)/i;

/**
 * The WebSub callback base: WEBSUB_CALLBACK_URL, else this API's /websub under PUBLIC_BASE_URL; 'off' or neither:
 * null, and sources stay on polling. A loopback base (the default localhost, docker-compose's http://localhost:8080)
 * is reachable only from this machine: `loopbackOnly` then limits subscriptions to hubs on a loopback address too (a
 * hub run beside the API, as in tests and the alert-latency harness); any other hub leaves its source on polling.
 */
function websubCallback(e: Env): { callbackUrl: string | null; loopbackOnly: boolean } {
  if (e.WEBSUB_CALLBACK_URL === 'off') return { callbackUrl: null, loopbackOnly: false };
  const base = e.WEBSUB_CALLBACK_URL ? e.WEBSUB_CALLBACK_URL.replace(/\/+$/, '') : e.PUBLIC_BASE_URL ? `${e.PUBLIC_BASE_URL.replace(/\/+$/, '')}/websub` : null;
  return { callbackUrl: base, loopbackOnly: !!base && LOOPBACK_URL.test(base) };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
