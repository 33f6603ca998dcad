/**
 * Request shapes that had answered 500 (issue 19, red-team finding 10) answer 400 with the reason: non-finite
 * numbers, year 0000, cursor ids past a serial column's range, malformed timestamp cursors, split ids past the
 * integer range, and a deeply nested JSON body on a write route (refused before it is parsed).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp, jsonDepthOver } from '../../../api/app.ts';
import type { DbHandle } from '../../../db/client.ts';
import { createApiKey } from '../../../db/queries/api-keys.ts';
import { freshPglite, testConfig, testCtx } from '../../helpers/env.ts';
import { SEED_CASE, seedArticles } from '../../helpers/seed.ts';

let handle: DbHandle;
let app: FastifyInstance;
let writer = '';
const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');

beforeAll(async () => {
  handle = await freshPglite();
  const ctx = testCtx(testConfig({ API_CACHE_MB: '0', API_RATE_LIMIT_PER_MINUTE: '100000' }), handle);
  await seedArticles(ctx, handle, SEED_CASE);
  app = await buildApp({ ctx });
  writer = (await createApiKey(handle.db, 'desk', ['write'])).key;
}, 60_000);
afterAll(async () => {
  await app?.close();
  await handle?.close();
});

const SHAPES = [
  '/disputes?minLevel=Infinity',
  '/disputes?minLevel=-Infinity',
  '/disputes?limit=Infinity',
  '/disputes/1/timeline?limit=-Infinity',
  '/events?limit=Infinity',
  '/actors?limit=Infinity',
  '/disputes/Infinity',
  '/articles/Infinity',
  '/actors/Infinity/atom',
  '/disputes?since=0000-01-01',
  '/disputes/1/timeline?since=0000-01-01',
  '/disputes/1/timeline?until=0000-01-01',
  '/events?until=0000-01-01',
  `/disputes?cursor=${b64({ k: '0000-01-01', id: 1 })}`,
  `/disputes?cursor=${b64({ k: '2026-11-20', id: 2 ** 31 })}`,
  `/disputes?sort=escalation&cursor=${b64({ k: '1:1.5', id: 2 ** 31 })}`,
  `/actors?cursor=${b64({ id: 2 ** 31 })}`,
  `/events?cursor=${b64({ d: '0000-01-01', id: 1 })}`,
  `/disputes/1/timeline?cursor=${b64({ d: '2026-11-20', r: '0000-01-01T00:00:00Z', t: 'ALLEGATION', id: 1 })}`,
  `/disputes/1/timeline?cursor=${b64({ d: '2026-11-20', r: 'Tuesday', t: 'ALLEGATION', id: 1 })}`,
];

describe('bad request shapes', () => {
  it.each(SHAPES)('%s answers 400 with a reason', async (url) => {
    const res = await app.inject({ url });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(/\w/);
  });

  it('a free-text parameter may still say Infinity', async () => {
    expect((await app.inject({ url: '/actors?q=Infinity' })).statusCode).toBe(200);
  });

  it('split ids past the integer range, and alert filters naming disputes past it, answer 400', async () => {
    const headers = { authorization: `Bearer ${writer}` };
    const split = await app.inject({ method: 'POST', url: '/disputes/1/split', headers, payload: { entryIds: [99999999999999999999] } });
    expect(split.statusCode).toBe(400);
    const rule = await app.inject({ method: 'POST', url: '/alerts', headers, payload: { name: 'x', email: 'desk@example.org', filters: { disputeIds: [2 ** 31] } } });
    expect(rule.statusCode).toBe(400);
    expect(rule.json().message).toMatch(/^filters: disputeIds\.0/);
    const fine = await app.inject({ method: 'POST', url: '/alerts', headers, payload: { name: 'x', email: 'desk@example.org', filters: { disputeIds: [1] } } });
    expect(fine.statusCode).toBe(201);
  });

  it('a JSON body nested 20,000 deep on any write route answers 400 (or 401 without a key), never 500', async () => {
    const deep = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;
    const deepObject = `${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}`;
    for (const [method, url] of [['POST', '/alerts'], ['PATCH', '/alerts/1'], ['POST', '/subscriptions'], ['POST', '/disputes/1/merge'], ['POST', '/disputes/1/split'], ['POST', '/sources/any/poll']] as const) {
      for (const payload of [deep, deepObject]) {
        for (const headers of [{ 'content-type': 'application/json' }, { 'content-type': 'application/json', authorization: `Bearer ${writer}` }]) {
          const res = await app.inject({ method, url, payload, headers });
          expect([400, 401], `${method} ${url}`).toContain(res.statusCode);
        }
      }
    }
  });

  it('brackets inside strings do not count as nesting', () => {
    expect(jsonDepthOver(JSON.stringify({ a: '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["', b: [1, [2]] }), 32)).toBe(false);
    expect(jsonDepthOver(JSON.stringify({ a: 'quote \\" and [[[' }), 2)).toBe(false);
    expect(jsonDepthOver('[[[]]]', 2)).toBe(true);
  });
});
