/** migrate, api, worker, start, poll: the long-running services and their one-shot cousins. */
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Config } from '../../config.ts';
import { runMigrations } from '../../db/migrate.ts';
import { listSources, upsertSources } from '../../db/queries/sources.ts';
import { loadSourceFile, toSourceRow } from '../../feeds/sources.ts';
import { connectRedis, startWorkers, upsertSchedules, type WorkerSet } from '../../workers/bullmq.ts';
import { runInProcess } from '../../workers/in-process.ts';
import { startEmbeddedScheduler, type EmbeddedScheduler } from '../../workers/embedded.ts';
import { serveMetrics } from '../../metrics.ts';
import { pipelineProgress } from '../progress.ts';
import type { NextJob } from '../../workers/queues.ts';
import { assertPortFree, createRuntime, openCommandDb, portError, type Runtime } from '../runtime.ts';

const HEARTBEAT_FILE = join(tmpdir(), 'brinkwatch-worker.alive');

export async function runMigrate(config: Config): Promise<number> {
  const handle = await openCommandDb(config);
  try {
    const n = await runMigrations(handle);
    process.stderr.write(`migrate: ${n} migration(s) applied on ${handle.kind}\n`);
    return 0;
  } finally {
    await handle.close();
  }
}

/** Loads the configured source list into the database (adds and updates; never deletes). */
export async function syncSources(rt: Runtime, file = rt.config.sourcesFile, base?: string): Promise<number> {
  const defs = loadSourceFile(file, base);
  return upsertSources(rt.ctx.db, defs.map(toSourceRow));
}

/** Closes everything on SIGTERM/SIGINT, once, within the shutdown deadline. */
function onShutdown(rt: Runtime, parts: { close(): Promise<void> }[]): Promise<void> {
  return new Promise((resolve) => {
    let closing = false;
    const stop = async (signal: string) => {
      if (closing) return;
      closing = true;
      rt.ctx.log.info({ signal }, 'shutting down');
      const hard = setTimeout(() => process.exit(1), rt.config.workers.shutdownTimeoutMs + 5_000).unref();
      for (const p of parts) await p.close().catch((err) => rt.ctx.log.error({ err }, 'close failed'));
      await rt.close().catch(() => {});
      clearTimeout(hard);
      // Work abandoned at the deadline (a page still downloading, a query or an extraction still
      // running) would keep the event loop, and the process, alive past it; its jobs are already
      // BullMQ's to hand to another worker through the stalled-job check, so do not wait for it.
      setTimeout(() => process.exit(process.exitCode ?? 0), 1_000).unref();
      resolve();
    };
    // A repeated SIGTERM changes nothing: a supervisor that signals every process of a unit (systemd's control group)
    // reaches a command started by bin/launch.mjs twice, itself and through its launcher. A second SIGINT (Ctrl-C
    // again) meets the default action: stop now.
    process.on('SIGTERM', () => void stop('SIGTERM'));
    process.once('SIGINT', () => void stop('SIGINT'));
  });
}

function logProcessErrors(rt: Runtime) {
  process.on('unhandledRejection', (reason) => rt.ctx.log.error({ err: reason }, 'unhandled rejection'));
  process.on('uncaughtException', (err) => {
    rt.ctx.log.fatal({ err }, 'uncaught exception');
    process.exit(1);
  });
}

async function listen(rt: Runtime, dispatch: Runtime['dispatch'] = rt.dispatch) {
  const { buildApp } = await import('../../api/app.ts');
  // The queues (when Redis is configured) give /metrics its queue depth and /admin/queues its board; dispatch
  // hands the pipeline what the API starts (a check asked for, a WebSub content distribution).
  // The API's own Redis connection: it fails fast where the workers' waits for Redis to come back.
  const redis = rt.config.redis.url ? connectRedis(rt.config.redis.url, 'api', rt.config.redis.cluster, rt.config.api.redisTimeoutMs) : null;
  redis?.on('error', () => {});
  const app = await buildApp({ ctx: rt.ctx, redis, queues: rt.queues, dispatch });
  app.addHook('onClose', async () => redis?.disconnect());
  try {
    await app.listen({ host: rt.config.api.host, port: rt.config.api.port });
  } catch (err) {
    await app.close().catch(() => {});
    throw portError(err as NodeJS.ErrnoException, rt.config.api.host, rt.config.api.port);
  }
  return app;
}

export async function runApi(config: Config): Promise<number> {
  await assertPortFree(config.api.host, config.api.port);
  const rt = await createRuntime(config, { migrate: 'require', serve: true });
  logProcessErrors(rt);
  const app = await listen(rt);
  // Handlers first, then the line that tells supervisors (and tests) the API is up.
  const shutdown = onShutdown(rt, [{ close: () => app.close() }]);
  rt.ctx.log.info({ port: rt.config.api.port }, 'api listening');
  await shutdown;
  return 0;
}

export async function runWorker(config: Config, args: string[]): Promise<number> {
  if (!config.redis.url) {
    throw new Error('worker: REDIS_URL is not set; `brinkwatch start` runs the pipeline in-process without Redis');
  }
  const rt = await createRuntime(config, { migrate: 'require', serve: true, realData: true });
  logProcessErrors(rt);
  await syncSources(rt);
  const only = args.find((a) => a.startsWith('--queues='))?.slice('--queues='.length).split(',') as never;
  const set = startWorkers(rt.ctx, rt.queues!, rt.redis!, only);
  await upsertSchedules(rt.queues!, await listSources(rt.ctx.db), rt.ctx.now());
  const metrics = config.workers.metricsPort === null ? null : await serveMetrics(config.api.host, config.workers.metricsPort, rt.ctx.log);
  // Liveness for container healthchecks: the file's age says whether the event loop still runs.
  const beat = () => writeFile(HEARTBEAT_FILE, String(Date.now())).catch(() => {});
  void beat();
  const heartbeat = setInterval(beat, 15_000);
  // The signal handlers are in place before anyone is told the worker is up: a SIGTERM sent on seeing
  // "workers started" must drain, not meet the default action (seen once in CI as an exit by signal).
  const shutdown = onShutdown(rt, [{ close: async () => { clearInterval(heartbeat); await set.close(config.workers.shutdownTimeoutMs); await metrics?.close(); } }]);
  rt.ctx.log.info({ queues: set.workers.map((w) => w.name) }, 'workers started');
  await shutdown;
  return 0;
}

/** All in one process: migrations, the pipeline (BullMQ or in-process) polling the sources, and the API. */
export async function runStart(config: Config): Promise<number> {
  await assertPortFree(config.api.host, config.api.port);
  const rt = await createRuntime(config, { migrate: 'apply', serve: true, realData: true });
  logProcessErrors(rt);
  await syncSources(rt);
  const parts: { close(): Promise<void> }[] = [];
  let workers: WorkerSet | null = null;
  // The API listens before the first poll: a WebSub hub verifies a subscription on its callback at once.
  let scheduler: EmbeddedScheduler | null = null;
  const dispatch: Runtime['dispatch'] = rt.queues ? rt.dispatch : async (jobs) => scheduler?.dispatch(jobs);
  const app = await listen(rt, dispatch);
  parts.push({ close: () => app.close() });
  if (rt.queues) {
    workers = startWorkers(rt.ctx, rt.queues, rt.redis!);
    await upsertSchedules(rt.queues, await listSources(rt.ctx.db), rt.ctx.now());
    await rt.dispatch([{ queue: 'sweep', payload: {} }]);
    parts.push({ close: () => workers!.close(config.workers.shutdownTimeoutMs) });
  } else {
    // In-process: each source's poll runs at its own check time, alerts right after placement; the minute's
    // sweep is the safety net (workers/embedded.ts).
    scheduler = startEmbeddedScheduler(rt.ctx);
    const started = scheduler;
    parts.push({ close: () => started.close() });
  }
  const shutdown = onShutdown(rt, parts);
  rt.ctx.log.info({ port: rt.config.api.port }, 'api listening');
  await shutdown;
  return 0;
}

/** Polls the named sources (or all enabled ones) once, now, and runs the pipeline to the end. */
export async function runPoll(config: Config, ids: string[]): Promise<number> {
  const rt = await createRuntime(config, { migrate: 'apply', inProcess: true, realData: true });
  try {
    await syncSources(rt);
    const all = await listSources(rt.ctx.db);
    const chosen = ids.length ? all.filter((s) => ids.includes(s.id)) : all.filter((s) => s.enabled && !s.paused);
    const unknown = ids.filter((id) => !all.some((s) => s.id === id));
    if (unknown.length) throw new Error(`poll: unknown source(s): ${unknown.join(', ')}`);
    process.stderr.write(`poll: polling ${chosen.length} source(s)\n`);
    const summary = await runInProcess(
      rt.ctx,
      chosen.map((s) => ({ queue: 'poll-feed' as const, payload: { sourceId: s.id, force: true } })),
      { onProgress: pipelineProgress('poll') },
    );
    process.stderr.write(`poll: ${summary.jobs} job(s), ${summary.failed} failed ${JSON.stringify(summary.byQueue)}\n`);
    return 0;
  } finally {
    await rt.close();
  }
}
