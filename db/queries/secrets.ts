/** Installation secrets generated on first start (app_secrets). */
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';

/**
 * The stored secret named `name`, created (32 random bytes, base64url) by the first process to ask: concurrent
 * first starts agree on one value (insert … on conflict do nothing, then read).
 */
export async function getOrCreateSecret(db: DbOrTx, name: string): Promise<string> {
  const candidate = randomBytes(32).toString('base64url');
  await db.execute(sql`insert into app_secrets (name, value) values (${name}, ${candidate}) on conflict (name) do nothing`);
  const rows = (await db.execute(sql`select value from app_secrets where name = ${name}`)) as unknown as { rows: { value: string }[] };
  return rows.rows[0]!.value;
}
