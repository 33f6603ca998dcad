/**
 * POST /sources/:id/poll: an immediate check with a write key, within politeness limits — now when the source
 * was last checked more than a minute ago, a minute after its last check otherwise, and never before a back-off
 * or Retry-After ends. Real PostgreSQL; the pipeline is a collector of the jobs the route dispatches.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../../api/app.ts';
import type { DbHandle } from '../../../db/client.ts';
import { createApiKey } from '../../../db/queries/api-keys.ts';
import { getSource, recordSourceCheck, upsertSources } from '../../../db/queries/sources.ts';
import type { NextJob } from '../../../workers/queues.ts';
import { freshPostgres, serviceAvailable, TEST_DATABASE_URL, testConfig, testCtx } from '../../helpers/env.ts';

describe('POST /sources/:id/poll', async () => {
  const up = await serviceAvailable(TEST_DATABASE_URL, 'PostgreSQL');
  let handle: DbHandle;
  let app: Awaited<ReturnType<typeof buildApp>>;
  let key = '';
  const now = new Date('2026-11-26T12:00:00Z');
  const dispatched: NextJob[] = [];
  const post = (id: string, k: string | null = key) =>
    app.inject({ method: 'POST', url: `/sources/${id}/poll`, headers: k ? { authorization: `Bearer ${k}` } : {} });

  beforeAll(async () => {
    if (!up) return;
    handle = await freshPostgres();
    const ctx = testCtx(testConfig({ API_CACHE_MB: '0' }), handle, () => now);
    app = await buildApp({ ctx, dispatch: async (jobs) => void dispatched.push(...jobs) });
    key = (await createApiKey(handle.db, 'writer', ['write'])).key;
    await upsertSources(handle.db, [
      { id: 'desk', name: 'Desk', kind: 'news', url: 'http://127.0.0.1:9/feed', format: 'rss', pollIntervalMinutes: 60 },
      { id: 'limited', name: 'Limited', kind: 'news', url: 'http://127.0.0.1:9/limited', format: 'rss', pollIntervalMinutes: 60 },
    ]);
  });
  afterAll(async () => {
    if (!up) return;
    await app.close();
    await handle.close();
  });
  beforeEach(() => {
    dispatched.length = 0;
  });

  const check = (id: string, at: Date, status: string, next: Date, failures = 0) =>
    recordSourceCheck(handle.db, id, { checkedAt: at, status, nextCheckAt: next, consecutiveFailures: failures, paused: false });

  it.skipIf(!up)('needs a write key and a known source', async () => {
    expect((await post('desk', null)).statusCode).toBe(401);
    expect((await post('nowhere')).statusCode).toBe(404);
  });

  it.skipIf(!up)('checks now when the last check is more than a minute old', async () => {
    await check('desk', new Date(now.getTime() - 10 * 60_000), 'ok', new Date(now.getTime() + 50 * 60_000));
    const res = await post('desk');
    expect(res.statusCode).toBe(202);
    expect(res.json()).toMatchObject({ id: 'desk', scheduledAt: now.toISOString(), backingOff: false });
    expect(dispatched).toEqual([{ queue: 'poll-feed', payload: { sourceId: 'desk' } }]);
    expect((await getSource(handle.db, 'desk'))!.nextCheckAt!.toISOString()).toBe(now.toISOString());
  });

  it.skipIf(!up)('a minute after a check just made; never before a Retry-After', async () => {
    await check('desk', new Date(now.getTime() - 20_000), 'not-modified', new Date(now.getTime() + 5 * 60_000));
    const soon = (await post('desk')).json();
    expect(soon.scheduledAt).toBe(new Date(now.getTime() + 40_000).toISOString());
    expect(dispatched[0]).toMatchObject({ queue: 'poll-feed', payload: { sourceId: 'desk', dueAt: now.getTime() + 40_000 }, delayMs: 40_000 });

    const retryAt = new Date(now.getTime() + 2 * 3_600_000);
    await check('limited', new Date(now.getTime() - 10 * 60_000), 'rate-limited', retryAt, 1);
    const limited = (await post('limited')).json();
    expect(limited).toMatchObject({ scheduledAt: retryAt.toISOString(), backingOff: true });
    expect((await getSource(handle.db, 'limited'))!.nextCheckAt!.toISOString()).toBe(retryAt.toISOString());
  });
});
