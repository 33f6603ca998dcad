import type { FastifyInstance } from 'fastify';
import { getArticleWithOutlets } from '../../db/queries/articles.ts';
import { searchEventsOfArticle } from '../../db/queries/events.ts';
import { errorSchema, idParams } from '../schemas.ts';

/** /articles/:id: an article with its text, outlets and extracted events. */
export async function articleRoutes(app: FastifyInstance) {
  app.get<{ Params: { id: number } }>(
    '/articles/:id',
    { schema: { summary: 'One article with its main text, outlets and events', params: idParams, response: { 404: errorSchema, 400: errorSchema } } },
    async (req, reply) => {
      const db = app.deps.ctx.db;
      const row = await getArticleWithOutlets(db, req.params.id);
      if (!row) return reply.status(404).send({ error: 'not_found', message: `no article ${req.params.id}` });
      const { article, outlet, sourceKind, storyId, copies } = row;
      return {
        id: article.id,
        url: article.url,
        canonicalUrl: article.canonicalUrl,
        sourceId: article.sourceId,
        outlet,
        sourceKind,
        title: article.title,
        byline: article.byline,
        publishedAt: article.publishedAt,
        fetchedAt: article.fetchedAt,
        fetchStatus: article.fetchStatus,
        fetchError: article.fetchError,
        extractedAt: article.extractedAt,
        contentHash: article.contentHash,
        storyId,
        outlets: copies,
        text: article.text,
        events: await searchEventsOfArticle(db, storyId),
      };
    },
  );
}
