/**
 * Queries for alert rules and their deliveries. A delivery is one (rule, timeline entry) pair, unique,
 * so one real-world event alerts a rule once however many articles report it. Deliveries sent together
 * share a batch key, which is also the webhook Idempotency-Key and the e-mail Message-ID.
 *
 * While a delivery is 'sending', `sent_at` holds the time the attempt started (the schema has no
 * claimed_at column): a 'sending' row older than the stale limit belongs to a dead worker.
 */
import { and, asc, eq, gt, gte, inArray, isNotNull, lt, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { alertDeliveries, alertRules, type AlertFilters } from '../schema.ts';

export type AlertRule = typeof alertRules.$inferSelect;
export type AlertDelivery = typeof alertDeliveries.$inferSelect;

export interface AlertRuleInput {
  name: string;
  filters: AlertFilters;
  webhookUrl?: string | null;
  email?: string | null;
  maxPerHour?: number;
  enabled?: boolean;
}

export async function createAlertRule(db: DbOrTx, r: AlertRuleInput): Promise<AlertRule> {
  const rows = await db.insert(alertRules).values(r).returning();
  return rows[0]!;
}

export async function getAlertRule(db: DbOrTx, id: number): Promise<AlertRule | undefined> {
  const rows = await db.select().from(alertRules).where(eq(alertRules.id, id)).limit(1);
  return rows[0];
}

/** Rules by id, keyset-paginated. */
export async function listAlertRules(db: DbOrTx, p: { limit: number; afterId?: number }): Promise<AlertRule[]> {
  return db
    .select()
    .from(alertRules)
    .where(p.afterId !== undefined ? gt(alertRules.id, p.afterId) : undefined)
    .orderBy(asc(alertRules.id))
    .limit(p.limit);
}

export async function listEnabledAlertRules(db: DbOrTx): Promise<AlertRule[]> {
  return db.select().from(alertRules).where(eq(alertRules.enabled, true)).orderBy(asc(alertRules.id));
}

export async function updateAlertRule(db: DbOrTx, id: number, patch: Partial<AlertRuleInput>): Promise<AlertRule | undefined> {
  if (Object.keys(patch).length === 0) return getAlertRule(db, id);
  const rows = await db.update(alertRules).set(patch).where(eq(alertRules.id, id)).returning();
  return rows[0];
}

export async function deleteAlertRule(db: DbOrTx, id: number): Promise<boolean> {
  const rows = await db.delete(alertRules).where(eq(alertRules.id, id)).returning({ id: alertRules.id });
  return rows.length > 0;
}

/** Inserts a pending delivery per rule for the entry; returns the rule ids really inserted (not already there). */
export async function insertAlertDeliveries(db: DbOrTx, p: { timelineEntryId: number; ruleIds: number[] }): Promise<number[]> {
  if (p.ruleIds.length === 0) return [];
  const rows = await db
    .insert(alertDeliveries)
    .values(p.ruleIds.map((ruleId) => ({ ruleId, timelineEntryId: p.timelineEntryId })))
    .onConflictDoNothing({ target: [alertDeliveries.ruleId, alertDeliveries.timelineEntryId] })
    .returning({ ruleId: alertDeliveries.ruleId });
  return rows.map((r) => r.ruleId);
}

/** Messages (distinct batch keys) a rule sent since an instant, and when the oldest of them went out. */
export async function countMessagesSentSince(db: DbOrTx, ruleId: number, since: Date): Promise<{ count: number; oldest: Date | null; newest: Date | null }> {
  const rows = await db
    .select({
      n: sql<number>`count(distinct ${alertDeliveries.batchKey})::int`,
      oldest: sql<string | null>`min(${alertDeliveries.sentAt})`,
      newest: sql<string | null>`max(${alertDeliveries.sentAt})`,
    })
    .from(alertDeliveries)
    .where(and(eq(alertDeliveries.ruleId, ruleId), eq(alertDeliveries.status, 'sent'), gte(alertDeliveries.sentAt, since)));
  const oldest = rows[0]?.oldest;
  const newest = rows[0]?.newest;
  return { count: Number(rows[0]?.n ?? 0), oldest: oldest ? new Date(oldest) : null, newest: newest ? new Date(newest) : null };
}

/** A rule's deliveries that may be sent now: pending ones, and 'sending' ones abandoned before `staleBefore`. */
export async function listDeliverable(db: DbOrTx, ruleId: number, staleBefore: Date): Promise<AlertDelivery[]> {
  return db
    .select()
    .from(alertDeliveries)
    .where(
      and(
        eq(alertDeliveries.ruleId, ruleId),
        or(eq(alertDeliveries.status, 'pending'), and(eq(alertDeliveries.status, 'sending'), lt(alertDeliveries.sentAt, staleBefore))),
      ),
    )
    .orderBy(asc(alertDeliveries.id));
}

/**
 * Claims deliveries for one message: sets 'sending', the batch key and the attempt start, and counts the
 * attempt. Only rows still deliverable are claimed, so two workers never send the same row at once.
 */
export async function claimDeliveries(db: DbOrTx, p: { ids: number[]; batchKey: string; now: Date; staleBefore: Date }): Promise<AlertDelivery[]> {
  if (p.ids.length === 0) return [];
  return db
    .update(alertDeliveries)
    .set({ status: 'sending', batchKey: p.batchKey, sentAt: p.now, attempts: sql`${alertDeliveries.attempts} + 1` })
    .where(
      and(
        inArray(alertDeliveries.id, p.ids),
        or(eq(alertDeliveries.status, 'pending'), and(eq(alertDeliveries.status, 'sending'), lt(alertDeliveries.sentAt, p.staleBefore))),
      ),
    )
    .returning();
}

export async function markDeliveriesSent(db: DbOrTx, ids: number[], now: Date): Promise<void> {
  if (ids.length === 0) return;
  await db.update(alertDeliveries).set({ status: 'sent', sentAt: now, lastError: null }).where(inArray(alertDeliveries.id, ids));
}

/** Puts deliveries back to 'pending' (keeping their batch key, so the retry is the same message) or marks them 'failed'. */
export async function markDeliveriesFailed(db: DbOrTx, ids: number[], p: { error: string; permanent: boolean }): Promise<void> {
  if (ids.length === 0) return;
  await db
    .update(alertDeliveries)
    .set({ status: p.permanent ? 'failed' : 'pending', sentAt: null, lastError: p.error.slice(0, 500) })
    .where(inArray(alertDeliveries.id, ids));
}

/** Rules that have deliveries waiting (for a periodic sweep). */
export async function listRuleIdsWithPendingDeliveries(db: DbOrTx): Promise<number[]> {
  const rows = await db
    .selectDistinct({ ruleId: alertDeliveries.ruleId })
    .from(alertDeliveries)
    .where(inArray(alertDeliveries.status, ['pending', 'sending']))
    .orderBy(asc(alertDeliveries.ruleId));
  return rows.map((r) => r.ruleId);
}

/** The deliveries of one rule (newest first) for the API. */
export async function listDeliveriesOfRule(db: DbOrTx, ruleId: number, limit: number): Promise<AlertDelivery[]> {
  return db
    .select()
    .from(alertDeliveries)
    .where(and(eq(alertDeliveries.ruleId, ruleId), isNotNull(alertDeliveries.id)))
    .orderBy(sql`${alertDeliveries.id} desc`)
    .limit(limit);
}
