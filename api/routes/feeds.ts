import type { FastifyInstance } from 'fastify';
import type { Ctx } from '../../workers/context.ts';
import { getDispute, getDisputeParties } from '../../db/queries/disputes.ts';
import { listEntriesWithDisputes, type EntryWithDisputeRow } from '../../db/queries/digests.ts';
import { getEntity } from '../../db/queries/entities.ts';
import { renderAtomFeed, timelineToAtomEntries } from '../render/atom.ts';
import { describeLevel, ladderWords, partyWithRole } from '../render/words.ts';
import { errorSchema, idParams } from '../schemas.ts';

const ATOM = 'application/atom+xml; charset=utf-8';
const FEED_SIZE = 100;

function atomItems(rows: EntryWithDisputeRow[]) {
  return rows.map(({ entry, dispute }) => ({ ...entry, disputeId: dispute.id, disputeTitle: dispute.title }));
}

/** The feed's <updated>: the newest event's first report, or the fallback for an empty feed. */
function latest(rows: EntryWithDisputeRow[], fallback: Date): Date {
  const times = rows.map((r) => r.entry.firstReportedAt.getTime());
  return times.length ? new Date(Math.max(...times)) : fallback;
}

/** The Atom feed of a dispute (its 100 most recently reported events); undefined for an unknown dispute. */
export async function disputeAtom(ctx: Ctx, id: number): Promise<string | undefined> {
  const d = await getDispute(ctx.db, id);
  if (!d) return undefined;
  const base = ctx.config.api.publicBaseUrl;
  const [rows, parties] = await Promise.all([
    listEntriesWithDisputes(ctx.db, { disputeId: d.id, newestFirst: true, limit: FEED_SIZE }),
    getDisputeParties(ctx.db, d.id),
  ]);
  return renderAtomFeed({
    id: `urn:brinkwatch:dispute:${d.id}`,
    title: `Brinkwatch: ${d.title}`,
    // The parties with their roles, then status and level, in words.
    subtitle: `${parties.map(partyWithRole).join('; ')}. Status ${d.status}, level ${describeLevel(d.level, d.levelType, ladderWords(ctx.ladder))}`,
    selfUrl: `${base}/disputes/${d.id}/atom`,
    alternateUrl: `${base}/app/disputes/${d.id}`,
    updated: latest(rows, d.updatedAt),
    entries: timelineToAtomEntries(atomItems(rows), base),
  });
}

/** The Atom feed of an actor: events where it is actor or target, across its disputes. */
export async function actorAtom(ctx: Ctx, id: number): Promise<string | undefined> {
  const e = await getEntity(ctx.db, id);
  if (!e) return undefined;
  const base = ctx.config.api.publicBaseUrl;
  const rows = await listEntriesWithDisputes(ctx.db, { entityId: e.id, newestFirst: true, limit: FEED_SIZE });
  return renderAtomFeed({
    id: `urn:brinkwatch:actor:${e.id}`,
    title: `Brinkwatch: ${e.name}`,
    subtitle: `Dispute events involving ${e.name}`,
    selfUrl: `${base}/actors/${e.id}/atom`,
    alternateUrl: `${base}/app/actors/${e.id}`,
    updated: latest(rows, e.createdAt),
    entries: timelineToAtomEntries(atomItems(rows), base, { withDispute: true }),
  });
}

/** GET /disputes/:id/atom and /actors/:id/atom: Atom 1.0 feeds for feed readers. */
export async function feedRoutes(app: FastifyInstance) {
  const schema = (summary: string) => ({ summary, params: idParams, produces: ['application/atom+xml'], response: { 400: errorSchema, 404: errorSchema } });

  app.get<{ Params: { id: number } }>('/disputes/:id/atom', { schema: schema("Atom feed of a dispute's events") }, async (req, reply) => {
    const xml = await disputeAtom(app.deps.ctx, req.params.id);
    if (!xml) return reply.status(404).send({ error: 'not_found', message: `no dispute ${req.params.id}` });
    return reply.type(ATOM).send(xml);
  });

  app.get<{ Params: { id: number } }>('/actors/:id/atom', { schema: schema("Atom feed of an actor's dispute events") }, async (req, reply) => {
    const xml = await actorAtom(app.deps.ctx, req.params.id);
    if (!xml) return reply.status(404).send({ error: 'not_found', message: `no actor ${req.params.id}` });
    return reply.type(ATOM).send(xml);
  });
}
