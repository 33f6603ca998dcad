import type { FastifyInstance } from 'fastify';
import { searchEvents } from '../../db/queries/events.ts';
import { decodeCursor, encodeCursor } from '../cursor.ts';
import { cachedNames } from '../names.ts';
import { csvParams, sendList } from '../export.ts';
import { EVENT_CSV_COLUMNS } from '../render/csv.ts';
import { resolvePartyIds } from '../resolve.ts';
import { cursor, dateString, errorSchema, limit, typeList } from '../schemas.ts';

interface EventQuery {
  format?: string;
  actor?: string;
  target?: string;
  type?: string;
  since?: string;
  until?: string;
  q?: string;
  limit: number;
  cursor?: string;
}

/** /events: search by actor, target, type, date range and text; newest first. */
export async function eventRoutes(app: FastifyInstance) {
  app.get<{ Querystring: EventQuery }>(
    '/events',
    {
      schema: {
        summary: 'Events as articles report them, newest first',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            actor: { type: 'string', minLength: 1, maxLength: 200, description: 'an entity id, or a name or alias; a name also finds the bodies that count as it in a dispute (a ministry or spokesperson as its state)' },
            target: { type: 'string', minLength: 1, maxLength: 200 },
            type: typeList,
            since: dateString,
            until: dateString,
            q: { type: 'string', minLength: 1, maxLength: 200 },
            limit: limit(500, 100),
            cursor,
            ...csvParams,
          },
        },
        response: { 400: errorSchema },
      },
    },
    async (req, reply) => {
      const db = app.deps.ctx.db;
      const q = req.query;
      const c = decodeCursor<{ d: string; id: number }>(q.cursor, { d: 'date', id: 'number' });
      const params = {
        actorIds: await resolvePartyIds(db, q.actor, app.responseCache),
        targetIds: await resolvePartyIds(db, q.target, app.responseCache),
        types: q.type?.split(','),
        since: q.since,
        until: q.until,
        q: q.q,
        limit: q.limit,
        cursor: c ? { date: c.d, id: c.id } : undefined,
      };
      const items = await searchEvents(db, params, cachedNames(db, app.responseCache));
      const last = items[items.length - 1];
      return sendList(req, reply, { items, next_cursor: last && items.length === q.limit ? encodeCursor({ d: last.date, id: last.id }) : null }, EVENT_CSV_COLUMNS);
    },
  );
}
