/**
 * Digest subscriptions with double opt-in: a POST (API or CLI) creates an unconfirmed subscription and
 * mails a signed confirmation link; only a confirmed, not unsubscribed address receives digests.
 * Unsubscribing uses a signed token too (digest/tokens.ts) and happens on POST only (RFC 8058).
 */
import { z } from 'zod';
import { AlertFiltersSchema } from '../alerts/match.ts';
import type { Config } from '../config.ts';
import {
  claimConfirmationSend,
  confirmSubscription,
  releaseConfirmationSend,
  getSubscription,
  unsubscribeSubscription,
  upsertPendingSubscription,
  type Subscription,
} from '../db/queries/digests.ts';
import type { Ctx } from '../workers/context.ts';
import { escapeHtml as h } from '../api/render/escape.ts';
import { messageIdDomain, type MailTransport } from './mail.ts';
import { isValidTimeZone } from './time.ts';
import { CONFIRM_TTL_SECONDS, signToken, verifyToken } from './tokens.ts';

export const SubscribeSchema = z.object({
  email: z.email().max(254),
  timeZone: z.string().default('UTC').refine(isValidTimeZone, { message: 'not an IANA time zone' }),
  sendAt: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'expected HH:MM' }).default('07:00'),
  sendEmpty: z.boolean().default(false),
  filters: AlertFiltersSchema.default({}),
});
export type Subscribe = z.infer<typeof SubscribeSchema>;

/** The one-click unsubscribe URL of a subscription (RFC 8058 wants HTTPS: set PUBLIC_BASE_URL to an https URL in production). */
export function unsubscribeUrl(config: Config, subscriptionId: number): string {
  return `${config.api.publicBaseUrl}/unsubscribe?token=${signToken(config.secrets.digest, { purpose: 'unsubscribe', subscriptionId })}`;
}

/** The confirmation URL, valid for CONFIRM_TTL_SECONDS from `now`. */
export function confirmUrl(config: Config, subscriptionId: number, now: Date): string {
  const expiresAt = new Date(now.getTime() + CONFIRM_TTL_SECONDS * 1000);
  return `${config.api.publicBaseUrl}/subscriptions/confirm?token=${signToken(config.secrets.digest, { purpose: 'confirm', subscriptionId, expiresAt })}`;
}

export type SubscribeOutcome = { status: 'confirmation-sent'; subscription: Subscription } | { status: 'already-confirmed'; subscription: Subscription };

/** At most one confirmation e-mail per address in this many minutes, however often a sign-up asks for it. */
export const CONFIRMATION_RESEND_MINUTES = 15;

/** The unconfirmed subscription a sign-up asks for, created or refreshed. */
function upsertFromInput(ctx: Ctx, input: Subscribe) {
  const { email, filters, timeZone, sendAt, sendEmpty } = input;
  return upsertPendingSubscription(ctx.db, { email, filters, timeZone, sendAt, sendEmpty });
}

/**
 * The first half of a sign-up through the API: creates or refreshes the unconfirmed subscription and decides
 * whether a confirmation e-mail is due (the address is not confirmed, and none went to it in the last
 * CONFIRMATION_RESEND_MINUTES; the claim is one statement, so concurrent sign-ups send one e-mail). The caller
 * sends it with sendConfirmation, after answering: the answer must not tell how long a mail takes.
 */
export async function registerSubscription(ctx: Ctx, input: Subscribe): Promise<{ subscription: Subscription; mailDue: boolean }> {
  const subscription = await upsertFromInput(ctx, input);
  const confirmed = !!subscription.confirmedAt && !subscription.unsubscribedAt;
  // Claimed even for a confirmed address (a no-op there), so both cost the same statements.
  const claimed = await claimConfirmationSend(ctx.db, subscription.id, ctx.now(), CONFIRMATION_RESEND_MINUTES);
  return { subscription, mailDue: claimed && !confirmed };
}

/** Creates or refreshes an unconfirmed subscription and mails the confirmation link; a confirmed address is left alone. */
export async function subscribe(ctx: Ctx, input: Subscribe, transport: MailTransport): Promise<SubscribeOutcome> {
  const subscription = await upsertFromInput(ctx, input);
  if (subscription.confirmedAt && !subscription.unsubscribedAt) return { status: 'already-confirmed', subscription };
  await sendConfirmation(ctx, subscription, transport);
  return { status: 'confirmation-sent', subscription };
}

/** Mails the confirmation link of a subscription; should sending fail, the address may ask again at once. */
export async function sendConfirmation(ctx: Ctx, subscription: Subscription, transport: MailTransport): Promise<void> {
  const now = ctx.now();
  const url = confirmUrl(ctx.config, subscription.id, now);
  try {
    await transport.sendMail({
      from: ctx.config.mail.from,
      to: subscription.email,
      subject: 'Confirm your Brinkwatch digest subscription',
      messageId: `<confirm-${subscription.id}-${now.getTime()}@${messageIdDomain(ctx.config)}>`,
      text: [
        'Someone (hopefully you) asked to receive the Brinkwatch daily digest at this address.',
        '',
        `Confirm: ${url}`,
        '',
        `Digest sent daily at ${subscription.sendAt} (${subscription.timeZone}). If you did not ask for it, ignore this e-mail: nothing will be sent.`,
        '',
      ].join('\n'),
      html: `<!doctype html><html lang="en"><body style="font:15px/1.5 sans-serif"><p>Someone (hopefully you) asked to receive the Brinkwatch daily digest at this address.</p><p><a href="${h(url)}">Confirm the subscription</a></p><p>Digest sent daily at ${h(subscription.sendAt)} (${h(subscription.timeZone)}). If you did not ask for it, ignore this e-mail: nothing will be sent.</p></body></html>`,
    });
  } catch (err) {
    await releaseConfirmationSend(ctx.db, subscription.id).catch(() => {});
    throw err;
  }
  ctx.log.info({ subscription_id: subscription.id }, 'digest: confirmation sent');
}

/** Confirms the subscription a valid confirmation token names; null for a bad, expired or stale token. */
export async function confirmByToken(ctx: Ctx, token: string): Promise<Subscription | null> {
  const id = verifyToken(ctx.config.secrets.digest, token, 'confirm', ctx.now());
  if (id === null) return null;
  const s = await confirmSubscription(ctx.db, id, ctx.now());
  return s && !s.unsubscribedAt ? s : null;
}

/** The subscription a valid, unexpired confirmation token names (without confirming it), for the GET page. */
export async function subscriptionForConfirmToken(ctx: Ctx, token: string): Promise<Subscription | null> {
  const id = verifyToken(ctx.config.secrets.digest, token, 'confirm', ctx.now());
  const s = id === null ? null : await getSubscription(ctx.db, id);
  return s && !s.unsubscribedAt ? s : null;
}

/** The subscription a valid unsubscribe token names (without changing it), for the GET confirmation page. */
export async function subscriptionForUnsubscribeToken(ctx: Ctx, token: string): Promise<Subscription | null> {
  const id = verifyToken(ctx.config.secrets.digest, token, 'unsubscribe', ctx.now());
  return id === null ? null : ((await getSubscription(ctx.db, id)) ?? null);
}

/** Unsubscribes the subscription a valid unsubscribe token names (idempotent); null for a bad token. */
export async function unsubscribeByToken(ctx: Ctx, token: string): Promise<Subscription | null> {
  const id = verifyToken(ctx.config.secrets.digest, token, 'unsubscribe', ctx.now());
  if (id === null) return null;
  const s = await unsubscribeSubscription(ctx.db, id, ctx.now());
  if (s) ctx.log.info({ subscription_id: id }, 'digest: unsubscribed');
  return s ?? null;
}
