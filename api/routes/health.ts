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
          redisState = (await Promise.race([redis.ping(), new Promise((_, rej) => setTimeout(() => rej(new Error('timeout')), 1000))])) === 'PONG' ? 'ok' : 'down';
        } catch {
          redisState = 'down';
        }
      }
      const ok = database === 'ok' && redisState !== 'down';
      return reply.status(ok ? 200 : 503).send({ status: ok ? 'ok' : 'degraded', database, redis: redisState });
    },
  );
}
