/**
 * WebSub (W3C) end to end against a hub written for this test on 127.0.0.1: a feed advertising the hub is
 * subscribed to on its poll; the hub verifies intent on the API's callback (a real listening Fastify app on a real
 * PostgreSQL); a signed content distribution is stored through the poll's pipeline and its fetch jobs dispatched;
 * a badly signed one is refused and stores nothing; the lease is renewed before it ends; a removed source is
 * unsubscribed. Only the clock is fake.
 */
import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { buildApp } from '../../../api/app.ts';
import type { DbHandle } from '../../../db/client.ts';
import { getSource, upsertSources } from '../../../db/queries/sources.ts';
import { getWebSubSubscription } from '../../../db/queries/websub.ts';
import { discoverHub, reconcileSubscriptions, verifyHubSignature } from '../../../feeds/websub.ts';
import type { Ctx } from '../../../workers/context.ts';
import { pollFeed } from '../../../workers/poll-feed.ts';
import type { NextJob } from '../../../workers/queues.ts';
import { freshPostgres, serviceAvailable, TEST_DATABASE_URL, testConfig, testCtx } from '../../helpers/env.ts';

interface HubRequest {
  mode: string;
  topic: string;
  callback: string;
  lease: string | null;
  secret: string | null;
}
interface Verification {
  mode: string;
  status: number;
  echoed: boolean;
}

/** A minimal hub: accepts (un)subscriptions with 202, verifies intent with a challenge, grants `grantLease` seconds. */
class TestHub {
  server!: Server;
  url = '';
  requests: HubRequest[] = [];
  verifications: Verification[] = [];
  subscribers = new Map<string, { callback: string; secret: string | null }>();
  grantLease = 3_600;
  async start() {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
        const r: HubRequest = {
          mode: form.get('hub.mode') ?? '',
          topic: form.get('hub.topic') ?? '',
          callback: form.get('hub.callback') ?? '',
          lease: form.get('hub.lease_seconds'),
          secret: form.get('hub.secret'),
        };
        this.requests.push(r);
        res.writeHead(202).end();
        void this.verify(r);
      });
    });
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as { port: number }).port}/hub`;
  }
  async verify(r: HubRequest) {
    const challenge = `c${Math.random().toString(36).slice(2)}`;
    const u = new URL(r.callback);
    u.searchParams.set('hub.mode', r.mode);
    u.searchParams.set('hub.topic', r.topic);
    u.searchParams.set('hub.challenge', challenge);
    if (r.mode === 'subscribe') u.searchParams.set('hub.lease_seconds', String(this.grantLease));
    const res = await fetch(u);
    const echoed = res.ok && (await res.text()) === challenge;
    this.verifications.push({ mode: r.mode, status: res.status, echoed });
    if (echoed && r.mode === 'subscribe') this.subscribers.set(r.topic, { callback: r.callback, secret: r.secret });
    if (echoed && r.mode === 'unsubscribe') this.subscribers.delete(r.topic);
  }
  /** Content distribution of `body` to the topic's subscriber; `badKey` signs with the wrong secret. */
  async distribute(topic: string, body: string, opts: { badKey?: boolean; unsigned?: boolean } = {}) {
    const s = this.subscribers.get(topic);
    if (!s) throw new Error(`no subscriber for ${topic}`);
    const headers: Record<string, string> = { 'content-type': 'application/rss+xml' };
    if (!opts.unsigned) headers['x-hub-signature'] = `sha256=${createHmac('sha256', opts.badKey ? 'not-the-secret' : s.secret!).update(body).digest('hex')}`;
    return fetch(s.callback, { method: 'POST', headers, body });
  }
  close() {
    return new Promise<void>((r) => this.server.close(() => r()));
  }
}

const until = async (what: string, fn: () => boolean | Promise<boolean>, ms = 5_000) => {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await fn()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
};

const item = (n: number, base: string) =>
  `<item><guid>story-${n}</guid><link>${base}/story/${n}</link><title>Story ${n}</title><pubDate>${new Date(Date.UTC(2026, 10, 26, 11, n)).toUTCString()}</pubDate><description>Short summary ${n}.</description></item>`;
const feedXml = (base: string, hub: string | null, items: number[]) =>
  `<?xml version="1.0"?><rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>Pushed desk</title><link>${base}/</link>` +
  `<atom:link rel="self" href="${base}/feed.rss"/>${hub ? `<atom:link rel="hub" href="${hub}"/>` : ''}<description>written for Brinkwatch tests</description>` +
  `${items.map((n) => item(n, base)).join('')}</channel></rss>`;

describe('WebSub', async () => {
  const up = await serviceAvailable(TEST_DATABASE_URL, 'PostgreSQL');
  let handle: DbHandle;
  let hub: TestHub;
  let feedServer: Server;
  let feedBase = '';
  let advertise = true;
  let app: Awaited<ReturnType<typeof buildApp>>;
  let ctx: Ctx;
  let clock = new Date('2026-11-26T12:00:00Z');
  const dispatched: NextJob[] = [];
  const topic = () => `${feedBase}/feed.rss`;
  const articlesAt = async (url: string) =>
    (await handle.db.execute(sql`select 1 from articles where url = ${url}`) as unknown as { rows: unknown[] }).rows.length;

  beforeAll(async () => {
    if (!up) return;
    handle = await freshPostgres();
    hub = new TestHub();
    await hub.start();
    feedServer = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feedXml(feedBase, advertise ? hub.url : null, [1, 2]));
    });
    await new Promise<void>((r) => feedServer.listen(0, '127.0.0.1', r));
    feedBase = `http://127.0.0.1:${(feedServer.address() as { port: number }).port}`;
    // The API listens first on a free port: the callback URL names it.
    const probe = createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
    const port = (probe.address() as { port: number }).port;
    await new Promise<void>((r) => probe.close(() => r()));
    const config = testConfig({ WEBSUB_CALLBACK_URL: `http://127.0.0.1:${port}/websub`, API_CACHE_MB: '0' });
    ctx = testCtx(config, handle, () => clock);
    app = await buildApp({ ctx, dispatch: async (jobs) => void dispatched.push(...jobs) });
    await app.listen({ host: '127.0.0.1', port });
  });
  afterAll(async () => {
    if (!up) return;
    await app.close();
    await hub.close();
    await new Promise<void>((r) => feedServer.close(() => r()));
    await handle.close();
  });
  beforeEach(() => {
    dispatched.length = 0;
  });

  it.skipIf(!up)('finds the hub in the Link header first, then in the document', () => {
    const doc = feedXml('http://a.example', 'http://hub-in-doc.example/', []);
    expect(discoverHub(doc, '<http://hub-in-header.example/>; rel="hub", <http://a.example/self>; rel="self"', 'http://a.example/feed')).toEqual({
      hub: 'http://hub-in-header.example/',
      topic: 'http://a.example/self',
    });
    expect(discoverHub(doc, null, 'http://a.example/x')).toEqual({ hub: 'http://hub-in-doc.example/', topic: 'http://a.example/feed.rss' });
    expect(discoverHub(feedXml('http://a.example', null, [1]), null, 'http://a.example/x')).toBeNull();
    const body = new TextEncoder().encode('payload');
    const good = `sha256=${createHmac('sha256', 'k').update(body).digest('hex')}`;
    expect(verifyHubSignature('k', good, body)).toBe(true);
    expect(verifyHubSignature('k', good.replace(/.$/, (c) => (c === '0' ? '1' : '0')), body)).toBe(false);
    expect(verifyHubSignature('k', 'md5=abc', body)).toBe(false);
    expect(verifyHubSignature('k', null, body)).toBe(false);
  });

  it.skipIf(!up)('subscribes on poll, verifies intent, stores a signed distribution, refuses a bad signature, renews, unsubscribes', async () => {
    await upsertSources(handle.db, [{ id: 'pushed-desk', name: 'Pushed desk', kind: 'news', url: topic(), format: 'rss', pollIntervalMinutes: 60 }]);

    // 1. The poll finds the hub and subscribes with a secret and our callback; the hub verifies intent.
    const first = await pollFeed(ctx, { sourceId: 'pushed-desk', force: true });
    expect(first.status).toBe('ok');
    expect(hub.requests).toHaveLength(1);
    expect(hub.requests[0]).toMatchObject({ mode: 'subscribe', topic: topic(), lease: '864000' });
    expect(hub.requests[0]!.callback).toMatch(/\/websub\/pushed-desk$/);
    expect(hub.requests[0]!.secret).toMatch(/^[0-9a-f]{64}$/);
    await until('verification', () => hub.verifications.length === 1);
    expect(hub.verifications[0]).toEqual({ mode: 'subscribe', status: 200, echoed: true });
    let sub = (await getWebSubSubscription(handle.db, 'pushed-desk'))!;
    expect(sub.state).toBe('active');
    expect(sub.expiresAt!.getTime() - clock.getTime()).toBe(3_600_000);
    // A verification nobody asked for (another topic) is refused (§5.3.1).
    const forged = await fetch(`${hub.requests[0]!.callback}?hub.mode=subscribe&hub.topic=${encodeURIComponent('http://evil.example/')}&hub.challenge=x`);
    expect(forged.status).toBe(404);

    // 2. The next poll sees the active subscription: only a safety poll at the kind's upper bound (60 min).
    clock = new Date(clock.getTime() + 5 * 60_000);
    await pollFeed(ctx, { sourceId: 'pushed-desk', force: true });
    const s = (await getSource(handle.db, 'pushed-desk'))!;
    expect(s.pollIntervalMinutes).toBe(60);
    expect(s.nextCheckAt!.getTime() - clock.getTime()).toBeGreaterThanOrEqual(60 * 60_000);
    expect(hub.requests).toHaveLength(1);
    const listed = (await app.inject({ method: 'GET', url: '/sources' })).json().items.find((x: { id: string }) => x.id === 'pushed-desk');
    expect(listed).toMatchObject({ pollIntervalMinutes: 60, intervalFixed: false, websub: { state: 'active' } });
    expect(listed.entriesPerWeek).toBeGreaterThan(0);

    // 3. A signed distribution with a new item is stored through the same pipeline and its page fetch dispatched.
    const res = await hub.distribute(topic(), feedXml(feedBase, hub.url, [1, 2, 3]));
    expect(res.status).toBe(202);
    expect(await articlesAt(`${feedBase}/story/3`)).toBe(1);
    expect(dispatched.map((j) => j.queue)).toEqual(['fetch-article']);
    expect((await getWebSubSubscription(handle.db, 'pushed-desk'))!.lastPushAt).not.toBeNull();

    // 4. A wrong or missing signature is refused and stores nothing.
    dispatched.length = 0;
    expect((await hub.distribute(topic(), feedXml(feedBase, hub.url, [4]), { badKey: true })).status).toBe(403);
    expect((await hub.distribute(topic(), feedXml(feedBase, hub.url, [4]), { unsigned: true })).status).toBe(403);
    expect(await articlesAt(`${feedBase}/story/4`)).toBe(0);
    expect(dispatched).toEqual([]);

    // 5. Lease renewal: nothing to do early on; past half of the one-hour lease the sweep subscribes again.
    expect(await reconcileSubscriptions(ctx)).toEqual({ subscribed: 0, unsubscribed: 0 });
    clock = new Date(clock.getTime() + 31 * 60_000);
    expect(await reconcileSubscriptions(ctx)).toEqual({ subscribed: 1, unsubscribed: 0 });
    await until('renewal verified', () => hub.verifications.length === 2);
    expect(hub.requests[1]).toMatchObject({ mode: 'subscribe', topic: topic(), secret: hub.requests[0]!.secret });
    sub = (await getWebSubSubscription(handle.db, 'pushed-desk'))!;
    expect(sub.state).toBe('active');
    expect(sub.expiresAt!.getTime()).toBe(clock.getTime() + 3_600_000);

    // 6. The source is removed: the sweep unsubscribes, the hub verifies, the row goes once confirmed.
    await handle.db.execute(sql`delete from sources where id = 'pushed-desk'`);
    expect(await reconcileSubscriptions(ctx)).toEqual({ subscribed: 0, unsubscribed: 1 });
    await until('unsubscription verified', () => hub.verifications.length === 3);
    expect(hub.requests[2]).toMatchObject({ mode: 'unsubscribe', topic: topic() });
    expect(hub.verifications[2]).toEqual({ mode: 'unsubscribe', status: 200, echoed: true });
    expect(hub.subscribers.size).toBe(0);
    await reconcileSubscriptions(ctx);
    expect(await getWebSubSubscription(handle.db, 'pushed-desk')).toBeUndefined();
  });

  it.skipIf(!up)('a disabled source is unsubscribed too; without a callback URL nothing is subscribed and polling goes on', async () => {
    await upsertSources(handle.db, [{ id: 'desk-two', name: 'Desk two', kind: 'news', url: topic(), format: 'rss', pollIntervalMinutes: 60 }]);
    hub.requests.length = 0;
    hub.verifications.length = 0;
    await pollFeed(ctx, { sourceId: 'desk-two', force: true });
    await until('verification', () => hub.verifications.length === 1);
    await upsertSources(handle.db, [{ id: 'desk-two', name: 'Desk two', kind: 'news', url: topic(), format: 'rss', pollIntervalMinutes: 60, enabled: false }]);
    await reconcileSubscriptions(ctx);
    await until('unsubscription verified', () => hub.verifications.length === 2);
    expect((await getWebSubSubscription(handle.db, 'desk-two'))!.state).toBe('unsubscribed');

    const offline = testCtx(testConfig({ WEBSUB_CALLBACK_URL: 'off' }), handle, () => clock);
    await upsertSources(handle.db, [{ id: 'desk-three', name: 'Desk three', kind: 'news', url: topic(), format: 'rss', pollIntervalMinutes: 60 }]);
    expect((await pollFeed(offline, { sourceId: 'desk-three', force: true })).status).toBe('ok');
    expect(hub.requests).toHaveLength(2);
    expect(await getWebSubSubscription(handle.db, 'desk-three')).toBeUndefined();
  });
});
