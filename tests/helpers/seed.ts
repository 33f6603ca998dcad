/** Seeds sources, articles and extracted events directly, then places them with the real update-disputes stage. */
import { sql } from 'drizzle-orm';
import type { DbHandle } from '../../db/client.ts';
import { insertArticleStubs, storeArticleText } from '../../db/queries/articles.ts';
import { upsertEntities } from '../../db/queries/entities.ts';
import { replaceArticleEvents } from '../../db/queries/events.ts';
import { upsertSources } from '../../db/queries/sources.ts';
import type { Ctx } from '../../workers/context.ts';
import { updateDisputes } from '../../workers/update-disputes.ts';

export interface SeedEvent {
  type: string;
  actor: string;
  target: string | null;
  date: string;
  sentence: string;
  quote?: string | null;
  issue?: string;
  confidence?: number;
}

export interface SeedArticle {
  source?: string;
  url: string;
  title: string;
  published: string;
  events: SeedEvent[];
}

const KIND: Record<string, string> = {
  Anthropic: 'company', Alibaba: 'company', OpenAI: 'company', DeepSeek: 'company', Nvidia: 'company',
  'United States': 'government', China: 'government', 'UK AI Safety Board': 'regulator',
};

/** Stores the articles and their events and runs update-disputes on each (unless `place: false`); returns article ids. */
export async function seedArticles(ctx: Ctx, handle: DbHandle, articles: SeedArticle[], opts: { place?: boolean } = {}): Promise<number[]> {
  const db = handle.db;
  const sourceIds = [...new Set(articles.map((a) => a.source ?? 'wire'))];
  await upsertSources(db, sourceIds.map((id) => ({ id, name: `Outlet ${id}`, kind: 'news', url: `http://127.0.0.1/${id}.rss`, format: 'rss', pollIntervalMinutes: 60 })));
  const ids: number[] = [];
  for (const a of articles) {
    const { articleIds: [articleId] } = await insertArticleStubs(db, [{
      canonicalUrl: a.url, url: a.url, sourceId: a.source ?? 'wire', entryKey: `link:${a.url}`,
      title: a.title, summary: null, feedContent: null, publishedAt: new Date(`${a.published}T09:00:00Z`),
    }]);
    const text = a.events.map((e) => e.sentence).join(' ');
    await storeArticleText(db, articleId, {
      text, byline: null, contentHash: String(articleId), fingerprint: null, fetchStatus: 'fetched', fetchError: null,
      fetchedAt: new Date(`${a.published}T10:00:00Z`),
    });
    const names = [...new Set(a.events.flatMap((e) => [e.actor, e.target]).filter((n): n is string => !!n))];
    const entityIds = await upsertEntities(db, names.map((name) => ({ name, kind: KIND[name] ?? 'company' })));
    let offset = 0;
    await replaceArticleEvents(
      db,
      articleId,
      a.events.map((e) => {
        const start = text.indexOf(e.sentence, offset);
        offset = start + e.sentence.length;
        return {
          type: e.type, actorId: entityIds.get(e.actor)!, targetId: e.target ? entityIds.get(e.target)! : null,
          eventDate: e.date, sentence: e.sentence, quote: e.quote ?? null, field: 'text', startOffset: start,
          endOffset: start + e.sentence.length, confidence: e.confidence ?? 0.8, issue: e.issue ?? 'distillation / ip theft', answers: null,
        };
      }),
    );
    await db.execute(sql`update articles set extracted_at = now() where id = ${articleId}`);
    if (opts.place !== false) await updateDisputes(ctx, { articleId });
    ids.push(articleId);
  }
  return ids;
}

/** The seed case in our own words: allegation, complaint, denial, inquiry. */
export const SEED_CASE: SeedArticle[] = [
  {
    source: 'wire', url: 'http://127.0.0.1/a1', title: 'Anthropic accuses Alibaba', published: '2026-11-10',
    events: [
      { type: 'ALLEGATION', actor: 'Anthropic', target: 'Alibaba', date: '2026-11-10', sentence: 'Anthropic accused Alibaba of training Qwen on its data.' },
      { type: 'LEGAL_ACTION', actor: 'Anthropic', target: 'Alibaba', date: '2026-11-10', sentence: 'Anthropic filed a complaint with the UK AI Safety Board.' },
    ],
  },
  {
    source: 'desk', url: 'http://127.0.0.1/a2', title: 'Alibaba rejects claims', published: '2026-11-11',
    events: [
      { type: 'DENIAL', actor: 'Alibaba', target: 'Anthropic', date: '2026-11-11', sentence: 'Alibaba called the claims "baseless and protectionist".', quote: 'baseless and protectionist', issue: 'general' },
      { type: 'ALLEGATION', actor: 'Anthropic', target: 'Alibaba', date: '2026-11-10', sentence: 'On Tuesday Anthropic accused Alibaba of taking its data.' },
    ],
  },
  {
    source: 'official', url: 'http://127.0.0.1/a3', title: 'Board opens inquiry', published: '2026-11-17',
    events: [
      { type: 'INVESTIGATION', actor: 'UK AI Safety Board', target: 'Alibaba', date: '2026-11-17', sentence: 'The board opened an inquiry into Alibaba.' },
    ],
  },
  {
    source: 'wire', url: 'http://127.0.0.1/a4', title: 'US adds Chinese firms to list', published: '2026-10-20',
    events: [
      { type: 'RESTRICTION', actor: 'United States', target: 'China', date: '2026-10-20', sentence: 'The US added Chinese chip firms to the Entity List.', issue: 'export controls' },
      { type: 'THREAT', actor: 'China', target: 'United States', date: '2026-10-21', sentence: 'China vowed to take necessary measures.', issue: 'export controls' },
    ],
  },
];
