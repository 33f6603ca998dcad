/**
 * A `brinkwatch worker` process serves its own Prometheus /metrics (WORKER_METRICS_PORT): after a small ingest its
 * jobs by queue and outcome, page fetches by outcome, extraction time and events by type are there, counted by the
 * worker that did the work (the API's /metrics cannot see them: each process has its own registry). A second worker
 * finding the port taken says so in its log and works on.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { TEST_DATABASE_URL, TEST_REDIS_URL, serviceAvailable } from '../../helpers/env.ts';
import { extractedCount, startHarness, waitQuiet, type Harness } from '../../helpers/faults/harness.ts';
import { freePort, startWorkerProcess, stopWorkerProcess, waitFor, type WorkerProcess } from '../../helpers/faults/processes.ts';

/** A counter's or histogram count's value for one label set in Prometheus text, 0 when absent. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  const want = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    const inside = line.slice(name.length).match(/^\{([^}]*)\}/)?.[1]?.split(',') ?? [];
    if (want.every((w) => inside.includes(w))) return Number(line.split(' ').at(-1));
  }
  return 0;
}

describe('worker metrics', async () => {
  const up = (await serviceAvailable(TEST_DATABASE_URL, 'PostgreSQL')) && (await serviceAvailable(TEST_REDIS_URL, 'Redis'));
  let h: Harness | undefined;
  const workers: WorkerProcess[] = [];
  afterAll(async () => {
    for (const w of workers) await stopWorkerProcess(w);
    await h?.close();
  });

  it.skipIf(!up)('counts the worker\'s jobs, fetches, extractions and events at its own /metrics', async () => {
    h = await startHarness({ name: 'wmetrics', redisUrl: TEST_REDIS_URL, feeds: 2, itemsPerFeed: 5 });
    const port = await freePort();
    const w = startWorkerProcess('metrics', h.workerEnv({ WORKER_METRICS_PORT: String(port), HOST: '127.0.0.1' }));
    workers.push(w);
    await w.ready;
    expect(w.logs.find((l) => l.msg === 'metrics listening')).toMatchObject({ port });

    await h.pollAll();
    const total = h.corpus.articles.length;
    await waitFor('every article extracted', async () => (await extractedCount(h!.handle)) === total, 60_000);
    await waitQuiet(h.queues, 30_000);
    const failed = await Promise.all(Object.values(h.queues).map((q) => q.getFailedCount()));
    expect(failed.reduce((a, b) => a + b, 0)).toBe(0);

    const res = await fetch(`http://127.0.0.1:${port}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await res.text();
    const fetchJobs = sample(text, 'brinkwatch_jobs_total', { queue: 'fetch-article', outcome: 'completed' });
    const polls = sample(text, 'brinkwatch_jobs_total', { queue: 'poll-feed', outcome: 'completed' });
    const pages = sample(text, 'brinkwatch_fetch_outcomes_total', { target: 'page', outcome: 'ok' });
    const extractions = sample(text, 'brinkwatch_extraction_seconds_count');
    const events = text.split('\n').filter((l) => l.startsWith('brinkwatch_events_total{')).reduce((n, l) => n + Number(l.split(' ').at(-1)), 0);
    // Two feeds of five: two polls, one fetch batch each; every page fetched and extracted; one event per article.
    expect({ polls, fetchJobs, pages, extractions, events }).toEqual({ polls: 2, fetchJobs: 2, pages: total, extractions: total, events: total });
    expect(text).toMatch(/^brinkwatch_process_cpu_seconds_total /m);
    expect((await fetch(`http://127.0.0.1:${port}/other`)).status).toBe(404);
    // A second worker on the same port: taken, said so, and the worker starts all the same.
    const second = startWorkerProcess('second', h.workerEnv({ WORKER_METRICS_PORT: String(port), HOST: '127.0.0.1' }));
    workers.push(second);
    await second.ready;
    expect(second.logs.some((l) => l.msg.startsWith('metrics not served: the port is taken'))).toBe(true);
    expect((await fetch(`http://127.0.0.1:${port}/metrics`)).status).toBe(200);
    console.info(`worker-metrics: one worker, ${total} articles: ${fetchJobs} fetch jobs, ${polls} polls, ${pages} pages ok, ${extractions} extractions, ${events} events`);
  }, 120_000);
});
