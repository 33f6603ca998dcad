/** Sessions opened by db/client.ts on PostgreSQL: JIT off unless the URL's own options turn it on. */
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
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
});
