/**
 * Test environment: real PostgreSQL and Redis from DATABASE_URL / REDIS_URL (defaults: the local
 * services of the CI machine). Locally a missing service skips the suite with a message; in CI
 * (CI=true) it is a failure.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { loadConfig, type Config } from '../../config.ts';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { openDb, type Db, type DbHandle } from '../../db/client.ts';
import * as schema from '../../db/schema.ts';
import { MIGRATIONS_DIR, runMigrations } from '../../db/migrate.ts';
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

let migratedImage: Promise<File | Blob> | null = null;

/**
 * A migrated in-memory PGlite database. Starting PGlite and migrating takes seconds, so the first call
 * keeps an image of the migrated data directory and later calls start from a copy of it.
 */
export async function freshPglite(): Promise<DbHandle> {
  migratedImage ??= (async () => {
    // Shared across test files (each runs in its own worker) through a file named by the migrations' hash.
    const hash = createHash('sha256');
    for (const f of readdirSync(MIGRATIONS_DIR).filter((n) => n.endsWith('.sql')).sort()) hash.update(readFileSync(join(MIGRATIONS_DIR, f)));
    const cache = join(tmpdir(), `brinkwatch-pglite-${hash.digest('hex').slice(0, 16)}.tar`);
    if (existsSync(cache)) return new Blob([readFileSync(cache)]);
    const first = await openDb({ url: null, pgliteDir: 'memory://' });
    await runMigrations(first);
    const image = await (first.db as unknown as { $client: PGlite }).$client.dumpDataDir('none');
    await first.close();
    const tmp = `${cache}.${process.pid}`;
    writeFileSync(tmp, Buffer.from(await image.arrayBuffer()));
    renameSync(tmp, cache);
    return image;
  })();
  const client = await PGlite.create({ loadDataDir: await migratedImage });
  const db = drizzle(client, { schema, casing: 'snake_case' }) as unknown as Db;
  return { db, kind: 'pglite', close: () => client.close() };
}

/** Configuration for tests: private hosts allowed for 127.0.0.1, no politeness gap, quiet logs. */
export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    ALLOW_PRIVATE_HOSTS: '127.0.0.1',
    HOST_MIN_GAP_MS: '0',
    FETCH_TIMEOUT_MS: '5000',
    DIGEST_SECRET: 'test-digest-secret-0123456789',
    WEBHOOK_SECRET: 'test-webhook-secret-0123456789',
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
