/**
 * Builds the HTTP API (Fastify) without listening: routes are adapters — validate against a schema,
 * call one query function, shape the reply. One error handler: 4xx reveal their reason, 5xx do not.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import type { Redis } from 'ioredis';
import type { Ctx } from '../workers/context.ts';
import { actorRoutes } from './routes/actors.ts';
import { articleRoutes } from './routes/articles.ts';
import { disputeRoutes } from './routes/disputes.ts';
import { eventRoutes } from './routes/events.ts';
import { healthRoutes } from './routes/health.ts';
import { sourceRoutes } from './routes/sources.ts';

export interface AppDeps {
  ctx: Ctx;
  redis?: Redis | null;
}

declare module 'fastify' {
  interface FastifyInstance {
    deps: AppDeps;
  }
}

/** Creates the Fastify app with every route registered; the caller listens or injects. */
export async function buildApp(deps: AppDeps) {
  const { config } = deps.ctx;
  const app = Fastify({
    loggerInstance: deps.ctx.log.child({ component: 'api' }) as never,
    disableRequestLogging: config.logLevel !== 'debug' && config.logLevel !== 'trace',
    bodyLimit: config.api.bodyLimitBytes,
    ajv: { customOptions: { coerceTypes: true, removeAdditional: false, useDefaults: true, allErrors: false } },
    genReqId: () => Math.random().toString(36).slice(2, 12),
    maxParamLength: 200,
  });
  app.decorate('deps', deps);

  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Brinkwatch API',
        version: '0.1.0',
        description: 'Timelines of geopolitical disputes over AI: disputes, their dated events with evidence, actors, articles and sources.',
      },
    },
  });

  app.setErrorHandler((err: Error & { statusCode?: number; validation?: unknown; code?: string }, req, reply) => {
    const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 600 ? err.statusCode : 500;
    if (status >= 500) {
      req.log.error({ err, url: req.url }, 'request failed');
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

  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  return app;
}
