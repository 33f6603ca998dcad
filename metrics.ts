/**
 * Prometheus metrics (prom-client): one registry per process. Labels keep low cardinality: queue names,
 * fixed outcome classes, event types, route patterns — never URLs or ids.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

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
