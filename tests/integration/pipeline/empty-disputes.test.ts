/**
 * No dispute is left without events. A re-extraction takes its old events off their timeline entries and deletes the
 * entries left with no evidence: a dispute the article alone reported is then empty until the article is placed
 * again. Its parties take their events back (the same dispute, the same id); when the new events go elsewhere, the
 * empty dispute goes. Stored with extract-article's storeExtraction and placed with update-disputes, on PGlite.
 */
import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../../db/client.ts';
import { getArticle } from '../../../db/queries/articles.ts';
import { storeExtraction, type ExtractionToStore } from '../../../workers/extract-article.ts';
import { updateDisputes } from '../../../workers/update-disputes.ts';
import { rows } from '../../helpers/outcome.ts';
import { freshPglite, testConfig, testCtx } from '../../helpers/env.ts';
import { seedArticles } from '../../helpers/seed.ts';

let handle: DbHandle | undefined;
afterEach(async () => {
  await handle?.close();
  handle = undefined;
});

const SENTENCE = 'Anthropic accused Alibaba of training Qwen on its data.';

/** One event of the article, as the extractor gives it. */
function extraction(actor: string, target: string): ExtractionToStore {
  return {
    entities: [],
    events: [{
      type: 'ALLEGATION', actor, target, actorKind: 'company', targetKind: 'company', date: '2026-11-10', datePrecision: 'day', background: false,
      sentence: SENTENCE, field: 'text', start: 0, end: SENTENCE.length, quote: null, issue: 'distillation / IP theft', confidence: 0.9,
    }] as ExtractionToStore['events'],
  };
}

async function liveDisputes(h: DbHandle) {
  return rows<{ id: number; title: string; events: number }>(h, sql`
    select id, title, event_count as events from disputes where merged_into is null order by id`);
}

describe('a dispute a re-extraction emptied', () => {
  it('keeps its id when its events come back, and is gone when the new events go elsewhere', async () => {
    handle = await freshPglite();
    const ctx = testCtx(testConfig(), handle, () => new Date('2026-11-26T12:00:00Z'));
    const [articleId] = await seedArticles(ctx, handle, [{
      url: 'http://127.0.0.1/r1', title: 'Anthropic accuses Alibaba', published: '2026-11-10',
      events: [{ type: 'ALLEGATION', actor: 'Anthropic', target: 'Alibaba', date: '2026-11-10', sentence: SENTENCE }],
    }]);
    const [first] = await liveDisputes(handle);
    expect(first).toMatchObject({ events: 1 });
    const reextract = async (actor: string, target: string) => {
      await storeExtraction(ctx, (await getArticle(handle!.db, articleId!))!, extraction(actor, target));
      await updateDisputes(ctx, { articleId: articleId! });
    };

    // The same event again: it goes back to its dispute.
    await reextract('Anthropic', 'Alibaba');
    expect(await liveDisputes(handle)).toEqual([first]);

    // Another accuser, read by a better extractor: a new dispute; the old one, with no event left, is gone.
    await reextract('OpenAI', 'Alibaba');
    const after = await liveDisputes(handle);
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ events: 1 });
    expect(after[0]!.id).not.toBe(first!.id);
    expect(await rows(handle, sql`select id from disputes where event_count = 0 or not exists (select 1 from timeline_entries t where t.dispute_id = disputes.id)`)).toEqual([]);
  }, 60_000);
});
