/**
 * upsertEntities remembers the entity rows it read or wrote per database handle: a second extraction naming
 * the same entities sends no query, a grown alias list is still written (and remembered), nothing is
 * remembered inside a transaction, and a remembered id whose row was removed behind Brinkwatch's back costs
 * one failed attempt, after which the retry recreates the entity — on PostgreSQL and PGlite.
 */
import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import type { Db, DbHandle } from '../../../db/client.ts';
import { insertArticleStubs, storeArticleText } from '../../../db/queries/articles.ts';
import { upsertEntities } from '../../../db/queries/entities.ts';
import { upsertSources } from '../../../db/queries/sources.ts';
import { extractArticle } from '../../../workers/extract-article.ts';
import { freshPglite, freshPostgres, serviceAvailable, testConfig, testCtx, TEST_DATABASE_URL } from '../../helpers/env.ts';

let handle: DbHandle | undefined;
afterEach(async () => {
  await handle?.close();
  handle = undefined;
});

/** Counts the statements sent through the handle's driver from now on. */
function countQueries(db: Db): () => number {
  const client = (db as unknown as { $client: { query: (...args: unknown[]) => unknown } }).$client;
  const original = client.query.bind(client);
  let n = 0;
  client.query = (...args: unknown[]) => {
    n += 1;
    return original(...args);
  };
  return () => n;
}

async function entityRow(db: Db, name: string) {
  const r = (await db.execute(sql`select id, aliases, organisation from entities where name = ${name}`)) as unknown as { rows?: Record<string, unknown>[] } | Record<string, unknown>[];
  return (Array.isArray(r) ? r : r.rows ?? [])[0];
}

const TEXT =
  'Anthropic accused Alibaba of training its Qwen models on data taken from Anthropic systems, and filed a complaint ' +
  'with the UK AI Safety Board on Monday. Alibaba denied the claims, calling them baseless and protectionist.';

for (const kind of ['postgres', 'pglite'] as const) {
  describe(`remembered entities (${kind})`, () => {
    const open = async () => {
      if (kind === 'postgres' && !(await serviceAvailable(TEST_DATABASE_URL, 'PostgreSQL'))) return null;
      handle = kind === 'postgres' ? await freshPostgres() : await freshPglite();
      return handle.db;
    };

    it('reads known entities once, writes a grown alias list, and remembers nothing inside a transaction', async () => {
      const db = await open();
      if (!db) return;
      const list = [
        { name: 'Anthropic', kind: 'company' },
        { name: 'Alibaba', kind: 'company', aliases: ['Alibaba Cloud'] },
        { name: 'United Kingdom', kind: 'government' },
      ];
      const first = await upsertEntities(db, list);
      expect(first.size).toBe(3);

      const queries = countQueries(db);
      expect(await upsertEntities(db, list)).toEqual(first);
      expect(queries()).toBe(0);

      // A new alias is a change: written, merged with the old ones, then remembered.
      const grown = list.map((e) => (e.name === 'Alibaba' ? { ...e, aliases: ['Aliyun'] } : e));
      expect(await upsertEntities(db, grown)).toEqual(first);
      expect(queries()).toBe(1);
      expect(((await entityRow(db, 'Alibaba'))!.aliases as string[]).sort()).toEqual(['Aliyun', 'Alibaba Cloud'].sort());
      const before = queries();
      expect(await upsertEntities(db, grown)).toEqual(first);
      expect(queries()).toBe(before);

      // Rows written in a transaction that rolls back were never there: the next upsert creates them anew.
      await expect(
        db.transaction(async (tx) => {
          await upsertEntities(tx, [{ name: 'DeepSeek', kind: 'company' }]);
          throw new Error('roll back');
        }),
      ).rejects.toThrow('roll back');
      const deepseek = await upsertEntities(db, [{ name: 'DeepSeek', kind: 'company' }]);
      expect((await entityRow(db, 'DeepSeek'))!.id).toEqual(expect.anything());
      expect(Number((await entityRow(db, 'DeepSeek'))!.id)).toBe(deepseek.get('DeepSeek'));
    });

    it('an entity removed behind its back fails one attempt, and the retry recreates it', async () => {
      const db = await open();
      if (!db) return;
      const ctx = testCtx(testConfig(), handle!, () => new Date('2026-11-26T12:00:00Z'));
      await upsertSources(db, [{ id: 'wire', name: 'Wire', kind: 'news', url: 'http://127.0.0.1/wire.rss', format: 'rss', pollIntervalMinutes: 60 }]);
      const articleIds: number[] = [];
      for (const n of [1, 2]) {
        const url = `http://127.0.0.1/a${n}`;
        const { articleIds: [id] } = await insertArticleStubs(db, [{
          canonicalUrl: url, url, sourceId: 'wire', entryKey: `link:${url}`, title: 'Anthropic accuses Alibaba', summary: null, feedContent: null,
          publishedAt: new Date('2026-11-24T09:00:00Z'),
        }]);
        await storeArticleText(db, id!, {
          text: TEXT, byline: null, contentHash: `h${n}`, fingerprint: null, fetchStatus: 'fetched', fetchError: null, fetchedAt: new Date('2026-11-24T10:00:00Z'),
        });
        articleIds.push(id!);
      }
      const first = await extractArticle(ctx, { articleId: articleIds[0]! });
      expect(first.status).toBe('extracted');
      expect(first.events).toBeGreaterThan(0);
      const alibaba = await entityRow(db, 'Alibaba');
      expect(alibaba).toBeDefined();

      // An operator deletes Alibaba (and what hangs on it) by hand; this process still remembers its id.
      await db.execute(sql`delete from events where actor_id = ${alibaba!.id} or target_id = ${alibaba!.id}`);
      await db.execute(sql`delete from mentions where entity_id = ${alibaba!.id}`);
      await db.execute(sql`update entities set party_name = null where party_name = 'Alibaba'`);
      await db.execute(sql`delete from entities where id = ${alibaba!.id}`);

      await expect(extractArticle(ctx, { articleId: articleIds[1]! })).rejects.toThrow();
      // Nothing of the failed attempt was written.
      const half = (await db.execute(sql`select extracted_at from articles where id = ${articleIds[1]!}`)) as unknown as { rows?: { extracted_at: unknown }[] } | { extracted_at: unknown }[];
      expect((Array.isArray(half) ? half : half.rows!)[0]!.extracted_at).toBeNull();

      const retry = await extractArticle(ctx, { articleId: articleIds[1]! });
      expect(retry.status).toBe('extracted');
      expect(retry.events).toBe(first.events);
      const recreated = await entityRow(db, 'Alibaba');
      expect(Number(recreated!.id)).not.toBe(Number(alibaba!.id));
    });
  });
}
