/**
 * Official sources' lead on the API and the page: a regulator's notice of a complaint, published before the wire
 * reported it, makes the regulator first on that step with its lead in minutes; steps only the press reported count
 * for the press. Real PostgreSQL, rows seeded directly.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../api/app.ts';
import type { DbHandle } from '../../../db/client.ts';
import { articles, events, sources } from '../../../db/schema.ts';
import { freshPostgres, serviceAvailable, TEST_DATABASE_URL, testConfig, testCtx } from '../../helpers/env.ts';
import { seedDisputes, type Seeded } from '../digest/helpers.ts';

describe('official sources\' lead', async () => {
  const up = await serviceAvailable(TEST_DATABASE_URL, 'PostgreSQL');
  let handle: DbHandle;
  let seeded: Seeded;
  let app: Awaited<ReturnType<typeof buildApp>>;

  beforeAll(async () => {
    if (!up) return;
    handle = await freshPostgres();
    seeded = await seedDisputes(handle.db);
    await handle.db.insert(sources).values({ id: 'board', name: 'Safety Board notices', kind: 'regulator', url: 'https://board.example/notices.rss', format: 'rss', pollIntervalMinutes: 360 });
    const [notice] = await handle.db
      .insert(articles)
      .values({ canonicalUrl: 'https://board.example/n/1', url: 'https://board.example/n/1', sourceId: 'board', title: 'Complaint received', publishedAt: new Date('2026-11-20T07:30:00Z') })
      .returning();
    await handle.db.insert(events).values({
      articleId: notice!.id, type: 'LEGAL_ACTION', actorId: seeded.anthropic, targetId: seeded.alibaba, eventDate: '2026-11-20',
      sentence: 'A complaint was received from one company about another.', startOffset: 0, endOffset: 10, confidence: 0.9, timelineEntryId: seeded.complaint,
    });
    app = await buildApp({ ctx: testCtx(testConfig({ API_CACHE_MB: '0' }), handle, () => new Date('2026-11-26T12:00:00Z')) });
  });
  afterAll(async () => {
    if (!up) return;
    await app.close();
    await handle.close();
  });

  it.skipIf(!up)('GET /disputes/:id records when officials and the press first reported each step', async () => {
    const res = await app.inject({ method: 'GET', url: `/disputes/${seeded.disputeId}` });
    expect(res.statusCode).toBe(200);
    const lead = res.json().officialLead;
    const complaint = lead.steps.find((s: { entryId: number }) => s.entryId === seeded.complaint);
    // The board at 07:30, the wire at 10:00: two and a half hours ahead.
    expect(complaint).toMatchObject({ type: 'LEGAL_ACTION', officialAt: '2026-11-20T07:30:00.000Z', pressAt: '2026-11-20T10:00:00.000Z', leadMinutes: 150 });
    const allegation = lead.steps.find((s: { entryId: number }) => s.entryId === seeded.allegation);
    expect(allegation).toMatchObject({ officialAt: null, pressAt: '2026-11-18T09:00:00.000Z', leadMinutes: null });
    expect(lead).toMatchObject({ officialFirst: 1, pressFirst: 2, medianLeadMinutes: 150 });
  });

  it.skipIf(!up)('the timeline page shows the lead', async () => {
    const page = await app.inject({ method: 'GET', url: `/app/disputes/${seeded.disputeId}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Official sources first on <strong>1</strong> of 3 steps; median lead where both reported: <strong>2 h 30 min ahead</strong>');
  });
});
