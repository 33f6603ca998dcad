import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigError, EnvSchema, loadConfig } from '../../config.ts';
import { hubCanReach } from '../../feeds/websub.ts';

describe('config', () => {
  it('has defaults for everything: embedded database, in-process stages', () => {
    const c = loadConfig({});
    expect(c.database.url).toBeNull();
    expect(c.database.pgliteDir).toBe('./data/pglite');
    expect(c.redis.url).toBeNull();
    expect(c.api.port).toBe(8080);
    expect(Object.isFrozen(c.fetch)).toBe(true);
  });

  it('coerces numbers and lists', () => {
    const c = loadConfig({ PORT: '9000', ALLOW_PRIVATE_HOSTS: '127.0.0.1, ::1', REDIS_URL: 'redis://127.0.0.1:6379' });
    expect(c.api.port).toBe(9000);
    expect(c.fetch.allowPrivateHosts).toEqual(['127.0.0.1', '::1']);
    expect(c.redis.url).toBe('redis://127.0.0.1:6379');
  });

  const problems = (env: Record<string, string>) => {
    try {
      loadConfig(env);
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      return (err as ConfigError).problems.join('\n');
    }
    return expect.unreachable();
  };

  it('sizes the PostgreSQL pool from DATABASE_POOL_SIZE (10 by default, at least 1)', () => {
    expect(loadConfig({}).database.poolSize).toBe(10);
    expect(loadConfig({ DATABASE_POOL_SIZE: '25' }).database.poolSize).toBe(25);
    expect(problems({ DATABASE_POOL_SIZE: '0' })).toMatch(/^DATABASE_POOL_SIZE: /m);
    expect(problems({ DATABASE_POOL_SIZE: 'many' })).toMatch(/^DATABASE_POOL_SIZE: /m);
  });

  it('takes a Redis Cluster: REDIS_URL as one node, more seeds, and a braced QUEUE_PREFIX (one slot for every queue)', () => {
    expect(loadConfig({ REDIS_URL: 'redis://127.0.0.1:6379' }).redis.cluster).toBeNull();
    const c = loadConfig({ REDIS_URL: 'redis://10.0.0.1:7000', REDIS_CLUSTER: 'true', REDIS_CLUSTER_NODES: '10.0.0.2:7000, redis-3.internal:7001', QUEUE_PREFIX: '{brinkwatch}' });
    expect(c.redis.cluster).toEqual([{ host: '10.0.0.2', port: 7000 }, { host: 'redis-3.internal', port: 7001 }]);
    expect(loadConfig({ REDIS_URL: 'redis://10.0.0.1:7000', REDIS_CLUSTER: 'true', QUEUE_PREFIX: '{bw}' }).redis.cluster).toEqual([]);
    expect(problems({ REDIS_URL: 'redis://10.0.0.1:7000', REDIS_CLUSTER: 'true' })).toMatch(/^QUEUE_PREFIX: .*hash tag in braces/m);
    expect(problems({ REDIS_CLUSTER: 'true', QUEUE_PREFIX: '{bw}' })).toMatch(/^REDIS_CLUSTER: .*needs REDIS_URL/m);
    expect(problems({ REDIS_URL: 'redis://10.0.0.1:7000', REDIS_CLUSTER: 'true', QUEUE_PREFIX: '{bw}', REDIS_CLUSTER_NODES: '10.0.0.2' })).toMatch(/^REDIS_CLUSTER_NODES/m);
  });

  it('places a worker\'s /metrics at WORKER_METRICS_PORT: 9464, 0 for any free port, off for none', () => {
    expect(loadConfig({}).workers.metricsPort).toBe(9464);
    expect(loadConfig({ WORKER_METRICS_PORT: '0' }).workers.metricsPort).toBe(0);
    expect(loadConfig({ WORKER_METRICS_PORT: 'off' }).workers.metricsPort).toBeNull();
    expect(problems({ WORKER_METRICS_PORT: '70000' })).toMatch(/^WORKER_METRICS_PORT: /m);
    expect(problems({ WORKER_METRICS_PORT: 'yes' })).toMatch(/^WORKER_METRICS_PORT: /m);
  });

  it('reports every bad variable by name', () => {
    const lines = problems({ PORT: 'eighty', LOG_LEVEL: 'loud' });
    expect(lines).toMatch(/^PORT: /m);
    expect(lines).toMatch(/^LOG_LEVEL: /m);
  });

  it('cross-field checks name the variables involved', () => {
    expect(problems({ POLL_MIN_MINUTES: '100', POLL_MAX_MINUTES: '10' })).toMatch(/POLL_MIN_MINUTES must not exceed POLL_MAX_MINUTES/);
    expect(problems({ NODE_ENV: 'production' })).toMatch(/DIGEST_SECRET must be set in production/);
  });

  it('refuses the public example secrets everywhere, short secrets, and an empty one in production (issue 19, finding 5)', () => {
    expect(problems({ DIGEST_SECRET: 'change-me-digest-secret' })).toMatch(/^DIGEST_SECRET: DIGEST_SECRET is the public example value/m);
    expect(problems({ WEBHOOK_SECRET: 'change-me-webhook-secret' })).toMatch(/^WEBHOOK_SECRET: WEBHOOK_SECRET is the public example value/m);
    expect(problems({ DIGEST_SECRET: 'short' })).toMatch(/DIGEST_SECRET must be at least 16 characters/);
    expect(problems({ NODE_ENV: 'production', DIGEST_SECRET: 'x'.repeat(32), WEBHOOK_SECRET: '' })).toMatch(/WEBHOOK_SECRET must be set in production/);
    // Outside production an empty secret is generated at start-up (cli/runtime.ts); the default is empty, not public.
    expect(loadConfig({}).secrets).toEqual({ digest: '', webhook: '' });
    expect(loadConfig({ NODE_ENV: 'production', DIGEST_SECRET: 'd'.repeat(32), WEBHOOK_SECRET: 'w'.repeat(32) }).secrets.digest).toBe('d'.repeat(32));
  });

  it('takes the WebSub callback from WEBSUB_CALLBACK_URL or PUBLIC_BASE_URL; a loopback one reaches only hubs on this machine', () => {
    expect(loadConfig({}).websub).toMatchObject({ callbackUrl: null, loopbackOnly: false });
    expect(loadConfig({ PUBLIC_BASE_URL: 'http://localhost:8080' }).websub).toMatchObject({ callbackUrl: 'http://localhost:8080/websub', loopbackOnly: true }); // docker-compose's default
    expect(loadConfig({ PUBLIC_BASE_URL: 'http://127.0.0.1:9000/' }).websub).toMatchObject({ callbackUrl: 'http://127.0.0.1:9000/websub', loopbackOnly: true });
    expect(loadConfig({ PUBLIC_BASE_URL: 'https://bw.example.org/' }).websub).toMatchObject({ callbackUrl: 'https://bw.example.org/websub', loopbackOnly: false });
    expect(loadConfig({ PUBLIC_BASE_URL: 'https://bw.example.org', WEBSUB_CALLBACK_URL: 'https://hooks.example.org/ws/' }).websub.callbackUrl).toBe('https://hooks.example.org/ws');
    expect(loadConfig({ PUBLIC_BASE_URL: 'https://bw.example.org', WEBSUB_CALLBACK_URL: 'off' }).websub.callbackUrl).toBeNull();
    const local = loadConfig({ PUBLIC_BASE_URL: 'http://localhost:8080' });
    expect(hubCanReach(local, 'https://pubsubhubbub.example.com/')).toBe(false); // a public hub cannot call localhost back
    expect(hubCanReach(local, 'http://127.0.0.1:7000/hub')).toBe(true); // a hub beside the API can
    expect(hubCanReach(loadConfig({ PUBLIC_BASE_URL: 'https://bw.example.org' }), 'https://pubsubhubbub.example.com/')).toBe(true);
  });

  it('derives the public base URL from PORT unless PUBLIC_BASE_URL is set', () => {
    expect(loadConfig({ PORT: '8091' }).api).toMatchObject({ publicBaseUrl: 'http://localhost:8091', publicBaseUrlSet: false });
    expect(loadConfig({ PORT: '8091', PUBLIC_BASE_URL: 'https://bw.example.org/' }).api).toMatchObject({
      publicBaseUrl: 'https://bw.example.org',
      publicBaseUrlSet: true,
    });
  });

  it('.env.example lists exactly the variables the schema reads', () => {
    const example = readFileSync('.env.example', 'utf8');
    const listed = new Set([...example.matchAll(/^#?\s*([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]));
    expect([...listed].sort()).toEqual(Object.keys(EnvSchema.shape).sort());
  });
});
