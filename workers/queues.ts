/**
 * Every queue of the pipeline: its name, payload schema and default job options, and the
 * deterministic job id that makes enqueuing the same work twice a no-op. Payloads carry ids only.
 */
import { z } from 'zod';

/** dueAt: the check time (ms) a delayed poll was scheduled for, which names its job. */
export const PollFeedSchema = z.object({ sourceId: z.string().min(1), force: z.boolean().optional(), dueAt: z.number().int().positive().optional() });
export const ArticleJobSchema = z.object({ articleId: z.number().int().positive() });
/** Several articles handled by one job (a fetch batch, and the placement of what it extracted). */
const ArticleBatchSchema = z.object({ articleIds: z.array(z.number().int().positive()).min(1).max(500) });
/**
 * fetch-article: one article, or a batch of a feed's new articles (FETCH_BATCH_SIZE) fetched one after
 * another in one job — the pages of one outlet are fetched in turn anyway (per-host politeness), and a
 * batch costs one job's queue round trips instead of one per article.
 */
export const FetchArticleSchema = z.union([ArticleJobSchema, ArticleBatchSchema]);
/**
 * update-disputes: the articles a job answers for — one (`refresh` re-evaluates an already placed story: a
 * syndicated copy of it arrived), or those a fetch-article batch extracted.
 */
export const UpdateDisputesSchema = z.union([ArticleJobSchema.extend({ refresh: z.boolean().optional() }), ArticleBatchSchema]);
export const SweepSchema = z.object({}).passthrough();
export const NotifySchema = z.object({ timelineEntryId: z.number().int().positive() });
export const DigestSchema = z.object({ subscriptionId: z.number().int().positive(), day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) });

export type PollFeed = z.infer<typeof PollFeedSchema>;
export type ArticleJob = z.infer<typeof ArticleJobSchema>;
export type FetchArticleJob = z.infer<typeof FetchArticleSchema>;
export type UpdateDisputesJob = z.infer<typeof UpdateDisputesSchema>;

export const QUEUE_SCHEMAS = {
  'poll-feed': PollFeedSchema,
  'fetch-article': FetchArticleSchema,
  'extract-article': ArticleJobSchema,
  'update-disputes': UpdateDisputesSchema,
  sweep: SweepSchema,
  'deliver-alerts': SweepSchema,
  'digest-tick': SweepSchema,
} as const;

export type QueueName = keyof typeof QUEUE_SCHEMAS;
export const QUEUE_NAMES = Object.keys(QUEUE_SCHEMAS) as QueueName[];

export interface NextJob {
  queue: QueueName;
  payload: Record<string, unknown>;
  /** Distinguishes a deliberate re-run (re-extraction) from a duplicate. */
  generation?: string;
  /** Recovery work: if this job id sits in the failed set, retry it rather than add (a no-op). */
  revive?: boolean;
  /** Run no sooner than this many milliseconds from now (BullMQ's delayed set; the in-process runner ignores it). */
  delayMs?: number;
}

/** Tells apart the delivery runs asked for within one millisecond (each must run: a run sends what waits at its start). */
let deliverySeq = 0;

/** Deterministic job id: BullMQ ignores an add whose id exists. Ids contain no ':' and are never all digits. */
export function jobIdFor(job: NextJob, now: Date): string {
  const g = job.generation ? `-${job.generation}` : '';
  switch (job.queue) {
    case 'poll-feed': {
      const source = String(job.payload.sourceId).replace(/[^A-Za-z0-9_-]/g, '_');
      // A scheduled check: one job per source and check time (the poll that set it, the sweep and a restart agree).
      if (typeof job.payload.dueAt === 'number') return `poll-${source}-due-${job.payload.dueAt}${g}`;
      // Asked for now: one poll per source per minute window at most, whoever asks for it.
      return `poll-${source}-${Math.floor(now.getTime() / 60_000)}${g}`;
    }
    case 'fetch-article':
      return `fetch-${articlesKey(job.payload)}${g}`;
    case 'extract-article':
      return `extract-${job.payload.articleId}${g}`;
    case 'update-disputes':
      return `disputes-${articlesKey(job.payload)}${g}`;
    case 'sweep':
      // A sweep asked for by name (a WebSub request to check on) runs besides the minute's.
      return job.generation ? `sweep-${job.generation}` : `sweep-${Math.floor(now.getTime() / 60_000)}`;
    case 'deliver-alerts':
      // Right after the alerts are queued (a run at this instant), or at a throttle's or retry's time (`at<ms>`).
      // Exactly-once lives in alert_deliveries (a row is claimed before it is sent), not in the job id.
      return job.generation ? `alerts-${job.generation}` : `alerts-${now.getTime()}-${++deliverySeq}`;
    case 'digest-tick':
      return `digests-${Math.floor(now.getTime() / 60_000)}`;
  }
}

/**
 * The articles of a payload in a job id: the article's id, or a batch's first and last article and its size
 * (the same poll retried makes the same batches, and so the same ids).
 */
function articlesKey(payload: Record<string, unknown>): string {
  const ids = payload.articleIds as number[] | undefined;
  return ids ? `${ids[0]}-${ids[ids.length - 1]}-${ids.length}` : String(payload.articleId);
}

/** Default options for every job: retries with exponential backoff, bounded history. */
export function defaultJobOptions(attempts: number) {
  return {
    attempts,
    backoff: { type: 'exponential' as const, delay: 2_000, jitter: 0.5 },
    removeOnComplete: { age: 24 * 3600, count: 10_000 },
    removeOnFail: { age: 7 * 24 * 3600 },
  };
}
