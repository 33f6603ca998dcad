import type { FastifyInstance } from 'fastify';
import { getDispute, mergeDisputes, splitDispute } from '../../db/queries/disputes.ts';
import { recomputeDispute } from '../../workers/update-disputes.ts';
import { errorSchema, idParams } from '../schemas.ts';

/** Admin corrections: merge two disputes, or split entries off into a new one (API key with write scope). */
export async function disputeAdminRoutes(app: FastifyInstance) {
  app.post<{ Params: { id: number }; Body: { into: number } }>(
    '/disputes/:id/merge',
    {
      schema: {
        summary: 'Merge this dispute into another; its timeline moves over',
        params: idParams,
        body: { type: 'object', required: ['into'], additionalProperties: false, properties: { into: { type: 'integer', minimum: 1, maximum: 2147483647 } } },
        response: { 400: errorSchema, 404: errorSchema, 409: errorSchema },
      },
    },
    async (req, reply) => {
      const { ctx } = app.deps;
      if (req.body.into === req.params.id) return reply.status(400).send({ error: 'bad_request', message: 'cannot merge a dispute into itself' });
      const merged = await ctx.db.transaction(async (tx) => {
        const ok = await mergeDisputes(tx, req.params.id, req.body.into, ctx.now());
        if (ok) await recomputeDispute(tx, ctx, req.body.into);
        return ok;
      });
      if (!merged) {
        const exists = (await getDispute(ctx.db, req.params.id)) && (await getDispute(ctx.db, req.body.into));
        return exists
          ? reply.status(409).send({ error: 'conflict', message: 'one of the disputes was already merged' })
          : reply.status(404).send({ error: 'not_found', message: 'no such dispute' });
      }
      return { id: req.body.into, merged: [req.params.id] };
    },
  );

  app.post<{ Params: { id: number }; Body: { entryIds: number[]; issue?: string } }>(
    '/disputes/:id/split',
    {
      schema: {
        summary: 'Move some timeline entries of this dispute into a new dispute',
        params: idParams,
        body: {
          type: 'object',
          required: ['entryIds'],
          additionalProperties: false,
          properties: {
            entryIds: { type: 'array', minItems: 1, maxItems: 1000, items: { type: 'integer', minimum: 1, maximum: Number.MAX_SAFE_INTEGER } },
            issue: { type: 'string', minLength: 1, maxLength: 100 },
          },
        },
        response: { 400: errorSchema, 404: errorSchema },
      },
    },
    async (req, reply) => {
      const { ctx } = app.deps;
      const newId = await ctx.db.transaction(async (tx) => {
        const id = await splitDispute(tx, req.params.id, req.body.entryIds, req.body.issue?.toLowerCase() ?? null, ctx.now());
        if (id) {
          await recomputeDispute(tx, ctx, req.params.id);
          await recomputeDispute(tx, ctx, id);
        }
        return id;
      });
      if (!newId) return reply.status(404).send({ error: 'not_found', message: 'no such dispute, or the entries do not all belong to it' });
      return reply.status(201).send({ id: newId, from: req.params.id });
    },
  );
}
