import type { FastifyInstance } from 'fastify';
import { listSources } from '../../db/queries/sources.ts';

/** /sources: every source with its last fetch outcome and health. */
export async function sourceRoutes(app: FastifyInstance) {
  app.get('/sources', { schema: { summary: 'Sources with their last fetch outcome' } }, async () => {
    const rows = await listSources(app.deps.ctx.db);
    return {
      items: rows.map((s) => ({
        id: s.id,
        name: s.name,
        kind: s.kind,
        url: s.url,
        format: s.format,
        pollIntervalMinutes: s.pollIntervalMinutes,
        enabled: s.enabled,
        state: s.paused ? 'paused' : s.consecutiveFailures > 0 ? 'failing' : s.lastCheckedAt ? 'ok' : 'new',
        paused: s.paused,
        lastCheckedAt: s.lastCheckedAt,
        lastSuccessAt: s.lastSuccessAt,
        lastStatus: s.lastStatus,
        lastErrorClass: s.lastErrorClass,
        lastError: s.lastError,
        consecutiveFailures: s.consecutiveFailures,
        nextCheckAt: s.nextCheckAt,
        itemsSeen: s.itemsSeen,
      })),
    };
  });
}
