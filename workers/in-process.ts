/**
 * The in-process transport, used when REDIS_URL is not set: the same stage functions the BullMQ
 * workers run, in order, in this process. A plain FIFO array stands in for the queues (no retries,
 * no persistence: a job that fails is logged and the run goes on; the next sweep picks up its work).
 */
import type { Ctx } from './context.ts';
import { jobIdFor, type NextJob } from './queues.ts';
import { runStage } from './stages.ts';

export interface InProcessSummary {
  jobs: number;
  failed: number;
  byQueue: Record<string, number>;
}

/**
 * Runs the given jobs and every job they lead to until none is left; `onProgress` hears after each job
 * how many ran and how many are waiting.
 */
export async function runInProcess(
  ctx: Ctx,
  initial: NextJob[],
  onProgress?: (summary: InProcessSummary, waiting: number) => void,
): Promise<InProcessSummary> {
  const queue: NextJob[] = [...initial];
  const seen = new Set<string>();
  const summary: InProcessSummary = { jobs: 0, failed: 0, byQueue: {} };
  while (queue.length) {
    const job = queue.shift()!;
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
    onProgress?.(summary, queue.length);
  }
  return summary;
}
