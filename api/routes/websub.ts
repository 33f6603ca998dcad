/**
 * The WebSub callback (feeds/websub.ts, workers/websub-push.ts): GET answers a hub's verification of intent,
 * POST receives a content distribution. Hubs hold no API key: the callback is public, and a distribution is
 * trusted only through its X-Hub-Signature, checked on the raw body before anything is parsed or stored.
 */
import type { FastifyInstance } from 'fastify';
import { answerIntent } from '../../feeds/websub.ts';
import { receivePush } from '../../workers/websub-push.ts';

const params = { type: 'object', required: ['sourceId'], properties: { sourceId: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$', maxLength: 100 } } } as const;

export async function websubRoutes(app: FastifyInstance) {
  // The signature covers the bytes as sent: every content type is read as a raw buffer (feeds can be larger
  // than an API request, up to the feed size limit).
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: app.deps.ctx.config.fetch.maxBytes }, (_req, body, done) => done(null, body));

  app.get<{ Params: { sourceId: string }; Querystring: Record<string, string> }>(
    '/websub/:sourceId',
    { config: { public: true }, schema: { hide: true, params } },
    async (req, reply) => {
      const answer = await answerIntent(app.deps.ctx.db, req.params.sourceId, req.query, app.deps.ctx.now());
      return reply.status(answer.status).type('text/plain; charset=utf-8').send(answer.body);
    },
  );

  app.post<{ Params: { sourceId: string }; Body: Buffer }>(
    '/websub/:sourceId',
    { config: { public: true }, bodyLimit: app.deps.ctx.config.fetch.maxBytes, schema: { hide: true, params } },
    async (req, reply) => {
      const { ctx, dispatch } = app.deps;
      if (!dispatch) return reply.status(503).send({ error: 'unavailable', message: 'this process runs no pipeline to take the content' });
      const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const signature = req.headers['x-hub-signature'];
      const result = await receivePush(ctx, req.params.sourceId, {
        body,
        contentType: req.headers['content-type'] ?? null,
        signature: typeof signature === 'string' ? signature : null,
      });
      if (result.next.length) await dispatch(result.next);
      if (result.status >= 400) return reply.status(result.status).send({ error: result.status === 403 ? 'forbidden' : 'rejected', message: result.message });
      return reply.status(result.status).send({ accepted: true, newArticles: result.newArticles });
    },
  );
}
