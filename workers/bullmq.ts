/**
 * The BullMQ transport: one queue and one worker per stage on Redis. Processors are thin — validate the
 * payload, call the stage, enqueue what it returns under deterministic job ids — and permanent failures
 * (a payload that can never validate) throw BullMQ's own UnrecoverableError so they are not retried.
 */
import { createHash } from 'node:crypto';
import { DelayedError, Queue, UnrecoverableError, Worker, type Job } from 'bullmq';
import { Cluster, Redis } from 'ioredis';
import type { Config } from '../config.ts';
import { throttled } from '../log.ts';
import type { Source } from '../db/queries/sources.ts';
import type { Ctx } from './context.ts';
import { QUEUE_NAMES, defaultJobOptions, jobIdFor, type NextJob, type QueueName } from './queues.ts';
import { InvalidPayloadError, runStage } from './stages.ts';

export type Queues = Record<QueueName, Queue>;

const REVIVE_AFTER_MS = 60 * 60_000;

/** A connection to one Redis or to a Redis Cluster: BullMQ, the host limiter and the API's rate limit take either. */
export type RedisClient = Redis | Cluster;

/**
 * Opens a Redis connection: workers block and must retry forever; producers fail fast. With `cluster` (the extra
 * seed nodes of a Redis Cluster, possibly none) `url` names one node of the cluster, whose user, password and TLS
 * apply to every node; the client learns the others and follows the cluster's redirections.
 */
export function connectRedis(url: string, role: 'worker' | 'producer' | 'api', cluster: Config['redis']['cluster'] = null, commandTimeoutMs?: number): RedisClient {
  const perCommand = { maxRetriesPerRequest: role === 'worker' ? null : role === 'api' ? 0 : 3, enableOfflineQueue: role === 'worker' };
  // The API's connection (rate limit, /health) fails at once while Redis is away, and gives up on a command
  // that Redis does not answer: a request must not wait for Redis to come back.
  const api = role === 'api' ? { commandTimeout: commandTimeoutMs ?? 500, connectTimeout: 2_000, retryStrategy: (n: number) => Math.min(100 * n, 2_000) } : {};
  if (!cluster) return new Redis(url, { ...perCommand, ...api, lazyConnect: false });
  const u = new URL(url);
  const seeds = [{ host: u.hostname, port: Number(u.port || 6379) }, ...cluster];
  return new Cluster(seeds, {
    enableOfflineQueue: perCommand.enableOfflineQueue,
    redisOptions: {
      maxRetriesPerRequest: perCommand.maxRetriesPerRequest,
      ...(role === 'api' ? { commandTimeout: api.commandTimeout, connectTimeout: api.connectTimeout } : {}),
      ...(u.username ? { username: decodeURIComponent(u.username) } : {}),
      ...(u.password ? { password: decodeURIComponent(u.password) } : {}),
      ...(u.protocol === 'rediss:' ? { tls: {} } : {}),
    },
  });
}

/** Creates a Queue object for every stage. */
export function createQueues(config: Config, connection: RedisClient): Queues {
  const out = {} as Queues;
  for (const name of QUEUE_NAMES) {
    out[name] = new Queue(name, {
      connection,
      prefix: config.redis.queuePrefix,
      defaultJobOptions: defaultJobOptions(config.workers.attempts),
    });
  }
  return out;
}

/** Adds jobs with their deterministic ids (an existing id makes the add a no-op). */
export async function enqueueJobs(queues: Queues, jobs: NextJob[], now: Date): Promise<void> {
  // New jobs go in one round trip per queue (addBulk); recovery work is looked at one job at a time.
  const bulk = new Map<QueueName, { name: string; data: Record<string, unknown>; opts: { jobId: string; delay?: number } }[]>();
  for (const job of jobs) {
    const id = jobIdFor(job, now);
    if (!job.revive) {
      const list = bulk.get(job.queue) ?? [];
      list.push({ name: job.queue, data: job.payload, opts: { jobId: id, ...(job.delayMs ? { delay: job.delayMs } : {}) } });
      bulk.set(job.queue, list);
      continue;
    }
    // A job that ended in the failed set keeps its id for days, so adding it again would be a no-op:
    // the sweep's recovery work retries it instead — at most once an hour, so a poisoned job that
    // always throws costs a few attempts an hour and never holds up the rest.
    const existing = await queues[job.queue].getJob(id);
    if (existing && (await existing.isFailed())) {
      if ((existing.finishedOn ?? 0) < now.getTime() - REVIVE_AFTER_MS) await existing.retry('failed');
      continue;
    }
    await queues[job.queue].add(job.queue, job.payload, { jobId: id });
  }
  for (const [queue, list] of bulk) await queues[queue].addBulk(list);
}

export interface WorkerSet {
  workers: Worker[];
  close(timeoutMs: number): Promise<void>;
}

/** Starts one worker per queue with the configured concurrency. */
export function startWorkers(ctx: Ctx, queues: Queues, connection: RedisClient, only?: QueueName[]): WorkerSet {
  const concurrency: Record<QueueName, number> = {
    'poll-feed': ctx.config.workers.concurrency.poll,
    'fetch-article': ctx.config.workers.concurrency.fetch,
    'extract-article': ctx.config.workers.concurrency.extract,
    'update-disputes': ctx.config.workers.concurrency.disputes,
    sweep: 1,
    'deliver-alerts': 1,
    'digest-tick': 1,
  };
  const workers = (only ?? QUEUE_NAMES).map((name) => {
    const worker = new Worker(
      name,
      async (job: Job, token?: string) => {
        const log = ctx.log.child({ queue: name, job_id: job.id, attempt: job.attemptsMade + 1 });
        const started = Date.now();
        try {
          const result = await runStage({ ...ctx, log }, name, job.data, { canDefer: token !== undefined });
          if (result.deferMs !== undefined && token !== undefined) {
            // Back to the delayed set under the same id, not counted as an attempt; the lock is released.
            log.debug({ defer_ms: result.deferMs, duration_ms: Date.now() - started }, 'job deferred');
            await job.moveToDelayed(Date.now() + result.deferMs, token);
            throw new DelayedError();
          }
          await enqueueJobs(queues, result.next, ctx.now());
          const { next, ...rest } = result;
          // The stage's own figures (status, articles placed, events stored…), not its lists.
          const figures = Object.fromEntries(Object.entries(rest).filter(([, v]) => typeof v === 'number' || typeof v === 'string'));
          log.info({ ...figures, duration_ms: Date.now() - started, next: next.length }, 'job done');
          return rest;
        } catch (err) {
          if (err instanceof InvalidPayloadError) throw new UnrecoverableError(err.message);
          throw withCauseInMessage(err);
        }
      },
      {
        connection,
        prefix: ctx.config.redis.queuePrefix,
        concurrency: concurrency[name],
        autorun: true,
        // A job whose worker died goes back to the queue once its lock expires and a stalled check runs.
        lockDuration: ctx.config.workers.lockDurationMs,
        stalledInterval: ctx.config.workers.stalledIntervalMs,
      },
    );
    // One line per queue every 10 s at most (with how many were left out): a Redis outage repeats it per attempt.
    const workerError = throttled((fields) => ctx.log.error(fields, 'worker error'), 10_000);
    worker.on('error', (err) => workerError({ err, queue: name }));
    worker.on('failed', (job, err) =>
      ctx.log.warn({ queue: name, job_id: job?.id, attempt: job?.attemptsMade, err: err.message }, 'job failed'),
    );
    return worker;
  });
  return {
    workers,
    async close(timeoutMs) {
      // Graceful: let in-flight jobs finish. Past the deadline stop waiting — `close(true)` cannot cut
      // short a close already under way (BullMQ returns the pending one) — and leave the unfinished
      // jobs to BullMQ's stalled-job check, which hands them to another worker once their locks expire.
      const graceful = Promise.all(workers.map((w) => w.close()));
      const timer = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), timeoutMs).unref());
      if ((await Promise.race([graceful.then(() => 'done' as const), timer])) === 'timeout') {
        ctx.log.warn({ timeout_ms: timeoutMs }, 'shutdown deadline passed, unfinished jobs left to the stalled-job check');
      }
    },
  };
}

/**
 * drizzle wraps a database error as "Failed query: <sql>\nparams: <values>" with the error itself as
 * `cause`; BullMQ keeps only `message` as the failedReason, which would hide the constraint or
 * disk-full error and keep the parameters (article text) instead. The statement's first words (without the
 * parameters) plus the cause's message and SQLSTATE is what gets reported.
 */
export function withCauseInMessage(err: unknown): unknown {
  if (!(err instanceof Error) || !(err.cause instanceof Error)) return err;
  const code = (err.cause as { code?: unknown }).code;
  const out = new Error(`${firstWords(err.message)}: ${err.cause.message}${typeof code === 'string' ? ` (${code})` : ''}`, { cause: err.cause });
  out.name = err.name;
  return out;
}

/** "Failed query: <the statement's first 80 characters, blanks collapsed>", from drizzle's message (params left out). */
function firstWords(message: string): string {
  const m = /^Failed query:([\s\S]*?)(?:\nparams:[\s\S]*)?$/.exec(message);
  if (!m) return message.split('\n')[0]!;
  const statement = m[1]!.replace(/\s+/g, ' ').trim();
  return `Failed query: ${statement.length > 80 ? `${statement.slice(0, 80)}…` : statement}`.trimEnd();
}

/** Spreads sources over their interval: a stable offset from a hash of the source id. */
export function pollOffsetMs(sourceId: string, intervalMs: number): number {
  const h = createHash('sha1').update(sourceId).digest().readUInt32BE(0);
  return h % intervalMs;
}

/**
 * One job scheduler per source (`poll-<id>`, every poll interval, UTC) plus the sweep. Upserting is
 * idempotent, so restarts and several worker processes never duplicate schedulers; schedulers of
 * sources that no longer exist are removed.
 */
export async function upsertSchedules(queues: Queues, sources: Source[], sweepEveryMs = 5 * 60_000): Promise<void> {
  const wanted = new Set<string>();
  for (const s of sources) {
    if (!s.enabled) continue;
    const every = s.pollIntervalMinutes * 60_000;
    const id = `poll-${s.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
    wanted.add(id);
    await queues['poll-feed'].upsertJobScheduler(
      id,
      { every, offset: pollOffsetMs(s.id, every) },
      { name: 'poll-feed', data: { sourceId: s.id } },
    );
  }
  const existing = await queues['poll-feed'].getJobSchedulers(0, -1);
  for (const sch of existing) {
    if (sch.key && sch.key.startsWith('poll-') && !wanted.has(sch.key)) await queues['poll-feed'].removeJobScheduler(sch.key);
  }
  await queues.sweep.upsertJobScheduler('sweep', { every: sweepEveryMs }, { name: 'sweep', data: {} });
  // Throttled alerts wait for the next window; digests go out when each subscriber's local send time passes.
  await queues['deliver-alerts'].upsertJobScheduler('deliver-alerts', { every: 60_000 }, { name: 'deliver-alerts', data: {} });
  await queues['digest-tick'].upsertJobScheduler('digest-tick', { every: 15 * 60_000 }, { name: 'digest-tick', data: {} });
}

/** Waits until every queue is empty and no job is active or delayed (used by the demo and tests). */
export async function waitForIdle(queues: Queues, timeoutMs: number, pollMs = 200): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let quietRounds = 0;
  while (Date.now() < deadline) {
    let busy = 0;
    for (const q of Object.values(queues)) {
      const c = await q.getJobCounts('waiting', 'active', 'prioritized', 'waiting-children');
      busy += Object.values(c).reduce((a, b) => a + b, 0);
      // Delayed jobs count (retries waiting for their backoff) except the next runs of job schedulers.
      busy += (await q.getDelayed()).filter((j) => !j.id?.startsWith('repeat:')).length;
    }
    quietRounds = busy === 0 ? quietRounds + 1 : 0;
    if (quietRounds >= 3) return;
    await new Promise((r) => setTimeout(r, pollMs));
  }
  throw new Error(`queues: still busy after ${timeoutMs} ms`);
}
