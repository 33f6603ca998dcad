/** Queries on host_requests: the feed requests of each host's trailing hour (the per-host budget, feeds/policy.ts). */
import { and, asc, eq, gt, lte } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { hostRequests } from '../schema.ts';

const HOUR_MS = 3_600_000;

/** The feed requests made to `host` in the hour up to `now`, oldest first. */
export async function recentHostRequests(db: DbOrTx, host: string, now: Date): Promise<Date[]> {
  const rows = await db
    .select({ at: hostRequests.requestedAt })
    .from(hostRequests)
    .where(and(eq(hostRequests.host, host), gt(hostRequests.requestedAt, new Date(now.getTime() - HOUR_MS))))
    .orderBy(asc(hostRequests.requestedAt));
  return rows.map((r) => r.at);
}

/** Records one feed request to `host` at `at` and forgets the host's requests older than an hour. */
export async function recordHostRequest(db: DbOrTx, host: string, at: Date): Promise<void> {
  await db.delete(hostRequests).where(and(eq(hostRequests.host, host), lte(hostRequests.requestedAt, new Date(at.getTime() - HOUR_MS))));
  await db.insert(hostRequests).values({ host, requestedAt: at });
}
