/**
 * Sending the daily digest: exactly one e-mail per subscriber per local day, even when a job retries
 * or a worker dies mid-send.
 *
 * A digest row (digests, unique on subscription + day) walks  claimed → sending → sent | empty.
 *  1. Claim: INSERT … ON CONFLICT DO NOTHING with status 'claimed'. Losing the insert means someone
 *     else owns the day: 'sent'/'empty' → done; 'sending' → possibly sent, never resent (below);
 *     'claimed' older than CLAIM_STALE_MS → its owner died before touching SMTP, take it over;
 *     a fresh 'claimed' → another worker is on it.
 *  2. Render (pure); nothing to report and not sendEmpty → record 'empty', send nothing.
 *  3. Mark 'sending', then hand the message to SMTP with a deterministic Message-ID
 *     `<digest-<subscriptionId>-<day>@<public host>>`.
 *  4. Record 'sent'.
 *
 * SMTP has no idempotency: once the server has accepted DATA, a second submission is a second e-mail.
 * We cannot make "accepted" and "recorded" atomic, so we choose at-most-once: a row left in 'sending'
 * (the worker died after step 3 began — before, during or after the server's 250) is never resent.
 * The price is that a crash in that window, which is one SMTP round-trip long, loses that day's digest
 * for that subscriber; a duplicate daily e-mail is the worse failure for a list people opt into. When the
 * error proves the server refused or never saw the message (a 4xx/5xx reply, a refused connection, bad
 * auth) the claim is released and the job may retry. The deterministic Message-ID also lets mail
 * clients that deduplicate on it (RFC 5322 §3.6.4) collapse a duplicate should an operator resend by hand.
 * A crash between claim and step 3 loses nothing: the stale claim is taken over by the next tick.
 */
import type { Config } from '../config.ts';
import {
  claimDigest,
  getDigest,
  getSubscription,
  listActiveSubscriptions,
  listDigestsFor,
  listDisputeIdsFirstReportedBetween,
  listDisputesByIds,
  listEntriesWithDisputes,
  listEscalationsReportedBetween,
  releaseDigestClaim,
  setDigestStatus,
  takeOverStaleClaim,
} from '../db/queries/digests.ts';
import type { Db, DbOrTx } from '../db/client.ts';
import type { AlertFilters } from '../db/schema.ts';
import type { Ctx } from '../workers/context.ts';
import { selectDigestContent, type DigestRaw } from './content.ts';
import { messageIdDomain, surelyNotAccepted, type MailTransport } from './mail.ts';
import { ladderWords } from '../api/render/words.ts';
import { isDigestEmpty, renderDigest } from './render.ts';
import { unsubscribeUrl } from './subscriptions.ts';
import { addDays, localDayWindow, localParts } from './time.ts';
import type { DigestContent } from './render.ts';

/** A 'claimed' row older than this belongs to a dead worker (rendering takes well under a second). */
export const CLAIM_STALE_MS = 10 * 60_000;

export type DigestOutcome =
  | 'sent'
  | 'empty'
  | 'already-sent'
  | 'possibly-sent'
  | 'in-progress'
  | 'not-closed'
  | 'inactive';

/** Failure-injection points for tests of crash-in-the-middle behaviour. */
export interface DigestHooks {
  afterClaim?: () => void | Promise<void>;
  afterSend?: () => void | Promise<void>;
}

/** The Message-ID of a subscriber's digest for a day: the same on every attempt. */
export function digestMessageId(config: Config, subscriptionId: number, day: string): string {
  return `<digest-${subscriptionId}-${day}@${messageIdDomain(config)}>`;
}

/** Reads everything first reported in the window that a digest could mention. */
export async function loadDigestRaw(db: DbOrTx, window: { from: Date; to: Date }): Promise<DigestRaw> {
  const [entries, escalations, newDisputeIds] = await Promise.all([
    listEntriesWithDisputes(db, { reportedFrom: window.from, reportedTo: window.to, limit: 5000 }),
    listEscalationsReportedBetween(db, window),
    listDisputeIdsFirstReportedBetween(db, window),
  ]);
  const disputes = await listDisputesByIds(db, [...new Set([...escalations.map((e) => e.disputeId), ...newDisputeIds])]);
  return { entries, escalations, newDisputeIds, disputes };
}

/** The content of one subscriber's digest for a local day. */
export async function loadDigestContent(db: DbOrTx, p: { day: string; timeZone: string; filters: AlertFilters }): Promise<DigestContent> {
  return selectDigestContent(p.filters, await loadDigestRaw(db, localDayWindow(p.day, p.timeZone)));
}

/** Sends one subscriber's digest for a closed local day at most once; returns what happened. */
export async function sendDigest(
  ctx: Ctx,
  job: { subscriptionId: number; day: string },
  transport: MailTransport,
  hooks: DigestHooks = {},
): Promise<DigestOutcome> {
  const { db, config, log } = ctx;
  const now = ctx.now();
  const fields = { subscription_id: job.subscriptionId, day: job.day };
  const sub = await getSubscription(db, job.subscriptionId);
  if (!sub || !sub.confirmedAt || sub.unsubscribedAt) return 'inactive';
  const window = localDayWindow(job.day, sub.timeZone);
  if (now < window.to) return 'not-closed';

  let claim = await claimDigest(db, { subscriptionId: sub.id, day: job.day, now });
  if (!claim) {
    const existing = await getDigest(db, sub.id, job.day);
    if (!existing || existing.status === 'sent' || existing.status === 'empty') return 'already-sent';
    if (existing.status === 'sending') {
      log.warn(fields, 'digest: previous attempt died while sending; not resending (at-most-once)');
      return 'possibly-sent';
    }
    claim = await takeOverStaleClaim(db, { subscriptionId: sub.id, day: job.day, staleBefore: new Date(now.getTime() - CLAIM_STALE_MS), now });
    if (!claim) return 'in-progress';
    log.info(fields, 'digest: took over a stale claim');
  }
  await hooks.afterClaim?.();

  const content = await loadDigestContent(db, { day: job.day, timeZone: sub.timeZone, filters: sub.filters });
  if (isDigestEmpty(content) && !sub.sendEmpty) {
    await setDigestStatus(db, claim.id, { status: 'empty' });
    log.info(fields, 'digest: nothing to report');
    return 'empty';
  }
  const unsubscribe = unsubscribeUrl(config, sub.id);
  const rendered = renderDigest({ ...content, subscriber: sub.email, day: job.day, timeZone: sub.timeZone, baseUrl: config.api.publicBaseUrl, unsubscribeUrl: unsubscribe, ladder: ladderWords(ctx.ladder) });
  const messageId = digestMessageId(config, sub.id, job.day);

  await setDigestStatus(db, claim.id, { status: 'sending', messageId });
  try {
    await transport.sendMail({
      from: config.mail.from,
      to: sub.email,
      subject: rendered.subject,
      messageId,
      date: now,
      // nodemailer builds multipart/alternative with the parts in this order: text first, HTML last
      // (RFC 2046 §5.1.4: the last part is the preferred one).
      text: rendered.text,
      html: rendered.html,
      headers: {
        // RFC 8058: one-click unsubscribe by POST to an HTTPS URI; RFC 2369 for the List-Unsubscribe field.
        'List-Unsubscribe': `<${unsubscribe}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
        'Auto-Submitted': 'auto-generated',
      },
    });
  } catch (err) {
    if (surelyNotAccepted(err)) {
      await releaseDigestClaim(db, claim.id);
      log.warn({ ...fields, err }, 'digest: SMTP refused the message; claim released for a retry');
    } else {
      log.error({ ...fields, err }, 'digest: send outcome unknown; left as sending and not resent');
    }
    throw new Error('digest: send failed', { cause: err });
  }
  await hooks.afterSend?.();
  await setDigestStatus(db, claim.id, { status: 'sent', messageId, sentAt: ctx.now() });
  log.info(fields, 'digest: sent');
  return 'sent';
}

/**
 * The (subscription, day) pairs due now: confirmed subscriptions whose local send time has passed
 * today, for the local day before today, with no digest row yet (or only a stale claim). A day missed
 * entirely (no tick ran between the send time and local midnight) is not back-filled.
 */
export async function dueDigests(db: Db | DbOrTx, now: Date): Promise<{ subscriptionId: number; day: string }[]> {
  const subs = await listActiveSubscriptions(db);
  const candidates: { subscriptionId: number; day: string }[] = [];
  for (const s of subs) {
    const local = localParts(now, s.timeZone);
    if (local.time >= s.sendAt) candidates.push({ subscriptionId: s.id, day: addDays(local.date, -1) });
  }
  const rows = await listDigestsFor(db, candidates);
  const staleBefore = now.getTime() - CLAIM_STALE_MS;
  const blocked = new Set(
    rows.filter((r) => r.status !== 'claimed' || r.claimedAt.getTime() >= staleBefore).map((r) => `${r.subscriptionId}|${r.day}`),
  );
  return candidates.filter((c) => !blocked.has(`${c.subscriptionId}|${c.day}`));
}

export interface DigestTickSummary {
  due: number;
  outcomes: Partial<Record<DigestOutcome | 'failed', number>>;
}

/** The scheduler's processor: sends every due digest; one subscriber's failure does not stop the others. */
export async function runDigestTick(ctx: Ctx, transport: MailTransport, now: Date): Promise<DigestTickSummary> {
  const due = await dueDigests(ctx.db, now);
  const tickCtx: Ctx = { ...ctx, now: () => now };
  const outcomes: DigestTickSummary['outcomes'] = {};
  for (const job of due) {
    let outcome: DigestOutcome | 'failed';
    try {
      outcome = await sendDigest(tickCtx, job, transport);
    } catch (err) {
      ctx.log.warn({ subscription_id: job.subscriptionId, day: job.day, err }, 'digest: send failed');
      outcome = 'failed';
    }
    outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
  }
  ctx.log.info({ due: due.length, ...outcomes }, 'digest: tick done');
  return { due: due.length, outcomes };
}
