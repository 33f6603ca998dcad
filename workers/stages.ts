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
import { reconcileSubscriptions } from '../feeds/websub.ts';
import { nextPollJob } from './poll-feed.ts';
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

/** How far ahead the sweep schedules polls: its own period, so no source waits for the next sweep. */
export const SWEEP_LOOKAHEAD_MS = 5 * 60_000;

/**
 * sweep: the safety net, on a schedule, so no gap outlives one sweep. Re-enqueues work a crash left behind
 * (articles stored but never fetched, fetched but never extracted, or extracted with events never placed on a
 * timeline, alerts queued but not sent); makes sure every source due before the next sweep has its poll job, at
 * its own check time (each poll schedules the next one itself, so these are normally already there); renews
 * WebSub leases and unsubscribes removed sources.
 */
export async function sweep(ctx: Ctx): Promise<StageResult & { stalledFetch: number; stalledExtract: number; stalledDisputes: number; dueSources: number }> {
  const now = ctx.now();
  const stalled = await listStalledArticles(ctx.db, new Date(now.getTime() - 5 * 60_000));
  const due = await listDueSources(ctx.db, new Date(now.getTime() + SWEEP_LOOKAHEAD_MS));
  try {
    await reconcileSubscriptions(ctx);
  } catch (err) {
    ctx.log.warn({ err }, 'websub: reconciling subscriptions failed');
  }
  return {
    stalledFetch: stalled.pendingFetch.length,
    stalledExtract: stalled.pendingExtract.length,
    stalledDisputes: stalled.pendingDisputes.length,
    dueSources: due.length,
    next: [
      ...stalled.pendingFetch.map((articleId) => ({ queue: 'fetch-article' as const, payload: { articleId }, revive: true })),
      ...stalled.pendingExtract.map((articleId) => ({ queue: 'extract-article' as const, payload: { articleId }, revive: true })),
      ...stalled.pendingDisputes.map((articleId) => ({ queue: 'update-disputes' as const, payload: { articleId }, revive: true })),
      // Past due (its job was lost, or failed for good): a poll now, under a fresh id. Due soon: its delayed job.
      ...due.map((s) => (!s.nextCheckAt || s.nextCheckAt <= now ? { queue: 'poll-feed' as const, payload: { sourceId: s.id } } : nextPollJob(s.id, s.nextCheckAt, now))),
      { queue: 'deliver-alerts', payload: {} },
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
    case 'deliver-alerts': {
      const r = await runAlertSweep(ctx, { transport: ctx.mail ?? null });
      // A throttled or failed rule runs again at its own time, not at the next sweep.
      const next: NextJob[] = r.nextAt
        ? [{ queue: 'deliver-alerts', payload: {}, generation: `at${r.nextAt.getTime()}`, delayMs: Math.max(0, r.nextAt.getTime() - ctx.now().getTime()) }]
        : [];
      return { rules: r.rules, messages: r.messages, failedRules: r.failedRules, next } as StageResult;
    }
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
