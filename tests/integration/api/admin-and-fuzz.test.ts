/** Dispute merge and split through the API, and a fast-check fuzz: no input yields a 500. */
import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../../api/app.ts';
import type { DbHandle } from '../../../db/client.ts';
import { createApiKey } from '../../../db/queries/api-keys.ts';
import { SEED_CASE, seedArticles } from '../../helpers/seed.ts';
import { freshPglite, testConfig, testCtx } from '../../helpers/env.ts';

let handle: DbHandle;
let app: FastifyInstance;
let key = '';

beforeAll(async () => {
  handle = await freshPglite();
  const ctx = testCtx(testConfig({ API_RATE_LIMIT_PER_MINUTE: '100000' }), handle, () => new Date('2026-11-26T12:00:00Z'));
  await seedArticles(ctx, handle, SEED_CASE);
  app = (await buildApp({ ctx })) as unknown as FastifyInstance;
  key = (await createApiKey(handle.db, 'admin', ['write'])).key;
});
afterAll(async () => {
  await app?.close();
  await handle?.close();
});

const auth = () => ({ authorization: `Bearer ${key}` });

describe('dispute merge and split', () => {
  it('splits entries into a new dispute and merges them back', async () => {
    const list = (await app.inject({ url: '/disputes?actor=Anthropic' })).json();
    const id = list.items[0].id;
    const tl = (await app.inject({ url: `/disputes/${id}/timeline` })).json();
    const denial = tl.items.find((e: { type: string }) => e.type === 'DENIAL');
    const split = await app.inject({ method: 'POST', url: `/disputes/${id}/split`, headers: auth(), payload: { entryIds: [denial.id], issue: 'Market access' } });
    expect(split.statusCode).toBe(201);
    const newId = split.json().id;
    expect((await app.inject({ url: `/disputes/${newId}/timeline` })).json().items.map((e: { type: string }) => e.type)).toEqual(['DENIAL']);
    expect((await app.inject({ url: `/disputes/${newId}` })).json().issue).toBe('market access');
    expect((await app.inject({ url: `/disputes/${id}` })).json().level).toBe(6);

    const merge = await app.inject({ method: 'POST', url: `/disputes/${newId}/merge`, headers: auth(), payload: { into: id } });
    expect(merge.statusCode).toBe(200);
    const back = (await app.inject({ url: `/disputes/${id}/timeline` })).json();
    expect(back.items.map((e: { type: string }) => e.type)).toEqual(['ALLEGATION', 'LEGAL_ACTION', 'DENIAL', 'INVESTIGATION']);
    // An administrator's merge is recorded and holds the dispute against automatic merges.
    expect((await app.inject({ url: `/disputes/${id}` })).json()).toMatchObject({ id });
    const [rec] = ((await handle.db.execute(sql`select rule, (select pinned from disputes where id = ${id}) as pinned from dispute_merges where from_dispute_id = ${newId}`)) as unknown as { rows: { rule: string; pinned: boolean }[] }).rows;
    expect(rec).toEqual({ rule: 'admin', pinned: true });
    expect((await app.inject({ url: '/disputes?actor=Anthropic' })).json().items.map((d: { id: number }) => d.id)).toEqual([id]);
    const again = await app.inject({ method: 'POST', url: `/disputes/${newId}/merge`, headers: auth(), payload: { into: id } });
    expect(again.statusCode).toBe(409);
  });

  it('rejects bad bodies and foreign entries, and needs a key', async () => {
    expect((await app.inject({ method: 'POST', url: '/disputes/1/merge', payload: { into: 2 } })).statusCode).toBe(401);
    expect((await app.inject({ method: 'POST', url: '/disputes/1/merge', headers: auth(), payload: { into: 'x' } })).statusCode).toBe(400);
    expect((await app.inject({ method: 'POST', url: '/disputes/1/merge', headers: auth(), payload: { into: 1 } })).statusCode).toBe(400);
    expect((await app.inject({ method: 'POST', url: '/disputes/1/merge', headers: auth(), payload: { into: 999 } })).statusCode).toBe(404);
    expect((await app.inject({ method: 'POST', url: '/disputes/1/split', headers: auth(), payload: { entryIds: [99999] } })).statusCode).toBe(404);
    expect((await app.inject({ method: 'POST', url: '/disputes/1/split', headers: auth(), payload: { entryIds: [] } })).statusCode).toBe(400);
  });
});

describe('API fuzz', () => {
  const paths = ['/disputes', '/disputes/1', '/disputes/1/timeline', '/events', '/actors', '/actors/1', '/articles/1', '/sources', '/health'];
  const params = ['actor', 'target', 'status', 'issue', 'minLevel', 'since', 'until', 'sort', 'limit', 'cursor', 'type', 'q', 'kind', 'id'];
  const value = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.integer().map(String),
    fc.constantFrom('\u0000', '', '-1', '0', '1e309', 'NaN', '2026-02-30', "'; drop table events; --", '%', '_', '\\', '\u0000', 'ALLEGATION,', '..', 'eyJ4IjoxfQ'),
  );

  it('no query string yields a 500', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...paths), fc.dictionary(fc.constantFrom(...params), value, { maxKeys: 4 }), async (path, q) => {
        const qs = new URLSearchParams(q).toString();
        const r = await app.inject({ method: 'GET', url: qs ? `${path}?${qs}` : path });
        expect(r.statusCode, `${path}?${qs}`).toBeLessThan(500);
      }),
      { numRuns: 300 },
    );
  });

  it('no path segment or body yields a 500', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 30 }), fc.anything({ maxDepth: 2 }), async (segment, body) => {
        const seg = encodeURIComponent(segment);
        for (const url of [`/disputes/${seg}`, `/disputes/${seg}/timeline`, `/actors/${seg}`, `/articles/${seg}`]) {
          expect((await app.inject({ method: 'GET', url })).statusCode, url).toBeLessThan(500);
        }
        for (const url of ['/disputes/1/merge', '/disputes/1/split', '/subscriptions', '/alerts']) {
          const r = await app.inject({ method: 'POST', url, headers: { ...auth(), 'content-type': 'application/json' }, payload: JSON.stringify(body ?? null) });
          expect(r.statusCode, `${url} ${JSON.stringify(body)}`).toBeLessThan(500);
        }
      }),
      { numRuns: 150 },
    );
  });
});
