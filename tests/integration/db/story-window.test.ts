/**
 * Near-duplicate matching with the window in memory (matchOrRecordStory): each handle stands for a worker
 * process. Matches must be those of a full scan of story_fingerprints, whichever process recorded the
 * story, and a story whose transaction commits late (after another process has looked) must still be found
 * afterwards: the horizon of the rows a process has seen is a snapshot's xmin, not the newest row it saw.
 */
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb, type Db, type DbHandle } from '../../../db/client.ts';
import { insertArticleStubs, matchOrRecordStory } from '../../../db/queries/articles.ts';
import { upsertSources } from '../../../db/queries/sources.ts';
import { freshPglite, freshPostgres, serviceAvailable, TEST_DATABASE_URL } from '../../helpers/env.ts';

const handles: DbHandle[] = [];
afterEach(async () => {
  while (handles.length) await handles.pop()!.close();
});

const NOW = new Date('2026-11-26T12:00:00Z');
const SINCE = new Date(NOW.getTime() - 4 * 86_400_000);
const hex = (hi: number, lo: number) => (hi >>> 0).toString(16).padStart(8, '0') + (lo >>> 0).toString(16).padStart(8, '0');
const flip = (fp: string, bits: number[]) => {
  let hi = parseInt(fp.slice(0, 8), 16);
  let lo = parseInt(fp.slice(8), 16);
  for (const b of bits) b < 32 ? (lo ^= 1 << b) : (hi ^= 1 << (b - 32));
  return hex(hi, lo);
};

async function articles(db: Db, n: number): Promise<number[]> {
  await upsertSources(db, ['a', 'b'].map((id) => ({ id, name: id, kind: 'news', url: `http://127.0.0.1/${id}.rss`, format: 'rss', pollIntervalMinutes: 60 })));
  const { articleIds } = await insertArticleStubs(
    db,
    Array.from({ length: n }, (_, i) => ({
      canonicalUrl: `http://127.0.0.1/s/${i}`, url: `http://127.0.0.1/s/${i}`, sourceId: i % 2 ? 'b' : 'a', entryKey: `k${i}`,
      title: null, summary: null, feedContent: null, publishedAt: null,
    })),
  );
  return articleIds;
}

const match = (db: Db, articleId: number, fp: string) =>
  matchOrRecordStory(db, { articleId, sourceId: 'a', createdAt: NOW, fp, since: SINCE, maxDistance: 9 });

/** The answer of a scan of every recorded story (what the statement alone used to compute). */
async function fullScan(db: Db, articleId: number, fp: string) {
  const signed = BigInt.asIntN(64, BigInt(`0x${fp}`)).toString();
  const r = (await db.execute(sql`
    select article_id as id, bit_count(int8send(fingerprint # ${signed}::bigint))::int as distance from story_fingerprints
    where created_at >= ${SINCE.toISOString()}::timestamptz and article_id <> ${articleId} and bit_count(int8send(fingerprint # ${signed}::bigint)) <= 9
    order by distance, article_id desc limit 1`)) as unknown as { rows?: { id: string; distance: number }[] } | { id: string; distance: number }[];
  const row = (Array.isArray(r) ? r : r.rows ?? [])[0];
  return row ? { id: Number(row.id), distance: Number(row.distance) } : null;
}

describe('near-duplicate window', () => {
  it('two processes interleaved find what a full scan finds (PostgreSQL)', async () => {
    if (!(await serviceAvailable(TEST_DATABASE_URL, 'PostgreSQL'))) return;
    const a = await freshPostgres();
    handles.push(a);
    const b = await openDb({ url: TEST_DATABASE_URL, pgliteDir: '', poolSize: 2 });
    handles.push(b);
    const ids = await articles(a.db, 120);
    // Fingerprints around six centres: about half the articles are copies of an earlier one.
    let x = 7;
    const rnd = () => ((x = (Math.imul(x, 1664525) + 1013904223) >>> 0) / 2 ** 32);
    const centres = Array.from({ length: 6 }, () => hex((rnd() * 2 ** 32) | 0, (rnd() * 2 ** 32) | 0));
    let matched = 0;
    for (const [i, id] of ids.entries()) {
      const db = i % 3 === 0 ? b.db : a.db;
      const fp = flip(centres[Math.floor(rnd() * centres.length)]!, Array.from({ length: Math.floor(rnd() * 12) }, () => Math.floor(rnd() * 64)));
      const expected = await fullScan(a.db, id, fp);
      const got = await match(db, id, fp);
      expect(got && { id: got.id, distance: got.distance }).toEqual(expected);
      if (got) matched += 1;
    }
    expect(matched).toBeGreaterThan(40);
    expect(ids.length - matched).toBeGreaterThan(5);
  });

  it('a story committed late by another process is still found, and kept (PostgreSQL)', async () => {
    if (!(await serviceAvailable(TEST_DATABASE_URL, 'PostgreSQL'))) return;
    const h = await freshPostgres();
    handles.push(h);
    const ids = await articles(h.db, 8);
    const late = 'f0f0f0f00f0f0f0f';
    expect(await match(h.db, ids[0]!, '0000000000000000')).toBeNull(); // the window is read

    // Another process records a story in a transaction that stays open while this one matches and records.
    const other = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await other.connect();
    try {
      await other.query('begin');
      await other.query(`insert into story_fingerprints (article_id, source_id, created_at, fingerprint) values ($1, 'b', $2, $3)`, [
        ids[1], NOW.toISOString(), BigInt.asIntN(64, BigInt(`0x${late}`)).toString(),
      ]);
      expect(await match(h.db, ids[2]!, 'ffffffffffffffff')).toBeNull();
      expect(await match(h.db, ids[3]!, flip(late, [1]))).toBeNull(); // not committed: not there yet
      await other.query('commit');
    } finally {
      await other.end();
    }
    // Newer rows come and go past it; the late story is found all the same, then from memory.
    expect(await match(h.db, ids[4]!, '00000000ffffffff')).toBeNull();
    expect(await match(h.db, ids[5]!, flip(late, [2, 40]))).toEqual({ id: ids[1], sourceId: 'b', distance: 2 });
    await h.db.execute(sql`update story_fingerprints set fingerprint = 0 where article_id = ${ids[1]!}`); // PostgreSQL no longer has it near
    expect(await match(h.db, ids[6]!, flip(late, [3]))).toEqual({ id: ids[1], sourceId: 'b', distance: 1 });
  });

  it('records, matches and skips too-old stories on PGlite', async () => {
    const h = await freshPglite();
    handles.push(h);
    const ids = await articles(h.db, 4);
    const fp = '123456789abcdef0';
    expect(await match(h.db, ids[0]!, fp)).toBeNull();
    expect(await match(h.db, ids[1]!, flip(fp, [5]))).toEqual({ id: ids[0], sourceId: 'a', distance: 1 });
    // A story created before the window is neither found nor recorded twice.
    const old = new Date(SINCE.getTime() - 60_000);
    expect(await matchOrRecordStory(h.db, { articleId: ids[2]!, sourceId: 'a', createdAt: old, fp: 'aaaaaaaaaaaaaaaa', since: SINCE, maxDistance: 9 })).toBeNull();
    expect(await match(h.db, ids[3]!, 'aaaaaaaaaaaaaaab')).toBeNull();
  });
});
