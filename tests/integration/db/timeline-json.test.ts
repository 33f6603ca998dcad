/**
 * getTimelinePageJson (the JSON API's timeline page, printed by PostgreSQL) holds what getTimelineWithSources gives,
 * in the fields and order of the API's schemas and in JSON.stringify's compact format: odd characters (quotes,
 * backslashes, control characters, non-ASCII), null titles, dates, quotes and targets, a syndicated copy, type and
 * date filters, and the last entry's cursor fields — on PostgreSQL and PGlite.
 */
import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../../db/client.ts';
import { markSyndicatedCopy } from '../../../db/queries/articles.ts';
import { getTimelinePageJson, getTimelineWithSources } from '../../../db/queries/disputes.ts';
import { sourceRef, timelineEntry } from '../../../api/schemas.ts';
import { seedArticles, type SeedArticle } from '../../helpers/seed.ts';
import { freshPglite, freshPostgres, serviceAvailable, testConfig, testCtx, TEST_DATABASE_URL } from '../../helpers/env.ts';

let handle: DbHandle | undefined;
afterEach(async () => {
  await handle?.close();
  handle = undefined;
});

const ODD = 'Alibaba said the claims were "baseless\\protectionist" –\tfull stop.\n\u0001 ✓ 𝄞';
const ARTICLES: SeedArticle[] = [
  { source: 'wire', url: 'http://127.0.0.1/a1', title: 'Anthropic accuses "Alibaba"', published: '2026-11-10', events: [
    { type: 'ALLEGATION', actor: 'Anthropic', target: 'Alibaba', date: '2026-11-10', sentence: 'Anthropic accused Alibaba of training Qwen on its data.', quote: '“taken”' },
    { type: 'LEGAL_ACTION', actor: 'Anthropic', target: 'Alibaba', date: '2026-11-10', sentence: 'Anthropic filed a complaint with the UK AI Safety Board.', confidence: 0.55 },
  ] },
  { source: 'desk', url: 'http://127.0.0.1/a2', title: 'Alibaba denies', published: '2026-11-11', events: [
    { type: 'DENIAL', actor: 'Alibaba', target: 'Anthropic', date: '2026-11-11', sentence: ODD, quote: null },
    { type: 'ALLEGATION', actor: 'Anthropic', target: 'Alibaba', date: '2026-11-10', sentence: 'Anthropic repeated that Alibaba trained Qwen on its data.', confidence: 0.9 },
  ] },
  { source: 'wire', url: 'http://127.0.0.1/a3', title: 'A demand', published: '2026-11-12', events: [
    { type: 'DEMAND', actor: 'Anthropic', target: 'Alibaba', date: '2026-11-12', sentence: 'Anthropic demanded that Alibaba stop.' },
  ] },
];

/** An object with the fields of a schema, in its order (what the API's serializer printed). */
function shaped(schema: { properties: Record<string, unknown> }, o: Record<string, unknown>, nested: Record<string, (v: never) => unknown> = {}) {
  return Object.fromEntries(Object.keys(schema.properties).map((k) => [k, nested[k] ? nested[k]!(o[k] as never) : o[k]]));
}

describe.each([
  ['PGlite', freshPglite, true],
  ['PostgreSQL', freshPostgres, await serviceAvailable(TEST_DATABASE_URL, 'PostgreSQL')],
] as const)('timeline page as JSON text on %s', (_name, fresh, up) => {
  it.runIf(up)('matches the rows of getTimelineWithSources, field for field and in order', async () => {
    handle = await fresh();
    const ctx = testCtx(testConfig(), handle);
    const [a1, a2, a3] = await seedArticles(ctx, handle, ARTICLES);
    // A null title and publication date on one source, and a syndicated copy of another.
    await handle.db.execute(sql`update articles set title = null, published_at = null where id = ${a3}`);
    await markSyndicatedCopy(handle.db, { storyId: a1!, storySourceId: 'wire', copyId: a2!, copySourceId: 'desk', similarity: 0.9 });
    const disputeId = Number(((await handle.db.execute(sql`select dispute_id from timeline_entries limit 1`)) as unknown as { rows: { dispute_id: number }[] }).rows[0]!.dispute_id);

    const shapes = [{ limit: 200 }, { limit: 2 }, { limit: 200, types: ['ALLEGATION', 'DENIAL'] }, { limit: 200, since: '2026-11-11', until: '2026-11-12' }];
    for (const p of shapes) {
      const rows = await getTimelineWithSources(handle.db, disputeId, p);
      const page = await getTimelinePageJson(handle.db, disputeId, p);
      const want = rows.map((r) => shaped(timelineEntry, r, { sources: (ss: Record<string, unknown>[]) => ss.map((s) => shaped(sourceRef, s)) }));
      expect(page.items).toBe(JSON.stringify(want));
      expect(page.count).toBe(rows.length);
      const last = rows[rows.length - 1];
      expect(page.last).toEqual(last ? { date: last.date, reportedAt: last.firstReportedAt, type: last.type, id: last.id } : null);
    }
    const all = JSON.parse((await getTimelinePageJson(handle.db, disputeId, { limit: 200 })).items);
    expect(all.some((e: { sentence: string }) => e.sentence === ODD)).toBe(true);
    expect(all.flatMap((e: { sources: { syndicatedBy: unknown[] }[] }) => e.sources.flatMap((s) => s.syndicatedBy))).toContainEqual({ outlet: 'Outlet desk', url: 'http://127.0.0.1/a2' });
    expect(all.flatMap((e: { sources: { publishedAt: string | null }[] }) => e.sources.map((s) => s.publishedAt))).toContain(null);
    // An unknown dispute has an empty page.
    expect(await getTimelinePageJson(handle.db, 999_999, { limit: 200 })).toEqual({ items: '[]', count: 0, last: null });
  });
});
