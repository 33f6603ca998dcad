/**
 * Delivering a rule's pending alerts by webhook and e-mail, throttled per rule.
 *
 * Alerts leave as soon as the event is placed: update-disputes enqueues a delivery run right after it queues them
 * (no per-minute key, no tick); the sweep's run is only the safety net for a crash between the two.
 *
 * Throttle without silence: at most `maxPerHour` single messages (default 6) per rule in any sliding hour. When
 * more events wait than the budget allows, the first budget−1 go out one by one and all the rest travel together
 * in the last message of the budget; once the budget is spent, whatever arrives waits at most ALERT_OVERFLOW_MINUTES
 * (default 3) after the rule's last message and then goes out as one batched message, so a busy hour costs a few
 * more messages, never an hour of silence. `retryAt` says when the next batch may leave. Nothing is dropped.
 *
 * Delivery is at-least-once. Each message has a batch key (`alert-<ruleId>-<timelineEntryId>` for a
 * single event) that is the webhook's Idempotency-Key and the e-mail's Message-ID, fixed when the
 * message is composed and kept across retries, so a receiver can drop a duplicate. A duplicate can only
 * happen when a worker dies after the receiver's 2xx and before our UPDATE to 'sent' (crash after send):
 * the rows stay 'sending' and are resent with the same key after SENDING_STALE_MS. A crash after the
 * claim and before the POST leaves the same state and is resent the same way — nothing is lost.
 *
 * Webhook retries: up to WEBHOOK_TRIES tries in the call with exponential backoff (1 s, 4 s); a 4xx other
 * than 408/429 fails the delivery for good; anything else puts it back to 'pending' for the next run
 * (the job's own backoff), and after MAX_ATTEMPTS runs it is marked 'failed'.
 */
import type { Config } from '../config.ts';
import type { Ctx } from '../workers/context.ts';
import {
  claimDeliveries,
  listRuleIdsWithPendingDeliveries,
  countMessagesSentSince,
  getAlertRule,
  listDeliverable,
  markDeliveriesFailed,
  markDeliveriesSent,
  type AlertDelivery,
} from '../db/queries/alerts.ts';
import { listEntriesWithDisputes } from '../db/queries/digests.ts';
import { messageIdDomain, type MailTransport } from '../digest/mail.ts';
import { buildWebhookPayload, renderAlertEmail } from './render.ts';
import { createWebhookPoster, signWebhookBody, WebhookBlockedError, type WebhookPoster } from './webhook.ts';

export const SENDING_STALE_MS = 5 * 60_000;
export const WEBHOOK_TRIES = 3;
export const MAX_ATTEMPTS = 8;
const HOUR_MS = 3_600_000;

export interface DeliverDeps {
  transport?: MailTransport | null;
  fetchImpl?: WebhookPoster;
  /** Waits between webhook tries; tests pass a no-op. */
  sleep?: (ms: number) => Promise<void>;
  hooks?: { afterClaim?: () => void | Promise<void>; afterSend?: () => void | Promise<void> };
}

export interface DeliverResult {
  /** Messages sent (a batch counts once). */
  messages: number;
  /** Deliveries (timeline events) sent. */
  delivered: number;
  /** Deliveries left pending by the throttle. */
  throttled: number;
  failed: number;
  /** Deliveries put back for a retry after a transient failure. */
  retrying: number;
  /** When to run again for this rule (throttle window or retry backoff), or null when nothing waits. */
  retryAt: Date | null;
}

class PermanentDeliveryError extends Error {}

// One guarded connection pool per configuration, shared by every run in the process.
const posters = new WeakMap<Config, WebhookPoster>();
function defaultPoster(config: Config): WebhookPoster {
  let p = posters.get(config);
  if (!p) {
    p = createWebhookPoster({ allowPrivate: config.fetch.allowPrivateHosts, timeoutMs: config.fetch.timeoutMs, userAgent: config.fetch.userAgent });
    posters.set(config, p);
  }
  return p;
}

/** The batch key of a message: the entry's own key when alone, else one naming the batch's first entry and size. */
export function batchKeyFor(ruleId: number, entryIds: number[]): string {
  const sorted = [...entryIds].sort((a, b) => a - b);
  return sorted.length === 1 ? `alert-${ruleId}-${sorted[0]}` : `alert-${ruleId}-batch-${sorted[0]}-${sorted[sorted.length - 1]}-${sorted.length}`;
}

/**
 * Splits waiting deliveries into messages within the budget: already-composed messages (rows carrying a
 * batch key) first, then fresh rows one per message, the overflow batched into the last message.
 */
export function planMessages(rows: AlertDelivery[], budget: number): { messages: AlertDelivery[][]; held: AlertDelivery[] } {
  const composed = new Map<string, AlertDelivery[]>();
  const fresh: AlertDelivery[] = [];
  for (const r of rows) {
    if (r.batchKey) composed.set(r.batchKey, [...(composed.get(r.batchKey) ?? []), r]);
    else fresh.push(r);
  }
  const messages: AlertDelivery[][] = [];
  for (const group of composed.values()) if (messages.length < budget) messages.push(group);
  const held = [...composed.values()].slice(messages.length).flat();
  let left = budget - messages.length;
  if (left <= 0) return { messages, held: [...held, ...fresh] };
  if (fresh.length <= left) return { messages: [...messages, ...fresh.map((r) => [r])], held };
  const singles = fresh.slice(0, left - 1).map((r) => [r]);
  return { messages: [...messages, ...singles, fresh.slice(left - 1)], held };
}

/** Sends a rule's waiting alerts within its hourly budget; see the file header for the guarantees. */
export async function deliverAlerts(ctx: Ctx, job: { ruleId: number }, deps: DeliverDeps = {}): Promise<DeliverResult> {
  const { db, config, log } = ctx;
  const result: DeliverResult = { messages: 0, delivered: 0, throttled: 0, failed: 0, retrying: 0, retryAt: null };
  const rule = await getAlertRule(db, job.ruleId);
  if (!rule || !rule.enabled) return result;
  const now = ctx.now();
  const staleBefore = new Date(now.getTime() - SENDING_STALE_MS);
  const rows = await listDeliverable(db, rule.id, staleBefore);
  if (rows.length === 0) return result;

  const sent = await countMessagesSentSince(db, rule.id, new Date(now.getTime() - HOUR_MS));
  const budget = Math.max(0, rule.maxPerHour - sent.count);
  const overflowMs = config.alerts.overflowMinutes * 60_000;
  let plan = planMessages(rows, budget);
  if (plan.messages.length === 0 && plan.held.length) {
    // Over the cap: one message carrying everything waiting (or a composed one being retried), once the rule's
    // last message is overflowMinutes old.
    const readyAt = sent.newest ? sent.newest.getTime() + overflowMs : now.getTime();
    if (readyAt <= now.getTime()) plan = planMessages(rows, 1);
    else result.retryAt = new Date(readyAt);
  } else if (plan.held.length) {
    result.retryAt = new Date(now.getTime() + overflowMs);
  }
  result.throttled = plan.held.length;
  if (plan.held.length) log.info({ rule_id: rule.id, held: plan.held.length, budget, retry_at: result.retryAt }, 'alerts: throttled');
  const post = deps.fetchImpl ?? defaultPoster(config);
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));

  for (const group of plan.messages) {
    const batchKey = group[0]!.batchKey ?? batchKeyFor(rule.id, group.map((r) => r.timelineEntryId));
    const claimed = await claimDeliveries(db, { ids: group.map((r) => r.id), batchKey, now, staleBefore });
    if (claimed.length === 0) continue;
    await deps.hooks?.afterClaim?.();
    const ids = claimed.map((r) => r.id);
    const items = await listEntriesWithDisputes(db, { entryIds: claimed.map((r) => r.timelineEntryId) });
    const message = { batchKey, rule: { id: rule.id, name: rule.name }, items, baseUrl: config.api.publicBaseUrl, now };
    try {
      if (items.length === 0) throw new PermanentDeliveryError('alerts: timeline entries no longer exist');
      if (rule.webhookUrl) await postWithRetries(post, sleep, rule.webhookUrl, config.secrets.webhook, batchKey, JSON.stringify(buildWebhookPayload(message)));
      if (rule.email) {
        if (!deps.transport) throw new Error('alerts: no mail transport for an e-mail rule');
        const mail = renderAlertEmail(message);
        await deps.transport.sendMail({
          from: config.mail.from,
          to: rule.email,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          messageId: `<${batchKey}@${messageIdDomain(config)}>`,
          headers: { 'Auto-Submitted': 'auto-generated' },
        });
      }
    } catch (err) {
      const permanent = err instanceof PermanentDeliveryError || err instanceof WebhookBlockedError || Math.max(...claimed.map((r) => r.attempts)) >= MAX_ATTEMPTS;
      await markDeliveriesFailed(db, ids, { error: err instanceof Error ? err.message : String(err), permanent });
      log.warn({ rule_id: rule.id, batch_key: batchKey, permanent, err }, 'alerts: delivery failed');
      if (permanent) result.failed += ids.length;
      else {
        result.retrying += ids.length;
        const backoff = new Date(now.getTime() + Math.min(HOUR_MS, 30_000 * 2 ** Math.max(0, claimed[0]!.attempts - 1)));
        result.retryAt = result.retryAt && result.retryAt < backoff ? result.retryAt : backoff;
      }
      continue;
    }
    await deps.hooks?.afterSend?.();
    await markDeliveriesSent(db, ids, ctx.now());
    result.messages++;
    result.delivered += ids.length;
    log.info({ rule_id: rule.id, batch_key: batchKey, events: ids.length }, 'alerts: delivered');
  }
  return result;
}

async function postWithRetries(post: WebhookPoster, sleep: (ms: number) => Promise<void>, url: string, secret: string, key: string, body: string): Promise<void> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= WEBHOOK_TRIES; attempt++) {
    if (attempt > 1) await sleep(1000 * 4 ** (attempt - 2));
    try {
      const res = await post(url, {
        body,
        headers: { 'x-brinkwatch-signature': signWebhookBody(secret, body), 'idempotency-key': key },
      });
      if (res.status >= 200 && res.status < 300) return;
      // RFC 9110: 408 and 429 invite a retry; other 4xx mean the request itself is wrong.
      if (res.status >= 400 && res.status < 500 && res.status !== 408 && res.status !== 429) {
        throw new PermanentDeliveryError(`alerts: webhook answered ${res.status}`);
      }
      lastError = new Error(`alerts: webhook answered ${res.status}`);
    } catch (err) {
      if (err instanceof PermanentDeliveryError || err instanceof WebhookBlockedError) throw err;
      lastError = err;
    }
  }
  throw lastError;
}

/** A periodic sweep (e.g. every minute): delivers every rule that has waiting alerts; one rule's failure does not stop the rest. */
export async function runAlertSweep(ctx: Ctx, deps: DeliverDeps = {}): Promise<{ rules: number; messages: number; failedRules: number; nextAt: Date | null }> {
  const out = { rules: 0, messages: 0, failedRules: 0, nextAt: null as Date | null };
  for (const ruleId of await listRuleIdsWithPendingDeliveries(ctx.db)) {
    out.rules++;
    try {
      const r = await deliverAlerts(ctx, { ruleId }, deps);
      out.messages += r.messages;
      if (r.retryAt && (!out.nextAt || r.retryAt < out.nextAt)) out.nextAt = r.retryAt;
    } catch (err) {
      out.failedRules++;
      ctx.log.warn({ rule_id: ruleId, err }, 'alerts: sweep failed for a rule');
    }
  }
  return out;
}
