import type { FastifyInstance } from 'fastify';
import { getEntity, listActors, listDisputesOfEntity } from '../../db/queries/entities.ts';
import { decodeCursor, encodeCursor } from '../cursor.ts';
import { csvParams, sendList } from '../export.ts';
import { ACTOR_CSV_COLUMNS } from '../render/csv.ts';
import { cursor, errorSchema, idParams, limit } from '../schemas.ts';

const KINDS = ['company', 'model', 'government', 'regulator', 'court', 'legislature', 'person', 'other_org'];

/** /actors and /actors/:id: entities with aliases, kinds and disputes. */
export async function actorRoutes(app: FastifyInstance) {
  app.get<{ Querystring: { q?: string; kind?: string; limit: number; cursor?: string; format?: string } }>(
    '/actors',
    {
      schema: {
        summary: 'Actors (entities) with aliases, kinds, mention and dispute counts',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { q: { type: 'string', minLength: 1, maxLength: 100 }, kind: { type: 'string', enum: KINDS }, limit: limit(500, 100), cursor, ...csvParams },
        },
        response: { 400: errorSchema },
      },
    },
    async (req, reply) => {
      const c = decodeCursor<{ id: number }>(req.query.cursor, { id: 'number' });
      const items = await listActors(app.deps.ctx.db, { q: req.query.q, kind: req.query.kind, limit: req.query.limit, afterId: c?.id });
      const last = items[items.length - 1];
      return sendList(req, reply, { items, next_cursor: last && items.length === req.query.limit ? encodeCursor({ id: last.id }) : null }, ACTOR_CSV_COLUMNS);
    },
  );

  app.get<{ Params: { id: number } }>(
    '/actors/:id',
    { schema: { summary: 'One actor with its disputes', params: idParams, response: { 404: errorSchema, 400: errorSchema } } },
    async (req, reply) => {
      const e = await getEntity(app.deps.ctx.db, req.params.id);
      if (!e) return reply.status(404).send({ error: 'not_found', message: `no actor ${req.params.id}` });
      return { ...e, disputes: await listDisputesOfEntity(app.deps.ctx.db, e.id) };
    },
  );
}
