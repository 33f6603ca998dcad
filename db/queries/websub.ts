/** Queries on WebSub subscriptions (feeds/websub.ts holds the protocol). */
import { and, eq, gt, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { sources, websubSubscriptions } from '../schema.ts';

export type WebSubSubscription = typeof websubSubscriptions.$inferSelect;

/**
 * Records the hub and topic a source's feed advertises. A new row, or a changed hub or topic, starts over as
 * 'pending' with a fresh secret (nothing requested yet); an unchanged one is returned as it is.
 */
export async function upsertAdvertisedHub(
  db: DbOrTx,
  p: { sourceId: string; hubUrl: string; topicUrl: string; secret: string; now: Date },
): Promise<WebSubSubscription> {
  const changed = sql`(${websubSubscriptions.hubUrl} <> excluded.hub_url or ${websubSubscriptions.topicUrl} <> excluded.topic_url or ${websubSubscriptions.state} in ('unsubscribed', 'unsubscribing'))`;
  const rows = await db
    .insert(websubSubscriptions)
    .values({ sourceId: p.sourceId, hubUrl: p.hubUrl, topicUrl: p.topicUrl, secret: p.secret, state: 'pending', updatedAt: p.now })
    .onConflictDoUpdate({
      target: websubSubscriptions.sourceId,
      set: {
        hubUrl: sql`excluded.hub_url`,
        topicUrl: sql`excluded.topic_url`,
        secret: sql`case when ${changed} then excluded.secret else ${websubSubscriptions.secret} end`,
        state: sql`case when ${changed} then 'pending' else ${websubSubscriptions.state} end`,
        requestedAt: sql`case when ${changed} then null else ${websubSubscriptions.requestedAt} end`,
        updatedAt: sql`case when ${changed} then excluded.updated_at else ${websubSubscriptions.updatedAt} end`,
      },
    })
    .returning();
  return rows[0]!;
}

export async function getWebSubSubscription(db: DbOrTx, sourceId: string): Promise<WebSubSubscription | undefined> {
  const rows = await db.select().from(websubSubscriptions).where(eq(websubSubscriptions.sourceId, sourceId)).limit(1);
  return rows[0];
}

/** True when a verified, unexpired subscription delivers the source's feed. */
export async function hasActiveSubscription(db: DbOrTx, sourceId: string, now: Date): Promise<boolean> {
  const rows = await db
    .select({ id: websubSubscriptions.sourceId })
    .from(websubSubscriptions)
    .where(and(eq(websubSubscriptions.sourceId, sourceId), eq(websubSubscriptions.state, 'active'), gt(websubSubscriptions.expiresAt, now)))
    .limit(1);
  return rows.length > 0;
}

/** A (un)subscription request about to be sent: from now on the hub may verify our intent. */
export async function markHubRequested(db: DbOrTx, sourceId: string, mode: 'subscribe' | 'unsubscribe', now: Date): Promise<void> {
  await db
    .update(websubSubscriptions)
    .set({
      // A renewal keeps the subscription active (and pushes flowing) until the hub verifies it again.
      state: mode === 'unsubscribe' ? 'unsubscribing' : sql`case when ${websubSubscriptions.state} = 'active' then 'active' else 'pending' end`,
      requestedAt: now,
      lastError: null,
      updatedAt: now,
    })
    .where(eq(websubSubscriptions.sourceId, sourceId));
}

export async function markHubError(db: DbOrTx, sourceId: string, error: string, now: Date): Promise<void> {
  await db.update(websubSubscriptions).set({ lastError: error.slice(0, 500), requestedAt: now, updatedAt: now }).where(eq(websubSubscriptions.sourceId, sourceId));
}

/** The hub's verification of intent, answered: a subscription is active until its lease ends; an unsubscription ends it. */
export async function markVerified(db: DbOrTx, sourceId: string, p: { mode: 'subscribe' | 'unsubscribe'; leaseSeconds: number | null; now: Date }): Promise<void> {
  if (p.mode === 'unsubscribe') {
    await db.update(websubSubscriptions).set({ state: 'unsubscribed', expiresAt: null, verifiedAt: p.now, updatedAt: p.now }).where(eq(websubSubscriptions.sourceId, sourceId));
    return;
  }
  await db
    .update(websubSubscriptions)
    .set({
      state: 'active',
      leaseSeconds: p.leaseSeconds,
      // W3C WebSub §5.3: without hub.lease_seconds the hub has not said; renew within a day to be safe.
      expiresAt: new Date(p.now.getTime() + (p.leaseSeconds ?? 86_400) * 1000),
      verifiedAt: p.now,
      lastError: null,
      updatedAt: p.now,
    })
    .where(eq(websubSubscriptions.sourceId, sourceId));
}

/** The hub refused the subscription (hub.mode=denied): the source stays on polling. */
export async function markDenied(db: DbOrTx, sourceId: string, reason: string | null, now: Date): Promise<void> {
  await db
    .update(websubSubscriptions)
    .set({ state: 'denied', expiresAt: null, lastError: reason ? `denied: ${reason.slice(0, 400)}` : 'denied', updatedAt: now })
    .where(eq(websubSubscriptions.sourceId, sourceId));
}

export async function markPushed(db: DbOrTx, sourceId: string, now: Date): Promise<void> {
  await db.update(websubSubscriptions).set({ lastPushAt: now }).where(eq(websubSubscriptions.sourceId, sourceId));
}

/** Subscriptions still in play (pending, active, unsubscribing), each with whether its source exists and is enabled. */
export async function listOpenSubscriptions(db: DbOrTx): Promise<{ sub: WebSubSubscription; sourceEnabled: boolean }[]> {
  const rows = await db
    .select({ sub: websubSubscriptions, enabled: sources.enabled })
    .from(websubSubscriptions)
    .leftJoin(sources, eq(sources.id, websubSubscriptions.sourceId))
    .where(inArray(websubSubscriptions.state, ['pending', 'active', 'unsubscribing']));
  return rows.map((r) => ({ sub: r.sub, sourceEnabled: r.enabled === true }));
}

/** Forgets the subscriptions of sources that no longer exist once the hub confirmed the unsubscription. */
export async function deleteEndedSubscriptions(db: DbOrTx): Promise<number> {
  const rows = await db
    .delete(websubSubscriptions)
    .where(
      and(
        eq(websubSubscriptions.state, 'unsubscribed'),
        sql`not exists (select 1 from ${sources} where ${sources.id} = ${websubSubscriptions.sourceId})`,
      ),
    )
    .returning({ id: websubSubscriptions.sourceId });
  return rows.length;
}

/** Every subscription's state and lease end, by source id (for GET /sources). */
export async function listSubscriptionStates(db: DbOrTx): Promise<Map<string, { state: string; expiresAt: Date | null; lastPushAt: Date | null }>> {
  const rows = await db
    .select({ sourceId: websubSubscriptions.sourceId, state: websubSubscriptions.state, expiresAt: websubSubscriptions.expiresAt, lastPushAt: websubSubscriptions.lastPushAt })
    .from(websubSubscriptions);
  return new Map(rows.map((r) => [r.sourceId, { state: r.state, expiresAt: r.expiresAt, lastPushAt: r.lastPushAt }]));
}
