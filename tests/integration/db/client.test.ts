/**
 * Sessions opened by db/client.ts on PostgreSQL: JIT off unless the URL's own options turn it on; a process's pool
 * holds at most DATABASE_POOL_SIZE connections.
 */
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createRuntime } from '../../../cli/runtime.ts';
import { loadConfig } from '../../../config.ts';
import { openDb } from '../../../db/client.ts';
import { serviceAvailable, TEST_DATABASE_URL } from '../../helpers/env.ts';

async function settings(url: string) {
  const handle = await openDb({ url, pgliteDir: '' });
  try {
    const r = await handle.db.execute(sql`select current_setting('jit') as jit, current_setting('work_mem') as work_mem`);
    return (r as unknown as { rows: { jit: string; work_mem: string }[] }).rows[0]!;
  } finally {
    await handle.close();
  }
}

describe.runIf(await serviceAvailable(TEST_DATABASE_URL, 'PostgreSQL'))('database sessions', () => {
  const withOptions = (o: string) => `${TEST_DATABASE_URL}${TEST_DATABASE_URL.includes('?') ? '&' : '?'}options=${encodeURIComponent(o)}`;
  it('run with JIT off by default, keep options given in the URL, and let the URL turn JIT back on', async () => {
    expect((await settings(TEST_DATABASE_URL)).jit).toBe('off');
    expect(await settings(withOptions('-c work_mem=8MB'))).toEqual({ jit: 'off', work_mem: '8MB' });
    expect((await settings(withOptions('-c jit=on'))).jit).toBe('on');
  });

  it('open at most DATABASE_POOL_SIZE connections per process, queueing the queries beyond them', async () => {
    expect(loadConfig({}).database.poolSize).toBe(10);
    const rt = await createRuntime(loadConfig({ DATABASE_URL: TEST_DATABASE_URL, DATABASE_POOL_SIZE: '2', LOG_LEVEL: 'silent' }), { migrate: 'none', inProcess: true });
    try {
      const t0 = performance.now();
      const rows = await Promise.all(
        Array.from({ length: 6 }, async () => {
          const r = await rt.ctx.db.execute(sql`select pg_backend_pid() as pid, pg_sleep(0.15)`);
          return (r as unknown as { rows: { pid: number }[] }).rows[0]!.pid;
        }),
      );
      expect(new Set(rows).size).toBe(2);
      // Six queries of 0.15 s on two connections: three rounds.
      expect(performance.now() - t0).toBeGreaterThanOrEqual(440);
    } finally {
      await rt.close();
    }
  });
});
