import type { FastifyInstance } from 'fastify';
import { getDispute, getDisputeChanges, getDisputeParties, getDisputeWithParties, getTimelinePageJson, getTimelineWithSources, listDisputes } from '../../db/queries/disputes.ts';
import { BadCursorError, decodeCursor, encodeCursor } from '../cursor.ts';
import { csvParams, sendList, wantsBom, wantsCsv } from '../export.ts';
import { disputeCsvColumns, timelineToCsv } from '../render/csv.ts';
import { preferredType } from '../render/negotiate.ts';
import { renderDisputePage } from '../render/timeline-page.ts';
import { describeLevel, describeLevelChange, ladderWords } from '../render/words.ts';
import { disputeAtom } from './feeds.ts';
import { loadDisputePageData } from './pages.ts';
import { resolveActorIds } from '../resolve.ts';
import { STATUSES, cursor, dateString, disputeSummary, errorSchema, idParams, limit, timelineEntry, typeList } from '../schemas.ts';

interface ListQuery {
  format?: string;
  actor?: string;
  status?: string;
  issue?: string;
  minLevel?: number;
  since?: string;
  sort: 'recent' | 'escalation';
  limit: number;
  cursor?: string;
}

interface TimelineQuery {
  type?: string;
  since?: string;
  until?: string;
  limit: number;
  cursor?: string;
  format?: 'json' | 'csv' | 'atom';
  bom?: boolean;
}

/** /disputes, /disputes/:id, /disputes/:id/timeline. */
export async function disputeRoutes(app: FastifyInstance) {
  const db = () => app.deps.ctx.db;

  app.get<{ Querystring: ListQuery }>(
    '/disputes',
    {
      schema: {
        summary: 'Disputes, newest activity first (or most escalated first with sort=escalation)',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            actor: { type: 'string', minLength: 1, maxLength: 200, description: 'entity id, name or alias' },
            status: { type: 'string', pattern: `^(${STATUSES.join('|')})(,(${STATUSES.join('|')}))*$` },
            issue: { type: 'string', minLength: 1, maxLength: 100 },
            minLevel: { type: 'integer', minimum: 0, maximum: 100 },
            since: dateString,
            sort: { type: 'string', enum: ['recent', 'escalation'], default: 'recent' },
            limit: limit(200, 50),
            cursor,
            ...csvParams,
          },
        },
        response: {
          200: { type: 'object', properties: { items: { type: 'array', items: disputeSummary }, next_cursor: { type: ['string', 'null'] } } },
          400: errorSchema,
        },
      },
    },
    async (req, reply) => {
      const q = req.query;
      const c = decodeCursor<{ k: string; id: number }>(q.cursor, { k: 'string', id: 'number' });
      // The key is "level:index" when sorting by escalation, a date otherwise.
      if (c && !(q.sort === 'escalation' ? /^\d{1,4}:\d{1,9}(\.\d{1,6})?$/.test(c.k) : decodeCursor(Buffer.from(JSON.stringify({ d: c.k })).toString('base64url'), { d: 'date' }))) {
        throw new BadCursorError();
      }
      const rows = await listDisputes(db(), {
        actorIds: await resolveActorIds(db(), q.actor, app.responseCache),
        status: q.status?.split(','),
        issue: q.issue,
        minLevel: q.minLevel,
        since: q.since,
        sort: q.sort,
        limit: q.limit,
        cursor: c ? { key: c.k, id: c.id } : undefined,
      });
      const items = rows;
      const last = rows[rows.length - 1];
      const next =
        last && rows.length === q.limit
          ? encodeCursor({ k: q.sort === 'escalation' ? `${last.level}:${last.escalationIndex}` : (last.lastEventAt ?? '1970-01-01'), id: last.id })
          : null;
      return sendList(req, reply, { items, next_cursor: next }, disputeCsvColumns(ladderWords(app.deps.ctx.ladder)));
    },
  );

  app.get<{ Params: { id: number } }>(
    '/disputes/:id',
    {
      schema: {
        summary: 'One dispute with its parties, level and change records',
        params: idParams,
        response: { 404: errorSchema, 400: errorSchema },
      },
    },
    async (req, reply) => {
      // Content negotiation: a browser (Accept: text/html) gets the timeline page, everyone else JSON.
      reply.header('vary', 'Accept');
      if (preferredType(req.headers.accept, ['application/json', 'text/html']) === 'text/html') {
        const data = await loadDisputePageData(app.deps.ctx, req.params.id);
        if (data) return reply.type('text/html; charset=utf-8').send(renderDisputePage(data));
      }
      const d = await getDispute(db(), req.params.id);
      if (!d) return reply.status(404).send({ error: 'not_found', message: `no dispute ${req.params.id}` });
      const [parties, changes] = await Promise.all([getDisputeParties(db(), d.id), getDisputeChanges(db(), d.id)]);
      const words = ladderWords(app.deps.ctx.ladder);
      return {
        ...d,
        levelWord: describeLevel(d.level, d.levelType, words),
        parties,
        changes: changes.map((c) => ({ ...c, description: describeLevelChange(c, words) })),
      };
    },
  );

  app.get<{ Params: { id: number }; Querystring: TimelineQuery }>(
    '/disputes/:id/timeline',
    {
      schema: {
        summary: "A dispute's dated events, oldest first, each with its sources",
        params: idParams,
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            type: typeList,
            since: dateString,
            until: dateString,
            limit: limit(500, 200),
            cursor,
            format: { type: 'string', enum: ['json', 'csv', 'atom'], description: 'json (default), csv or atom; wins over Accept' },
            bom: csvParams.bom,
          },
        },
        response: {
          200: {
            type: 'object',
            properties: { dispute: disputeSummary, items: { type: 'array', items: timelineEntry }, next_cursor: { type: ['string', 'null'] } },
          },
          400: errorSchema,
          404: errorSchema,
        },
      },
    },
    async (req, reply) => {
      const q = req.query;
      const c = decodeCursor<{ d: string; r: string; t: string; id: number }>(q.cursor, { d: 'date', r: 'string', t: 'string', id: 'number' });
      if (c && Number.isNaN(Date.parse(c.r))) throw new BadCursorError();
      const params = {
        types: q.type?.split(','),
        since: q.since,
        until: q.until,
        limit: q.limit,
        cursor: c ? { date: c.d, reportedAt: c.r, type: c.t, id: c.id } : undefined,
      };
      // Content negotiation: Atom for feed readers, CSV for spreadsheets, JSON otherwise.
      // ?format= wins, for links and tools that cannot set a header.
      const type = q.format ? TIMELINE_FORMATS[q.format] : preferredType(req.headers.accept, ['application/json', 'application/atom+xml', 'text/csv']);
      if (type !== 'application/atom+xml' && type !== 'text/csv') {
        // JSON: the dispute with its parties, and the page as JSON text from PostgreSQL (getTimelinePageJson), in parallel.
        const [d, page] = await Promise.all([getDisputeWithParties(db(), req.params.id), getTimelinePageJson(db(), req.params.id, params)]);
        if (!d) return reply.status(404).send({ error: 'not_found', message: `no dispute ${req.params.id}` });
        reply.header('vary', 'Accept');
        const last = page.last;
        const next = last && page.count === q.limit ? encodeCursor({ d: last.date, r: new Date(last.reportedAt).toISOString(), t: last.type, id: last.id }) : null;
        return reply.type('application/json; charset=utf-8').send(`{"dispute":${disputeSummaryJson(d)},"items":${page.items},"next_cursor":${JSON.stringify(next)}}`);
      }
      // The dispute with its parties and, for CSV, the page of its timeline, in parallel (an unknown id finds no entries).
      // The Atom feed reads its own entries (disputeAtom).
      const [d, items] = await Promise.all([
        getDisputeWithParties(db(), req.params.id),
        type === 'text/csv' ? getTimelineWithSources(db(), req.params.id, params) : [],
      ]);
      if (!d) return reply.status(404).send({ error: 'not_found', message: `no dispute ${req.params.id}` });
      reply.header('vary', 'Accept');
      if (type === 'application/atom+xml') {
        return reply.type('application/atom+xml; charset=utf-8').send(await disputeAtom(app.deps.ctx, d.id));
      }
      return reply
        .type('text/csv; charset=utf-8; header=present')
        .header('content-disposition', `attachment; filename="dispute-${d.id}-timeline.csv"`)
        .send(timelineToCsv(items, { bom: wantsBom(req) }));
    },
  );
}

const TIMELINE_FORMATS: Record<string, string> = { json: 'application/json', csv: 'text/csv', atom: 'application/atom+xml' };

type DisputeWithParties = NonNullable<Awaited<ReturnType<typeof getDisputeWithParties>>>;
const DISPUTE_FIELDS = Object.keys(disputeSummary.properties) as (keyof typeof disputeSummary.properties & keyof DisputeWithParties)[];
const PARTY_FIELDS = Object.keys(disputeSummary.properties.parties.items.properties) as (keyof DisputeWithParties['parties'][number])[];

/**
 * A dispute as the `disputeSummary` schema prints it (its fields, in its order): the timeline's JSON is assembled as
 * text around the page PostgreSQL prints, so the dispute is printed here rather than by the route's serializer.
 */
function disputeSummaryJson(d: DisputeWithParties): string {
  return JSON.stringify(
    Object.fromEntries(
      DISPUTE_FIELDS.map((k) => [k, k === 'parties' ? d.parties.map((p) => Object.fromEntries(PARTY_FIELDS.map((f) => [f, p[f]]))) : d[k]]),
    ),
  );
}
