/**
 * fetch-article: get an article's page politely, clean it to its main text, and store it. When the page
 * cannot be fetched (or yields less text than the feed item carried), the feed item's content or summary
 * stands in. A syndicated near-duplicate of a story already stored is recorded as another outlet of that
 * story and not extracted again. A job holds one article or a batch of a feed's new articles
 * (FETCH_BATCH_SIZE), read in one query and fetched one after another, each stored as soon as it is done.
 */
import { createHash } from 'node:crypto';
import * as cheerio from 'cheerio';
import { decodeBody } from '../feeds/decode.ts';
import { fetchUrl } from '../feeds/fetch.ts';
import { fingerprint, maxDistanceFor } from '../feeds/near-dup.ts';
import { extractMainText, type MainText } from '../feeds/page.ts';
import { assertParsableHtml, HtmlTooComplexError } from '../feeds/html-limits.ts';
import {
  getArticle,
  getArticlesByIds,
  matchOrRecordStory,
  markSyndicatedCopy,
  storeArticleText,
} from '../db/queries/articles.ts';
import { fetchOutcomes } from '../metrics.ts';
import { getSource } from '../db/queries/sources.ts';
import { clampText, MAX_TITLE_CHARS } from '../db/limits.ts';
import type { Ctx } from './context.ts';
import { trustedDate, withoutNul } from './feed-entries.ts';
import { extractLoaded } from './extract-article.ts';
import type { Article } from '../db/queries/articles.ts';
import type { FetchArticleJob, NextJob } from './queues.ts';

export interface FetchArticleResult {
  status: 'fetched' | 'fallback' | 'skipped' | 'duplicate' | 'already-done' | 'missing';
  next: NextJob[];
  reason?: string;
  /** Events stored when extraction ran inline. */
  events?: number;
}

/** Below this many characters a text is not an article worth extracting. */
const MIN_TEXT_CHARS = 80;
/** Syndicated copies of a wire story appear within days; older stories are not compared. */
const NEAR_DUP_WINDOW_MS = 4 * 86_400_000;

/** What a batch did: how many of its articles ended in each status, and the events stored inline. */
export interface FetchBatchResult {
  articles: number;
  fetched: number;
  fallback: number;
  skipped: number;
  duplicate: number;
  alreadyDone: number;
  missing: number;
  events: number;
  next: NextJob[];
}

/** Fetches and stores one article's main text, or a batch's one after another (see the module comment). */
export async function fetchArticle(ctx: Ctx, job: FetchArticleJob): Promise<FetchArticleResult | FetchBatchResult> {
  const disabled = new SourceStates(ctx);
  if (!('articleIds' in job)) {
    const article = await getArticle(ctx.db, job.articleId);
    return article ? fetchLoaded(ctx, article, disabled) : { status: 'missing', next: [] };
  }
  const ids = [...new Set(job.articleIds)];
  const byId = new Map((await getArticlesByIds(ctx.db, ids)).map((a) => [a.id, a]));
  const out: FetchBatchResult = { articles: ids.length, fetched: 0, fallback: 0, skipped: 0, duplicate: 0, alreadyDone: 0, missing: 0, events: 0, next: [] };
  // In turn, not concurrently: a feed's articles are mostly on one host, whose pages politeness serialises
  // anyway. An error that is not the page's (the database, say) fails the job; its retry finds the
  // articles already stored 'already-done' and goes on from the first that is not.
  const toPlace: number[] = [];
  for (const id of ids) {
    const article = byId.get(id);
    const r: FetchArticleResult = article ? await fetchLoaded(ctx, article, disabled) : { status: 'missing', next: [] };
    const key = r.status === 'already-done' ? 'alreadyDone' : r.status;
    out[key] += 1;
    out.events += r.events ?? 0;
    for (const next of r.next) {
      // The articles extracted here are placed (and their alerts offered) by one update-disputes job.
      if (next.queue === 'update-disputes' && !next.generation && !next.payload.refresh) toPlace.push(Number(next.payload.articleId));
      else out.next.push(next);
    }
  }
  // A little later (DISPUTES_DELAY_MS): by then the batches of other fetch jobs are waiting too, and the first
  // placement job to run takes them all (up to DISPUTES_BATCH_SIZE); the jobs after it find their articles
  // placed. Run at once, each job placed little more than its own ten, and a placement batch's fixed cost
  // (the parties' locks, their disputes and entries read, each dispute touched recomputed) was paid ten times as often.
  const delayMs = ctx.config.workers.disputesDelayMs;
  if (toPlace.length) {
    out.next.push({ queue: 'update-disputes', payload: toPlace.length === 1 ? { articleId: toPlace[0] } : { articleIds: toPlace }, ...(delayMs ? { delayMs } : {}) });
  }
  return out;
}

/** Whether an article's source was disabled, read once per job and source. */
class SourceStates {
  private readonly known = new Map<string, Promise<boolean>>();
  constructor(private readonly ctx: Ctx) {}
  disabled(sourceId: string): Promise<boolean> {
    let p = this.known.get(sourceId);
    if (!p) {
      p = getSource(this.ctx.db, sourceId).then((s) => s !== undefined && !s.enabled);
      this.known.set(sourceId, p);
    }
    return p;
  }
}

/** fetch-article for one article already read. */
async function fetchLoaded(ctx: Ctx, article: Article, sources: SourceStates): Promise<FetchArticleResult> {
  const { db, config, log } = ctx;
  if (article.fetchStatus !== 'pending') {
    // Done by an earlier run, which may have died before handing the article on: hand it on again (the
    // deterministic job ids make this a no-op when the next job exists).
    const needsExtract = article.text && !article.extractedAt && !article.storyId;
    const needsPlacement = article.extractedAt && !article.placedAt && !article.storyId;
    const next: NextJob[] = needsExtract
      ? [{ queue: 'extract-article', payload: { articleId: article.id } }]
      : needsPlacement
        ? [{ queue: 'update-disputes', payload: { articleId: article.id } }]
        : [];
    return { status: 'already-done', next };
  }

  let pageText: { text: string; title: string | null; byline: string | null; published: string | null } | null = null;
  let fetchError: string | null = null;
  if (await sources.disabled(article.sourceId)) {
    // Disabled after the poll that stored the link: the source's pages are not fetched any more.
    const reason = 'fetch: source disabled';
    await storeArticleText(db, article.id, { text: '', byline: null, contentHash: sha256(''), fingerprint: null, fetchStatus: 'skipped', fetchError: reason, fetchedAt: ctx.now() });
    return { status: 'skipped', next: [], reason };
  }
  if (/^https?:/i.test(article.url)) {
    const release = await ctx.limiter.acquire(new URL(article.url).host.toLowerCase());
    try {
      const outcome = await fetchUrl(article.url, {
        timeoutMs: config.fetch.timeoutMs,
        maxBytes: config.fetch.maxBytes,
        maxRedirects: config.fetch.maxRedirects,
        allowPrivate: config.fetch.allowPrivateHosts,
        userAgent: config.fetch.userAgent,
        onTooLarge: 'truncate',
        accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5',
      });
      fetchOutcomes.inc({ target: 'page', outcome: outcome.kind });
      if (outcome.kind === 'ok') {
        const { text: html } = decodeBody(outcome.body, outcome.contentType);
        const cleaned = cleanPage(html, outcome.url);
        if (typeof cleaned === 'string') {
          fetchError = cleaned;
          log.warn({ article_id: article.id, reason: cleaned }, 'page not cleaned');
        } else {
          pageText = cleaned;
          if (outcome.truncated) fetchError = `fetch: page cut at ${config.fetch.maxBytes} bytes`;
        }
      } else if (outcome.kind === 'not-modified') {
        fetchError = 'fetch: unexpected 304 for an unconditional request';
      } else {
        fetchError = `fetch: ${outcome.errorClass}${outcome.status ? ` (HTTP ${outcome.status})` : ''}`;
      }
    } finally {
      await release();
    }
  } else {
    fetchError = 'fetch: item has no link';
  }

  // PostgreSQL text cannot hold NUL, which a page may carry.
  let text = withoutNul(pageText?.text?.trim() ?? '');
  let status: 'fetched' | 'fallback' = 'fetched';
  // The feed's own text stands in when the page gave clearly less; parsing it costs a cheerio pass, so
  // only when the page text is short or shorter than a rough (tag-stripped) size of the feed content.
  const feedSize = Math.max(roughTextLength(article.feedContent), roughTextLength(article.summary));
  if (text.length < MIN_TEXT_CHARS || text.length < feedSize * 0.5) {
    let feedText = '';
    try {
      feedText = fragmentToText(article.feedContent) || fragmentToText(article.summary);
    } catch (err) {
      // The feed item's own markup is too deep to parse: the article goes on without it (see cleanPage).
      fetchError ??= cleaningFailure(err);
    }
    if (text.length < Math.min(MIN_TEXT_CHARS, feedText.length) || text.length < feedText.length * 0.5) {
      text = withoutNul(feedText);
      status = 'fallback';
    }
  }
  const fetchedAt = ctx.now();
  if (text.length < MIN_TEXT_CHARS) {
    const reason = fetchError ?? 'page: no main text';
    await storeArticleText(db, article.id, {
      text,
      byline: null,
      contentHash: sha256(text),
      fingerprint: null,
      fetchStatus: 'skipped',
      fetchError: reason,
      fetchedAt,
    });
    log.warn({ article_id: article.id, reason }, 'article skipped');
    return { status: 'skipped', next: [], reason };
  }

  const fp = fingerprint(text);
  const fetched = {
    text,
    byline: clampText(withoutNul(pageText?.byline ?? null), MAX_TITLE_CHARS),
    contentHash: sha256(text),
    fingerprint: fp,
    fetchStatus: status,
    fetchError,
    fetchedAt,
    title: clampText(withoutNul(pageText?.title ?? null), MAX_TITLE_CHARS),
    // A date in the page's metadata past now (and its margin) is not trusted, as a feed's is not.
    publishedAt: pageText?.published ? trustedDate(safeDate(pageText.published), fetchedAt) : null,
  };
  // The near-duplicate match comes first, so that an article to extract is written once, with its
  // extraction. It records this article's fingerprint (once: a retry matches neither itself nor twice).
  const story = await matchOrRecordStory(db, {
    articleId: article.id,
    sourceId: article.sourceId,
    createdAt: article.createdAt,
    fp,
    since: new Date(fetchedAt.getTime() - NEAR_DUP_WINDOW_MS),
    maxDistance: maxDistanceFor(), // NEAR_DUP_THRESHOLD (feeds/near-dup.ts)
  });
  if (story) {
    if (!(await storeArticleText(db, article.id, fetched))) return ALREADY_DONE();
    const similarity = 1 - story.distance / 64;
    await markSyndicatedCopy(db, {
      storyId: story.id,
      storySourceId: story.sourceId,
      copyId: article.id,
      copySourceId: article.sourceId,
      similarity,
    });
    log.info({ article_id: article.id, story_id: story.id, similarity }, 'syndicated copy');
    // The story's corroboration grows with the copy: re-evaluate it (a job of its own, not the story's placement job).
    return { status: 'duplicate', next: [{ queue: 'update-disputes', payload: { articleId: story.id, refresh: true }, generation: `copy-${article.id}` }] };
  }
  const extractJob: NextJob = { queue: 'extract-article', payload: { articleId: article.id } };
  if (!config.workers.extractInline || article.extractedAt !== null) {
    if (!(await storeArticleText(db, article.id, fetched))) return ALREADY_DONE();
    return { status, next: [extractJob] };
  }
  // Inline extraction (EXTRACT_INLINE, the default): the article is in hand, so extract it here rather than
  // pay a queue hop and a second read of the text; extraction is a few milliseconds of CPU. The text and the
  // extraction are stored in one statement. Should extraction fail, the text is stored alone and the
  // extract-article job takes over with its own retries; this fetch still counts as done.
  try {
    const extracted = await extractLoaded(
      ctx,
      {
        ...article,
        ...fetched,
        // The feed's title and date are kept when it had them (coalesce), as here.
        title: article.title ?? fetched.title,
        publishedAt: article.publishedAt ?? fetched.publishedAt,
      },
      { storeText: fetched },
    );
    if (extracted.status === 'already-extracted') return ALREADY_DONE();
    return { status, events: extracted.events, next: extracted.next };
  } catch (err) {
    log.warn({ err, article_id: article.id }, 'inline extraction failed; handed to extract-article');
    if (!(await storeArticleText(db, article.id, fetched))) return ALREADY_DONE();
    return { status, next: [extractJob] };
  }
}

/**
 * The page's main text, or why it could not be had: cleaning is pure, so whatever it throws (a page over the
 * limits of feeds/html-limits.ts, or a stack overflow on a tree we did not foresee) is that page's fault, not
 * a reason to fail the batch or to retry. The article goes on with its feed text, or is skipped with the reason.
 */
function cleanPage(html: string, url: string): MainText | string {
  try {
    return extractMainText(html, url);
  } catch (err) {
    return cleaningFailure(err);
  }
}

function cleaningFailure(err: unknown): string {
  if (err instanceof HtmlTooComplexError) return err.message;
  return `page: cleaning failed (${err instanceof Error ? err.name : 'error'})`;
}

/** Another run stored the article meanwhile, and hands it on itself. */
const ALREADY_DONE = (): FetchArticleResult => ({ status: 'already-done', next: [] });

function roughTextLength(html: string | null | undefined): number {
  return html ? html.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').length : 0;
}

/**
 * Plain text of an HTML fragment (a feed item's content), blocks separated by blank lines. Throws
 * HtmlTooComplexError for a fragment too deep to parse.
 */
export function fragmentToText(html: string | null | undefined): string {
  if (!html) return '';
  if (!/[<&]/.test(html)) return html.trim();
  assertParsableHtml(html);
  const $ = cheerio.load(`<body>${html}</body>`);
  $('script,style,noscript,iframe,figure figcaption').remove();
  $('br').replaceWith('\n');
  $('p,div,h1,h2,h3,h4,h5,h6,li,blockquote,section,article,tr').each((_, el) => {
    $(el).prepend('\n\n').append('\n\n');
  });
  return $('body')
    .text()
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function sha256(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}

function safeDate(s: string): Date | null {
  const d = new Date(s);
  return Number.isNaN(d.getTime()) ? null : d;
}
