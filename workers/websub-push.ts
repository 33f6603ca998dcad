/**
 * A WebSub content distribution (W3C WebSub §7), received on a source's callback: the signature is checked
 * against the subscription's secret (§8: a missing or wrong one is refused and nothing is stored), then the
 * pushed document goes through the poll's own storing step (workers/poll-feed.ts › storeFeedDocument), and the
 * fetch-article jobs it returns continue the pipeline as after a poll.
 */
import { getSource } from '../db/queries/sources.ts';
import { getWebSubSubscription, markPushed } from '../db/queries/websub.ts';
import { verifyHubSignature } from '../feeds/websub.ts';
import type { Ctx } from './context.ts';
import { storeFeedDocument } from './poll-feed.ts';
import type { NextJob } from './queues.ts';

export interface PushResult {
  /** HTTP status for the hub: 2xx accepted; 403 bad signature; 404 no subscription; 410 source gone; 422 not a feed. */
  status: number;
  message: string;
  newArticles: number;
  next: NextJob[];
}

/** Verifies and stores one content distribution for a source. */
export async function receivePush(ctx: Ctx, sourceId: string, push: { body: Uint8Array; contentType: string | null; signature: string | null }): Promise<PushResult> {
  const none = { newArticles: 0, next: [] };
  const sub = await getWebSubSubscription(ctx.db, sourceId);
  if (!sub || (sub.state !== 'active' && sub.state !== 'pending')) return { status: 404, message: 'websub: no such subscription', ...none };
  if (!verifyHubSignature(sub.secret, push.signature, push.body)) {
    ctx.log.warn({ source_id: sourceId, signed: !!push.signature }, 'websub: distribution refused, bad signature');
    return { status: 403, message: 'websub: missing or invalid X-Hub-Signature', ...none };
  }
  const source = await getSource(ctx.db, sourceId);
  if (!source || !source.enabled) return { status: 410, message: 'websub: source removed', ...none };
  const now = ctx.now();
  const stored = await storeFeedDocument(ctx, source, { body: push.body, contentType: push.contentType, url: sub.topicUrl, checkedAt: now });
  if (stored.status === 'hard') return { status: 422, message: `websub: ${stored.error}`, ...none };
  await markPushed(ctx.db, sourceId, now);
  ctx.log.info({ source_id: sourceId, items: stored.feed.items.length, new_articles: stored.newArticles }, 'websub: distribution stored');
  return { status: 202, message: 'accepted', newArticles: stored.newArticles, next: stored.next };
}
