import type { FastifyInstance } from 'fastify';
import type { Ctx } from '../../workers/context.ts';
import { getDisputeChanges, getDisputeWithParties, getTimelineWithSources, listDisputes } from '../../db/queries/disputes.ts';
import { listPartiesOfDisputes } from '../../db/queries/digests.ts';
import { getStepReports } from '../../db/queries/lead.ts';
import { summarizeOfficialLead } from '../../disputes/lead.ts';
import { renderMessagePage } from '../render/message-page.ts';
import { renderDisputeIndex, renderDisputePage, type DisputePageData } from '../render/timeline-page.ts';
import { errorSchema, idParams } from '../schemas.ts';

const HTML = 'text/html; charset=utf-8';

/** Everything the timeline page of a dispute shows; undefined for an unknown dispute. */
export async function loadDisputePageData(ctx: Ctx, id: number): Promise<(DisputePageData & { mergedInto: number | null }) | undefined> {
  // The dispute with its parties, its change records and its timeline at once (an unknown id finds none of them).
  const [d, changes, entries, reports] = await Promise.all([
    getDisputeWithParties(ctx.db, id),
    getDisputeChanges(ctx.db, id),
    getTimelineWithSources(ctx.db, id, { limit: 1000 }),
    getStepReports(ctx.db, id),
  ]);
  if (!d) return undefined;
  const lead = summarizeOfficialLead(reports);
  return { dispute: d, changes, entries, ladderLevels: ctx.ladder.levels, generatedAt: ctx.now(), mergedInto: d.mergedInto, lead };
}

/** /app (index of disputes, most escalated first) and /app/disputes/:id (timeline page): server-rendered HTML. */
export async function pageRoutes(app: FastifyInstance) {
  const ctx = () => app.deps.ctx;

  app.get('/app', { schema: { summary: 'HTML index of disputes, most escalated first', hide: false } }, async (_req, reply) => {
    const rows = await listDisputes(ctx().db, { sort: 'escalation', limit: 200 });
    const parties = await listPartiesOfDisputes(ctx().db, rows.map((d) => d.id));
    const html = renderDisputeIndex({ disputes: rows.map((d) => ({ ...d, parties: parties.get(d.id) ?? [] })), generatedAt: ctx().now() });
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
}
