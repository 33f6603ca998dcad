/**
 * poll-feed: THE routine for one source. Load the source → under the host's lock, check the host's hourly budget of
 * feed requests (spent: the poll waits until the window has room) and record the request → conditional GET with the
 * stored ETag and Last-Modified → on 304 record the check → sort a failure into its class → parse → canonicalise
 * entry URLs → store article stubs (unique keys, no lookups) → record the outcome and the next check on the source
 * row. Returns the fetch-article jobs for articles still waiting for their page, so a crash between storing and
 * enqueuing leaves no gap: the next poll enqueues them again; and the source's next poll, a job delayed until its
 * next check (due means due: no sweep or tick in between).
 */
import { fetchUrl } from '../feeds/fetch.ts';
import { redactUrl } from '../log.ts';
import { FeedParseError, parseFeed, type ParsedFeed } from '../feeds/parse.ts';
import { entriesPerWeek, hostFreeAt, scheduleNextCheck } from '../feeds/policy.ts';
import { discoverHub, ensureSubscription, isPushed, REQUEST_RETRY_MS } from '../feeds/websub.ts';
import { entryIdentities, tryCanonicalizeUrl } from '../feeds/url.ts';
import { listPendingArticleIds } from '../db/queries/articles.ts';
import { sanitizeStub, sqlState, storeFeedEntries, type StoredEntries } from './feed-entries.ts';
import { deferSourceCheck, getSource, recordSourceCheck, type Source } from '../db/queries/sources.ts';
import { recentHostRequests, recordHostRequest } from '../db/queries/host-requests.ts';
import { fetchOutcomes } from '../metrics.ts';
import type { Ctx } from './context.ts';
import type { NextJob, PollFeed } from './queues.ts';

export interface PollResult {
  status: 'ok' | 'not-modified' | 'not-due' | 'paused' | 'missing' | 'hard' | 'soft' | 'rate-limited' | 'bot-wall';
  items: number;
  newArticles: number;
  next: NextJob[];
}

/** Polls one source once and records the outcome on its row. */
export async function pollFeed(ctx: Ctx, job: PollFeed): Promise<PollResult> {
  const { db, config, log } = ctx;
  const source = await getSource(db, job.sourceId);
  if (!source) return { status: 'missing', items: 0, newArticles: 0, next: [] };
  if (source.paused || !source.enabled) return { status: 'paused', items: 0, newArticles: 0, next: [] };
  const startedAt = ctx.now();
  if (!job.force && source.nextCheckAt && source.nextCheckAt.getTime() > startedAt.getTime() + 30_000) {
    // An earlier job for this source (a check brought forward, then rescheduled): the one for the real time stays.
    return { status: 'not-due', items: 0, newArticles: 0, next: [nextPollJob(source.id, source.nextCheckAt, startedAt)] };
  }

  const host = safeHost(source.url);
  const release = await ctx.limiter.acquire(host);
  let outcome: Awaited<ReturnType<typeof fetchUrl>> | null = null;
  let deferUntil: Date | null = null;
  try {
    // The host's hourly budget, counted under its lock (one request at a time per host, across workers).
    const at = ctx.now();
    const freeAt = hostFreeAt(await recentHostRequests(db, host, at), at, config.polling.hostRequestsPerHour);
    if (freeAt.getTime() > at.getTime()) deferUntil = freeAt;
    else {
      await recordHostRequest(db, host, at);
      outcome = await fetchUrl(source.url, {
        timeoutMs: config.fetch.timeoutMs,
        maxBytes: config.fetch.maxBytes,
        maxRedirects: config.fetch.maxRedirects,
        allowPrivate: config.fetch.allowPrivateHosts,
        userAgent: config.fetch.userAgent,
        etag: source.etag,
        lastModified: source.lastModified,
        onTooLarge: 'fail',
        accept: 'application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.8, text/html;q=0.5, */*;q=0.1',
      });
    }
  } finally {
    await release();
  }
  if (!outcome) {
    // The host had its hourly budget of feed requests: the check waits until the window has room again.
    const at = deferUntil ?? new Date(ctx.now().getTime() + 60_000);
    await deferSourceCheck(db, source.id, at);
    log.info({ source_id: source.id, host, next_check_at: at.toISOString() }, 'poll deferred: host budget spent');
    return { status: 'not-due', items: 0, newArticles: 0, next: [nextPollJob(source.id, at, ctx.now())] };
  }
  const checkedAt = ctx.now();
  fetchOutcomes.inc({ target: 'feed', outcome: outcome.kind });

  if (outcome.kind === 'not-modified') {
    const next = await recordOutcome(ctx, source, { status: 'not-modified', checkedAt, headers: outcome, pushed: await isPushed(db, source.id, checkedAt) });
    return { status: 'not-modified', items: 0, newArticles: 0, next: next ? [next] : [] };
  }
  if (outcome.kind !== 'ok') {
    log.warn({ source_id: source.id, feed_url: redactUrl(source.url), status: outcome.kind, error_class: outcome.errorClass }, 'poll failed');
    const next = await recordOutcome(ctx, source, {
      status: outcome.kind,
      checkedAt,
      errorClass: outcome.errorClass,
      error: outcome.message,
      retryAfterSeconds: outcome.retryAfterSeconds ?? null,
    });
    return { status: outcome.kind, items: 0, newArticles: 0, next: next ? [next] : [] };
  }

  const stored = await storeFeedDocument(ctx, source, { body: outcome.body, contentType: outcome.contentType, url: outcome.url, checkedAt });
  if (stored.status === 'hard') {
    const next = await recordOutcome(ctx, source, { status: 'hard', checkedAt, errorClass: stored.errorClass, error: stored.error });
    return { status: 'hard', items: 0, newArticles: 0, next: next ? [next] : [] };
  }
  const websub = await noteHub(ctx, source, outcome.body, outcome.link);
  // A subscription just requested: a sweep soon after checks that the hub verified it (or asks again).
  const recheck: NextJob[] = websub.requested
    ? [{ queue: 'sweep', payload: {}, generation: `websub-${source.id}-${checkedAt.getTime()}`, delayMs: REQUEST_RETRY_MS + 10_000 }]
    : [];
  const next = await recordOutcome(ctx, source, {
    status: 'ok',
    checkedAt,
    headers: outcome,
    ttlMinutes: stored.feed.ttlMinutes,
    items: stored.feed.items.length,
    entriesPerWeek: entriesPerWeek(stored.feed.items.map((i) => i.published), checkedAt),
    pushed: websub.pushed,
    // The first successful poll stores the feed's backlog: that is not the feed publishing.
    newEntries: stored.newArticles > 0 && source.lastSuccessAt != null,
    ...(stored.rejected ? { errorClass: 'items_rejected', error: `store: ${stored.rejected} of ${stored.feed.items.length} items refused (SQLSTATE ${stored.rejectedCode})` } : {}),
  });
  log.info({ source_id: source.id, items: stored.feed.items.length, new_articles: stored.newArticles, duration_ms: checkedAt.getTime() - startedAt.getTime() }, 'feed polled');
  return { status: 'ok', items: stored.feed.items.length, newArticles: stored.newArticles, next: [...stored.next, ...(next ? [next] : []), ...recheck] };
}

export type StoreResult =
  | { status: 'ok'; feed: ParsedFeed; newArticles: number; next: NextJob[]; rejected: number; rejectedCode: string | null }
  | { status: 'hard'; errorClass: string; error: string };

/**
 * Parses a feed document and stores its entries as article stubs; returns the fetch-article jobs of the articles
 * still waiting for their page. The poll and a WebSub content distribution (workers/websub-push.ts) both come here.
 */
export async function storeFeedDocument(
  ctx: Ctx,
  source: Source,
  doc: { body: Uint8Array; contentType: string | null; url: string; checkedAt: Date },
): Promise<StoreResult> {
  const { db, log } = ctx;
  let feed: ParsedFeed;
  try {
    feed = await parseFeed(doc.body, {
      contentType: doc.contentType,
      url: doc.url,
      htmlList: source.format === 'html-list' && source.selectors ? (source.selectors as never) : undefined,
    });
  } catch (err) {
    if (!(err instanceof FeedParseError)) throw err;
    log.warn({ source_id: source.id, feed_url: redactUrl(source.url), error_class: err.kind }, 'feed rejected');
    return { status: 'hard', errorClass: err.kind, error: err.message };
  }

  const identities = entryIdentities(source.id, feed.items);
  const stubs = feed.items.map((item, i) => {
    const entryKey = identities[i]!;
    const link = tryCanonicalizeUrl(item.link, doc.url);
    // An item with no usable link still gets a stable identity of its own.
    const canonicalUrl = link ?? `urn:brinkwatch:${source.id}:${entryKey}`;
    return {
      canonicalUrl,
      url: item.link ? (safeAbsolute(item.link, doc.url) ?? canonicalUrl) : canonicalUrl,
      sourceId: source.id,
      entryKey,
      title: item.title,
      summary: item.summary,
      feedContent: item.content,
      publishedAt: item.published,
    };
  }).map((stub) => sanitizeStub(stub, doc.checkedAt));
  // Stored (see workers/feed-entries.ts) or, failing, recorded on the source before the job's retry.
  let stored: StoredEntries;
  try {
    stored = await storeFeedEntries(db, stubs);
  } catch (err) {
    const code = sqlState(err);
    await recordOutcome(ctx, source, { status: 'soft', checkedAt: doc.checkedAt, errorClass: 'store', error: `store: feed items not stored${code ? ` (SQLSTATE ${code})` : ''}` }).catch(() => {});
    throw err;
  }
  const { articleIds: touched, newArticles } = stored;
  const pending = await listPendingArticleIds(db, touched);
  return { status: 'ok', feed, newArticles, next: fetchJobs(pending, ctx.config.workers.fetchBatchSize), rejected: stored.rejected, rejectedCode: stored.rejectedCode };
}

/** The source's next poll as a job: delayed until its next check (one per source and check time). */
export function nextPollJob(sourceId: string, nextCheckAt: Date, now: Date): NextJob {
  const dueAt = nextCheckAt.getTime();
  return { queue: 'poll-feed', payload: { sourceId, dueAt }, delayMs: Math.max(0, dueAt - now.getTime()) };
}

/** Records the hub a feed advertises and subscribes when needed (feeds/websub.ts › ensureSubscription). */
async function noteHub(ctx: Ctx, source: Source, body: Uint8Array, linkHeader: string | null): Promise<{ pushed: boolean; requested: boolean }> {
  try {
    return await ensureSubscription(ctx, source, discoverHub(body, linkHeader, source.url));
  } catch (err) {
    // The subscription is an optimisation over polling: its failure never fails the poll.
    ctx.log.warn({ source_id: source.id, err }, 'websub: subscription failed');
    return { pushed: false, requested: false };
  }
}

/**
 * The fetch-article jobs for a poll's pending articles, in the order they were stored (the feed's): batches
 * of `size`, the same for the same articles whenever the poll runs again (one article alone
 * keeps the single-article payload, and its job id, that the sweep's recovery uses).
 */
export function fetchJobs(pending: number[], size: number): NextJob[] {
  const sorted = [...pending].sort((a, b) => a - b);
  const out: NextJob[] = [];
  for (let i = 0; i < sorted.length; i += size) {
    const ids = sorted.slice(i, i + size);
    out.push({ queue: 'fetch-article', payload: ids.length === 1 ? { articleId: ids[0] } : { articleIds: ids } });
  }
  return out;
}

interface OutcomeRecord {
  status: PollResult['status'];
  checkedAt: Date;
  errorClass?: string;
  error?: string;
  retryAfterSeconds?: number | null;
  ttlMinutes?: number | null;
  items?: number;
  headers?: { etag?: string | null; lastModified?: string | null; cacheControlMaxAge?: number | null; expires?: Date | string | null; retryAfter?: number | null };
  /** Measured on a full response; a 304 keeps the stored figure. */
  entriesPerWeek?: number;
  /** An active WebSub subscription delivers this source. */
  pushed?: boolean;
  /** The poll found entries not seen before (not on the source's first poll): follow the feed closely for a while. */
  newEntries?: boolean;
}

/**
 * The one place that applies the source health policy (feeds/policy.ts) to the source row; returns the source's
 * next poll (none once it is paused: `brinkwatch sources resume` or POST /sources/:id/resume makes it due again).
 */
async function recordOutcome(ctx: Ctx, source: Source, r: OutcomeRecord): Promise<NextJob | null> {
  const ok = r.status === 'ok' || r.status === 'not-modified';
  const failures = ok ? 0 : source.consecutiveFailures + 1;
  const expires = r.headers?.expires ? new Date(r.headers.expires) : null;
  const perWeek = r.entriesPerWeek ?? source.entriesPerWeek;
  const polling = ctx.config.polling;
  const recent = await recentHostRequests(ctx.db, safeHost(source.url), r.checkedAt);
  const { nextCheckAt, paused, intervalMinutes, followUpMinutes } = scheduleNextCheck({
    now: r.checkedAt,
    kind: source.kind,
    intervalMinutes: source.configuredIntervalMinutes,
    entriesPerWeek: perWeek,
    pushed: r.pushed ?? false,
    bounds: { news: polling.news, official: polling.official },
    entryFrequencyFactor: polling.entryFrequencyFactor,
    ttlMinutes: r.ttlMinutes ?? null,
    cacheControlMaxAge: r.headers?.cacheControlMaxAge ?? null,
    expires: expires && !Number.isNaN(expires.getTime()) ? expires : null,
    retryAfterSeconds: r.retryAfterSeconds ?? r.headers?.retryAfter ?? null,
    consecutiveFailures: failures,
    outcomeKind: r.status as never,
    minMinutes: polling.minMinutes,
    maxMinutes: polling.maxMinutes,
    jitter: Math.random,
    newEntries: r.newEntries ?? false,
    followUpMinutes: source.followUpMinutes,
    followUp: polling.followUp,
    host: { requestsPerHour: polling.hostRequestsPerHour, recent },
  });
  await recordSourceCheck(ctx.db, source.id, {
    checkedAt: r.checkedAt,
    status: r.status,
    errorClass: r.errorClass ?? null,
    error: r.error ? r.error.slice(0, 500) : null,
    // RFC 9111: a 304 may omit validators; keep the stored ones unless new ones came.
    ...(r.headers && r.headers.etag ? { etag: r.headers.etag } : {}),
    ...(r.headers && r.headers.lastModified ? { lastModified: r.headers.lastModified } : {}),
    nextCheckAt,
    consecutiveFailures: failures,
    paused,
    ...(r.items !== undefined ? { itemsSeen: r.items } : {}),
    ...(ok ? { pollIntervalMinutes: intervalMinutes } : {}),
    ...(r.entriesPerWeek !== undefined ? { entriesPerWeek: r.entriesPerWeek } : {}),
    followUpMinutes,
  });
  return paused ? null : nextPollJob(source.id, nextCheckAt, r.checkedAt);
}

function safeHost(url: string): string {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return 'invalid-host';
  }
}

function safeAbsolute(link: string, base: string): string | null {
  try {
    return new URL(link, base).href;
  } catch {
    return null;
  }
}
