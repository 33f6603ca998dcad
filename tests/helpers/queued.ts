/** BullMQ workers in the test process, on the real Redis, with their queues under the config's prefix. */
import type { Config } from '../../config.ts';
import type { DbHandle } from '../../db/client.ts';
import { connectRedis, createQueues, startWorkers, type Queues } from '../../workers/bullmq.ts';
import type { Ctx } from '../../workers/context.ts';
import type { QueueName } from '../../workers/queues.ts';
import { TEST_REDIS_URL } from './env.ts';

export interface QueuedRun {
  queues: Queues;
  /** Stops the workers, empties and closes the queues, disconnects, and closes the database handle. */
  close(): Promise<void>;
}

export function startQueued(ctx: Ctx, config: Config, handle: DbHandle, only?: QueueName[]): QueuedRun {
  const redis = connectRedis(TEST_REDIS_URL, 'worker');
  const queues = createQueues(config, redis);
  const workers = startWorkers(ctx, queues, redis, only);
  return {
    queues,
    async close() {
      await workers.close(5_000);
      for (const q of Object.values(queues)) {
        await q.obliterate({ force: true }).catch(() => {});
        await q.close();
      }
      redis.disconnect();
      await handle.close();
    },
  };
}
