import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';

/** GET /health: checks the database, and Redis when configured. */
export async function healthRoutes(app: FastifyInstance) {
  app.get(
    '/health',
    {
      schema: {
        summary: 'Liveness and dependencies',
        response: {
          200: { type: 'object', properties: { status: { type: 'string' }, database: { type: 'string' }, redis: { type: 'string' } } },
          503: { type: 'object', properties: { status: { type: 'string' }, database: { type: 'string' }, redis: { type: 'string' } } },
        },
      },
    },
    async (_req, reply) => {
      const { ctx, redis } = app.deps;
      let database = 'ok';
      try {
        await ctx.db.execute(sql`select 1`);
      } catch {
        database = 'down';
      }
      let redisState = 'not-configured';
      if (redis) {
        try {
          // The API's connection refuses commands at once while Redis is away; a hung Redis is given API_REDIS_TIMEOUT_MS.
          let timer: NodeJS.Timeout | undefined;
          const timeout = new Promise((_, rej) => (timer = setTimeout(() => rej(new Error('timeout')), ctx.config.api.redisTimeoutMs)));
          redisState = (await Promise.race([redis.ping(), timeout]).finally(() => clearTimeout(timer))) === 'PONG' ? 'ok' : 'down';
        } catch {
          redisState = 'down';
        }
      }
      const ok = database === 'ok' && redisState !== 'down';
      return reply.status(ok ? 200 : 503).send({ status: ok ? 'ok' : 'degraded', database, redis: redisState });
    },
  );
}
