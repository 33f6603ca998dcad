/**
 * The in-process transport, used when REDIS_URL is not set: the same stage functions the BullMQ
 * workers run, in order, in this process. A plain FIFO array stands in for the queues (no retries,
 * no persistence: a job that fails is logged and the run goes on; the next sweep picks up its work).
 * A job to run later (a source's next poll, a throttled alert, a placement batch's second) goes to
 * `onDelayed` — the embedded scheduler's timers (workers/embedded.ts); a one-shot run without it does not
 * wait for short delays and leaves longer ones to the next sweep.
 */
import type { Ctx } from './context.ts';
import { jobIdFor, type NextJob } from './queues.ts';
import { runStage } from './stages.ts';

export interface InProcessSummary {
  jobs: number;
  failed: number;
  byQueue: Record<string, number>;
}

/** Without a timer to hand them to, delays up to this long are run in order at once. */
export const INLINE_DELAY_MS = 5_000;

export interface InProcessOptions {
  /** Receives every job with a delay, to run it when it falls due. */
  onDelayed?: (job: NextJob) => void;
  /** Hears after each job how many ran and how many are waiting. */
  onProgress?: (summary: InProcessSummary, waiting: number) => void;
}

/** Runs the given jobs and every job they lead to until none is left. */
export async function runInProcess(ctx: Ctx, initial: NextJob[], opts: InProcessOptions = {}): Promise<InProcessSummary> {
  const queue: NextJob[] = [...initial];
  const seen = new Set<string>();
  const summary: InProcessSummary = { jobs: 0, failed: 0, byQueue: {} };
  while (queue.length) {
    const job = queue.shift()!;
    if (job.delayMs && (opts.onDelayed || job.delayMs > INLINE_DELAY_MS)) {
      opts.onDelayed?.(job);
      continue;
    }
    const id = jobIdFor(job, ctx.now());
    if (seen.has(id)) continue;
    seen.add(id);
    summary.jobs++;
    summary.byQueue[job.queue] = (summary.byQueue[job.queue] ?? 0) + 1;
    try {
      const result = await runStage(ctx, job.queue, job.payload);
      queue.push(...result.next);
    } catch (err) {
      summary.failed++;
      ctx.log.error({ err, queue: job.queue, job_id: id }, 'job failed');
    }
    opts.onProgress?.(summary, queue.length);
  }
  return summary;
}
