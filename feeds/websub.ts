/**
 * WebSub (W3C Recommendation, 2018), the subscriber's side. A feed that advertises a hub (`<link rel="hub">` in
 * the document or an HTTP `Link: <…>; rel="hub"`, §4) is subscribed to at that hub with our callback URL
 * (WEBSUB_CALLBACK_URL, or PUBLIC_BASE_URL/websub) and a per-subscription `hub.secret` (§5.1); the hub checks
 * our intent with a GET echoing `hub.challenge` (§5.3), then POSTs the topic's new content (§7), signed with
 * `X-Hub-Signature: <algo>=<HMAC of the body>` (§8), which we verify before anything is stored. Leases are
 * renewed before they end; a removed or disabled source is unsubscribed. Without a callback URL nothing is
 * subscribed and every source stays on polling. The poll goes on behind a subscription, slowly (feeds/policy.ts).
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { redactUrl } from '../log.ts';
import type { Source } from '../db/queries/sources.ts';
import {
  deleteEndedSubscriptions,
  getWebSubSubscription,
  hasActiveSubscription,
  listOpenSubscriptions,
  markDenied,
  markHubError,
  markHubRequested,
  markVerified,
  upsertAdvertisedHub,
  type WebSubSubscription,
} from '../db/queries/websub.ts';
import type { DbOrTx } from '../db/client.ts';
import { createWebhookPoster, type WebhookPoster } from '../alerts/webhook.ts';
import { LOOPBACK_URL, type Config } from '../config.ts';
import type { Ctx } from '../workers/context.ts';

export interface HubDiscovery {
  hub: string;
  /** The topic: the feed's rel="self" URL, else the URL we fetch it from (§4). */
  topic: string;
}

/**
 * A request to the hub that was not accepted or verified within this long is sent again (a hub that tried our
 * callback before the API was listening never tries again by itself).
 */
export const REQUEST_RETRY_MS = 90_000;
/** Renew when less than this much of the lease is left (or half of a shorter lease). */
export const RENEW_BEFORE_MS = 24 * 3_600_000;
const SIGNATURE_ALGORITHMS: Record<string, string> = { sha1: 'sha1', sha256: 'sha256', sha384: 'sha384', sha512: 'sha512' };

/** Reads the `rel` → URL pairs of an RFC 8288 Link header. */
export function parseLinkHeader(value: string | null): { rel: string; href: string }[] {
  if (!value) return [];
  const out: { rel: string; href: string }[] = [];
  for (const m of value.matchAll(/<([^>]*)>((?:\s*;\s*[^,;=]+=(?:"[^"]*"|[^,;]*))*)/g)) {
    const rel = /;\s*rel\s*=\s*(?:"([^"]*)"|([^,;\s]*))/i.exec(m[2] ?? '');
    if (!rel) continue;
    for (const r of (rel[1] ?? rel[2] ?? '').toLowerCase().split(/\s+/).filter(Boolean)) out.push({ rel: r, href: m[1]!.trim() });
  }
  return out;
}

/** The `<link>` elements of a feed's head (before its first item or entry), as `rel` → URL pairs. */
function documentLinks(text: string): { rel: string; href: string }[] {
  const head = text.slice(0, Math.max(0, text.search(/<(?:[a-z0-9]+:)?(?:item|entry)[\s>]/i)) || text.length);
  const out: { rel: string; href: string }[] = [];
  for (const m of head.matchAll(/<(?:[a-z0-9]+:)?link\b([^>]*)\/?>/gi)) {
    const attrs = m[1] ?? '';
    const rel = /\brel\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(attrs);
    const href = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(attrs);
    if (!rel || !href) continue;
    const url = (href[1] ?? href[2] ?? '').replace(/&amp;/g, '&').trim();
    for (const r of (rel[1] ?? rel[2] ?? '').toLowerCase().split(/\s+/).filter(Boolean)) out.push({ rel: r, href: url });
  }
  return out;
}

/**
 * The hub a feed advertises and its topic URL, from the HTTP Link header first (§4: it takes precedence) and
 * the document's head next; null when there is none or its URL is not http(s). Pure.
 */
export function discoverHub(body: Uint8Array | string, linkHeader: string | null, feedUrl: string): HubDiscovery | null {
  const text = typeof body === 'string' ? body : Buffer.from(body.buffer, body.byteOffset, Math.min(body.byteLength, 64 * 1024)).toString('utf8');
  const fromHeader = parseLinkHeader(linkHeader);
  const fromDoc = documentLinks(text);
  const find = (rel: string) => fromHeader.find((l) => l.rel === rel)?.href ?? fromDoc.find((l) => l.rel === rel)?.href ?? null;
  const hub = absoluteHttp(find('hub'), feedUrl);
  if (!hub) return null;
  return { hub, topic: absoluteHttp(find('self'), feedUrl) ?? feedUrl };
}

function absoluteHttp(href: string | null, base: string): string | null {
  if (!href) return null;
  try {
    const u = new URL(href, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** The callback URL of one source's subscription (one per subscription, §5.1 recommends unique callbacks). */
export function callbackUrlFor(base: string, sourceId: string): string {
  return `${base}/${encodeURIComponent(sourceId)}`;
}

/** True when `X-Hub-Signature` (`sha256=<hex>`, or sha1/sha384/sha512) is the HMAC of the body under the secret (§8). */
export function verifyHubSignature(secret: string, header: string | null | undefined, body: Uint8Array): boolean {
  if (!header) return false;
  const m = /^\s*([a-z0-9]+)=([0-9a-f]+)\s*$/i.exec(header);
  const algo = m ? SIGNATURE_ALGORITHMS[m[1]!.toLowerCase()] : undefined;
  if (!m || !algo) return false;
  const expected = createHmac(algo, secret).update(body).digest();
  const given = Buffer.from(m[2]!, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** What the sweep should do about one subscription now: ask the hub again, end it, or nothing. Pure. */
export function subscriptionAction(sub: WebSubSubscription, sourceEnabled: boolean, now: Date): 'subscribe' | 'unsubscribe' | null {
  const stale = !sub.requestedAt || sub.requestedAt.getTime() < now.getTime() - REQUEST_RETRY_MS;
  if (!sourceEnabled) return sub.state !== 'unsubscribing' || stale ? 'unsubscribe' : null;
  if (sub.state === 'active') {
    if (!sub.expiresAt) return stale ? 'subscribe' : null;
    const lease = (sub.leaseSeconds ?? 86_400) * 1000;
    const renewAt = sub.expiresAt.getTime() - Math.min(RENEW_BEFORE_MS, lease / 2);
    return now.getTime() >= renewAt && stale ? 'subscribe' : null;
  }
  return stale ? 'subscribe' : null;
}

// One guarded connection pool per configuration, shared by every request of the process.
const posters = new WeakMap<Config, WebhookPoster>();
function hubPoster(config: Config): WebhookPoster {
  let p = posters.get(config);
  if (!p) {
    p = createWebhookPoster({ allowPrivate: config.fetch.allowPrivateHosts, timeoutMs: config.fetch.timeoutMs, userAgent: config.fetch.userAgent });
    posters.set(config, p);
  }
  return p;
}

/** Whether a hub can reach our callback: any hub, unless the callback is a loopback address (then only a hub on this machine). */
export function hubCanReach(config: Config, hubUrl: string): boolean {
  return !config.websub.loopbackOnly || LOOPBACK_URL.test(hubUrl);
}

/** Sends a subscription request (§5.1) or an unsubscription to the hub; true when the hub accepted it (2xx). */
export async function requestHub(ctx: Ctx, sub: WebSubSubscription, mode: 'subscribe' | 'unsubscribe', post: WebhookPoster = hubPoster(ctx.config)): Promise<boolean> {
  const base = ctx.config.websub.callbackUrl;
  if (!base || !hubCanReach(ctx.config, sub.hubUrl)) return false;
  const form = new URLSearchParams({ 'hub.mode': mode, 'hub.topic': sub.topicUrl, 'hub.callback': callbackUrlFor(base, sub.sourceId) });
  if (mode === 'subscribe') {
    form.set('hub.lease_seconds', String(ctx.config.websub.leaseSeconds));
    form.set('hub.secret', sub.secret);
  }
  const now = ctx.now();
  // Recorded before the request: a hub may verify our intent before its answer to the request reaches us (§5.3).
  await markHubRequested(ctx.db, sub.sourceId, mode, now);
  const release = await ctx.limiter.acquire(safeHost(sub.hubUrl));
  let status: number;
  try {
    status = (await post(sub.hubUrl, { headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form.toString() })).status;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    await markHubError(ctx.db, sub.sourceId, `websub: ${mode} request failed: ${message}`, now);
    ctx.log.warn({ source_id: sub.sourceId, hub_url: redactUrl(sub.hubUrl), mode, err: message }, 'websub: hub request failed');
    return false;
  } finally {
    await release();
  }
  if (status < 200 || status >= 300) {
    await markHubError(ctx.db, sub.sourceId, `websub: hub answered ${status} to ${mode}`, now);
    ctx.log.warn({ source_id: sub.sourceId, hub_url: redactUrl(sub.hubUrl), mode, status }, 'websub: hub refused the request');
    return false;
  }
  ctx.log.info({ source_id: sub.sourceId, hub_url: redactUrl(sub.hubUrl), mode }, 'websub: request accepted');
  return true;
}

/**
 * Called by each poll with what the feed advertises: records the hub and subscribes (or renews) when that is due.
 * `pushed`: a verified subscription already delivers the feed (the poll then slows to a safety net); `requested`:
 * a request went to the hub just now (the caller checks on it again after REQUEST_RETRY_MS).
 */
export async function ensureSubscription(ctx: Ctx, source: Source, found: HubDiscovery | null): Promise<{ pushed: boolean; requested: boolean }> {
  const now = ctx.now();
  if (!ctx.config.websub.callbackUrl || !found || !hubCanReach(ctx.config, found.hub)) return { pushed: await hasActiveSubscription(ctx.db, source.id, now), requested: false };
  const sub = await upsertAdvertisedHub(ctx.db, { sourceId: source.id, hubUrl: found.hub, topicUrl: found.topic, secret: randomBytes(32).toString('hex'), now });
  const requested = subscriptionAction(sub, true, now) === 'subscribe' && (await requestHub(ctx, sub, 'subscribe'));
  return { pushed: sub.state === 'active' && !!sub.expiresAt && sub.expiresAt > now, requested };
}

/** The sweep's part: renews leases, asks again where a hub never confirmed, unsubscribes removed sources. */
export async function reconcileSubscriptions(ctx: Ctx): Promise<{ subscribed: number; unsubscribed: number }> {
  const out = { subscribed: 0, unsubscribed: 0 };
  if (!ctx.config.websub.callbackUrl) return out;
  const now = ctx.now();
  for (const { sub, sourceEnabled } of await listOpenSubscriptions(ctx.db)) {
    const action = subscriptionAction(sub, sourceEnabled, now);
    if (action && (await requestHub(ctx, sub, action))) out[action === 'subscribe' ? 'subscribed' : 'unsubscribed']++;
  }
  await deleteEndedSubscriptions(ctx.db);
  return out;
}

export interface IntentAnswer {
  status: number;
  body: string;
}

/**
 * Answers a hub's verification of intent (§5.3) on a source's callback: echoes `hub.challenge` when we asked for
 * exactly this (the topic we subscribed to, in the mode we requested), 404 otherwise (§5.3.1). `denied` (§5.2)
 * is recorded and acknowledged.
 */
export async function answerIntent(db: DbOrTx, sourceId: string, query: Record<string, string | undefined>, now: Date): Promise<IntentAnswer> {
  const sub = await getWebSubSubscription(db, sourceId);
  const mode = query['hub.mode'];
  if (!sub || query['hub.topic'] !== sub.topicUrl) return { status: 404, body: 'websub: no such subscription' };
  if (mode === 'denied') {
    await markDenied(db, sourceId, query['hub.reason'] ?? null, now);
    return { status: 200, body: '' };
  }
  const challenge = query['hub.challenge'];
  if (!challenge) return { status: 400, body: 'websub: hub.challenge is required' };
  if (mode === 'subscribe' && (sub.state === 'pending' || sub.state === 'active')) {
    const lease = Number(query['hub.lease_seconds']);
    await markVerified(db, sourceId, { mode, leaseSeconds: Number.isInteger(lease) && lease > 0 ? lease : null, now });
    return { status: 200, body: challenge };
  }
  if (mode === 'unsubscribe' && sub.state === 'unsubscribing') {
    await markVerified(db, sourceId, { mode, leaseSeconds: null, now });
    return { status: 200, body: challenge };
  }
  return { status: 404, body: `websub: no ${mode ?? 'such'} request pending` };
}

/** True when a verified, unexpired subscription delivers the source's feed. */
export function isPushed(db: DbOrTx, sourceId: string, now: Date): Promise<boolean> {
  return hasActiveSubscription(db, sourceId, now);
}

function safeHost(url: string): string {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return 'invalid-host';
  }
}
