/**
 * update-disputes in batches: one job places every waiting article it can claim, concurrent jobs take
 * disjoint batches and end where one-at-a-time placement ends, a syndicated copy re-evaluates its story,
 * and the sweep finds extracted articles left unplaced. Under BullMQ a job whose article another batch
 * holds is deferred instead of waiting, and no article falls between.
 */
import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../../db/client.ts';
import { markSyndicatedCopy } from '../../../db/queries/articles.ts';
import { refreshEntriesEvidence } from '../../../db/queries/placement.ts';
import { sweep } from '../../../workers/stages.ts';
import { BUSY_DEFER_MS, updateDisputes } from '../../../workers/update-disputes.ts';
import { freshPglite, freshPostgres, serviceAvailable, testConfig, testCtx, TEST_DATABASE_URL } from '../../helpers/env.ts';
import { SEED_CASE, seedArticles, type SeedArticle } from '../../helpers/seed.ts';

const now = () => new Date('2026-11-26T12:00:00Z');
let handle: DbHandle | undefined;
afterEach(async () => {
  await handle?.close();
  handle = undefined;
});

async function rows<T>(h: DbHandle, q: ReturnType<typeof sql>): Promise<T[]> {
  return ((await h.db.execute(q)) as unknown as { rows: T[] }).rows;
}

/** What placement produced, independent of ids and of the order the jobs ran in. */
async function outcome(h: DbHandle, opts: { answers?: boolean } = { answers: true }) {
  const [c] = await rows<{ unplaced: number; entries: number; disputes: number; placed: number; corroboration: number }>(h, sql`
    select (select count(*) from articles where placed_at is null)::int as unplaced,
           (select count(*) from timeline_entries)::int as entries,
           (select count(*) from disputes where event_count > 0)::int as disputes,
           (select count(*) from events where timeline_entry_id is not null)::int as placed,
           (select coalesce(sum(corroboration), 0) from timeline_entries)::int as corroboration`);
  const timelines = await rows<{ key: string; level: number; entries: string }>(h, sql`
    select d.key, d.level,
           string_agg(t.type || '@' || t.event_date::text || 'x' || t.corroboration
                      || case when ${!!opts.answers} then coalesce(' answers ' || a.type || '@' || a.event_date::text, '') else '' end, ','
                      order by t.event_date, t.type, t.actor_id) as entries
    from disputes d join timeline_entries t on t.dispute_id = d.id left join timeline_entries a on a.id = t.answers_entry_id
    group by d.id order by d.key`);
  return { ...c!, timelines };
}

/** Many articles over a few party pairs, on days a week apart (so entries do not all merge). */
function manyArticles(n: number): SeedArticle[] {
  const pairs: [string, string, string][] = [
    ['Anthropic', 'Alibaba', 'ALLEGATION'],
    ['United States', 'China', 'RESTRICTION'],
    ['China', 'United States', 'THREAT'],
    ['OpenAI', 'DeepSeek', 'ALLEGATION'],
    ['Alibaba', 'Anthropic', 'DENIAL'],
  ];
  return Array.from({ length: n }, (_, i) => {
    // A fortnight apart: reports of one fortnight form one entry whatever order they are placed in.
    const day = new Date(Date.UTC(2026, 0, 5) + (i % 12) * 14 * 86_400_000).toISOString().slice(0, 10);
    const picks = [pairs[i % pairs.length]!, pairs[(i * 3 + 1) % pairs.length]!];
    return {
      source: `outlet-${i % 4}`,
      url: `http://127.0.0.1/many/${i}`,
      title: `Story ${i}`,
      published: day,
      // Reports vary in confidence, quote and how many days before publication they date the event.
      events: picks.map(([actor, target, type], k) => ({
        type,
        actor,
        target,
        date: new Date(Date.parse(`${day}T00:00:00Z`) - ((i + k) % 3) * 86_400_000).toISOString().slice(0, 10),
        sentence: `Report ${i}.${k}: ${actor} and ${target}.`,
        quote: (i + k) % 4 === 0 ? `Quote ${i}.${k}` : null,
        confidence: 0.5 + ((i * 7 + k) % 5) / 10,
        issue: 'export controls',
      })),
    };
  });
}

/**
 * 60 articles placed one at a time, in order, on PGlite: what concurrent batches must end at. Which allegation a
 * denial answers depends on what was placed before it (newest first), so answers are compared where the order is
 * the same (a test below), not against this.
 */
async function oneAtATimeReference() {
  const articles = manyArticles(60);
  const reference = await freshPglite();
  try {
    const refCtx = testCtx(testConfig({ DISPUTES_BATCH_SIZE: '1' }), reference, now);
    for (const id of await seedArticles(refCtx, reference, articles, { place: false })) await updateDisputes(refCtx, { articleId: id });
    return { articles, expected: await outcome(reference, { answers: false }) };
  } finally {
    await reference.close();
  }
}

describe('update-disputes batches', () => {
  it('one job places every waiting article; their own jobs then find nothing to do', async () => {
    handle = await freshPglite();
    const ctx = testCtx(testConfig(), handle, now);
    const ids = await seedArticles(ctx, handle, SEED_CASE, { place: false });
    expect((await outcome(handle)).unplaced).toBe(SEED_CASE.length);

    const first = await updateDisputes(ctx, { articleId: ids[0]! });
    expect(first.articles).toBe(SEED_CASE.length);
    const after = await outcome(handle);
    expect(after.unplaced).toBe(0);
    expect(after.placed).toBe(SEED_CASE.flatMap((a) => a.events).length);
    for (const id of ids.slice(1)) expect((await updateDisputes(ctx, { articleId: id })).articles).toBe(0);
    expect(await outcome(handle)).toEqual(after);
  });

  it('DISPUTES_BATCH_SIZE=1 places only the job’s own article, and ends where the batch ended', async () => {
    const batched = await freshPglite();
    try {
      const ctxB = testCtx(testConfig(), batched, now);
      const ids = await seedArticles(ctxB, batched, SEED_CASE, { place: false });
      await updateDisputes(ctxB, { articleId: ids[0]! });
      handle = await freshPglite();
      const ctx = testCtx(testConfig({ DISPUTES_BATCH_SIZE: '1' }), handle, now);
      const own = await seedArticles(ctx, handle, SEED_CASE, { place: false });
      expect((await updateDisputes(ctx, { articleId: own[0]! })).articles).toBe(1);
      expect((await outcome(handle)).unplaced).toBe(SEED_CASE.length - 1);
      for (const id of own.slice(1)) await updateDisputes(ctx, { articleId: id });
      expect(await outcome(handle)).toEqual(await outcome(batched));
    } finally {
      await batched.close();
    }
  });

  it('a batch links denials to the allegations they answer as one-at-a-time placement in the same order does', async () => {
    // Denials and allegations of one pair interleaved over 40 articles: in a batch, a denial may only answer
    // allegations placed before it (in the database already, or earlier in the batch), as one at a time.
    const articles = manyArticles(40);
    const single = await freshPglite();
    try {
      const ctx1 = testCtx(testConfig({ DISPUTES_BATCH_SIZE: '1' }), single, now);
      for (const id of await seedArticles(ctx1, single, articles, { place: false })) await updateDisputes(ctx1, { articleId: id });
      handle = await freshPglite();
      const ctx = testCtx(testConfig({ DISPUTES_BATCH_SIZE: '25' }), handle, now);
      const ids = await seedArticles(ctx, handle, articles, { place: false });
      expect((await updateDisputes(ctx, { articleId: ids[0]! })).articles).toBe(25);
      expect((await updateDisputes(ctx, { articleId: ids[25]! })).articles).toBe(15);
      const batched = await outcome(handle);
      expect(batched.timelines.some((t) => t.entries.includes(' answers ALLEGATION@'))).toBe(true);
      expect(batched).toEqual(await outcome(single));
    } finally {
      await single.close();
    }
  });

  it('a syndicated copy arriving after its story was placed raises the story’s corroboration', async () => {
    handle = await freshPglite();
    const ctx = testCtx(testConfig(), handle, now);
    const [story, copy] = await seedArticles(ctx, handle, [SEED_CASE[2]!, { ...SEED_CASE[2]!, source: 'desk', url: 'http://127.0.0.1/a3-copy' }], { place: false });
    // The copy is a near-duplicate: it is not placed itself, it adds an outlet to the story.
    await handle.db.execute(sql`update articles set story_id = ${story!} where id = ${copy!}`);
    await handle.db.execute(sql`delete from events where article_id = ${copy!}`);
    await updateDisputes(ctx, { articleId: story! });
    const before = await rows<{ corroboration: number }>(handle, sql`select corroboration from timeline_entries`);
    expect(before.map((r) => r.corroboration)).toEqual([1]);
    await markSyndicatedCopy(handle.db, { storyId: story!, storySourceId: 'official', copyId: copy!, copySourceId: 'desk', similarity: 0.95 });
    await updateDisputes(ctx, { articleId: story!, refresh: true });
    const after = await rows<{ corroboration: number }>(handle, sql`select corroboration from timeline_entries`);
    expect(after.map((r) => r.corroboration)).toEqual([2]);
  });

  it('corroboration counts outlets, not URLs: one outlet under ten URLs is one, placed at once or one by one (issue 19, finding 7)', async () => {
    handle = await freshPostgres().catch(() => freshPglite());
    const ctx = testCtx(testConfig(), handle, now);
    // The same report under ten URLs of one outlet (a feed that rotates its links), then one from a second outlet.
    const sameOutlet = Array.from({ length: 10 }, (_, i) => ({ ...SEED_CASE[2]!, source: 'rotating', url: `http://127.0.0.1/rotating/${i}` }));
    const ids = await seedArticles(ctx, handle, sameOutlet, { place: false });
    await updateDisputes(ctx, { articleIds: ids.slice(0, 5) });
    expect((await rows<{ corroboration: number }>(handle, sql`select corroboration from timeline_entries`)).map((r) => r.corroboration)).toEqual([1]);
    // Added to an entry that has evidence already (addEntriesEvidence), one by one.
    for (const id of ids.slice(5)) await updateDisputes(ctx, { articleId: id });
    expect((await rows<{ corroboration: number }>(handle, sql`select corroboration from timeline_entries`)).map((r) => r.corroboration)).toEqual([1]);
    const [other] = await seedArticles(ctx, handle, [{ ...SEED_CASE[2]!, source: 'second', url: 'http://127.0.0.1/second/1' }]);
    expect(other).toBeDefined();
    expect((await rows<{ corroboration: number }>(handle, sql`select corroboration from timeline_entries`)).map((r) => r.corroboration)).toEqual([2]);
    // Recomputed from scratch, the same.
    const [entry] = await rows<{ id: number }>(handle, sql`select id from timeline_entries`);
    await refreshEntriesEvidence(handle.db, [Number(entry!.id)]);
    expect((await rows<{ corroboration: number }>(handle, sql`select corroboration from timeline_entries`)).map((r) => r.corroboration)).toEqual([2]);
  });

  it('the sweep re-enqueues extracted articles left unplaced', async () => {
    handle = await freshPglite();
    const ctx = testCtx(testConfig(), handle, now);
    const ids = await seedArticles(ctx, handle, SEED_CASE.slice(0, 2), { place: false });
    await handle.db.execute(sql`update articles set extracted_at = '2026-11-26T11:00:00Z'`);
    const s = await sweep(ctx);
    expect(s.stalledDisputes).toBe(2);
    expect(s.next.filter((j) => j.queue === 'update-disputes').map((j) => j.payload.articleId).sort()).toEqual([...ids].sort());
    await updateDisputes(ctx, { articleId: ids[0]! });
    expect((await sweep(ctx)).stalledDisputes).toBe(0);
  });

  it('concurrent jobs on PostgreSQL take disjoint batches and end where one-at-a-time placement ends', async () => {
    if (!(await serviceAvailable(TEST_DATABASE_URL, 'PostgreSQL'))) return;
    const { articles, expected } = await oneAtATimeReference();
    handle = await freshPostgres();
    const ctx = testCtx(testConfig({ DISPUTES_BATCH_SIZE: '7' }), handle, now);
    const ids = await seedArticles(ctx, handle, articles, { place: false });
    // Every article's job, eight at a time, newest first (so batches claim from under each other), twice.
    const jobs = [...ids].reverse();
    const results = await Promise.all(
      Array.from({ length: 8 }, async (_, lane) => {
        let placed = 0;
        for (let i = lane; i < jobs.length; i += 8) placed += (await updateDisputes(ctx, { articleId: jobs[i]! })).articles;
        return placed;
      }),
    );
    expect(results.reduce((a, b) => a + b, 0)).toBe(ids.length);
    for (const id of ids) expect((await updateDisputes(ctx, { articleId: id })).articles).toBe(0);
    const got = await outcome(handle, { answers: false });
    expect(got.unplaced).toBe(0);
    expect(got.entries).toBe(expected.entries);
    expect(got.placed).toBe(expected.placed);
    expect(got.corroboration).toBe(expected.corroboration);
    expect(got.timelines.map((t) => t.entries).sort()).toEqual(expected.timelines.map((t) => t.entries).sort());

    // Evidence added incrementally equals evidence aggregated from every event of each entry.
    const evidence = () =>
      rows<Record<string, unknown>>(handle!, sql`select id, corroboration, first_reported_at::text as f, event_date::text as d, sentence, quote, confidence from timeline_entries order by id`);
    const incremental = await evidence();
    await refreshEntriesEvidence(handle.db, incremental.map((r) => Number(r.id)));
    expect(await evidence()).toEqual(incremental);
  });

  it('deferring: a job whose article another batch holds is deferred, not blocked; no article falls between', async () => {
    if (!(await serviceAvailable(TEST_DATABASE_URL, 'PostgreSQL'))) return;
    handle = await freshPostgres();
    const ctx = testCtx(testConfig(), handle, now);
    const ids = await seedArticles(ctx, handle, SEED_CASE, { place: false });
    const holdThen = async (id: number, end: 'commit' | 'rollback', during: () => Promise<void>) => {
      await handle!.db
        .transaction(async (tx) => {
          await tx.execute(sql`select id from articles where id = ${id} for no key update`);
          if (end === 'commit') await tx.execute(sql`update articles set placed_at = now() where id = ${id}`);
          await during();
          if (end === 'rollback') throw new Error('rolled back');
        })
        .catch((err: Error) => expect(err.message).toBe('rolled back'));
    };
    // Held by a batch that rolls back: deferred at once (a waiting job would hang here), then placed by its re-run.
    await holdThen(ids[0]!, 'rollback', async () => {
      const r = await updateDisputes(ctx, { articleId: ids[0]! }, { deferIfBusy: true });
      expect(r).toMatchObject({ articles: 0, deferMs: BUSY_DEFER_MS });
    });
    expect((await outcome(handle)).unplaced).toBe(SEED_CASE.length);
    const rerun = await updateDisputes(ctx, { articleId: ids[0]! }, { deferIfBusy: true });
    expect(rerun.deferMs).toBeUndefined();
    expect(rerun.articles).toBe(SEED_CASE.length);
    // Held by a batch that commits it placed: the re-run finds nothing to do.
    await handle.db.execute(sql`update articles set placed_at = null where id = ${ids[1]!}`);
    await holdThen(ids[1]!, 'commit', async () => {
      expect((await updateDisputes(ctx, { articleId: ids[1]! }, { deferIfBusy: true })).deferMs).toBe(BUSY_DEFER_MS);
    });
    expect(await updateDisputes(ctx, { articleId: ids[1]! }, { deferIfBusy: true })).toMatchObject({ articles: 0, next: [] });
    expect((await outcome(handle)).unplaced).toBe(0);
  });

  it('deferring: a job for a batch of articles places those it can lock now and is deferred for the one another batch holds', async () => {
    if (!(await serviceAvailable(TEST_DATABASE_URL, 'PostgreSQL'))) return;
    handle = await freshPostgres();
    const ctx = testCtx(testConfig(), handle, now);
    const ids = await seedArticles(ctx, handle, SEED_CASE, { place: false });
    expect(ids.length).toBeGreaterThan(2);
    await handle.db
      .transaction(async (tx) => {
        await tx.execute(sql`select id from articles where id = ${ids[1]!} for no key update`);
        const r = await updateDisputes(ctx, { articleIds: ids }, { deferIfBusy: true });
        expect(r).toMatchObject({ articles: ids.length - 1, deferMs: BUSY_DEFER_MS });
        throw new Error('rolled back');
      })
      .catch((err: Error) => expect(err.message).toBe('rolled back'));
    expect((await outcome(handle)).unplaced).toBe(1);
    const rerun = await updateDisputes(ctx, { articleIds: ids }, { deferIfBusy: true });
    expect(rerun).toMatchObject({ articles: 1 });
    expect(rerun.deferMs).toBeUndefined();
    expect((await outcome(handle)).unplaced).toBe(0);
    // Once all are placed, the job has nothing left to do.
    expect(await updateDisputes(ctx, { articleIds: ids }, { deferIfBusy: true })).toMatchObject({ articles: 0, next: [] });
  });

  it('deferring jobs, eight at a time, end where one-at-a-time placement ends', async () => {
    if (!(await serviceAvailable(TEST_DATABASE_URL, 'PostgreSQL'))) return;
    const { articles, expected } = await oneAtATimeReference();
    handle = await freshPostgres();
    const ctx = testCtx(testConfig({ DISPUTES_BATCH_SIZE: '7' }), handle, now);
    const ids = await seedArticles(ctx, handle, articles, { place: false });
    let deferred = 0;
    const results = await Promise.all(
      Array.from({ length: 8 }, async (_, lane) => {
        const mine = [...ids].reverse().filter((_, i) => i % 8 === lane);
        let placed = 0;
        while (mine.length) {
          const id = mine.shift()!;
          const r = await updateDisputes(ctx, { articleId: id }, { deferIfBusy: true });
          placed += r.articles;
          if (r.deferMs !== undefined) {
            // As BullMQ would: the same job again, later.
            deferred++;
            mine.push(id);
            await new Promise((resolve) => setTimeout(resolve, 5));
          }
        }
        return placed;
      }),
    );
    expect(results.reduce((a, b) => a + b, 0)).toBe(ids.length);
    const got = await outcome(handle, { answers: false });
    expect(got.unplaced).toBe(0);
    expect(got.entries).toBe(expected.entries);
    expect(got.placed).toBe(expected.placed);
    expect(got.timelines.map((t) => t.entries).sort()).toEqual(expected.timelines.map((t) => t.entries).sort());
    ctx.log.info({ deferred }, 'deferred jobs');
  });
});

describe('update-disputes: an entry dated by reports of different precision', () => {
  it('a suit first reported with its month and then with its day is one entry on that day, in the column the API reads too', async () => {
    handle = await freshPostgres().catch(() => freshPglite());
    // One article a job, so the second report meets the entry the first one left in the database.
    const ctx = testCtx(testConfig({ DISPUTES_BATCH_SIZE: '1' }), handle, now);
    const suit = (published: string, date: string, sentence: string, url: string): SeedArticle => ({
      url, title: 'Quillon v. Marrowby', published,
      events: [{ type: 'LEGAL_ACTION', actor: 'Quillon', target: 'Marrowby', date, sentence, issue: 'copyright' }],
    });
    const ids = await seedArticles(ctx, handle, [
      suit('2025-03-20', '2025-03-01', 'Quillon filed a lawsuit against Marrowby earlier this month.', 'http://127.0.0.1/wire/q1'),
      suit('2025-04-02', '2025-03-12', 'Quillon sued Marrowby on March 12 over its crawler.', 'http://127.0.0.1/wire/q2'),
    ], { place: false });
    // The first report gives only the month (as the extractor stores "earlier this month").
    await handle.db.execute(sql`update events set date_precision = 'month' where article_id = ${ids[0]!}`);
    const entries = () => rows<{ d: string; precision: string | null; date: string | null; n: number }>(handle!, sql`
      select t.event_date::text as d, t.placement->>'precision' as precision, t.placement->>'date' as date,
             (select count(*) from events e where e.timeline_entry_id = t.id)::int as n
      from timeline_entries t`);
    await updateDisputes(ctx, { articleId: ids[0]! });
    expect(await entries()).toEqual([{ d: '2025-03-01', precision: 'month', date: '2025-03-01', n: 1 }]);
    await updateDisputes(ctx, { articleId: ids[1]! });
    expect(await entries()).toEqual([{ d: '2025-03-12', precision: null, date: '2025-03-12', n: 2 }]);
  });
});
