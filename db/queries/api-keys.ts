/** API keys: only a SHA-256 hash and a short prefix are stored; the key itself is shown once. */
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { apiKeys } from '../schema.ts';

export type ApiKeyScope = 'read' | 'write' | 'admin';

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/** Creates a key and returns it in clear (the only time it is seen). */
export async function createApiKey(db: DbOrTx, name: string, scopes: ApiKeyScope[]): Promise<{ id: number; key: string; prefix: string }> {
  const key = `bw_${randomBytes(24).toString('base64url')}`;
  const prefix = key.slice(0, 10);
  const rows = await db.insert(apiKeys).values({ name, hash: hashApiKey(key), prefix, scopes }).returning({ id: apiKeys.id });
  return { id: rows[0]!.id, key, prefix };
}

/** The scopes of a valid, unrevoked key, or null. */
export async function findApiKey(db: DbOrTx, key: string): Promise<{ id: number; prefix: string; scopes: string[] } | null> {
  const rows = await db
    .select({ id: apiKeys.id, prefix: apiKeys.prefix, scopes: apiKeys.scopes })
    .from(apiKeys)
    .where(and(eq(apiKeys.hash, hashApiKey(key)), isNull(apiKeys.revokedAt)))
    .limit(1);
  return rows[0] ?? null;
}

export async function revokeApiKey(db: DbOrTx, id: number, at: Date): Promise<boolean> {
  const rows = await db.update(apiKeys).set({ revokedAt: at }).where(eq(apiKeys.id, id)).returning({ id: apiKeys.id });
  return rows.length > 0;
}

export async function listApiKeys(db: DbOrTx) {
  return db.select({ id: apiKeys.id, name: apiKeys.name, prefix: apiKeys.prefix, scopes: apiKeys.scopes, createdAt: apiKeys.createdAt, revokedAt: apiKeys.revokedAt }).from(apiKeys);
}
