/**
 * Builds the HTTP API (Fastify) without listening: routes are adapters — validate against a schema,
 * call one query function, shape the reply. One error handler: 4xx reveal their reason, 5xx do not.
 */
import Fastify, { LogController, type FastifyBaseLogger } from 'fastify';
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import etag from '@fastify/etag';
import { redactUrl } from '../log.ts';
import { apiLatency, queueDepth, registry } from '../metrics.ts';
import type { Queues, RedisClient } from '../workers/bullmq.ts';
import type { Ctx } from '../workers/context.ts';
import { registerAuth } from './auth.ts';
import { redisWithMemoryFallback } from './rate-limit-store.ts';
import { registerOpenApi } from './openapi.ts';
import { listenForChanges, registerResponseCache, ResponseCache } from './cache.ts';
import { actorRoutes } from './routes/actors.ts';
import { articleRoutes } from './routes/articles.ts';
import { disputeRoutes } from './routes/disputes.ts';
import { eventRoutes } from './routes/events.ts';
import { healthRoutes } from './routes/health.ts';
import { sourceRoutes, sourceWriteRoutes } from './routes/sources.ts';
import { disputeAdminRoutes } from './routes/dispute-admin.ts';
import { alertRoutes } from './routes/alerts.ts';
import { feedRoutes } from './routes/feeds.ts';
import { pageRoutes } from './routes/pages.ts';
import { subscriptionRoutes } from './routes/subscriptions.ts';

export interface AppDeps {
  ctx: Ctx;
  redis?: RedisClient | null;
  /** When given, /metrics reports queue depth and /admin/queues shows bull-board (admin key). */
  queues?: Queues | null;
}

declare module 'fastify' {
  interface FastifyInstance {
    deps: AppDeps;
    /** The response cache, null when API_CACHE_MB=0. */
    responseCache: ResponseCache | null;
  }
}

/** Creates the Fastify app with every route registered; the caller listens or injects. */
export async function buildApp(deps: AppDeps) {
  const { config } = deps.ctx;
  const app = Fastify({
    // Request lines (LOG_LEVEL=debug) name the URL without the credentials some links carry (a digest link's token).
    loggerInstance: deps.ctx.log.child({ component: 'api' }, {
      serializers: {
        req: (req: { method: string; url: string; host?: string; ip?: string; socket?: { remotePort?: number } }) => ({
          method: req.method, url: redactUrl(req.url), host: req.host, remoteAddress: req.ip, remotePort: req.socket?.remotePort,
        }),
      },
    }) as unknown as FastifyBaseLogger,
    bodyLimit: config.api.bodyLimitBytes,
    // One line per request would dominate the API's cost under load; latency is in /metrics instead,
    // and errors are logged by the error handler. LOG_LEVEL=debug or trace brings request lines back.
    logController: new LogController({ disableRequestLogging: config.logLevel !== 'debug' && config.logLevel !== 'trace' }),
    ajv: { customOptions: { coerceTypes: true, removeAdditional: false, useDefaults: true, allErrors: false } },
    // A load balancer's X-Request-Id is kept when it is a plain token, so one id follows a request through both
    // logs; otherwise (or without one) the API makes its own. Either way it goes back in the response's X-Request-Id.
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w.:-]{1,64}$/.test(given) ? given : Math.random().toString(36).slice(2, 12);
    },
    routerOptions: { maxParamLength: 200 },
  });
  app.decorate('deps', deps);

  await registerOpenApi(app, config);

  // Every answer names its request. PostgreSQL text cannot hold NUL: refuse it in the URL up front instead of failing
  // in a query. (One hook for both: it runs on every request.)
  app.addHook('onRequest', async (req, reply) => {
    reply.header('x-request-id', req.id);
    if (/%00/.test(req.url)) return reply.status(400).send({ error: 'bad_request', message: 'NUL characters are not allowed in parameters' });
  });
  // ajv coerces "1e309" to Infinity and lets it through minimum/maximum: refuse non-finite numbers up front.
  app.addHook('preValidation', async (req, reply) => {
    for (const [k, v] of Object.entries({ ...(req.query as object), ...(req.params as object) })) {
      if (typeof v === 'string' && /^\s*[+-]?(\d|\.\d)/.test(v) && Math.abs(Number(v)) === Infinity) {
        return reply.status(400).send({ error: 'bad_request', message: `${k} is out of range` });
      }
    }
  });
  app.addHook('preValidation', async (req, reply) => {
    if (req.body !== undefined && JSON.stringify(req.body).includes('\\u0000')) {
      return reply.status(400).send({ error: 'bad_request', message: 'NUL characters are not allowed in the body' });
    }
  });
  registerAuth(app, { readKeyRequired: config.api.readKeyRequired });
  await app.register(rateLimit, {
    max: config.api.rateLimitPerMinute,
    timeWindow: 60_000,
    keyGenerator: (req) => (req.apiKey ? `key-${req.apiKey.id}` : `ip-${req.ip}`),
    // Shared across API processes in Redis; in this process's memory while Redis is down (api/rate-limit-store.ts).
    ...(deps.redis
      ? { store: redisWithMemoryFallback(deps.redis, `${config.redis.queuePrefix}-ratelimit-`, (err) => app.log.warn({ err: err.message }, 'rate limit counted in memory: Redis failed')) }
      : {}),
  });
  if (config.api.corsOrigins.length) await app.register(cors, { origin: config.api.corsOrigins });
  // A text answer becomes bytes once, here, before the ETag is hashed, the response cache keeps it and the
  // socket sends it (each would otherwise encode the same string to UTF-8 again).
  app.addHook('onSend', async (_req, _reply, payload) => (typeof payload === 'string' ? Buffer.from(payload) : payload));
  // Weak ETags on every GET answer; a matching If-None-Match gets 304 with no body.
  await app.register(etag, { weak: true });
  app.decorate('responseCache', null as ResponseCache | null);
  if (config.api.cacheMb > 0) {
    const cache = new ResponseCache(config.api.cacheMb * 1024 * 1024);
    app.responseCache = cache;
    const stop = await listenForChanges(cache, deps.ctx.db, deps.ctx.log);
    app.addHook('onClose', async () => stop());
    registerResponseCache(app, cache);
  }

  app.addHook('onResponse', async (req, reply) => {
    apiLatency.observe(
      { method: req.method, route: req.routeOptions.url ?? 'unmatched', status: `${Math.floor(reply.statusCode / 100)}xx` },
      reply.elapsedTime / 1000,
    );
  });

  app.setErrorHandler((err: Error & { statusCode?: number; validation?: unknown; code?: string }, req, reply) => {
    const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 600 ? err.statusCode : 500;
    if (status >= 500) {
      req.log.error({ err, url: redactUrl(req.url) }, 'request failed');
      return reply.status(status).send({ error: 'internal_error', message: 'internal error' });
    }
    return reply.status(status).send({
      error: err.validation ? 'bad_request' : (err.code?.toLowerCase() ?? 'bad_request'),
      message: err.message,
    });
  });
  app.setNotFoundHandler((req, reply) => reply.status(404).send({ error: 'not_found', message: `no route ${req.method} ${req.url.split('?')[0]}` }));

  await app.register(healthRoutes);
  await app.register(disputeRoutes);
  await app.register(eventRoutes);
  await app.register(actorRoutes);
  await app.register(articleRoutes);
  await app.register(sourceRoutes);
  await app.register(sourceWriteRoutes);
  await app.register(disputeAdminRoutes);
  await app.register(feedRoutes);
  await app.register(pageRoutes);
  await app.register(subscriptionRoutes);
  await app.register(alertRoutes);

  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  app.get('/metrics', { schema: { hide: true } }, async (_req, reply) => {
    if (deps.queues) {
      // The queues use the workers' Redis connection, which waits for Redis to come back: without an answer in a
      // second, /metrics goes on with the figures it last had.
      const read = Promise.all(Object.entries(deps.queues).map(async ([name, q]) => {
        const counts = await q.getJobCounts('waiting', 'active', 'delayed', 'failed');
        for (const [state, n] of Object.entries(counts)) queueDepth.set({ queue: name, state }, n);
      }));
      await Promise.race([read, new Promise((r) => setTimeout(r, 1_000).unref())]).catch(() => {});
      read.catch(() => {});
    }
    return reply.type(registry.contentType).send(await registry.metrics());
  });
  if (deps.queues) {
    const { registerQueueBoard } = await import('./admin.ts');
    await app.register(registerQueueBoard, { queues: Object.values(deps.queues) });
  }
  return app;
}
