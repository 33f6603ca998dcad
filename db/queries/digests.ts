/**
 * Queries for digest subscriptions and sent digests, and the "timeline entries with their dispute"
 * reads shared by the digest, the alerts and the Atom feeds.
 */
import { and, asc, desc, eq, gte, inArray, isNotNull, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../client.ts';
import { disputeChanges, disputeParties, disputes, digests, entities, subscriptions, timelineEntries, type AlertFilters } from '../schema.ts';
import { getEntrySources } from './disputes.ts';

export type Subscription = typeof subscriptions.$inferSelect;
export type DigestRow = typeof digests.$inferSelect;

export interface SubscriptionInput {
  email: string;
  filters: AlertFilters;
  timeZone: string;
  sendAt: string;
  sendEmpty: boolean;
}

/**
 * Creates an unconfirmed subscription, or updates an address that is not (or no longer) confirmed:
 * a confirmed, active subscription is returned unchanged, so an unauthenticated POST cannot rewrite it.
 */
export async function upsertPendingSubscription(db: DbOrTx, s: SubscriptionInput): Promise<Subscription> {
  const email = s.email.trim().toLowerCase();
  const rows = await db
    .insert(subscriptions)
    .values({ ...s, email })
    .onConflictDoUpdate({
      target: subscriptions.email,
      set: { filters: s.filters, timeZone: s.timeZone, sendAt: s.sendAt, sendEmpty: s.sendEmpty, confirmedAt: null, unsubscribedAt: null },
      setWhere: sql`${subscriptions.confirmedAt} is null or ${subscriptions.unsubscribedAt} is not null`,
    })
    .returning();
  if (rows[0]) return rows[0];
  return (await getSubscriptionByEmail(db, email))!;
}

/**
 * Claims the right to send a subscription's confirmation e-mail: true when none was sent in the last
 * `minutes` (and records now as the time of this one), false otherwise. One statement: concurrent claims get one true.
 */
export async function claimConfirmationSend(db: DbOrTx, id: number, now: Date, minutes: number): Promise<boolean> {
  const rows = await db
    .update(subscriptions)
    .set({ confirmationSentAt: now })
    .where(
      and(
        eq(subscriptions.id, id),
        sql`(${subscriptions.confirmationSentAt} is null or ${subscriptions.confirmationSentAt} <= ${new Date(now.getTime() - minutes * 60_000).toISOString()}::timestamptz)`,
      ),
    )
    .returning({ id: subscriptions.id });
  return rows.length > 0;
}

/** Forgets a claimed confirmation send that failed, so that the address may ask again at once. */
export async function releaseConfirmationSend(db: DbOrTx, id: number): Promise<void> {
  await db.update(subscriptions).set({ confirmationSentAt: null }).where(eq(subscriptions.id, id));
}

export async function getSubscription(db: DbOrTx, id: number): Promise<Subscription | undefined> {
  const rows = await db.select().from(subscriptions).where(eq(subscriptions.id, id)).limit(1);
  return rows[0];
}

export async function getSubscriptionByEmail(db: DbOrTx, email: string): Promise<Subscription | undefined> {
  const rows = await db.select().from(subscriptions).where(eq(subscriptions.email, email.trim().toLowerCase())).limit(1);
  return rows[0];
}

/** Marks a subscription confirmed (first confirmation wins); returns the row. */
export async function confirmSubscription(db: DbOrTx, id: number, now: Date): Promise<Subscription | undefined> {
  await db
    .update(subscriptions)
    .set({ confirmedAt: now })
    .where(and(eq(subscriptions.id, id), isNull(subscriptions.confirmedAt), isNull(subscriptions.unsubscribedAt)));
  return getSubscription(db, id);
}

/** Marks a subscription unsubscribed (idempotent); returns the row. */
export async function unsubscribeSubscription(db: DbOrTx, id: number, now: Date): Promise<Subscription | undefined> {
  await db.update(subscriptions).set({ unsubscribedAt: now }).where(and(eq(subscriptions.id, id), isNull(subscriptions.unsubscribedAt)));
  return getSubscription(db, id);
}

/** Confirmed subscriptions that have not unsubscribed. */
export async function listActiveSubscriptions(db: DbOrTx): Promise<Subscription[]> {
  return db
    .select()
    .from(subscriptions)
    .where(and(isNotNull(subscriptions.confirmedAt), isNull(subscriptions.unsubscribedAt)))
    .orderBy(asc(subscriptions.id));
}

/** Claims (subscription, day): the row is inserted with status 'claimed' or, if it exists, nothing is returned. */
export async function claimDigest(db: DbOrTx, p: { subscriptionId: number; day: string; now: Date }): Promise<DigestRow | undefined> {
  const rows = await db
    .insert(digests)
    .values({ subscriptionId: p.subscriptionId, day: p.day, status: 'claimed', claimedAt: p.now })
    .onConflictDoNothing({ target: [digests.subscriptionId, digests.day] })
    .returning();
  return rows[0];
}

/** Takes over a claim whose owner died before contacting the SMTP server (status still 'claimed' and older than `staleBefore`). */
export async function takeOverStaleClaim(db: DbOrTx, p: { subscriptionId: number; day: string; staleBefore: Date; now: Date }): Promise<DigestRow | undefined> {
  const rows = await db
    .update(digests)
    .set({ claimedAt: p.now })
    .where(and(eq(digests.subscriptionId, p.subscriptionId), eq(digests.day, p.day), eq(digests.status, 'claimed'), lt(digests.claimedAt, p.staleBefore)))
    .returning();
  return rows[0];
}

export async function getDigest(db: DbOrTx, subscriptionId: number, day: string): Promise<DigestRow | undefined> {
  const rows = await db.select().from(digests).where(and(eq(digests.subscriptionId, subscriptionId), eq(digests.day, day))).limit(1);
  return rows[0];
}

/** Moves a claimed digest to a new status ('sending', 'sent', 'empty'), stamping the Message-ID and send time. */
export async function setDigestStatus(
  db: DbOrTx,
  id: number,
  p: { status: 'sending' | 'sent' | 'empty'; messageId?: string; sentAt?: Date },
): Promise<void> {
  await db.update(digests).set({ status: p.status, messageId: p.messageId, sentAt: p.sentAt }).where(eq(digests.id, id));
}

/** Deletes a claim so that a retry can claim the day again (used only when the SMTP server surely did not accept the message). */
export async function releaseDigestClaim(db: DbOrTx, id: number): Promise<void> {
  await db.delete(digests).where(eq(digests.id, id));
}

/** Digest rows of these subscriptions on these days. */
export async function listDigestsFor(db: DbOrTx, pairs: { subscriptionId: number; day: string }[]): Promise<DigestRow[]> {
  if (pairs.length === 0) return [];
  return db
    .select()
    .from(digests)
    .where(or(...pairs.map((p) => and(eq(digests.subscriptionId, p.subscriptionId), eq(digests.day, p.day)))));
}

// ---------------------------------------------------------------------------------------------------
// Timeline entries with their dispute

const actorE = alias(entities, 'actor_e');
const targetE = alias(entities, 'target_e');
const answeredT = alias(timelineEntries, 'answered_t');
const answeredActorE = alias(entities, 'answered_actor_e');

export interface EntryQuery {
  reportedFrom?: Date;
  reportedTo?: Date;
  entryIds?: number[];
  disputeId?: number;
  /** Entries whose actor or target is this entity. */
  entityId?: number;
  limit?: number;
  newestFirst?: boolean;
}

/** Timeline entries with actor, target, the allegation a denial answers, sources, and their dispute with parties. */
export async function listEntriesWithDisputes(db: DbOrTx, q: EntryQuery) {
  const conds: (SQL | undefined)[] = [
    q.reportedFrom ? gte(timelineEntries.firstReportedAt, q.reportedFrom) : undefined,
    q.reportedTo ? lt(timelineEntries.firstReportedAt, q.reportedTo) : undefined,
    q.entryIds ? inArray(timelineEntries.id, q.entryIds.length ? q.entryIds : [-1]) : undefined,
    q.disputeId !== undefined ? eq(timelineEntries.disputeId, q.disputeId) : undefined,
    q.entityId !== undefined ? or(eq(timelineEntries.actorId, q.entityId), eq(timelineEntries.targetId, q.entityId)) : undefined,
  ];
  const rows = await db
    .select({
      id: timelineEntries.id,
      type: timelineEntries.type,
      date: timelineEntries.eventDate,
      actorId: timelineEntries.actorId,
      actor: actorE.name,
      targetId: timelineEntries.targetId,
      target: targetE.name,
      sentence: timelineEntries.sentence,
      quote: timelineEntries.quote,
      corroboration: timelineEntries.corroboration,
      firstReportedAt: timelineEntries.firstReportedAt,
      answersEntryId: timelineEntries.answersEntryId,
      answersType: answeredT.type,
      answersDate: answeredT.eventDate,
      answersSentence: answeredT.sentence,
      answersActor: answeredActorE.name,
      dispute: {
        id: disputes.id,
        title: disputes.title,
        issue: disputes.issue,
        status: disputes.status,
        level: disputes.level,
        levelType: disputes.levelType,
        escalationIndex: disputes.escalationIndex,
      },
    })
    .from(timelineEntries)
    .innerJoin(disputes, eq(disputes.id, timelineEntries.disputeId))
    .innerJoin(actorE, eq(actorE.id, timelineEntries.actorId))
    .leftJoin(targetE, eq(targetE.id, timelineEntries.targetId))
    .leftJoin(answeredT, eq(answeredT.id, timelineEntries.answersEntryId))
    .leftJoin(answeredActorE, eq(answeredActorE.id, answeredT.actorId))
    .where(and(...conds))
    .orderBy(
      ...(q.newestFirst
        ? [desc(timelineEntries.firstReportedAt), desc(timelineEntries.id)]
        : [asc(timelineEntries.eventDate), asc(timelineEntries.id)]),
    )
    .limit(q.limit ?? 1000);
  const parties = await listPartiesOfDisputes(db, [...new Set(rows.map((r) => r.dispute.id))]);
  const sources = await getEntrySources(db, rows.map((r) => r.id));
  return rows.map(({ dispute, answersType, answersDate, answersSentence, answersActor, ...e }) => ({
    entry: {
      ...e,
      answers:
        e.answersEntryId && answersType
          ? { id: e.answersEntryId, type: answersType, date: answersDate!, actor: answersActor ?? '', sentence: answersSentence ?? '' }
          : null,
      sources: sources.filter((s) => s.entryId === e.id).map((s) => ({ outlet: s.outlet, url: s.url, title: s.title })),
    },
    dispute: { ...dispute, parties: parties.get(dispute.id) ?? [] },
  }));
}

export type EntryWithDisputeRow = Awaited<ReturnType<typeof listEntriesWithDisputes>>[number];

/** Parties (with aliases) of several disputes, keyed by dispute id. */
export async function listPartiesOfDisputes(db: DbOrTx, disputeIds: number[]) {
  const map = new Map<number, { id: number; name: string; kind: string; aliases: string[]; role: string | null }[]>();
  if (disputeIds.length === 0) return map;
  const rows = await db
    .select({ disputeId: disputeParties.disputeId, id: entities.id, name: entities.name, kind: entities.kind, aliases: entities.aliases, role: disputeParties.role })
    .from(disputeParties)
    .innerJoin(entities, eq(entities.id, disputeParties.entityId))
    .where(inArray(disputeParties.disputeId, disputeIds))
    .orderBy(asc(entities.name));
  for (const r of rows) {
    const list = map.get(r.disputeId) ?? [];
    list.push({ id: r.id, name: r.name, kind: r.kind, aliases: r.aliases ?? [], role: r.role ?? null });
    map.set(r.disputeId, list);
  }
  return map;
}

/** Escalations whose triggering event was first reported in [from, to). */
export async function listEscalationsReportedBetween(db: DbOrTx, p: { from: Date; to: Date }) {
  return db
    .select({
      disputeId: disputeChanges.disputeId,
      timelineEntryId: disputeChanges.timelineEntryId,
      fromType: disputeChanges.fromType,
      toType: disputeChanges.toType,
      fromLevel: disputeChanges.fromLevel,
      toLevel: disputeChanges.toLevel,
      changedOn: disputeChanges.changedOn,
    })
    .from(disputeChanges)
    .innerJoin(timelineEntries, eq(timelineEntries.id, disputeChanges.timelineEntryId))
    .where(
      and(
        eq(disputeChanges.direction, 'escalated'),
        gte(timelineEntries.firstReportedAt, p.from),
        lt(timelineEntries.firstReportedAt, p.to),
      ),
    )
    .orderBy(asc(disputeChanges.changedOn), asc(disputeChanges.id));
}

/** Disputes whose earliest event was first reported in [from, to): new to a reader of that day. */
export async function listDisputeIdsFirstReportedBetween(db: DbOrTx, p: { from: Date; to: Date }): Promise<number[]> {
  const rows = await db
    .select({ id: timelineEntries.disputeId })
    .from(timelineEntries)
    .groupBy(timelineEntries.disputeId)
    .having(and(gte(sql`min(${timelineEntries.firstReportedAt})`, p.from), lt(sql`min(${timelineEntries.firstReportedAt})`, p.to)));
  return rows.map((r) => r.id);
}

/** Disputes by id with their parties (for digest sections that name disputes without events of their own). */
export async function listDisputesByIds(db: DbOrTx, ids: number[]) {
  if (ids.length === 0) return [];
  const rows = await db.select().from(disputes).where(inArray(disputes.id, ids)).orderBy(desc(disputes.level), asc(disputes.id));
  const parties = await listPartiesOfDisputes(db, ids);
  return rows.map((d) => ({ ...d, parties: parties.get(d.id) ?? [] }));
}
