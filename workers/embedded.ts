/**
 * The embedded scheduler (`brinkwatch start` without Redis): one chain of in-process runs, so the stages never
 * overlap in the one embedded database. Due means due: a job to run later (a source's next poll at its next
 * check, a throttled alert batch) gets a timer of its own and runs when it falls due, not at the next tick; the
 * tick (every minute) only runs the sweep, the safety net that also hands over the sources due before the next
 * tick, and every 15 ticks the digests whose local send time has passed.
 */
import type { Ctx } from './context.ts';
import { runInProcess } from './in-process.ts';
import { jobIdFor, type NextJob } from './queues.ts';

export interface EmbeddedScheduler {
  /** Runs jobs after the ones already queued (jobs with a delay wait for their time). */
  dispatch(jobs: NextJob[]): Promise<void>;
  /** Jobs waiting for their time, by job id (for tests and logs). */
  pending(): string[];
  close(): Promise<void>;
}

export function startEmbeddedScheduler(ctx: Ctx, opts: { tickMs?: number; digestEveryTicks?: number } = {}): EmbeddedScheduler {
  const tickMs = opts.tickMs ?? 60_000;
  const digestEvery = opts.digestEveryTicks ?? 15;
  const timers = new Map<string, NodeJS.Timeout>();
  let running: Promise<unknown> = Promise.resolve();
  let closed = false;

  const later = (job: NextJob) => {
    if (closed) return;
    const id = jobIdFor(job, ctx.now());
    if (timers.has(id)) return;
    const timer = setTimeout(() => {
      timers.delete(id);
      void run([{ ...job, delayMs: undefined }]);
    }, job.delayMs ?? 0);
    timer.unref();
    timers.set(id, timer);
  };
  const run = (jobs: NextJob[]): Promise<void> => {
    const mine = running.then(() => (closed ? undefined : runInProcess(ctx, jobs, { onDelayed: later })));
    running = mine.catch((err) => ctx.log.error({ err }, 'in-process run failed'));
    return running.then(() => undefined);
  };

  let ticks = 0;
  const tick = () => {
    const jobs: NextJob[] = [{ queue: 'sweep', payload: {} }];
    if (ticks++ % digestEvery === 0) jobs.push({ queue: 'digest-tick', payload: {} });
    void run(jobs);
  };
  tick();
  const interval = setInterval(tick, tickMs);

  return {
    async dispatch(jobs) {
      const now: NextJob[] = [];
      for (const j of jobs) (j.delayMs ? later(j) : now.push(j));
      if (now.length) await run(now);
    },
    pending: () => [...timers.keys()],
    async close() {
      closed = true;
      clearInterval(interval);
      for (const t of timers.values()) clearTimeout(t);
      timers.clear();
      await running;
    },
  };
}
