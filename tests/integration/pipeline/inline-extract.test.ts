/**
 * Inline extraction (EXTRACT_INLINE, the default): fetch-article extracts the article it stored. The
 * outcome must be the one the separate extract-article stage gives, and a failure of the inline
 * extraction must lose nothing: the fetch is kept and extract-article takes the article over.
 */
import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { DbHandle } from '../../../db/client.ts';
import { runInProcess } from '../../../workers/in-process.ts';
import { ingestOutcome as outcome, rows } from '../../helpers/outcome.ts';
import { sampleIngestSetup, useSampleServer } from '../../helpers/samples.ts';

const NOW = new Date('2026-11-26T12:00:00Z');
const samples = useSampleServer();

async function ingest(env: Record<string, string>, before?: (handle: DbHandle) => Promise<void>) {
  const { handle, ctx, polls } = await sampleIngestSetup(samples(), env, NOW, before);
  const summary = await runInProcess(ctx, polls);
  return { handle, ctx, summary };
}

describe('inline extraction', () => {
  it('gives the same articles, events and disputes as the separate extract-article stage, without its jobs', async () => {
    const inline = await ingest({});
    const queued = await ingest({ EXTRACT_INLINE: 'false' });
    try {
      expect(inline.summary.failed).toBe(0);
      expect(queued.summary.failed).toBe(0);
      expect(inline.summary.byQueue['extract-article'] ?? 0).toBe(0);
      expect(queued.summary.byQueue['extract-article']).toBeGreaterThan(10);
      const a = await outcome(inline.handle);
      expect(a.events.length).toBeGreaterThan(10);
      expect(a.articles.filter((r) => r.extracted).length).toBeGreaterThan(10);
      expect(a).toEqual(await outcome(queued.handle));
    } finally {
      await inline.handle.close();
      await queued.handle.close();
    }
  }, 120_000);

  it('a failed inline extraction keeps the fetch and hands the article to extract-article', async () => {
    // Every insert of events fails until the flag is cleared (as a full disk or a broken constraint would).
    const { handle, ctx, summary } = await ingest({}, async (h) => {
      for (const statement of [
        'create table fail_events (on_ boolean not null)',
        'insert into fail_events values (true)',
        `create function fail_events_fn() returns trigger language plpgsql as $$
         begin
           if (select on_ from fail_events) then raise exception 'events refused (test)'; end if;
           return new;
         end $$`,
        'create trigger fail_events_tr before insert on events for each row execute function fail_events_fn()',
      ]) await h.db.execute(sql.raw(statement));
    });
    try {
      const failedExtractions = summary.byQueue['extract-article'] ?? 0;
      // Each article with events fell back to an extract-article job, which failed the same way; the fetches stand.
      expect(failedExtractions).toBeGreaterThan(5);
      expect(summary.failed).toBe(failedExtractions);
      const stuck = await rows<{ n: number }>(
        handle,
        sql`select count(*)::int as n from articles where fetch_status in ('fetched', 'fallback') and extracted_at is null and story_id is null`,
      );
      expect(stuck[0]!.n).toBe(failedExtractions);
      expect((await rows<{ n: number }>(handle, sql`select count(*)::int as n from events`))[0]!.n).toBe(0);

      // The fault clears; the sweep (once the work is 5 minutes old) re-enqueues the extractions.
      await handle.db.execute(sql.raw('update fail_events set on_ = false'));
      const later = { ...ctx, now: () => new Date(NOW.getTime() + 10 * 60_000) };
      const recovered = await runInProcess(later, [{ queue: 'sweep', payload: {} }]);
      expect(recovered.failed).toBe(0);
      expect(recovered.byQueue['extract-article']).toBe(failedExtractions);
      const left = await rows<{ n: number }>(
        handle,
        sql`select count(*)::int as n from articles where fetch_status in ('fetched', 'fallback') and (extracted_at is null or placed_at is null) and story_id is null`,
      );
      expect(left[0]!.n).toBe(0);
      expect((await rows<{ n: number }>(handle, sql`select count(*)::int as n from events`))[0]!.n).toBeGreaterThan(10);
    } finally {
      await handle.close();
    }
  }, 120_000);
});
