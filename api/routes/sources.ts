import type { FastifyInstance } from 'fastify';
import { getSource, listSources, requestSourceCheck, resumeSource } from '../../db/queries/sources.ts';
import { isFailure, type OutcomeKind } from '../../feeds/policy.ts';
import { listSubscriptionStates } from '../../db/queries/websub.ts';
import { redactUrl, redactUrlsIn } from '../../log.ts';
import { csvParams, sendList } from '../export.ts';
import { SOURCE_CSV_COLUMNS } from '../render/csv.ts';

/** /sources: every source with its last fetch outcome and health. */
export async function sourceRoutes(app: FastifyInstance) {
  app.get(
    '/sources',
    {
      schema: {
        summary: 'Sources with their last fetch outcome',
        querystring: { type: 'object', additionalProperties: false, properties: { ...csvParams } },
      },
    },
    async (req, reply) => {
      const [rows, websub] = await Promise.all([listSources(app.deps.ctx.db), listSubscriptionStates(app.deps.ctx.db)]);
      return sendList(req, reply, {
        next_cursor: null,
        items: rows.map((s) => ({
          id: s.id,
          name: s.name,
          kind: s.kind,
          // A paid feed's credentials (user:pass@, ?key=…) are the operator's, not the public's.
          url: redactUrl(s.url),
          format: s.format,
          // The interval in use: the scheduler's (adaptive) or the source list's (fixed).
          pollIntervalMinutes: s.pollIntervalMinutes,
          intervalFixed: s.configuredIntervalMinutes !== null,
          entriesPerWeek: s.entriesPerWeek === null ? null : Math.round(s.entriesPerWeek * 10) / 10,
          websub: websub.get(s.id) ?? null,
          enabled: s.enabled,
          state: s.paused ? 'paused' : s.consecutiveFailures > 0 ? 'failing' : s.lastCheckedAt ? 'ok' : 'new',
          paused: s.paused,
          lastCheckedAt: s.lastCheckedAt,
          lastSuccessAt: s.lastSuccessAt,
          lastStatus: s.lastStatus,
          lastErrorClass: s.lastErrorClass,
          lastError: s.lastError === null ? null : redactUrlsIn(s.lastError),
          consecutiveFailures: s.consecutiveFailures,
          nextCheckAt: s.nextCheckAt,
          itemsSeen: s.itemsSeen,
        })),
      }, SOURCE_CSV_COLUMNS);
    },
  );
}

/** Write routes on sources (API key with the write scope). */
export async function sourceWriteRoutes(app: FastifyInstance) {
  app.post<{ Params: { id: string } }>(
    '/sources/:id/resume',
    {
      schema: {
        summary: 'Resume a paused source and make it due now',
        params: { type: 'object', required: ['id'], properties: { id: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$', maxLength: 100 } } },
      },
    },
    async (req, reply) => {
      const ok = await resumeSource(app.deps.ctx.db, req.params.id, app.deps.ctx.now());
      if (!ok) return reply.status(404).send({ error: 'not_found', message: `no source ${req.params.id}` });
      return { id: req.params.id, resumed: true };
    },
  );
}

/** A check asked for by hand comes no sooner than this after the source's last one (politeness to its host). */
export const ASKED_CHECK_MIN_GAP_MS = 60_000;

/** POST /sources/:id/poll (write key): an immediate check of one source, within politeness limits. */
export async function sourcePollRoutes(app: FastifyInstance) {
  app.post<{ Params: { id: string } }>(
    '/sources/:id/poll',
    {
      schema: {
        summary: 'Check a source now (no sooner than a minute after its last check, nor before a Retry-After or back-off ends)',
        params: { type: 'object', required: ['id'], properties: { id: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$', maxLength: 100 } } },
      },
    },
    async (req, reply) => {
      const { ctx, dispatch } = app.deps;
      if (!dispatch) return reply.status(503).send({ error: 'unavailable', message: 'this process runs no pipeline to poll with' });
      const now = ctx.now();
      const source = await getSource(ctx.db, req.params.id);
      if (!source) return reply.status(404).send({ error: 'not_found', message: `no source ${req.params.id}` });
      if (!source.enabled || source.paused) {
        return reply.status(409).send({ error: 'conflict', message: `source ${source.id} is ${source.paused ? 'paused (resume it first)' : 'disabled'}` });
      }
      // A failing or rate-limited source keeps its back-off and the Retry-After its host sent; otherwise the
      // check comes now, or a minute after the last one.
      const backingOff = source.lastStatus !== null && isFailure(source.lastStatus as OutcomeKind) && source.nextCheckAt !== null && source.nextCheckAt > now;
      const earliest = source.lastCheckedAt ? source.lastCheckedAt.getTime() + ASKED_CHECK_MIN_GAP_MS : now.getTime();
      const at = backingOff ? source.nextCheckAt! : new Date(Math.max(now.getTime(), earliest));
      const updated = await requestSourceCheck(ctx.db, source.id, at);
      const dueAt = updated?.nextCheckAt ?? at;
      await dispatch([
        dueAt.getTime() <= now.getTime()
          ? { queue: 'poll-feed', payload: { sourceId: source.id } }
          : { queue: 'poll-feed', payload: { sourceId: source.id, dueAt: dueAt.getTime() }, delayMs: dueAt.getTime() - now.getTime() },
      ]);
      return reply.status(202).send({ id: source.id, scheduledAt: dueAt.toISOString(), backingOff });
    },
  );
}
