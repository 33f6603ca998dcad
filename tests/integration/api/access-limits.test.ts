/**
 * The API's access limits, each as configured and by default: CORS off unless origins are listed; bodies capped at
 * API_BODY_LIMIT_BYTES (413); rate limits counted per API key and per IP, each in its own bucket (429 with
 * Retry-After); reads open unless API_READ_KEY_REQUIRED; a revoked key is no key.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../../api/app.ts';
import type { DbHandle } from '../../../db/client.ts';
import { createApiKey, revokeApiKey } from '../../../db/queries/api-keys.ts';
import { freshPglite, testConfig, testCtx } from '../../helpers/env.ts';

let handle: DbHandle | undefined;
let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  await handle?.close();
  app = handle = undefined;
});

async function start(env: Record<string, string> = {}) {
  handle = await freshPglite();
  app = (await buildApp({ ctx: testCtx(testConfig(env), handle) })) as unknown as FastifyInstance;
  return { app, db: handle.db };
}

describe('API access limits', () => {
  it('CORS is off by default: no Access-Control header for any origin, preflight included', async () => {
    const { app } = await start();
    const get = await app.inject({ url: '/disputes', headers: { origin: 'https://elsewhere.example' } });
    expect(get.statusCode).toBe(200);
    expect(get.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await app.inject({ method: 'OPTIONS', url: '/disputes', headers: { origin: 'https://elsewhere.example', 'access-control-request-method': 'GET' } });
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('CORS on for the listed origins only', async () => {
    const { app } = await start({ API_CORS_ORIGINS: 'https://desk.example.org' });
    const listed = await app.inject({ url: '/disputes', headers: { origin: 'https://desk.example.org' } });
    expect(listed.headers['access-control-allow-origin']).toBe('https://desk.example.org');
    const other = await app.inject({ url: '/disputes', headers: { origin: 'https://elsewhere.example' } });
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('a body over API_BODY_LIMIT_BYTES is refused with 413 before anything is stored', async () => {
    const { app, db } = await start({ API_BODY_LIMIT_BYTES: '1024' });
    const { key } = await createApiKey(db, 'desk', ['write']);
    const big = { name: 'x'.repeat(2_000), filters: { actors: ['Alibaba'] }, email: 'desk@example.org' };
    const r = await app.inject({ method: 'POST', url: '/alerts', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, payload: JSON.stringify(big) });
    expect(r.statusCode).toBe(413);
    expect((await app.inject({ url: '/alerts', headers: { authorization: `Bearer ${key}` } })).json().items).toEqual([]);
  });

  it('rate limits count per IP and per key, each in its own bucket', async () => {
    const { app, db } = await start({ API_RATE_LIMIT_PER_MINUTE: '3' });
    const [a, b] = [(await createApiKey(db, 'a', ['read'])).key, (await createApiKey(db, 'b', ['read'])).key];
    const codes = async (n: number, opts: { ip?: string; key?: string }) => {
      const out: number[] = [];
      for (let i = 0; i < n; i++) {
        const r = await app.inject({ url: '/disputes', remoteAddress: opts.ip ?? '10.0.0.1', headers: opts.key ? { authorization: `Bearer ${opts.key}` } : {} });
        out.push(r.statusCode);
        if (r.statusCode === 429) expect(Number(r.headers['retry-after'])).toBeGreaterThan(0);
      }
      return out;
    };
    expect(await codes(4, { ip: '10.0.0.1' })).toEqual([200, 200, 200, 429]);
    expect(await codes(1, { ip: '10.0.0.2' })).toEqual([200]); // another address
    expect(await codes(4, { ip: '10.0.0.1', key: a })).toEqual([200, 200, 200, 429]); // a key: its own bucket, wherever it calls from
    expect(await codes(1, { ip: '10.0.0.1', key: b })).toEqual([200]);
  });

  it('a source\'s credentials stay out of GET /sources', async () => {
    const { app, db } = await start();
    const { upsertSources } = await import('../../../db/queries/sources.ts');
    await upsertSources(db, [
      { id: 'paid', name: 'Paid wire', kind: 'news', url: 'https://reader:hunter2@wire.example/feed?key=abc123&lang=en', format: 'rss', pollIntervalMinutes: 30, enabled: true },
    ]);
    const { sql } = await import('drizzle-orm');
    await db.execute(sql`update sources set last_error = 'fetch: redirect to "https://reader:hunter2@wire.example/x?key=abc123" refused' where id = 'paid'`);
    const r = await app.inject({ url: '/sources' });
    const paid = (r.json().items as { id: string; url: string; lastError: string }[]).find((s) => s.id === 'paid')!;
    expect(paid.url).toBe('https://[redacted]@wire.example/feed?key=[redacted]&lang=en');
    expect(paid.lastError).toBe('fetch: redirect to "https://[redacted]@wire.example/x?key=[redacted]" refused');
    expect(r.body).not.toContain('hunter2');
    expect(r.body).not.toContain('abc123');
  });

  it('reads need a key with API_READ_KEY_REQUIRED, /health excepted; a revoked key counts as none', async () => {
    const { app, db } = await start({ API_READ_KEY_REQUIRED: 'true' });
    expect((await app.inject({ url: '/disputes' })).statusCode).toBe(401);
    expect((await app.inject({ url: '/health' })).statusCode).toBe(200);
    const { id, key } = await createApiKey(db, 'reader', ['read']);
    expect((await app.inject({ url: '/disputes', headers: { 'x-api-key': key } })).statusCode).toBe(200);
    await revokeApiKey(db, id, new Date());
    expect((await app.inject({ url: '/disputes', headers: { 'x-api-key': key } })).statusCode).toBe(401);
  });
});
