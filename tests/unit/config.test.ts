import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigError, EnvSchema, loadConfig } from '../../config.ts';

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

  it('reports every bad variable by name', () => {
    const lines = problems({ PORT: 'eighty', LOG_LEVEL: 'loud' });
    expect(lines).toMatch(/^PORT: /m);
    expect(lines).toMatch(/^LOG_LEVEL: /m);
  });

  it('cross-field checks name the variables involved', () => {
    expect(problems({ POLL_MIN_MINUTES: '100', POLL_MAX_MINUTES: '10' })).toMatch(/POLL_MIN_MINUTES must not exceed POLL_MAX_MINUTES/);
    expect(problems({ NODE_ENV: 'production' })).toMatch(/DIGEST_SECRET must be set in production/);
  });

  it('.env.example lists exactly the variables the schema reads', () => {
    const example = readFileSync('.env.example', 'utf8');
    const listed = new Set([...example.matchAll(/^#?\s*([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]));
    expect([...listed].sort()).toEqual(Object.keys(EnvSchema.shape).sort());
  });
});
