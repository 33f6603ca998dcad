/**
 * poll-feed: THE routine for one source. Load the source → conditional GET with the stored ETag and
 * Last-Modified → on 304 record the check → sort a failure into its class → parse → canonicalise entry
 * URLs → store article stubs (unique keys, no lookups) → record the outcome and the next check on the
 * source row. Returns the fetch-article jobs for articles still waiting for their page, so a crash
 * between storing and enqueuing leaves no gap: the next poll enqueues them again.
 */
import { fetchUrl } from '../feeds/fetch.ts';
import { redactUrl } from '../log.ts';
import { FeedParseError, parseFeed, type ParsedFeed } from '../feeds/parse.ts';
import { scheduleNextCheck } from '../feeds/policy.ts';
import { entryIdentities, tryCanonicalizeUrl } from '../feeds/url.ts';
import { listPendingArticleIds } from '../db/queries/articles.ts';
import { sanitizeStub, sqlState, storeFeedEntries, type StoredEntries } from './feed-entries.ts';
import { getSource, recordSourceCheck, type Source } from '../db/queries/sources.ts';
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
    return { status: 'not-due', items: 0, newArticles: 0, next: [] };
  }

  const host = safeHost(source.url);
  const release = await ctx.limiter.acquire(host);
  let outcome: Awaited<ReturnType<typeof fetchUrl>>;
  try {
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
  } finally {
    await release();
  }
  const checkedAt = ctx.now();
  fetchOutcomes.inc({ target: 'feed', outcome: outcome.kind });

  if (outcome.kind === 'not-modified') {
    await recordOutcome(ctx, source, { status: 'not-modified', checkedAt, headers: outcome });
    return { status: 'not-modified', items: 0, newArticles: 0, next: [] };
  }
  if (outcome.kind !== 'ok') {
    log.warn({ source_id: source.id, feed_url: redactUrl(source.url), status: outcome.kind, error_class: outcome.errorClass }, 'poll failed');
    await recordOutcome(ctx, source, {
      status: outcome.kind,
      checkedAt,
      errorClass: outcome.errorClass,
      error: outcome.message,
      retryAfterSeconds: outcome.retryAfterSeconds ?? null,
    });
    return { status: outcome.kind, items: 0, newArticles: 0, next: [] };
  }

  let feed: ParsedFeed;
  try {
    feed = await parseFeed(outcome.body, {
      contentType: outcome.contentType,
      url: outcome.url,
      htmlList: source.format === 'html-list' && source.selectors ? (source.selectors as never) : undefined,
    });
  } catch (err) {
    if (!(err instanceof FeedParseError)) throw err;
    log.warn({ source_id: source.id, feed_url: redactUrl(source.url), error_class: err.kind }, 'feed rejected');
    await recordOutcome(ctx, source, { status: 'hard', checkedAt, errorClass: err.kind, error: err.message });
    return { status: 'hard', items: 0, newArticles: 0, next: [] };
  }

  const identities = entryIdentities(source.id, feed.items);
  const stubs = feed.items.map((item, i) => {
    const entryKey = identities[i]!;
    const link = tryCanonicalizeUrl(item.link, outcome.url);
    // An item with no usable link still gets a stable identity of its own.
    const canonicalUrl = link ?? `urn:brinkwatch:${source.id}:${entryKey}`;
    return {
      canonicalUrl,
      url: item.link ? (safeAbsolute(item.link, outcome.url) ?? canonicalUrl) : canonicalUrl,
      sourceId: source.id,
      entryKey,
      title: item.title,
      summary: item.summary,
      feedContent: item.content,
      publishedAt: item.published,
    };
  }).map((stub) => sanitizeStub(stub, checkedAt));
  // Stored (see workers/feed-entries.ts) or, failing, recorded on the source before the job's retry.
  let stored: StoredEntries;
  try {
    stored = await storeFeedEntries(db, stubs);
  } catch (err) {
    const code = sqlState(err);
    await recordOutcome(ctx, source, { status: 'soft', checkedAt, errorClass: 'store', error: `store: feed items not stored${code ? ` (SQLSTATE ${code})` : ''}` }).catch(() => {});
    throw err;
  }
  const { articleIds: touched, newArticles } = stored;
  const pending = await listPendingArticleIds(db, touched);
  await recordOutcome(ctx, source, {
    status: 'ok',
    checkedAt,
    headers: outcome,
    ttlMinutes: feed.ttlMinutes,
    items: feed.items.length,
    ...(stored.rejected ? { errorClass: 'items_rejected', error: `store: ${stored.rejected} of ${stubs.length} items refused (SQLSTATE ${stored.rejectedCode})` } : {}),
  });
  log.info({ source_id: source.id, items: feed.items.length, new_articles: newArticles, duration_ms: checkedAt.getTime() - startedAt.getTime() }, 'feed polled');
  return {
    status: 'ok',
    items: feed.items.length,
    newArticles,
    next: fetchJobs(pending, ctx.config.workers.fetchBatchSize),
  };
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
}

/** The one place that applies the source health policy (feeds/policy.ts) to the source row. */
async function recordOutcome(ctx: Ctx, source: Source, r: OutcomeRecord): Promise<void> {
  const ok = r.status === 'ok' || r.status === 'not-modified';
  const failures = ok ? 0 : source.consecutiveFailures + 1;
  const expires = r.headers?.expires ? new Date(r.headers.expires) : null;
  const { nextCheckAt, paused } = scheduleNextCheck({
    now: r.checkedAt,
    kind: source.kind,
    intervalMinutes: source.pollIntervalMinutes,
    ttlMinutes: r.ttlMinutes ?? null,
    cacheControlMaxAge: r.headers?.cacheControlMaxAge ?? null,
    expires: expires && !Number.isNaN(expires.getTime()) ? expires : null,
    retryAfterSeconds: r.retryAfterSeconds ?? r.headers?.retryAfter ?? null,
    consecutiveFailures: failures,
    outcomeKind: r.status as never,
    minMinutes: ctx.config.polling.minMinutes,
    maxMinutes: ctx.config.polling.maxMinutes,
    jitter: Math.random,
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
  });
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
