/**
 * The row mapper compiled for prepared queries on node-postgres (db/prepared.ts) must give exactly what
 * drizzle's own mapper gives: same keys, same values and types (Dates, date strings, numbers, JSON,
 * nulls), on the real PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, desc, eq, sql } from 'drizzle-orm';
import type { DbHandle } from '../../../db/client.ts';
import { isoTimestampOf, prepared, withFlatRowMapper, type Prepared } from '../../../db/prepared.ts';
import { articles, disputes, events, sources, timelineEntries } from '../../../db/schema.ts';
import { entityNameOf } from '../../../db/queries/entities.ts';
import { freshPglite, freshPostgres, serviceAvailable, testConfig, testCtx, TEST_DATABASE_URL } from '../../helpers/env.ts';
import { SEED_CASE, seedArticles } from '../../helpers/seed.ts';

describe.runIf(await serviceAvailable(TEST_DATABASE_URL, 'PostgreSQL'))('compiled row mapper', () => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await freshPostgres();
    await seedArticles(testCtx(testConfig(), handle, () => new Date('2026-11-26T12:00:00Z')), handle, SEED_CASE);
  });
  afterAll(async () => {
    await handle?.close();
  });

  it('maps every column type as drizzle does', async () => {
    const { db } = handle;
    const queries: Prepared<unknown[]>[] = [
      // Whole rows: timestamps (Date), JSON arrays, numbers, nulls.
      db.select().from(disputes).orderBy(asc(disputes.id)).prepare('t_disputes'),
      db.select().from(articles).orderBy(asc(articles.id)).prepare('t_articles'),
      // Picked fields, SQL expressions with and without a type, a join.
      db
        .select({
          id: timelineEntries.id,
          date: timelineEntries.eventDate,
          actor: entityNameOf('"timeline_entries"."actor_id"'),
          target: entityNameOf('"timeline_entries"."target_id"', 'nullable'),
          firstReportedAt: timelineEntries.firstReportedAt,
          confidence: timelineEntries.confidence,
          n: sql<number>`count(*) over ()`.mapWith(Number),
          raw: sql`${timelineEntries.eventDate}::text`,
        })
        .from(timelineEntries)
        .where(eq(timelineEntries.disputeId, sql.placeholder('d')))
        .orderBy(asc(timelineEntries.id))
        .prepare('t_entries'),
      db
        .select({ id: events.id, url: articles.url, outlet: sources.name, publishedAt: articles.publishedAt, quote: events.quote })
        .from(events)
        .innerJoin(articles, eq(articles.id, events.articleId))
        .innerJoin(sources, eq(sources.id, articles.sourceId))
        .orderBy(desc(events.id))
        .prepare('t_events'),
    ] as Prepared<unknown[]>[];
    const d = (await db.select({ id: disputes.id }).from(disputes).limit(1))[0]!.id;
    for (const q of queries) {
      const values = { d };
      const expected = await q.execute(values);
      expect(expected.length).toBeGreaterThan(0);
      const fast = withFlatRowMapper(q);
      expect(fast).not.toBe(q); // the compiled mapper is in use on node-postgres
      const got = await fast.execute(values);
      expect(got).toEqual(expected);
      // Same key order too (the JSON answers keep it).
      expect(got.map((r) => Object.keys(r as object))).toEqual(expected.map((r) => Object.keys(r as object)));
    }
  });

  it('leaves PGlite and nested selections to drizzle', async () => {
    const lite = await freshPglite();
    try {
      const lq = lite.db.select().from(disputes).prepare('t_lite');
      expect(withFlatRowMapper(lq)).toBe(lq);
    } finally {
      await lite.close();
    }
    const { db } = handle;
    const q = db.select({ e: { id: events.id }, a: { url: articles.url } }).from(events).innerJoin(articles, eq(articles.id, events.articleId)).prepare('t_nested');
    expect(withFlatRowMapper(q)).toBe(q);
    expect(prepared(db, 'nested_probe', () => q)).toBe(q);
  });

  it('isoTimestampOf prints what JSON.stringify prints of the Date node-postgres builds, on PostgreSQL and PGlite', async () => {
    const stamps = ['2026-11-10 09:00:00+00', '2024-02-29 23:59:59.999999+00', '2026-03-29 01:30:00.5+02', '1999-12-31 23:00:00.123+00', null];
    const probe = sql`select t as d, ${isoTimestampOf(sql`t`)} as iso from unnest(${`{${stamps.map((s) => (s ? `"${s}"` : 'NULL')).join(',')}}`}::timestamptz[]) as u(t)`;
    const lite = await freshPglite();
    try {
      for (const db of [handle.db, lite.db]) {
        const rows = ((await db.execute(probe)) as unknown as { rows: { d: Date | string | null; iso: string | null }[] }).rows;
        expect(rows).toHaveLength(stamps.length);
        for (const r of rows) expect(r.iso).toBe(r.d === null ? null : JSON.parse(JSON.stringify(new Date(r.d))));
        expect(rows.map((r) => r.iso)).toEqual(['2026-11-10T09:00:00.000Z', '2024-02-29T23:59:59.999Z', '2026-03-28T23:30:00.500Z', '1999-12-31T23:00:00.123Z', null]);
      }
    } finally {
      await lite.close();
    }
  });
});
