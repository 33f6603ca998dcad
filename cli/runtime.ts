/**
 * Builds the running parts from the configuration: database, logger, ladder, host limiter and, when
 * REDIS_URL is set, the BullMQ queues. Every command that touches the pipeline starts here.
 */
import { closeFetchConnections } from '../feeds/fetch.ts';
import { withSecrets, type Config } from '../config.ts';
import { getOrCreateSecret } from '../db/queries/secrets.ts';
import { openDb, type DbHandle } from '../db/client.ts';
import { assertMigrated, runMigrations } from '../db/migrate.ts';
import { loadLadder } from '../disputes/ladder.ts';
import { createLogger, type Logger } from '../log.ts';
import { createMailTransport } from '../digest/mail.ts';
import type { Ctx } from '../workers/context.ts';
import { connectRedis, createQueues, enqueueJobs, type Queues, type RedisClient } from '../workers/bullmq.ts';
import { createMemoryHostLimiter, createRedisHostLimiter } from '../workers/host-limiter.ts';
import { runInProcess } from '../workers/in-process.ts';
import type { NextJob } from '../workers/queues.ts';

export interface Runtime {
  config: Config;
  ctx: Ctx;
  handle: DbHandle;
  redis: RedisClient | null;
  queues: Queues | null;
  /** Runs jobs: on BullMQ when Redis is configured, otherwise in this process until done. */
  dispatch(jobs: NextJob[]): Promise<void>;
  close(): Promise<void>;
}

export interface RuntimeOptions {
  migrate?: 'apply' | 'require' | 'none';
  log?: Logger;
  now?: () => Date;
  /** Force in-process stages even when REDIS_URL is set. */
  inProcess?: boolean;
}

/** Opens everything the configuration names and returns the shared context. */
export async function createRuntime(config: Config, opts: RuntimeOptions = {}): Promise<Runtime> {
  const log = opts.log ?? createLogger(config.logLevel);
  const ladder = loadLadder(config.ladderFile);
  const handle = await openDb({ url: config.database.url, pgliteDir: config.database.pgliteDir, poolSize: config.database.poolSize });
  try {
    if (opts.migrate === 'apply') await runMigrations(handle);
    else if (opts.migrate !== 'none') await assertMigrated(handle);
  } catch (err) {
    await handle.close();
    throw err;
  }
  if (opts.migrate !== 'none' && (!config.secrets.digest || !config.secrets.webhook)) {
    // No secret in the environment (never in production: config.ts refuses it): one generated on first start
    // and kept in the database, the same for every process of the installation.
    try {
      config = withSecrets(config, {
        digest: config.secrets.digest || (await getOrCreateSecret(handle.db, 'digest')),
        webhook: config.secrets.webhook || (await getOrCreateSecret(handle.db, 'webhook')),
      });
    } catch (err) {
      await handle.close();
      throw err;
    }
  }
  const useRedis = !!config.redis.url && !opts.inProcess;
  const redis = useRedis ? connectRedis(config.redis.url!, 'worker', config.redis.cluster) : null;
  const queues = redis ? createQueues(config, redis) : null;
  const limiter = redis
    ? // A live holder keeps a host's lock at most one fetch timeout (it covers every redirect hop and the
      // body); a lock outliving that belongs to a killed worker and must not block the host for long.
      createRedisHostLimiter(redis, config.redis.queuePrefix, config.fetch.hostMinGapMs, config.fetch.timeoutMs + 5_000)
    : createMemoryHostLimiter(config.fetch.hostMinGapMs);
  const mail = config.mail.smtpUrl ? createMailTransport(config) : null;
  const ctx: Ctx = { config, db: handle.db, log, now: opts.now ?? (() => new Date()), ladder, limiter, mail };
  return {
    config,
    ctx,
    handle,
    redis,
    queues,
    async dispatch(jobs) {
      if (queues) await enqueueJobs(queues, jobs, ctx.now());
      else await runInProcess(ctx, jobs);
    },
    async close() {
      if (queues) await Promise.all(Object.values(queues).map((q) => q.close()));
      if (redis) redis.disconnect();
      mail?.close();
      await closeFetchConnections();
      await handle.close();
    },
  };
}
