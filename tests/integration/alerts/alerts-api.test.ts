import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../../api/app.ts';
import type { DbHandle } from '../../../db/client.ts';
import { createApiKey } from '../../../db/queries/api-keys.ts';
import { openTestDb, resetDb, testCtx, type Clock } from '../digest/helpers.ts';

let handle: DbHandle;
let app: FastifyInstance;
let auth: Record<string, string>;
const clock: Clock = { now: new Date('2026-11-21T12:00:00Z') };

beforeAll(async () => {
  handle = await openTestDb();
  app = await buildApp({ ctx: testCtx(handle.db, clock) });
});
afterAll(async () => {
  await app.close();
  await handle.close();
});
beforeEach(async () => {
  await resetDb(handle.db);
  const { key } = await createApiKey(handle.db, 'desk', ['write']);
  auth = { authorization: `Bearer ${key}` };
});

describe('alert rules API', () => {
  it('creates, lists, reads, changes and deletes a rule', async () => {
    const created = await app.inject({
      method: 'POST',
      url: '/alerts',
      headers: auth,
      payload: { name: 'Alibaba escalations', filters: { actors: ['Alibaba'], minLevel: 5, types: ['LEGAL_ACTION', 'RESTRICTION'] }, webhookUrl: 'https://hooks.example/brinkwatch' },
    });
    expect(created.statusCode).toBe(201);
    const rule = created.json();
    expect(rule).toMatchObject({ name: 'Alibaba escalations', maxPerHour: 6, enabled: true, filters: { minLevel: 5 } });
    expect(created.headers.location).toBe(`/alerts/${rule.id}`);

    const list = await app.inject({ method: 'GET', url: '/alerts', headers: auth });
    expect(list.json().items).toHaveLength(1);
    const one = await app.inject({ method: 'GET', url: `/alerts/${rule.id}`, headers: auth });
    expect(one.json()).toMatchObject({ id: rule.id, deliveries: [] });

    const patched = await app.inject({ method: 'PATCH', url: `/alerts/${rule.id}`, headers: auth, payload: { maxPerHour: 2, email: 'desk@example.org' } });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({ maxPerHour: 2, email: 'desk@example.org', webhookUrl: 'https://hooks.example/brinkwatch' });

    expect((await app.inject({ method: 'DELETE', url: `/alerts/${rule.id}`, headers: auth })).statusCode).toBe(204);
    expect((await app.inject({ method: 'GET', url: `/alerts/${rule.id}`, headers: auth })).statusCode).toBe(404);
  });

  it('needs a write key, even to read rules', async () => {
    expect((await app.inject({ method: 'POST', url: '/alerts', payload: { name: 'x', email: 'a@example.org' } })).statusCode).toBe(401);
    expect((await app.inject({ method: 'GET', url: '/alerts' })).statusCode).toBe(401);
  });

  it('refuses bad rules with the reason', async () => {
    const post = (payload: object) => app.inject({ method: 'POST', url: '/alerts', headers: auth, payload });
    expect((await post({ name: 'nowhere' })).json().message).toBe('a rule needs a webhookUrl or an email');
    expect((await post({ name: 'metadata', webhookUrl: 'http://169.254.169.254/latest' })).json().message).toContain('private address');
    expect((await post({ name: 'bad filter', email: 'a@example.org', filters: { types: ['LAWSUIT'] } })).statusCode).toBe(400);
    expect((await post({ name: 'bad url', webhookUrl: 'ftp://example.org/' })).statusCode).toBe(400);
  });
});
