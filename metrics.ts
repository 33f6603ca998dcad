/**
 * Prometheus metrics (prom-client): one registry per process. Labels keep low cardinality: queue names,
 * fixed outcome classes, event types, route patterns — never URLs or ids.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Logger } from './log.ts';

export const registry = new Registry();
collectDefaultMetrics({ register: registry, prefix: 'brinkwatch_' });

export const jobsTotal = new Counter({
  name: 'brinkwatch_jobs_total',
  help: 'Pipeline jobs by queue and outcome',
  labelNames: ['queue', 'outcome'] as const,
  registers: [registry],
});

export const fetchOutcomes = new Counter({
  name: 'brinkwatch_fetch_outcomes_total',
  help: 'Feed and page fetches by kind (feed/page) and outcome class',
  labelNames: ['target', 'outcome'] as const,
  registers: [registry],
});

export const extractionSeconds = new Histogram({
  name: 'brinkwatch_extraction_seconds',
  help: 'Time to extract one article',
  buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
  registers: [registry],
});

export const eventsTotal = new Counter({
  name: 'brinkwatch_events_total',
  help: 'Events extracted, by type',
  labelNames: ['type'] as const,
  registers: [registry],
});

export const apiLatency = new Histogram({
  name: 'brinkwatch_api_request_duration_seconds',
  help: 'API latency by method, route pattern and status class',
  labelNames: ['method', 'route', 'status'] as const,
  buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
  registers: [registry],
});

export const queueDepth = new Gauge({
  name: 'brinkwatch_queue_depth',
  help: 'Jobs per queue and state (sampled at scrape time)',
  labelNames: ['queue', 'state'] as const,
  registers: [registry],
});

export const apiCache = new Counter({
  name: 'brinkwatch_api_cache_total',
  help: 'Cacheable API GETs by outcome: hit, miss, or bypass (the change listener is down)',
  labelNames: ['outcome'] as const,
  registers: [registry],
});

/**
 * GET /metrics from this process's registry on host:port (0: any free port), for a process without the API: a
 * `brinkwatch worker`, whose jobs, fetches and extractions are counted in its own registry. One route needs no
 * framework. A port already taken (two workers on one machine with the default) is logged and the worker runs on
 * without it, rather than stop the pipeline for its metrics.
 */
export async function serveMetrics(host: string, port: number, log: Logger): Promise<{ port: number; close(): Promise<void> } | null> {
  const server = createServer((req, res) => {
    if (req.method !== 'GET' || req.url?.split('?')[0] !== '/metrics') {
      res.writeHead(404).end();
      return;
    }
    registry.metrics().then(
      (text) => res.writeHead(200, { 'content-type': registry.contentType }).end(text),
      (err: unknown) => {
        log.error({ err }, 'metrics failed');
        res.writeHead(500).end();
      },
    );
  });
  const listening = await new Promise<boolean>((resolve) => {
    server.once('error', (err: NodeJS.ErrnoException) => {
      log.warn({ err: err.message, port }, 'metrics not served: the port is taken (set WORKER_METRICS_PORT per worker, 0 for any free port)');
      resolve(false);
    });
    server.listen(port, host, () => resolve(true));
  });
  if (!listening) return null;
  const actual = (server.address() as AddressInfo).port;
  log.info({ port: actual }, 'metrics listening');
  return {
    port: actual,
    // A scraper's kept-alive connection would hold close() open until the shutdown deadline.
    close: () => new Promise<void>((r) => { server.close(() => r()); server.closeAllConnections(); }),
  };
}
