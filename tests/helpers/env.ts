/**
 * Test environment: real PostgreSQL and Redis from DATABASE_URL / REDIS_URL (defaults: the local
 * services of the CI machine). Locally a missing service skips the suite with a message; in CI
 * (CI=true) it is a failure.
 */
import net from 'node:net';
import { sql } from 'drizzle-orm';
import { loadConfig, type Config } from '../../config.ts';
import { openDb, type DbHandle } from '../../db/client.ts';
import { runMigrations } from '../../db/migrate.ts';
import { loadLadder } from '../../disputes/ladder.ts';
import { createLogger } from '../../log.ts';
import type { Ctx } from '../../workers/context.ts';
import { createMemoryHostLimiter } from '../../workers/host-limiter.ts';

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/0';

function reachable(url: string): Promise<boolean> {
  const u = new URL(url);
  return new Promise((resolve) => {
    const s = net.connect({ host: u.hostname, port: Number(u.port) }, () => {
      s.end();
      resolve(true);
    });
    s.on('error', () => resolve(false));
    s.setTimeout(1000, () => {
      s.destroy();
      resolve(false);
    });
  });
}

/** Whether a service is up; throws in CI when it is not. */
export async function serviceAvailable(url: string, name: string): Promise<boolean> {
  const ok = await reachable(url);
  if (!ok && process.env.CI) throw new Error(`${name} is not reachable at ${url} (CI requires it)`);
  if (!ok) console.warn(`skipping: ${name} not reachable at ${url}`);
  return ok;
}

/** A freshly migrated PostgreSQL schema (drops and recreates `public`). */
export async function freshPostgres(): Promise<DbHandle> {
  const handle = await openDb({ url: TEST_DATABASE_URL, pgliteDir: '' , poolSize: 5 });
  await handle.db.execute(sql.raw('drop schema if exists public cascade; drop schema if exists drizzle cascade; create schema public;'));
  await runMigrations(handle);
  return handle;
}

/** A migrated in-memory PGlite database. */
export async function freshPglite(): Promise<DbHandle> {
  const handle = await openDb({ url: null, pgliteDir: 'memory://' });
  await runMigrations(handle);
  return handle;
}

/** Configuration for tests: private hosts allowed for 127.0.0.1, no politeness gap, quiet logs. */
export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    ALLOW_PRIVATE_HOSTS: '127.0.0.1',
    HOST_MIN_GAP_MS: '0',
    FETCH_TIMEOUT_MS: '5000',
    ...env,
  });
}

export function testCtx(config: Config, handle: DbHandle, now: () => Date = () => new Date()): Ctx {
  return {
    config,
    db: handle.db,
    log: createLogger('silent'),
    now,
    ladder: loadLadder(config.ladderFile),
    limiter: createMemoryHostLimiter(0),
  };
}
