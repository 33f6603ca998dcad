import type { FastifyInstance } from 'fastify';
import { listSources, resumeSource } from '../../db/queries/sources.ts';
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
      const rows = await listSources(app.deps.ctx.db);
      return sendList(req, reply, {
        next_cursor: null,
        items: rows.map((s) => ({
          id: s.id,
          name: s.name,
          kind: s.kind,
          // A paid feed's credentials (user:pass@, ?key=…) are the operator's, not the public's.
          url: redactUrl(s.url),
          format: s.format,
          pollIntervalMinutes: s.pollIntervalMinutes,
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
