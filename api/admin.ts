/** bull-board at /admin/queues, for keys with the admin scope only. */
import type { FastifyInstance } from 'fastify';
import type { Queue } from 'bullmq';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';

export async function registerQueueBoard(app: FastifyInstance, opts: { queues: Queue[] }) {
  const serverAdapter = new FastifyAdapter();
  createBullBoard({ queues: opts.queues.map((q) => new BullMQAdapter(q)), serverAdapter });
  serverAdapter.setBasePath('/admin/queues');
  await app.register(
    async (scope) => {
      scope.addHook('onRequest', async (req, reply) => {
        if (!req.apiKey?.scopes.includes('admin')) {
          return reply.status(req.apiKey ? 403 : 401).send({ error: 'unauthorized', message: 'the queue board needs an admin API key' });
        }
      });
      await scope.register(serverAdapter.registerPlugin() as never);
    },
    { prefix: '/admin/queues' },
  );
}
