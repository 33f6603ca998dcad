/**
 * The stage table: one function per queue. Both transports — BullMQ workers (workers/main.ts) and the
 * in-process runner (workers/in-process.ts) — call exactly these functions, validate payloads with the
 * same schemas, and enqueue the jobs each stage returns.
 */
import { listDueSources } from '../db/queries/sources.ts';
import { listStalledArticles } from '../db/queries/articles.ts';
import { jobsTotal } from '../metrics.ts';
import { runAlertSweep } from '../alerts/deliver.ts';
import { runDigestTick } from '../digest/send.ts';
import type { Ctx } from './context.ts';
import { extractArticle } from './extract-article.ts';
import { fetchArticle } from './fetch-article.ts';
import { pollFeed } from './poll-feed.ts';
import { QUEUE_SCHEMAS, type NextJob, type QueueName } from './queues.ts';
import { updateDisputes } from './update-disputes.ts';

export interface StageResult {
  next: NextJob[];
  /**
   * The job could not do its work yet and should run again after this many milliseconds, without
   * counting as an attempt (only when the runner offered `canDefer`; see updateDisputes).
   */
  deferMs?: number;
}

/** What the runner of a stage can do besides running it. */
export interface StageOptions {
  /** The runner can run the job again later (BullMQ: moveToDelayed), so the stage need not wait for locks. */
  canDefer?: boolean;
}

/**
 * sweep: re-enqueues work a crash left behind (articles stored but never fetched, fetched but never
 * extracted, or extracted with events never placed on a timeline) and polls every due source; it runs
 * on a schedule, so no gap outlives one sweep.
 */
export async function sweep(ctx: Ctx): Promise<StageResult & { stalledFetch: number; stalledExtract: number; stalledDisputes: number; dueSources: number }> {
  const now = ctx.now();
  const stalled = await listStalledArticles(ctx.db, new Date(now.getTime() - 5 * 60_000));
  const due = await listDueSources(ctx.db, now);
  return {
    stalledFetch: stalled.pendingFetch.length,
    stalledExtract: stalled.pendingExtract.length,
    stalledDisputes: stalled.pendingDisputes.length,
    dueSources: due.length,
    next: [
      ...stalled.pendingFetch.map((articleId) => ({ queue: 'fetch-article' as const, payload: { articleId }, revive: true })),
      ...stalled.pendingExtract.map((articleId) => ({ queue: 'extract-article' as const, payload: { articleId }, revive: true })),
      ...stalled.pendingDisputes.map((articleId) => ({ queue: 'update-disputes' as const, payload: { articleId }, revive: true })),
      ...due.map((s) => ({ queue: 'poll-feed' as const, payload: { sourceId: s.id } })),
    ],
  };
}

/** Validates a payload and runs the stage of that queue, counting the outcome. */
export async function runStage(ctx: Ctx, queue: QueueName, data: unknown, opts: StageOptions = {}): Promise<StageResult> {
  try {
    const result = await runStageUncounted(ctx, queue, data, opts);
    jobsTotal.inc({ queue, outcome: result.deferMs !== undefined ? 'deferred' : 'completed' });
    return result;
  } catch (err) {
    jobsTotal.inc({ queue, outcome: err instanceof InvalidPayloadError ? 'invalid' : 'failed' });
    throw err;
  }
}

async function runStageUncounted(ctx: Ctx, queue: QueueName, data: unknown, opts: StageOptions): Promise<StageResult> {
  const parsed = QUEUE_SCHEMAS[queue].safeParse(data);
  if (!parsed.success) throw new InvalidPayloadError(queue, parsed.error.message);
  switch (queue) {
    case 'poll-feed':
      return pollFeed(ctx, parsed.data as never);
    case 'fetch-article':
      return fetchArticle(ctx, parsed.data as never);
    case 'extract-article':
      return extractArticle(ctx, parsed.data as never);
    case 'update-disputes':
      return updateDisputes(ctx, parsed.data as never, { deferIfBusy: opts.canDefer === true });
    case 'sweep':
      return sweep(ctx);
    case 'deliver-alerts':
      return Object.assign(await runAlertSweep(ctx, { transport: ctx.mail ?? null }), { next: [] });
    case 'digest-tick': {
      if (!ctx.mail) {
        ctx.log.warn('digest: SMTP_URL is not set; digests are not sent');
        return { next: [] };
      }
      return Object.assign(await runDigestTick(ctx, ctx.mail, ctx.now()), { next: [] });
    }
  }
}

/** A payload that does not match its queue's schema: retrying cannot help. */
export class InvalidPayloadError extends Error {
  constructor(queue: string, detail: string) {
    super(`queue ${queue}: invalid payload: ${detail}`);
    this.name = 'InvalidPayloadError';
  }
}
