import type { FastifyInstance } from 'fastify';
import type { Ctx } from '../../workers/context.ts';
import { getDisputeChanges, getDisputeWithParties, getTimelineWithSources, listDisputes } from '../../db/queries/disputes.ts';
import { listEntriesWithDisputes, listPartiesOfDisputes } from '../../db/queries/digests.ts';
import { getEntity, listDisputesOfEntity } from '../../db/queries/entities.ts';
import { renderMessagePage } from '../render/message-page.ts';
import { renderActorPage, renderDisputeIndex, renderDisputePage, type DisputePageData } from '../render/timeline-page.ts';
import { errorSchema, idParams } from '../schemas.ts';

const HTML = 'text/html; charset=utf-8';

const ladderOf = (ctx: Ctx) => ({ ladderLevels: ctx.ladder.levels, deescalationType: ctx.ladder.deescalation.type });
/** Events an actor page lists. */
const ACTOR_EVENTS = 50;

/** Everything the timeline page of a dispute shows; undefined for an unknown dispute. */
export async function loadDisputePageData(ctx: Ctx, id: number): Promise<(DisputePageData & { mergedInto: number | null }) | undefined> {
  // The dispute with its parties, its change records and its timeline at once (an unknown id finds none of them).
  const [d, changes, entries] = await Promise.all([
    getDisputeWithParties(ctx.db, id),
    getDisputeChanges(ctx.db, id),
    getTimelineWithSources(ctx.db, id, { limit: 1000 }),
  ]);
  if (!d) return undefined;
  return { dispute: d, changes, entries, ...ladderOf(ctx), generatedAt: ctx.now(), mergedInto: d.mergedInto };
}

/** /app (index of disputes, most escalated first), /app/disputes/:id (timeline page), /app/actors/:id (an actor's page): server-rendered HTML. */
export async function pageRoutes(app: FastifyInstance) {
  const ctx = () => app.deps.ctx;

  app.get('/app', { schema: { summary: 'HTML index of disputes, most escalated first', hide: false } }, async (_req, reply) => {
    const rows = await listDisputes(ctx().db, { sort: 'escalation', limit: 200 });
    const parties = await listPartiesOfDisputes(ctx().db, rows.map((d) => d.id));
    const html = renderDisputeIndex({ disputes: rows.map((d) => ({ ...d, parties: parties.get(d.id) ?? [] })), ...ladderOf(ctx()), generatedAt: ctx().now() });
    return reply.type(HTML).send(html);
  });

  app.get<{ Params: { id: number } }>(
    '/app/disputes/:id',
    { schema: { summary: 'HTML timeline page of a dispute with an SVG chart of its escalation', params: idParams, response: { 400: errorSchema } } },
    async (req, reply) => {
      const data = await loadDisputePageData(ctx(), req.params.id);
      if (!data) return reply.status(404).type(HTML).send(renderMessagePage({ title: 'Dispute not found', message: `There is no dispute ${req.params.id}.` }));
      if (data.mergedInto) return reply.redirect(`/app/disputes/${data.mergedInto}`, 301);
      return reply.type(HTML).send(renderDisputePage(data));
    },
  );

  app.get<{ Params: { id: number } }>(
    '/app/actors/:id',
    { schema: { summary: 'HTML page of an actor: its disputes and recent events', params: idParams, response: { 400: errorSchema } } },
    async (req, reply) => {
      const db = ctx().db;
      const actor = await getEntity(db, req.params.id);
      if (!actor) return reply.status(404).type(HTML).send(renderMessagePage({ title: 'Actor not found', message: `There is no actor ${req.params.id}.` }));
      const [disputes, rows] = await Promise.all([
        listDisputesOfEntity(db, actor.id),
        listEntriesWithDisputes(db, { entityId: actor.id, newestFirst: true, limit: ACTOR_EVENTS }),
      ]);
      const html = renderActorPage({
        actor: { id: actor.id, name: actor.name, kind: actor.kind, aliases: actor.aliases ?? [] },
        disputes,
        events: rows.map(({ entry, dispute }) => ({ entry, dispute })),
        ...ladderOf(ctx()),
        generatedAt: ctx().now(),
      });
      return reply.type(HTML).send(html);
    },
  );
}
